import { Op, OptimisticLockError, UniqueConstraintError, fn, col, type Transaction, type WhereOptions } from 'sequelize'
import { Jabatan, JabatanPeran, Pegawai, PenugasanPlt, Peran, UnitKerja } from '#models/index'
import { transaction } from '~/utils/db.server'
import { likePattern } from '~/utils/pagination.server'
import { KONFLIK, daftarkan, gagal, type HasilHapus, type HasilSimpan } from './hasil'
import type { JabatanFilter, JabatanInput, UbahJabatanInput } from './jabatan.schema'

export type JabatanRow = {
	id: number
	kode: string
	nama: string
	jenis: string
	aktif: boolean
	unitId: number
	namaUnit: string
	atasanId: number | null
	namaAtasan: string | null
	jumlahPegawai: number
}

function whereOf(filter: JabatanFilter): WhereOptions<Jabatan> {
	return {
		...(filter.unitId ? { unitId: filter.unitId } : {}),
		...(filter.jenis ? { jenis: filter.jenis } : {}),
		...(filter.q ? { [Op.or]: [{ nama: { [Op.like]: likePattern(filter.q) } }, { kode: { [Op.like]: likePattern(filter.q) } }] } : {}),
	}
}

/** Active pegawai per jabatan, in one grouped query. */
async function hitungPemangku(jabatanIds: number[]) {
	if (jabatanIds.length === 0) return new Map<number, number>()
	const rows = (await Pegawai.findAll({
		where: { jabatanId: jabatanIds, aktif: true },
		attributes: ['jabatanId', [fn('COUNT', col('id')), 'jumlah']],
		group: ['jabatanId'],
		raw: true,
	})) as unknown as { jabatanId: number; jumlah: number | string }[]
	return new Map(rows.map((r) => [Number(r.jabatanId), Number(r.jumlah)]))
}

export async function listJabatan(params: JabatanFilter & { offset: number; limit: number }) {
	const { rows, count } = await Jabatan.findAndCountAll({
		where: whereOf(params),
		attributes: ['id', 'kode', 'nama', 'jenis', 'aktif', 'unitId', 'atasanId'],
		include: [
			{ model: UnitKerja, as: 'unit', attributes: ['nama'] },
			{ model: Jabatan, as: 'atasan', attributes: ['nama'] },
		],
		order: [
			['unitId', 'ASC'],
			['id', 'ASC'],
		],
		offset: params.offset,
		limit: params.limit,
	})
	const jumlah = await hitungPemangku(rows.map((r) => r.id))
	return {
		rows: rows.map(
			(r): JabatanRow => ({
				id: r.id,
				kode: r.kode,
				nama: r.nama,
				jenis: r.jenis,
				aktif: Boolean(r.aktif),
				unitId: r.unitId,
				namaUnit: r.unit?.nama ?? '',
				atasanId: r.atasanId,
				namaAtasan: r.atasan?.nama ?? null,
				jumlahPegawai: jumlah.get(r.id) ?? 0,
			}),
		),
		total: count,
	}
}

export async function getJabatan(id: number) {
	const row = await Jabatan.findByPk(id, { attributes: ['id', 'kode', 'nama', 'jenis', 'unitId', 'atasanId', 'aktif', 'version'] })
	if (!row) return null
	const peran = await JabatanPeran.findAll({ where: { jabatanId: id }, attributes: ['peranId'], raw: true })
	return {
		id: row.id,
		kode: row.kode,
		nama: row.nama,
		jenis: row.jenis,
		unitId: row.unitId,
		atasanId: row.atasanId,
		aktif: Boolean(row.aktif),
		version: row.version,
		peran: peran.map((p) => p.peranId),
	}
}

/** Jabatan for selects: "nama — unit". */
export async function listPilihanJabatan(params: { kecuali?: number; hanyaAktif?: boolean } = {}) {
	const rows = await Jabatan.findAll({
		where: {
			...(params.kecuali ? { id: { [Op.ne]: params.kecuali } } : {}),
			...(params.hanyaAktif ? { aktif: true } : {}),
		},
		attributes: ['id', 'nama', 'aktif'],
		include: [{ model: UnitKerja, as: 'unit', attributes: ['kode'] }],
		order: [
			['unitId', 'ASC'],
			['id', 'ASC'],
		],
	})
	return rows.map((r) => ({ value: r.id, label: `${r.nama} (${r.unit?.kode ?? '-'})${r.aktif ? '' : ' — nonaktif'}` }))
}

/** The roles a jabatan can carry. */
export async function listPilihanPeran() {
	const rows = await Peran.findAll({ attributes: ['id', 'kode', 'nama'], order: [['nama', 'ASC']], raw: true })
	return rows.map((r) => ({ value: r.id, label: r.nama, hint: r.kode }))
}

const KODE_GANDA = gagal('kode', 'Kode ini sudah dipakai jabatan lain.')

/** Null when the unit, atasan and roles are sound; else the field error. */
async function periksa(id: number | null, input: JabatanInput, t: Transaction) {
	const [unit, peran, atasanOf] = await Promise.all([
		UnitKerja.count({ where: { id: input.unitId }, transaction: t }),
		input.peran.length ? Peran.count({ where: { id: input.peran }, transaction: t }) : Promise.resolve(0),
		input.atasanId === null
			? Promise.resolve(new Map<number, number | null>())
			: Jabatan.findAll({ attributes: ['id', 'atasanId'], raw: true, transaction: t }).then((rows) => new Map(rows.map((r) => [r.id, r.atasanId]))),
	])
	if (!unit) return gagal('unitId', 'Unit kerja tidak ditemukan.')
	if (peran !== new Set(input.peran).size) return gagal('peran', 'Ada peran yang tidak dikenal; muat ulang halaman.')
	if (input.atasanId === null) return null
	if (!atasanOf.has(input.atasanId)) return gagal('atasanId', 'Jabatan atasan tidak ditemukan.')
	if (id === input.atasanId) return gagal('atasanId', 'Jabatan tidak dapat menjadi atasan dirinya sendiri.')
	const dilalui = new Set<number>()
	for (let cur: number | null | undefined = input.atasanId; cur != null && !dilalui.has(cur); cur = atasanOf.get(cur)) {
		if (cur === id) return gagal('atasanId', 'Jabatan ini adalah atasan (langsung atau tidak langsung) dari atasan yang dipilih; pilih atasan lain.')
		dilalui.add(cur)
	}
	return null
}

/** Makes the jabatan's roles exactly `peranIds`; each added or removed link is audited. */
async function aturPeran(jabatanId: number, peranIds: number[], t: Transaction): Promise<boolean> {
	const sekarang = new Set((await JabatanPeran.findAll({ where: { jabatanId }, attributes: ['peranId'], raw: true, transaction: t })).map((r) => r.peranId))
	const baru = new Set(peranIds)
	const buang = [...sekarang].filter((p) => !baru.has(p))
	const tambah = [...baru].filter((p) => !sekarang.has(p))
	if (buang.length) await JabatanPeran.destroy({ where: { jabatanId, peranId: buang }, transaction: t })
	for (const peranId of tambah) await JabatanPeran.create({ jabatanId, peranId }, { transaction: t })
	return buang.length + tambah.length > 0
}

function tanganiGalat(error: unknown): HasilSimpan {
	if (error instanceof UniqueConstraintError) return KODE_GANDA
	if (error instanceof OptimisticLockError) return KONFLIK
	throw error
}

export async function createJabatan({ peran, ...input }: JabatanInput): Promise<HasilSimpan> {
	try {
		return await transaction(async (t) => {
			const salah = await periksa(null, { ...input, peran }, t)
			if (salah) return salah
			const row = await Jabatan.create(input, { transaction: t })
			await aturPeran(row.id, peran, t)
			return { ok: true as const, id: row.id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

export async function updateJabatan(id: number, { version, peran, ...input }: UbahJabatanInput): Promise<HasilSimpan | null> {
	try {
		return await transaction(async (t) => {
			const row = await Jabatan.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== version) return KONFLIK
			const salah = await periksa(id, { ...input, peran }, t)
			if (salah) return salah
			row.set(input)
			// a change of roles alone is still a change of the jabatan: its version moves on
			if ((await aturPeran(id, peran, t)) && !row.changed()) row.changed('updatedAt', true)
			await row.save({ transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

/** Deletes a jabatan nobody holds, reports to, or acts for; otherwise says who still does. */
export async function deleteJabatan(id: number): Promise<HasilHapus | null> {
	return transaction(async (t) => {
		const row = await Jabatan.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!row) return null
		const [pegawai, bawahan, plt] = await Promise.all([
			Pegawai.count({ where: { jabatanId: id }, transaction: t }),
			Jabatan.count({ where: { atasanId: id }, transaction: t }),
			PenugasanPlt.count({ where: { jabatanId: id }, transaction: t }),
		])
		const bagian = [
			pegawai ? `masih dipegang ${pegawai} pegawai` : '',
			bawahan ? `masih menjadi atasan ${bawahan} jabatan` : '',
			plt ? `masih tercatat pada ${plt} penugasan Plt/Plh` : '',
		].filter(Boolean)
		if (bagian.length) {
			return { ok: false as const, alasan: `Jabatan tidak dapat dihapus karena ${daftarkan(bagian)}. Nonaktifkan jabatan ini bila tidak dipakai lagi.` }
		}
		await JabatanPeran.destroy({ where: { jabatanId: id }, transaction: t })
		await row.destroy({ transaction: t })
		return { ok: true as const }
	})
}
