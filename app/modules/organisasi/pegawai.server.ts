import { Op, OptimisticLockError, UniqueConstraintError, type Transaction, type WhereOptions } from 'sequelize'
import { Jabatan, Pegawai, Pengguna, UnitKerja } from '#models/index'
import { transaction } from '~/utils/db.server'
import { likePattern } from '~/utils/pagination.server'
import { KONFLIK, gagal, type HasilSimpan } from './hasil'
import type { PegawaiFilter, PegawaiInput, UbahPegawaiInput } from './pegawai.schema'

export type PegawaiRow = {
	id: number
	nip: string
	nama: string
	unitId: number
	namaUnit: string
	jabatanId: number | null
	namaJabatan: string | null
	email: string | null
	telepon: string | null
	aktif: boolean
	penggunaId: number | null
	username: string | null
}

function whereOf(filter: PegawaiFilter): WhereOptions<Pegawai> {
	return {
		...(filter.unitId ? { unitId: filter.unitId } : {}),
		...(filter.jabatanId ? { jabatanId: filter.jabatanId } : {}),
		...(filter.aktif ? { aktif: filter.aktif === 'ya' } : {}),
		...(filter.q ? { [Op.or]: [{ nama: { [Op.like]: likePattern(filter.q) } }, { nip: { [Op.like]: likePattern(filter.q.replace(/\s+/g, '')) } }] } : {}),
	}
}

const INCLUDE = [
	{ model: UnitKerja, as: 'unit', attributes: ['nama'] },
	{ model: Jabatan, as: 'jabatan', attributes: ['nama'] },
	{ model: Pengguna, as: 'pengguna', attributes: ['id', 'username'] },
]

type PegawaiLengkap = Pegawai & { pengguna?: Pengguna | null }

function toRow(r: PegawaiLengkap): PegawaiRow {
	return {
		id: r.id,
		nip: r.nip,
		nama: r.nama,
		unitId: r.unitId,
		namaUnit: r.unit?.nama ?? '',
		jabatanId: r.jabatanId,
		namaJabatan: r.jabatan?.nama ?? null,
		email: r.email,
		telepon: r.telepon,
		aktif: Boolean(r.aktif),
		penggunaId: r.pengguna?.id ?? null,
		username: r.pengguna?.username ?? null,
	}
}

export async function listPegawai(params: PegawaiFilter & { offset: number; limit: number }) {
	const { rows, count } = await Pegawai.findAndCountAll({
		where: whereOf(params),
		attributes: ['id', 'nip', 'nama', 'unitId', 'jabatanId', 'email', 'telepon', 'aktif'],
		include: INCLUDE,
		order: [
			['nama', 'ASC'],
			['id', 'ASC'],
		],
		offset: params.offset,
		limit: params.limit,
		distinct: true,
	})
	return { rows: rows.map(toRow), total: count }
}

/** One pegawai with their account (if any), and the version for the edit form. */
export async function getPegawai(id: number) {
	const row = await Pegawai.findByPk(id, { include: INCLUDE })
	return row ? { ...toRow(row), version: row.version } : null
}

const NIP_GANDA = gagal('nip', 'NIP ini sudah terdaftar untuk pegawai lain.')

async function periksa(input: PegawaiInput, t: Transaction) {
	const [unit, jabatan] = await Promise.all([
		UnitKerja.count({ where: { id: input.unitId }, transaction: t }),
		input.jabatanId === null ? Promise.resolve(1) : Jabatan.count({ where: { id: input.jabatanId }, transaction: t }),
	])
	if (!unit) return gagal('unitId', 'Unit kerja tidak ditemukan.')
	if (!jabatan) return gagal('jabatanId', 'Jabatan tidak ditemukan.')
	return null
}

/** The database's unique index is the last word; this check only gives the message early. */
async function nipTerpakai(nip: string, kecuali: number | null, t: Transaction) {
	return (await Pegawai.count({ where: { nip, ...(kecuali ? { id: { [Op.ne]: kecuali } } : {}) }, transaction: t })) > 0
}

function tanganiGalat(error: unknown): HasilSimpan {
	if (error instanceof UniqueConstraintError) return NIP_GANDA
	if (error instanceof OptimisticLockError) return KONFLIK
	throw error
}

export async function createPegawai(input: PegawaiInput): Promise<HasilSimpan> {
	try {
		return await transaction(async (t) => {
			const salah = (await nipTerpakai(input.nip, null, t)) ? NIP_GANDA : await periksa(input, t)
			if (salah) return salah
			const row = await Pegawai.create(input, { transaction: t })
			return { ok: true as const, id: row.id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

export async function updatePegawai(id: number, { version, ...input }: UbahPegawaiInput): Promise<HasilSimpan | null> {
	try {
		return await transaction(async (t) => {
			const row = await Pegawai.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== version) return KONFLIK
			const salah = (await nipTerpakai(input.nip, id, t)) ? NIP_GANDA : await periksa(input, t)
			if (salah) return salah
			await row.update(input, { transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

/** Pegawai are never deleted (letters, tasks and the audit trail name them): only deactivated. */
export async function setAktifPegawai(id: number, params: { aktif: boolean; version: number }): Promise<HasilSimpan | null> {
	try {
		return await transaction(async (t) => {
			const row = await Pegawai.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== params.version) return KONFLIK
			await row.update({ aktif: params.aktif }, { transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}
