import { Op, OptimisticLockError, UniqueConstraintError, col, fn, type Transaction } from 'sequelize'
import { Izin, JabatanPeran, PenggunaPeran, Peran, PeranIzin } from '#models/index'
import { transaction } from '~/utils/db.server'
import type { FieldErrors } from '~/utils/forms'
import { likePattern } from '~/utils/pagination.server'
import type { PeranBaruInput, PeranFilter, UbahPeranInput } from './peran.schema'
import { KODE_PERAN_ADMIN } from './pengguna.server'

/** Without these the admin role could no longer give anyone back what was taken: nobody gets locked out. */
export const IZIN_WAJIB_ADMIN = ['update:peran:any', 'update:pengguna:any'] as const

export type PeranRow = {
	id: number
	kode: string
	nama: string
	deskripsi: string | null
	sistem: boolean
	jumlahPengguna: number
	jumlahJabatan: number
	jumlahIzin: number
}

export type HasilSimpan = { ok: true; id: number } | { ok: false; errors: FieldErrors }

/** Someone saved the role since the page was opened (409). */
const KONFLIK = { ok: false, konflik: true } as const
export type HasilUbahPeran = HasilSimpan | typeof KONFLIK

const kodeOf = (izin: { aksi: string; entitas: string; akses: string }) => `${izin.aksi}:${izin.entitas}:${izin.akses}`

/** How many users (directly), jabatan and permissions each role has, in three grouped queries. */
async function countsOf(peranIds: number[]) {
	if (peranIds.length === 0) return new Map<number, { pengguna: number; jabatan: number; izin: number }>()
	const where = { peranId: { [Op.in]: peranIds } }
	const count = [[fn('COUNT', col('peran_id')), 'jumlah']] as [ReturnType<typeof fn>, string][]
	const [pengguna, jabatan, izin] = await Promise.all([
		PenggunaPeran.findAll({ attributes: ['peranId', ...count], where, group: ['peran_id'], raw: true }),
		JabatanPeran.findAll({ attributes: ['peranId', ...count], where, group: ['peran_id'], raw: true }),
		PeranIzin.findAll({ attributes: ['peranId', ...count], where, group: ['peran_id'], raw: true }),
	])
	const byId = (rows: unknown[]) =>
		new Map((rows as { peranId: number; jumlah: number | string }[]).map((r) => [Number(r.peranId), Number(r.jumlah)]))
	const [p, j, i] = [byId(pengguna), byId(jabatan), byId(izin)]
	return new Map(peranIds.map((id) => [id, { pengguna: p.get(id) ?? 0, jabatan: j.get(id) ?? 0, izin: i.get(id) ?? 0 }]))
}

export async function listPeran(params: PeranFilter & { offset: number; limit: number }) {
	const pattern = params.q ? likePattern(params.q) : null
	const { rows, count } = await Peran.findAndCountAll({
		where: pattern ? { [Op.or]: [{ kode: { [Op.like]: pattern } }, { nama: { [Op.like]: pattern } }] } : {},
		attributes: ['id', 'kode', 'nama', 'deskripsi', 'sistem'],
		order: [['nama', 'ASC']],
		offset: params.offset,
		limit: params.limit,
		raw: true,
	})
	const counts = await countsOf(rows.map((r) => r.id))
	return {
		rows: rows.map(
			(r): PeranRow => ({
				id: r.id,
				kode: r.kode,
				nama: r.nama,
				deskripsi: r.deskripsi,
				sistem: Boolean(r.sistem),
				jumlahPengguna: counts.get(r.id)?.pengguna ?? 0,
				jumlahJabatan: counts.get(r.id)?.jabatan ?? 0,
				jumlahIzin: counts.get(r.id)?.izin ?? 0,
			}),
		),
		total: count,
	}
}

/** Every permission of the catalogue, grouped by entity, for the role form. */
export async function listSemuaIzin() {
	const rows = await Izin.findAll({
		attributes: ['aksi', 'entitas', 'akses', 'deskripsi'],
		order: [['entitas', 'ASC'], ['aksi', 'ASC'], ['akses', 'ASC']],
		raw: true,
	})
	return rows.map((r) => ({ kode: kodeOf(r), deskripsi: r.deskripsi }))
}

export async function getPeran(id: number) {
	const peran = await Peran.findByPk(id, { attributes: ['id', 'kode', 'nama', 'deskripsi', 'sistem', 'version'] })
	if (!peran) return null
	const [links, counts] = await Promise.all([
		PeranIzin.findAll({ where: { peranId: id }, include: [{ model: Izin, as: 'izinRow', attributes: ['aksi', 'entitas', 'akses'] }] }),
		countsOf([id]),
	])
	return {
		id: peran.id,
		kode: peran.kode,
		nama: peran.nama,
		deskripsi: peran.deskripsi,
		sistem: peran.sistem,
		izin: links.flatMap((l) => (l.izinRow ? [kodeOf(l.izinRow)] : [])).sort(),
		jumlahPengguna: counts.get(id)?.pengguna ?? 0,
		jumlahJabatan: counts.get(id)?.jabatan ?? 0,
		version: peran.version,
	}
}

/** The ids of the given codes, or null when one of them is not in the catalogue. */
async function izinIdsOf(kode: string[], t: Transaction) {
	const wanted = new Set(kode)
	if (wanted.size === 0) return []
	const all = await Izin.findAll({ attributes: ['id', 'aksi', 'entitas', 'akses'], transaction: t })
	const found = all.filter((r) => wanted.has(kodeOf(r)))
	return found.length === wanted.size ? found.map((r) => r.id) : null
}

/** Makes the role's permissions exactly `izinIds`; true when a link was added or removed. */
async function setIzin(peranId: number, izinIds: number[], t: Transaction): Promise<boolean> {
	const current = (await PeranIzin.findAll({ where: { peranId }, raw: true, transaction: t })).map((r) => r.izinId)
	const remove = current.filter((id) => !izinIds.includes(id))
	const add = izinIds.filter((id) => !current.includes(id))
	if (remove.length) await PeranIzin.destroy({ where: { peranId, izinId: { [Op.in]: remove } }, transaction: t })
	if (add.length) {
		await PeranIzin.bulkCreate(
			add.map((izinId) => ({ peranId, izinId })),
			{ transaction: t, individualHooks: true },
		)
	}
	return remove.length + add.length > 0
}

const IZIN_TIDAK_DIKENAL = { izin: ['Ada izin yang tidak dikenal.'] }
const KODE_DIPAKAI = { kode: ['Kode peran ini sudah dipakai.'] }

/** A role of the office's own, beside the system roles of the catalogue. */
export async function createPeran(input: PeranBaruInput): Promise<HasilSimpan> {
	try {
		return await transaction(async (t): Promise<HasilSimpan> => {
			if (await Peran.count({ where: { kode: input.kode }, transaction: t })) return { ok: false, errors: KODE_DIPAKAI }
			const izinIds = await izinIdsOf(input.izin, t)
			if (!izinIds) return { ok: false, errors: IZIN_TIDAK_DIKENAL }
			const peran = await Peran.create(
				{ kode: input.kode, nama: input.nama, deskripsi: input.deskripsi, sistem: false },
				{ transaction: t },
			)
			await setIzin(peran.id, izinIds, t)
			return { ok: true, id: peran.id }
		})
	} catch (error) {
		if (error instanceof UniqueConstraintError) return { ok: false, errors: KODE_DIPAKAI }
		throw error
	}
}

/** Name, description and permissions; the code never changes, code elsewhere may rely on it. */
export async function updatePeran(id: number, { version, ...input }: UbahPeranInput): Promise<HasilUbahPeran | null> {
	try {
		return await transaction(async (t): Promise<HasilUbahPeran | null> => {
			const peran = await Peran.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!peran) return null
			if (peran.version !== version) return KONFLIK
			if (peran.kode === KODE_PERAN_ADMIN) {
				const kurang = IZIN_WAJIB_ADMIN.filter((kode) => !input.izin.includes(kode))
				if (kurang.length) {
					return {
						ok: false,
						errors: { izin: [`Peran Administrator harus tetap memiliki izin ${IZIN_WAJIB_ADMIN.join(' dan ')}, agar akses masih dapat dikelola.`] },
					}
				}
			}
			const izinIds = await izinIdsOf(input.izin, t)
			if (!izinIds) return { ok: false, errors: IZIN_TIDAK_DIKENAL }
			peran.set({ nama: input.nama, deskripsi: input.deskripsi })
			// the permissions live in peran_izin: a change of them alone still moves the role's version on
			if ((await setIzin(id, izinIds, t)) && !peran.changed()) peran.changed('updatedAt', true)
			await peran.save({ transaction: t })
			return { ok: true, id }
		})
	} catch (error) {
		if (error instanceof OptimisticLockError) return KONFLIK
		throw error
	}
}

/** Only a role of the office's own that nobody and no jabatan holds can go, and only as the page showed it. */
export async function deletePeran(id: number, version: number): Promise<HasilUbahPeran | null> {
	return transaction(async (t): Promise<HasilUbahPeran | null> => {
		const peran = await Peran.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!peran) return null
		if (peran.version !== version) return KONFLIK
		if (peran.sistem) return { ok: false, errors: { _form: ['Peran bawaan sistem tidak dapat dihapus.'] } }
		const [pengguna, jabatan] = [
			await PenggunaPeran.count({ where: { peranId: id }, transaction: t }),
			await JabatanPeran.count({ where: { peranId: id }, transaction: t }),
		]
		if (pengguna || jabatan) {
			return {
				ok: false,
				errors: { _form: [`Peran masih dipakai oleh ${pengguna} pengguna dan ${jabatan} jabatan; cabut dahulu sebelum menghapus.`] },
			}
		}
		await PeranIzin.destroy({ where: { peranId: id }, transaction: t })
		await peran.destroy({ transaction: t })
		return { ok: true, id }
	})
}
