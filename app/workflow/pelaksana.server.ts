import { Op, type Transaction } from 'sequelize'
import { Jabatan, JabatanPeran, Pegawai, Pengguna, PenggunaPeran, PenugasanPlt, Peran, UnitKerja } from '#models/index'
import type { CurrentUser } from '~/utils/auth.server'
import type { Pelaksana } from './definisi/jenis'

/** Where a step's task goes: a role, a jabatan (its holder and any Plt/Plh) or one person. */
export type Target = {
	targetJenis: 'peran' | 'jabatan' | 'pengguna'
	targetPeran: string | null
	targetJabatanId: number | null
	targetPenggunaId: number | null
	pihakEksternal: string | null
}

type InstansRef = { unitId: number | null; pemrakarsaId: number | null; konteks: Record<string, unknown> }

const peranTarget = (peran: string, pihak: string | null = null): Target => ({
	targetJenis: 'peran',
	targetPeran: peran,
	targetJabatanId: null,
	targetPenggunaId: null,
	pihakEksternal: pihak,
})
const jabatanTarget = (id: number): Target => ({ targetJenis: 'jabatan', targetPeran: null, targetJabatanId: id, targetPenggunaId: null, pihakEksternal: null })
const penggunaTarget = (id: number): Target => ({ targetJenis: 'pengguna', targetPeran: null, targetJabatanId: null, targetPenggunaId: id, pihakEksternal: null })

/** The struktural jabatan of a unit, or of the nearest unit above it that has one. */
async function kepalaUnit(unitId: number, transaction?: Transaction): Promise<number | null> {
	const jabatan = await Jabatan.findAll({ where: { jenis: 'struktural', aktif: true }, attributes: ['id', 'unitId', 'atasanId'], raw: true, transaction })
	const units = await UnitKerja.findAll({ attributes: ['id', 'indukId'], raw: true, transaction })
	const induk = new Map(units.map((u) => [u.id, u.indukId]))
	for (let unit: number | null | undefined = unitId; unit; unit = induk.get(unit)) {
		const inUnit = jabatan.filter((j) => j.unitId === unit)
		// the head is the struktural jabatan whose atasan sits outside the unit
		const head = inUnit.find((j) => !inUnit.some((other) => other.id === j.atasanId)) ?? inUnit[0]
		if (head) return head.id
	}
	return null
}

async function jabatanId(kode: string, transaction?: Transaction) {
	const jabatan = await Jabatan.findOne({ where: { kode }, attributes: ['id'], transaction })
	if (!jabatan) throw new Error(`Jabatan ${kode} tidak ada di struktur organisasi.`)
	return jabatan.id
}

/** Resolves a step's pelaksana for an instance. */
export async function resolvePelaksana(pelaksana: Pelaksana, instans: InstansRef, transaction?: Transaction): Promise<Target> {
	switch (pelaksana.jenis) {
		case 'peran':
			return peranTarget(pelaksana.peran)
		case 'eksternal':
			return peranTarget(pelaksana.dicatatOleh, pelaksana.pihak)
		case 'jabatan':
			return jabatanTarget(await jabatanId(pelaksana.jabatan, transaction))
		case 'jabatan-konteks': {
			const kode = instans.konteks[pelaksana.kunci]
			if (typeof kode !== 'string' || !kode) throw new Error(`Jabatan "${pelaksana.kunci}" tidak diketahui untuk instans ini.`)
			return jabatanTarget(await jabatanId(kode, transaction))
		}
		case 'kepala-unit-subjek': {
			const id = instans.unitId ? await kepalaUnit(instans.unitId, transaction) : null
			if (!id) throw new Error('Unit subjek tidak memiliki kepala unit.')
			return jabatanTarget(id)
		}
		case 'atasan-pemrakarsa': {
			const pegawai = instans.pemrakarsaId
				? await Pegawai.findOne({
						include: [{ model: Pengguna, as: 'pengguna', where: { id: instans.pemrakarsaId }, attributes: [] }],
						attributes: ['jabatanId'],
						transaction,
					})
				: null
			const jabatan = pegawai?.jabatanId ? await Jabatan.findByPk(pegawai.jabatanId, { attributes: ['atasanId'], transaction }) : null
			if (!jabatan?.atasanId) throw new Error('Pemrakarsa tidak memiliki atasan dalam struktur organisasi.')
			return jabatanTarget(jabatan.atasanId)
		}
		case 'pengguna': {
			const id = pelaksana.kunci === 'pemrakarsa' ? instans.pemrakarsaId : Number(instans.konteks[pelaksana.kunci])
			if (!id || !Number.isInteger(id)) throw new Error(`Pelaksana "${pelaksana.kunci}" tidak diketahui untuk instans ini.`)
			return penggunaTarget(id)
		}
	}
}

/** Whether `user` may take a task with this target, and whom they act for if through a Plt/Plh. */
export function hakAtasTugas(
	user: Pick<CurrentUser, 'id' | 'authority'>,
	target: Pick<Target, 'targetJenis' | 'targetPeran' | 'targetJabatanId' | 'targetPenggunaId'>,
): { boleh: boolean; atasNama?: string } {
	switch (target.targetJenis) {
		case 'pengguna':
			return { boleh: target.targetPenggunaId === user.id }
		case 'peran':
			return target.targetPeran && user.authority.peran.includes(target.targetPeran)
				? { boleh: true, atasNama: user.authority.peranAtasNama[target.targetPeran] }
				: { boleh: false }
		case 'jabatan': {
			const held = user.authority.jabatan.find((j) => j.id === target.targetJabatanId)
			return held ? { boleh: true, atasNama: held.atasNama } : { boleh: false }
		}
	}
}

/**
 * The active users a task concerns, for notifications: holders of the role (directly, through
 * their jabatan or a Plt/Plh today), holders and Plt/Plh of the jabatan, or the person.
 */
export async function penerimaTarget(target: Target, tanggal: string, transaction?: Transaction): Promise<number[]> {
	if (target.targetJenis === 'pengguna') return target.targetPenggunaId ? [target.targetPenggunaId] : []
	let jabatanIds: number[] = []
	const ids = new Set<number>()
	if (target.targetJenis === 'jabatan' && target.targetJabatanId) jabatanIds = [target.targetJabatanId]
	if (target.targetJenis === 'peran' && target.targetPeran) {
		const peran = await Peran.findOne({ where: { kode: target.targetPeran }, attributes: ['id'], transaction })
		if (!peran) return []
		const [langsung, viaJabatan] = await Promise.all([
			PenggunaPeran.findAll({ where: { peranId: peran.id }, attributes: ['penggunaId'], raw: true, transaction }),
			JabatanPeran.findAll({ where: { peranId: peran.id }, attributes: ['jabatanId'], raw: true, transaction }),
		])
		for (const r of langsung) ids.add(r.penggunaId)
		jabatanIds = viaJabatan.map((r) => r.jabatanId)
	}
	if (jabatanIds.length) {
		const [pemangku, plt] = await Promise.all([
			Pengguna.findAll({
				attributes: ['id'],
				include: [{ model: Pegawai, as: 'pegawai', attributes: [], where: { jabatanId: { [Op.in]: jabatanIds }, aktif: true } }],
				raw: true,
				transaction,
			}),
			PenugasanPlt.findAll({
				where: { jabatanId: { [Op.in]: jabatanIds }, mulai: { [Op.lte]: tanggal }, selesai: { [Op.gte]: tanggal } },
				attributes: ['penggunaId'],
				raw: true,
				transaction,
			}),
		])
		for (const p of pemangku) ids.add(p.id)
		for (const p of plt) ids.add(p.penggunaId)
	}
	if (ids.size === 0) return []
	const aktif = await Pengguna.findAll({ where: { id: { [Op.in]: [...ids] }, aktif: true }, attributes: ['id'], raw: true, transaction })
	return aktif.map((p) => p.id).sort((a, b) => a - b)
}
