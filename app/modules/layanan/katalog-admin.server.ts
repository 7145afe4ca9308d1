import { Op, OptimisticLockError, col, fn, type Transaction } from 'sequelize'
import { JenisLayanan, PersyaratanLayanan, TarifDenda } from '#models/index'
import { getPohonUnitKerja, getUnitIdByKode, type UnitKerjaNode } from '~/modules/organisasi/unit-kerja.server'
import { transaction } from '~/utils/db.server'
import { formatTanggal } from '~/utils/format'
import type { FieldErrors } from '~/utils/forms'
import { DEFINISI } from '~/workflow/definisi'
import { SUBJEK_PERMOHONAN } from './permohonan.server'
import type {
	PersyaratanInput,
	TarifDendaInput,
	UbahJenisLayananInput,
	UbahPersyaratanInput,
	UbahTarifDendaInput,
} from './katalog-admin.schema'
import { LABEL_KELOMPOK, labelPeristiwa } from './katalog-admin.schema'

/**
 * The catalogue as the administrator keeps it: a service's text, unit and SOP, its persyaratan
 * checklist, and the fine rates. Every write goes through a model, so the audit hooks record it;
 * rows with a version refuse a form opened before someone else's save.
 */
export type HasilSimpan = { ok: true; id: number } | { ok: false; errors: FieldErrors } | { ok: false; konflik: true }

const KONFLIK = { ok: false, konflik: true } as const
const gagal = (field: string, pesan: string) => ({ ok: false as const, errors: { [field]: [pesan] } })

function tanganiGalat(error: unknown): HasilSimpan {
	if (error instanceof OptimisticLockError) return KONFLIK
	throw error
}

// ---------------------------------------------------------------------------------------------
// Services

export type JenisLayananAdminRow = {
	id: number
	kode: string
	nama: string
	kelompok: string
	kelompokLabel: string
	definisiKode: string
	daring: boolean
	aktif: boolean
	jumlahPersyaratan: number
}

/** Every service, inactive ones too, in catalogue order, with the length of its checklist. */
export async function listJenisLayananAdmin(): Promise<JenisLayananAdminRow[]> {
	const [rows, jumlah] = await Promise.all([
		JenisLayanan.findAll({
			attributes: ['id', 'kode', 'nama', 'kelompok', 'definisiKode', 'daring', 'aktif'],
			order: [['urutan', 'ASC'], ['id', 'ASC']],
			raw: true,
		}),
		PersyaratanLayanan.findAll({
			attributes: ['jenisLayananId', [fn('COUNT', col('id')), 'jumlah']],
			group: ['jenisLayananId'],
			raw: true,
		}) as unknown as Promise<{ jenisLayananId: number; jumlah: number | string }[]>,
	])
	const perJenis = new Map(jumlah.map((r) => [Number(r.jenisLayananId), Number(r.jumlah)]))
	return rows.map((r) => ({
		id: r.id,
		kode: r.kode,
		nama: r.nama,
		kelompok: r.kelompok,
		kelompokLabel: LABEL_KELOMPOK[r.kelompok] ?? r.kelompok,
		definisiKode: r.definisiKode,
		daring: Boolean(r.daring),
		aktif: Boolean(r.aktif),
		jumlahPersyaratan: perJenis.get(r.id) ?? 0,
	}))
}

export type PersyaratanAdminRow = { id: number; urutan: number; nama: string; wajib: boolean; keterangan: string | null; version: number }

/** One service with its checklist lines (and their versions) for the edit page; null when unknown. */
export async function getJenisLayananAdmin(kode: string) {
	const row = await JenisLayanan.findOne({ where: { kode: kode.toUpperCase() } })
	if (!row) return null
	const syarat = await PersyaratanLayanan.findAll({
		where: { jenisLayananId: row.id },
		attributes: ['id', 'urutan', 'nama', 'wajib', 'keterangan', 'version'],
		order: [['urutan', 'ASC'], ['id', 'ASC']],
		raw: true,
	})
	return {
		id: row.id,
		kode: row.kode,
		nama: row.nama,
		kelompok: row.kelompok,
		kelompokLabel: LABEL_KELOMPOK[row.kelompok] ?? row.kelompok,
		varian: row.varian,
		skema: row.skema,
		peristiwa: row.peristiwa,
		definisiWa: row.definisiWa,
		dokumenHasil: row.dokumenHasil,
		keterangan: row.keterangan,
		daring: Boolean(row.daring),
		aktif: Boolean(row.aktif),
		unitKode: row.unitKode,
		definisiKode: row.definisiKode,
		version: row.version,
		persyaratan: syarat.map((s): PersyaratanAdminRow => ({ ...s, wajib: Boolean(s.wajib) })),
	}
}
export type JenisLayananAdmin = NonNullable<Awaited<ReturnType<typeof getJenisLayananAdmin>>>

/** The SOPs a service may run: the P4/P5 definitions for service requests, latest version of each. */
export function pilihanDefinisiLayanan() {
	const kode = new Map<string, string>()
	for (const d of DEFINISI) {
		if (d.jenisSubjek !== SUBJEK_PERMOHONAN || (d.area !== 'P4' && d.area !== 'P5')) continue
		kode.set(d.kode, `${d.kode} — ${d.nama}`)
	}
	return [...kode].map(([value, label]) => ({ value, label }))
}

/** Active units in tree order (indented) for the service's unit select; the current one stays listed. */
export async function pilihanUnitLayanan(sekarang: string | null) {
	const { pohon } = await getPohonUnitKerja({ q: undefined })
	const pilihan: { value: string; label: string }[] = []
	const telusuri = (nodes: UnitKerjaNode[], depth: number) => {
		for (const n of nodes) {
			if (n.aktif || n.kode === sekarang) pilihan.push({ value: n.kode, label: `${'\u00a0\u00a0'.repeat(depth)}${n.nama}${n.aktif ? '' : ' (nonaktif)'}` })
			telusuri(n.anak, depth + 1)
		}
	}
	telusuri(pohon, 0)
	return pilihan
}

export async function updateJenisLayanan(kode: string, { version, ...input }: UbahJenisLayananInput): Promise<HasilSimpan | null> {
	if (!pilihanDefinisiLayanan().some((d) => d.value === input.definisiKode)) return gagal('definisiKode', 'Pilih SOP layanan dari daftar.')
	try {
		return await transaction(async (t) => {
			const row = await JenisLayanan.findOne({ where: { kode: kode.toUpperCase() }, transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== version) return KONFLIK
			// a unit closed since it was chosen may stay; a newly chosen one must be active
			if (input.unitKode && input.unitKode !== row.unitKode && !(await getUnitIdByKode(input.unitKode))) {
				return gagal('unitKode', 'Unit kerja tidak ditemukan atau sudah tidak aktif.')
			}
			row.set(input)
			await row.save({ transaction: t })
			return { ok: true as const, id: row.id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

// ---------------------------------------------------------------------------------------------
// The persyaratan checklist. Each change locks the service's row first, so two administrators
// editing the same checklist take turns and the order numbers stay consistent.

async function kunciJenis(kode: string, t: Transaction) {
	return JenisLayanan.findOne({ where: { kode: kode.toUpperCase() }, attributes: ['id'], transaction: t, lock: t.LOCK.UPDATE })
}

export async function tambahPersyaratan(kode: string, input: PersyaratanInput): Promise<HasilSimpan | null> {
	return transaction(async (t) => {
		const jenis = await kunciJenis(kode, t)
		if (!jenis) return null
		const terakhir = (await PersyaratanLayanan.max('urutan', { where: { jenisLayananId: jenis.id }, transaction: t })) as number | null
		const row = await PersyaratanLayanan.create({ jenisLayananId: jenis.id, urutan: Number(terakhir ?? 0) + 1, ...input }, { transaction: t })
		return { ok: true as const, id: row.id }
	})
}

/** The line of this service, locked; null when it is not (or no longer) there. */
async function syaratMilik(kode: string, id: number, t: Transaction) {
	const jenis = await kunciJenis(kode, t)
	if (!jenis) return null
	return PersyaratanLayanan.findOne({ where: { id, jenisLayananId: jenis.id }, transaction: t, lock: t.LOCK.UPDATE })
}

export async function ubahPersyaratan(kode: string, { id, version, ...input }: UbahPersyaratanInput): Promise<HasilSimpan | null> {
	try {
		return await transaction(async (t) => {
			const row = await syaratMilik(kode, id, t)
			if (!row) return null
			if (row.version !== version) return KONFLIK
			row.set(input)
			await row.save({ transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}

/**
 * Removes a line. Requests already submitted keep their ticks and berkas; the line simply no
 * longer appears on new checklists.
 */
export async function hapusPersyaratan(kode: string, params: { id: number; version: number }): Promise<{ ok: true } | { ok: false; konflik: true } | null> {
	return transaction(async (t) => {
		const row = await syaratMilik(kode, params.id, t)
		if (!row) return null
		if (row.version !== params.version) return KONFLIK
		await row.destroy({ transaction: t })
		return { ok: true as const }
	})
}

/** Moves a line one place up or down; the lines are numbered 1…n again, only changed ones written. */
export async function pindahkanPersyaratan(kode: string, params: { id: number; arah: 'naik' | 'turun' }): Promise<boolean> {
	return transaction(async (t) => {
		const jenis = await kunciJenis(kode, t)
		if (!jenis) return false
		const baris = await PersyaratanLayanan.findAll({ where: { jenisLayananId: jenis.id }, order: [['urutan', 'ASC'], ['id', 'ASC']], transaction: t })
		const i = baris.findIndex((b) => b.id === params.id)
		if (i < 0) return false
		const j = params.arah === 'naik' ? i - 1 : i + 1
		if (j >= 0 && j < baris.length) [baris[i], baris[j]] = [baris[j]!, baris[i]!]
		for (const [k, b] of baris.entries()) {
			if (b.urutan !== k + 1) await b.update({ urutan: k + 1 }, { transaction: t })
		}
		return true
	})
}

// ---------------------------------------------------------------------------------------------
// Fine rates

export type TarifDendaAdminRow = {
	id: number
	peristiwa: string
	peristiwaLabel: string
	nama: string
	batasHari: number
	nominal: number
	berlakuMulai: string
	berlakuSampai: string | null
	dasarHukum: string
}

export async function listTarifDendaAdmin(): Promise<TarifDendaAdminRow[]> {
	const rows = await TarifDenda.findAll({
		attributes: ['id', 'peristiwa', 'nama', 'batasHari', 'nominal', 'berlakuMulai', 'berlakuSampai', 'dasarHukum'],
		order: [['peristiwa', 'ASC'], ['berlakuMulai', 'DESC'], ['id', 'ASC']],
		raw: true,
	})
	return rows.map((r) => ({ ...r, nominal: Number(r.nominal), peristiwaLabel: labelPeristiwa(r.peristiwa) }))
}

export async function getTarifDenda(id: number) {
	const row = await TarifDenda.findByPk(id, {
		attributes: ['id', 'peristiwa', 'nama', 'batasHari', 'nominal', 'berlakuMulai', 'berlakuSampai', 'dasarHukum', 'version'],
		raw: true,
	})
	return row ? { ...row, nominal: Number(row.nominal) } : null
}

/** The events the services fine late reports of, named with the services that use them. */
export async function pilihanPeristiwa() {
	const rows = await JenisLayanan.findAll({
		where: { peristiwa: { [Op.ne]: null } },
		attributes: ['peristiwa', 'nama'],
		order: [['urutan', 'ASC'], ['id', 'ASC']],
		raw: true,
	})
	const layanan = new Map<string, string[]>()
	for (const r of rows) layanan.set(r.peristiwa!, [...(layanan.get(r.peristiwa!) ?? []), r.nama])
	return [...layanan].map(([value, nama]) => ({ value, label: `${labelPeristiwa(value)} (${nama.join(', ')})` }))
}

const SELAMANYA = '9999-12-31'

/**
 * Null when the period is free; else the error for the start date field, naming the rate it
 * overlaps. Two periods overlap when each starts before the other ends (an open end never ends).
 */
async function periksaTumpangTindih(id: number | null, input: TarifDendaInput, t: Transaction) {
	const bentrok = await TarifDenda.findOne({
		where: {
			peristiwa: input.peristiwa,
			...(id ? { id: { [Op.ne]: id } } : {}),
			berlakuMulai: { [Op.lte]: input.berlakuSampai ?? SELAMANYA },
			[Op.or]: [{ berlakuSampai: null }, { berlakuSampai: { [Op.gte]: input.berlakuMulai } }],
		},
		order: [['berlakuMulai', 'ASC']],
		transaction: t,
		lock: t.LOCK.UPDATE,
	})
	if (!bentrok) return null
	const sampai = bentrok.berlakuSampai ? formatTanggal(bentrok.berlakuSampai) : 'seterusnya'
	return gagal(
		'berlakuMulai',
		`Masa berlaku bertumpang tindih dengan tarif "${bentrok.nama}" (${formatTanggal(bentrok.berlakuMulai)} – ${sampai}). Akhiri masa berlaku tarif itu lebih dulu atau pilih tanggal lain.`,
	)
}

async function periksaPeristiwa(peristiwa: string) {
	const dikenal = await JenisLayanan.count({ where: { peristiwa } })
	return dikenal ? null : gagal('peristiwa', 'Pilih peristiwa dari daftar.')
}

export async function createTarifDenda(input: TarifDendaInput): Promise<HasilSimpan> {
	const salah = await periksaPeristiwa(input.peristiwa)
	if (salah) return salah
	return transaction(async (t) => {
		const bentrok = await periksaTumpangTindih(null, input, t)
		if (bentrok) return bentrok
		const row = await TarifDenda.create(input, { transaction: t })
		return { ok: true as const, id: row.id }
	})
}

export async function updateTarifDenda(id: number, { version, ...input }: UbahTarifDendaInput): Promise<HasilSimpan | null> {
	const salah = await periksaPeristiwa(input.peristiwa)
	if (salah) return salah
	try {
		return await transaction(async (t) => {
			const row = await TarifDenda.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== version) return KONFLIK
			const bentrok = await periksaTumpangTindih(id, input, t)
			if (bentrok) return bentrok
			row.set(input)
			await row.save({ transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		return tanganiGalat(error)
	}
}
