import { Op, UniqueConstraintError, literal, type Transaction, type WhereOptions } from 'sequelize'
import {
	Jabatan,
	JabatanPeran,
	Pegawai,
	Pengguna,
	PenggunaPeran,
	PenugasanPlt,
	Peran,
	UnitKerja,
} from '#models/index'
import { listAuditTentang } from '~/modules/audit/log-audit.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { audit } from '~/utils/audit.server'
import { transaction } from '~/utils/db.server'
import { tanggalDiZona } from '~/utils/format'
import type { FieldErrors } from '~/utils/forms'
import { likePattern } from '~/utils/pagination.server'
import { SANDI_DEMO, checkSandiPolicy, hashSandi } from '~/utils/password.server'
import { endSessionsOf } from '~/utils/session.server'
import { listSesiAktif } from './akun.server'
import type { PenggunaBaruInput, PenggunaFilter } from './pengguna.schema'

/** The role that administers access; the guard rails keep at least one active holder of it. */
export const KODE_PERAN_ADMIN = 'admin'

export type SumberPeran = 'langsung' | 'jabatan' | 'plt'
export type PeranBadge = { kode: string; nama: string; sumber: SumberPeran }

export type PenggunaRow = {
	id: number
	username: string
	nama: string
	nip: string
	jabatan: string | null
	unit: string
	aktif: boolean
	terakhirMasuk: string | null
	peran: PeranBadge[]
}

/** A change that did not go through: the messages per field, `_form` for the whole form. */
export type HasilSimpan = { ok: true; id: number } | { ok: false; errors: FieldErrors }
/** `null`: no such user; `'konflik'`: someone changed it since the form was loaded. */
export type HasilUbah = HasilSimpan | 'konflik' | null

async function whereOf(filter: PenggunaFilter): Promise<WhereOptions<Pengguna> | null> {
	const and: WhereOptions<Pengguna>[] = []
	if (filter.status) and.push({ aktif: filter.status === 'aktif' })
	if (filter.q) {
		const pattern = likePattern(filter.q)
		and.push({
			[Op.or]: [
				{ username: { [Op.like]: pattern } },
				{ '$pegawai.nama$': { [Op.like]: pattern } },
				{ '$pegawai.nip$': { [Op.like]: pattern } },
			],
		})
	}
	if (filter.peran) {
		const peran = await Peran.findOne({ where: { kode: filter.peran }, attributes: ['id'] })
		if (!peran) return null
		and.push({ id: { [Op.in]: literal(`(SELECT pengguna_id FROM pengguna_peran WHERE peran_id = ${Number(peran.id)})`) } })
	}
	return { [Op.and]: and }
}

/** Direct roles and the roles of each user's jabatan, for a page of users, in three queries. */
async function peranOf(users: { id: number; jabatanId: number | null }[]) {
	const penggunaIds = users.map((u) => u.id)
	const jabatanIds = [...new Set(users.map((u) => u.jabatanId).filter((id): id is number => id !== null))]
	const [langsung, viaJabatan] = await Promise.all([
		penggunaIds.length ? PenggunaPeran.findAll({ where: { penggunaId: { [Op.in]: penggunaIds } }, raw: true }) : [],
		jabatanIds.length ? JabatanPeran.findAll({ where: { jabatanId: { [Op.in]: jabatanIds } }, raw: true }) : [],
	])
	const peranIds = [...new Set([...langsung, ...viaJabatan].map((r) => r.peranId))]
	const roles = peranIds.length
		? await Peran.findAll({ where: { id: { [Op.in]: peranIds } }, attributes: ['id', 'kode', 'nama'], order: [['nama', 'ASC']], raw: true })
		: []
	const result = new Map<number, PeranBadge[]>()
	for (const user of users) {
		const direct = new Set(langsung.filter((r) => r.penggunaId === user.id).map((r) => r.peranId))
		const fromJabatan = new Set(viaJabatan.filter((r) => r.jabatanId === user.jabatanId).map((r) => r.peranId))
		const badges: PeranBadge[] = []
		for (const role of roles) {
			if (direct.has(role.id)) badges.push({ kode: role.kode, nama: role.nama, sumber: 'langsung' })
			if (fromJabatan.has(role.id)) badges.push({ kode: role.kode, nama: role.nama, sumber: 'jabatan' })
		}
		result.set(user.id, badges)
	}
	return result
}

export async function listPengguna(params: PenggunaFilter & { offset: number; limit: number }) {
	const where = await whereOf(params)
	if (!where) return { rows: [] as PenggunaRow[], total: 0 }
	const { rows, count } = await Pengguna.findAndCountAll({
		where,
		attributes: ['id', 'username', 'aktif', 'terakhirMasukAt'],
		include: [
			{
				model: Pegawai,
				as: 'pegawai',
				required: true,
				attributes: ['id', 'nama', 'nip', 'jabatanId', 'unitId'],
				where: params.unitId ? { unitId: params.unitId } : undefined,
				include: [
					{ model: Jabatan, as: 'jabatan', attributes: ['id', 'nama'] },
					{ model: UnitKerja, as: 'unit', attributes: ['id', 'nama'] },
				],
			},
		],
		order: [['username', 'ASC']],
		offset: params.offset,
		limit: params.limit,
	})
	const peran = await peranOf(rows.map((r) => ({ id: r.id, jabatanId: r.pegawai?.jabatanId ?? null })))
	return {
		rows: rows.map(
			(r): PenggunaRow => ({
				id: r.id,
				username: r.username,
				nama: r.pegawai?.nama ?? '',
				nip: r.pegawai?.nip ?? '',
				jabatan: r.pegawai?.jabatan?.nama ?? null,
				unit: r.pegawai?.unit?.nama ?? '',
				aktif: r.aktif,
				terakhirMasuk: r.terakhirMasukAt?.toISOString() ?? null,
				peran: peran.get(r.id) ?? [],
			}),
		),
		total: count,
	}
}

/** Every role, for checkboxes and filters. */
export async function listPilihanPeran() {
	const rows = await Peran.findAll({ attributes: ['kode', 'nama', 'deskripsi'], order: [['nama', 'ASC']], raw: true })
	return rows.map((r) => ({ kode: r.kode, nama: r.nama, deskripsi: r.deskripsi }))
}

export async function listPilihanUnit() {
	const rows = await UnitKerja.findAll({ attributes: ['id', 'nama'], order: [['urutan', 'ASC'], ['nama', 'ASC']], raw: true })
	return rows.map((r) => ({ value: r.id, label: r.nama }))
}

/** Active staff who have no account yet: the only people a new account can be made for. */
export async function listPegawaiTanpaAkun() {
	const rows = await Pegawai.findAll({
		where: { aktif: true, '$pengguna.id$': null },
		attributes: ['id', 'nama', 'nip'],
		include: [{ association: 'pengguna', attributes: [], required: false }],
		order: [['nama', 'ASC']],
	})
	return rows.map((r) => ({ value: r.id, label: `${r.nama} — ${r.nip}` }))
}

async function peranIdsOf(kode: string[], t?: Transaction) {
	const unique = [...new Set(kode)]
	if (unique.length === 0) return []
	const rows = await Peran.findAll({ where: { kode: { [Op.in]: unique } }, attributes: ['id'], transaction: t })
	return rows.length === unique.length ? rows.map((r) => r.id) : null
}

function sandiErrors(field: string, sandi: string): FieldErrors | null {
	const policy = checkSandiPolicy(sandi)
	if (policy) return { [field]: [policy] }
	if (sandi === SANDI_DEMO) return { [field]: ['Kata sandi demo tidak boleh dipakai.'] }
	return null
}

const USERNAME_DIPAKAI = 'Username sudah dipakai akun lain.'
const PEGAWAI_BERAKUN = 'Pegawai ini sudah memiliki akun.'

/** A new account for a pegawai; the first login must choose a new password. */
export async function createPengguna(input: PenggunaBaruInput): Promise<HasilSimpan> {
	const errors: FieldErrors = {}
	const [pegawai, berakun, dipakai, peranIds] = await Promise.all([
		Pegawai.findByPk(input.pegawaiId, { attributes: ['id', 'aktif'] }),
		Pengguna.count({ where: { pegawaiId: input.pegawaiId } }),
		Pengguna.count({ where: { username: input.username } }),
		peranIdsOf(input.peran),
	])
	if (!pegawai?.aktif) errors.pegawaiId = ['Pegawai tidak ditemukan atau sudah tidak aktif.']
	else if (berakun) errors.pegawaiId = [PEGAWAI_BERAKUN]
	if (dipakai) errors.username = [USERNAME_DIPAKAI]
	if (!peranIds) errors.peran = ['Ada peran yang tidak dikenal.']
	Object.assign(errors, sandiErrors('sandiAwal', input.sandiAwal))
	if (Object.keys(errors).length) return { ok: false, errors }

	const passwordHash = await hashSandi(input.sandiAwal)
	try {
		const id = await transaction(async (t) => {
			const pengguna = await Pengguna.create(
				{
					username: input.username,
					passwordHash,
					pegawaiId: input.pegawaiId,
					aktif: true,
					wajibGantiSandi: true,
					sandiDemo: false,
					sandiDiubahAt: new Date(),
					terakhirMasukAt: null,
				},
				{ transaction: t },
			)
			if (peranIds?.length) {
				await PenggunaPeran.bulkCreate(
					peranIds.map((peranId) => ({ penggunaId: pengguna.id, peranId })),
					{ transaction: t, individualHooks: true },
				)
			}
			return pengguna.id
		})
		return { ok: true, id }
	} catch (error) {
		// two admins creating the same account at once: the database has the last word
		if (error instanceof UniqueConstraintError) {
			const pegawaiField = Object.keys(error.fields ?? {}).some((f) => f.includes('pegawai'))
			return { ok: false, errors: pegawaiField ? { pegawaiId: [PEGAWAI_BERAKUN] } : { username: [USERNAME_DIPAKAI] } }
		}
		throw error
	}
}

type PeranEfektif = { kode: string; nama: string; sumber: SumberPeran; keterangan: string }

/** What a user holds today and why: directly, through their jabatan, or as Plt/Plh of another. */
async function listPeranEfektif(penggunaId: number, jabatan: { id: number; nama: string } | null, tanggal: string) {
	const [langsung, plt] = await Promise.all([
		PenggunaPeran.findAll({ where: { penggunaId }, raw: true }),
		PenugasanPlt.findAll({
			where: { penggunaId, mulai: { [Op.lte]: tanggal }, selesai: { [Op.gte]: tanggal } },
			include: [{ model: Jabatan, as: 'jabatan', attributes: ['id', 'nama'] }],
		}),
	])
	const jabatanIds = [...new Set([jabatan?.id, ...plt.map((p) => p.jabatanId)].filter((id): id is number => typeof id === 'number'))]
	const viaJabatan = jabatanIds.length ? await JabatanPeran.findAll({ where: { jabatanId: { [Op.in]: jabatanIds } }, raw: true }) : []
	const peranIds = [...new Set([...langsung, ...viaJabatan].map((r) => r.peranId))]
	const roles = peranIds.length
		? await Peran.findAll({ where: { id: { [Op.in]: peranIds } }, attributes: ['id', 'kode', 'nama'], order: [['nama', 'ASC']], raw: true })
		: []
	const result: PeranEfektif[] = []
	for (const role of roles) {
		if (langsung.some((r) => r.peranId === role.id)) {
			result.push({ kode: role.kode, nama: role.nama, sumber: 'langsung', keterangan: 'Diberikan langsung ke akun' })
		}
		if (jabatan && viaJabatan.some((r) => r.peranId === role.id && r.jabatanId === jabatan.id)) {
			result.push({ kode: role.kode, nama: role.nama, sumber: 'jabatan', keterangan: `Dari jabatan ${jabatan.nama}` })
		}
		for (const p of plt) {
			if (viaJabatan.some((r) => r.peranId === role.id && r.jabatanId === p.jabatanId)) {
				result.push({
					kode: role.kode,
					nama: role.nama,
					sumber: 'plt',
					keterangan: `Sebagai ${p.jenis}. ${p.jabatan?.nama ?? ''} sampai ${p.selesai}`,
				})
			}
		}
	}
	return { langsung: roles.filter((r) => langsung.some((l) => l.peranId === r.id)).map((r) => r.kode), efektif: result }
}

/** Everything the account page shows; null when there is no such user. */
export async function getPengguna(id: number) {
	const pengguna = await Pengguna.findByPk(id, {
		include: [
			{
				model: Pegawai,
				as: 'pegawai',
				attributes: ['id', 'nama', 'nip', 'email', 'telepon', 'aktif', 'jabatanId', 'unitId'],
				include: [
					{ model: Jabatan, as: 'jabatan', attributes: ['id', 'nama'] },
					{ model: UnitKerja, as: 'unit', attributes: ['id', 'nama'] },
				],
			},
		],
	})
	if (!pengguna) return null
	const zona = await getZonaWaktuKantor()
	const jabatan = pengguna.pegawai?.jabatan ? { id: pengguna.pegawai.jabatan.id, nama: pengguna.pegawai.jabatan.nama } : null
	const [peran, sesi, riwayat] = await Promise.all([
		listPeranEfektif(id, jabatan, tanggalDiZona(new Date(), zona)),
		listSesiAktif(id),
		listAuditTentang({ entitas: ['pengguna', 'pengguna_peran', 'sesi'], entitasId: id, limit: 20 }),
	])
	const pegawai = pengguna.pegawai
	return {
		akun: {
			id: pengguna.id,
			username: pengguna.username,
			aktif: pengguna.aktif,
			wajibGantiSandi: pengguna.wajibGantiSandi,
			sandiDemo: pengguna.sandiDemo,
			sandiDiubah: pengguna.sandiDiubahAt?.toISOString() ?? null,
			terakhirMasuk: pengguna.terakhirMasukAt?.toISOString() ?? null,
			dibuat: pengguna.createdAt.toISOString(),
			version: pengguna.version,
		},
		pegawai: {
			id: pegawai?.id ?? null,
			nama: pegawai?.nama ?? '',
			nip: pegawai?.nip ?? '',
			email: pegawai?.email ?? null,
			telepon: pegawai?.telepon ?? null,
			aktif: pegawai?.aktif ?? false,
			jabatan: jabatan?.nama ?? null,
			unit: pegawai?.unit?.nama ?? '',
		},
		peranLangsung: peran.langsung,
		peranEfektif: peran.efektif,
		// the session id is the token's hash: only a short reference leaves the server
		sesi: sesi.map(({ id: sesiId, ...s }) => ({ ...s, ref: sesiId.slice(0, 12) })),
		riwayat,
		zonaWaktu: zona,
	}
}

/** Active accounts holding the admin role directly or through their jabatan (Plt/Plh is temporary). */
async function pemegangAdminAktif(t: Transaction) {
	const admin = await Peran.findOne({ where: { kode: KODE_PERAN_ADMIN }, attributes: ['id'], transaction: t })
	if (!admin) return { aktif: new Set<number>(), viaJabatan: new Set<number>(), peranId: null }
	const langsung = await PenggunaPeran.findAll({ where: { peranId: admin.id }, attributes: ['penggunaId'], raw: true, transaction: t })
	const jabatan = await JabatanPeran.findAll({ where: { peranId: admin.id }, attributes: ['jabatanId'], raw: true, transaction: t })
	const viaJabatan = jabatan.length
		? await Pengguna.findAll({
				attributes: ['id'],
				include: [{ association: 'pegawai', attributes: [], required: true, where: { jabatanId: { [Op.in]: jabatan.map((j) => j.jabatanId) } } }],
				raw: true,
				transaction: t,
			})
		: []
	const ids = [...new Set([...langsung.map((l) => l.penggunaId), ...viaJabatan.map((v) => v.id)])]
	const aktif = ids.length
		? await Pengguna.findAll({ where: { id: { [Op.in]: ids }, aktif: true }, attributes: ['id'], raw: true, transaction: t })
		: []
	return { aktif: new Set(aktif.map((a) => a.id)), viaJabatan: new Set(viaJabatan.map((v) => v.id)), peranId: admin.id }
}

function formError(message: string): HasilSimpan {
	return { ok: false, errors: { _form: [message] } }
}

/** Loads the row for a change, locked; `'konflik'` when the form's version is stale. */
async function lockPengguna(id: number, version: number, t: Transaction) {
	const pengguna = await Pengguna.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
	if (!pengguna) return null
	if (pengguna.version !== version) return 'konflik' as const
	return pengguna
}

/** Bumps the version when only linked rows changed, so a stale form of this user is refused. */
async function touch(pengguna: Pengguna, t: Transaction) {
	pengguna.changed('updatedAt', true)
	await pengguna.save({ transaction: t })
}

/** Sets the roles given to the account directly (the jabatan's roles are managed with the jabatan). */
export async function setPeranPengguna(params: { id: number; version: number; peran: string[]; aktorId: number }): Promise<HasilUbah> {
	return transaction(async (t) => {
		const pengguna = await lockPengguna(params.id, params.version, t)
		if (pengguna === null || pengguna === 'konflik') return pengguna
		const wanted = await peranIdsOf(params.peran, t)
		if (!wanted) return { ok: false, errors: { peran: ['Ada peran yang tidak dikenal.'] } }
		const current = (await PenggunaPeran.findAll({ where: { penggunaId: params.id }, raw: true, transaction: t })).map((r) => r.peranId)
		const admin = await pemegangAdminAktif(t)
		if (admin.peranId && current.includes(admin.peranId) && !wanted.includes(admin.peranId)) {
			if (params.id === params.aktorId) return formError('Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri.')
			const adaLain = [...admin.aktif].some((id) => id !== params.id)
			if (pengguna.aktif && !admin.viaJabatan.has(params.id) && !adaLain) {
				return formError('Peran Administrator tidak dapat dicabut: akun ini satu-satunya akun aktif yang memegangnya.')
			}
		}
		const remove = current.filter((id) => !wanted.includes(id))
		const add = wanted.filter((id) => !current.includes(id))
		if (remove.length) {
			await PenggunaPeran.destroy({ where: { penggunaId: params.id, peranId: { [Op.in]: remove } }, transaction: t })
		}
		if (add.length) {
			await PenggunaPeran.bulkCreate(
				add.map((peranId) => ({ penggunaId: params.id, peranId })),
				{ transaction: t, individualHooks: true },
			)
		}
		if (remove.length || add.length) await touch(pengguna, t)
		return { ok: true, id: params.id }
	})
}

/** Enables or disables an account; disabling ends every session it has open. */
export async function setStatusPengguna(params: { id: number; version: number; aktif: boolean; aktorId: number }): Promise<HasilUbah> {
	return transaction(async (t) => {
		const pengguna = await lockPengguna(params.id, params.version, t)
		if (pengguna === null || pengguna === 'konflik') return pengguna
		if (!params.aktif) {
			if (params.id === params.aktorId) return formError('Anda tidak dapat menonaktifkan akun Anda sendiri.')
			const admin = await pemegangAdminAktif(t)
			if (admin.aktif.has(params.id) && admin.aktif.size === 1) {
				return formError('Akun ini tidak dapat dinonaktifkan: ini satu-satunya akun aktif yang memegang peran Administrator.')
			}
		}
		if (pengguna.aktif !== params.aktif) await pengguna.update({ aktif: params.aktif }, { transaction: t })
		if (!params.aktif) await endSessionsOf(params.id, 'akun-dinonaktifkan', { transaction: t })
		return { ok: true, id: params.id }
	})
}

/**
 * An admin sets a temporary password: the user must choose their own at the next login, and every
 * session of the account ends.
 */
export async function resetSandiPengguna(params: { id: number; version: number; sandiBaru: string }): Promise<HasilUbah> {
	const errors = sandiErrors('sandiBaru', params.sandiBaru)
	if (errors) return { ok: false, errors }
	const passwordHash = await hashSandi(params.sandiBaru)
	return transaction(async (t) => {
		const pengguna = await lockPengguna(params.id, params.version, t)
		if (pengguna === null || pengguna === 'konflik') return pengguna
		await pengguna.update(
			{ passwordHash, wajibGantiSandi: true, sandiDemo: params.sandiBaru === SANDI_DEMO, sandiDiubahAt: new Date() },
			{ transaction: t },
		)
		await endSessionsOf(params.id, 'sandi-diatur-ulang', { transaction: t })
		await audit({ aksi: 'atur-ulang-sandi', entitas: 'pengguna', entitasId: params.id }, t)
		return { ok: true, id: params.id }
	})
}
