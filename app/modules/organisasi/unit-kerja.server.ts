import { Op, OptimisticLockError, UniqueConstraintError, type Transaction } from 'sequelize'
import { Jabatan, Pegawai, UnitKerja } from '#models/index'
import type { JenisUnitKerja } from '#models/organisasi/UnitKerja'
import { transaction } from '~/utils/db.server'
import { likePattern } from '~/utils/pagination.server'
import { KONFLIK, daftarkan, gagal, type HasilHapus, type HasilSimpan } from './hasil'
import type { UbahUnitKerjaInput, UnitKerjaFilter, UnitKerjaInput } from './unit-kerja.schema'

export type UnitKerjaRow = { id: number; kode: string; nama: string; jenis: JenisUnitKerja; indukId: number | null; urutan: number; aktif: boolean }
export type UnitKerjaNode = UnitKerjaRow & { anak: UnitKerjaNode[] }

const ATTRIBUTES = ['id', 'kode', 'nama', 'jenis', 'indukId', 'urutan', 'aktif'] as const
const URUTAN: [string, string][] = [
	['urutan', 'ASC'],
	['nama', 'ASC'],
]

function bersihkan(r: UnitKerjaRow): UnitKerjaRow {
	return { ...r, aktif: Boolean(r.aktif) }
}

async function semuaUnit(t?: Transaction) {
	const rows = (await UnitKerja.findAll({ attributes: [...ATTRIBUTES], order: URUTAN, raw: true, transaction: t })) as UnitKerjaRow[]
	return rows.map(bersihkan)
}

/** Builds the tree from flat rows; a unit whose induk is missing becomes a root. */
function susunPohon(rows: UnitKerjaRow[], tampil?: Set<number>): UnitKerjaNode[] {
	const ids = new Set(rows.map((r) => r.id))
	const anakDari = new Map<number | null, UnitKerjaRow[]>()
	for (const r of rows) {
		const induk = r.indukId !== null && ids.has(r.indukId) ? r.indukId : null
		anakDari.set(induk, [...(anakDari.get(induk) ?? []), r])
	}
	const bangun = (induk: number | null, jalur: Set<number>): UnitKerjaNode[] =>
		(anakDari.get(induk) ?? [])
			.filter((r) => (!tampil || tampil.has(r.id)) && !jalur.has(r.id))
			.map((r) => ({ ...r, anak: bangun(r.id, new Set([...jalur, r.id])) }))
	return bangun(null, new Set())
}

/**
 * The whole organisation as a tree. With a search, the units whose nama or kode match are kept
 * together with their ancestors, so each hit is shown where it sits.
 */
export async function getPohonUnitKerja(filter: UnitKerjaFilter) {
	const rows = await semuaUnit()
	if (!filter.q) return { pohon: susunPohon(rows), total: rows.length }
	const q = filter.q.toLocaleLowerCase('id-ID')
	const byId = new Map(rows.map((r) => [r.id, r]))
	const cocok = rows.filter((r) => r.nama.toLocaleLowerCase('id-ID').includes(q) || r.kode.toLocaleLowerCase('id-ID').includes(q))
	const tampil = new Set<number>()
	for (const r of cocok) {
		for (let cur: UnitKerjaRow | undefined = r; cur && !tampil.has(cur.id); cur = cur.indukId ? byId.get(cur.indukId) : undefined) {
			tampil.add(cur.id)
		}
	}
	return { pohon: susunPohon(rows, tampil), total: cocok.length }
}

export type UnitKerjaEksporRow = UnitKerjaRow & { namaInduk: string | null }

/** A flat page of units with their induk's name, for the Excel export. */
export async function listUnitKerja(params: UnitKerjaFilter & { offset: number; limit: number }) {
	const where = params.q
		? { [Op.or]: [{ nama: { [Op.like]: likePattern(params.q) } }, { kode: { [Op.like]: likePattern(params.q) } }] }
		: {}
	const { rows, count } = await UnitKerja.findAndCountAll({
		where,
		attributes: [...ATTRIBUTES],
		include: [{ model: UnitKerja, as: 'induk', attributes: ['nama'] }],
		order: [...URUTAN, ['id', 'ASC']],
		offset: params.offset,
		limit: params.limit,
	})
	return {
		rows: rows.map((r): UnitKerjaEksporRow => ({
			id: r.id,
			kode: r.kode,
			nama: r.nama,
			jenis: r.jenis,
			indukId: r.indukId,
			urutan: r.urutan,
			aktif: Boolean(r.aktif),
			namaInduk: r.induk?.nama ?? null,
		})),
		total: count,
	}
}

/** Every unit in tree order, indented by depth, for selects. */
export async function listPilihanUnitKerja(params: { kecuali?: number } = {}) {
	const pilihan: { value: number; label: string }[] = []
	const telusuri = (nodes: UnitKerjaNode[], depth: number) => {
		for (const n of nodes) {
			if (n.id === params.kecuali) continue
			pilihan.push({ value: n.id, label: `${'\u00a0\u00a0'.repeat(depth)}${n.nama}${n.aktif ? '' : ' (nonaktif)'}` })
			telusuri(n.anak, depth + 1)
		}
	}
	telusuri(susunPohon(await semuaUnit()), 0)
	return pilihan
}

export async function getUnitKerja(id: number) {
	const row = await UnitKerja.findByPk(id, { attributes: [...ATTRIBUTES, 'version'], raw: true })
	return row ? { ...bersihkan(row as UnitKerjaRow), version: row.version } : null
}

const KODE_GANDA = gagal('kode', 'Kode ini sudah dipakai unit kerja lain.')

/** Null when fine, else the field error: the induk must exist and must not sit below the unit. */
function periksaInduk(id: number | null, indukId: number | null, rows: UnitKerjaRow[]) {
	if (indukId === null) return null
	const indukOf = new Map(rows.map((r) => [r.id, r.indukId]))
	if (!indukOf.has(indukId)) return gagal('indukId', 'Unit induk tidak ditemukan.')
	if (id === null) return null
	if (indukId === id) return gagal('indukId', 'Unit kerja tidak dapat menjadi induk dirinya sendiri.')
	const dilalui = new Set<number>()
	for (let cur: number | null | undefined = indukId; cur != null && !dilalui.has(cur); cur = indukOf.get(cur)) {
		if (cur === id) return gagal('indukId', 'Unit induk ini berada di bawah unit kerja ini; pilih induk lain agar struktur tidak berputar.')
		dilalui.add(cur)
	}
	return null
}

function tanganiGalat(error: unknown): HasilSimpan {
	if (error instanceof UniqueConstraintError) return KODE_GANDA
	if (error instanceof OptimisticLockError) return KONFLIK
	throw error
}

export async function createUnitKerja(input: UnitKerjaInput): Promise<HasilSimpan> {
	try {
		return await transaction(async (t) => {
			const salah = periksaInduk(null, input.indukId, await semuaUnit(t))
			if (salah) return salah
			const row = await UnitKerja.create(input, { transaction: t })
			return { ok: true as const, id: row.id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

export async function updateUnitKerja(id: number, { version, ...input }: UbahUnitKerjaInput): Promise<HasilSimpan | null> {
	try {
		return await transaction(async (t) => {
			const row = await UnitKerja.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== version) return KONFLIK
			const salah = periksaInduk(id, input.indukId, await semuaUnit(t))
			if (salah) return salah
			await row.update(input, { transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

/** Deletes a unit nothing depends on; otherwise says what still hangs on it. */
export async function deleteUnitKerja(id: number): Promise<HasilHapus | null> {
	return transaction(async (t) => {
		const row = await UnitKerja.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!row) return null
		const [anak, jabatan, pegawai] = await Promise.all([
			UnitKerja.count({ where: { indukId: id }, transaction: t }),
			Jabatan.count({ where: { unitId: id }, transaction: t }),
			Pegawai.count({ where: { unitId: id }, transaction: t }),
		])
		const bagian = [anak ? `${anak} sub-unit` : '', jabatan ? `${jabatan} jabatan` : '', pegawai ? `${pegawai} pegawai` : ''].filter(Boolean)
		if (bagian.length) {
			return {
				ok: false as const,
				alasan: `Unit kerja tidak dapat dihapus karena masih memiliki ${daftarkan(bagian)}. Nonaktifkan unit ini bila tidak dipakai lagi.`,
			}
		}
		await row.destroy({ transaction: t })
		return { ok: true as const }
	})
}

/** The id of the active unit with this code (e.g. `DAFDUK-IDP`), or null. */
export async function getUnitIdByKode(kode: string) {
	const unit = await UnitKerja.findOne({ where: { kode, aktif: true }, attributes: ['id'] })
	return unit?.id ?? null
}
