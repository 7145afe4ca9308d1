import { z } from 'zod'

/** The admin forms of the service catalogue: a service, a checklist line, a fine rate. */

export const LABEL_KELOMPOK: Record<string, string> = {
	'pendaftaran-penduduk': 'Pendaftaran Penduduk',
	'pencatatan-sipil': 'Pencatatan Sipil',
}

/** `lahir-mati` → "Lahir mati": the event codes the catalogue uses, as a person reads them. */
export function labelPeristiwa(peristiwa: string) {
	const teks = peristiwa.replaceAll('-', ' ')
	return teks.charAt(0).toUpperCase() + teks.slice(1)
}

const kosongJadiNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)

/** A single checkbox: present means true. */
const centang = z.preprocess((v) => v === 'on' || v === '1' || v === 'true' || v === true, z.boolean())

/** The row version the form was opened with, for optimistic locking. */
const versi = z.coerce.number({ error: 'Versi data tidak dikenal; muat ulang halaman.' }).int().min(0)

function teksWajib(label: string, min: number, maks: number) {
	return z
		.string({ error: `${label} wajib diisi.` })
		.trim()
		.min(min, `${label} minimal ${min} karakter.`)
		.max(maks, `${label} maksimal ${maks} karakter.`)
}

function teksOpsional(label: string, maks: number) {
	return z.preprocess(kosongJadiNull, z.string().trim().max(maks, `${label} maksimal ${maks} karakter.`).nullable().default(null))
}

function tanggalAda(v: string) {
	const date = new Date(`${v}T00:00:00Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v)
}

function tanggal(pesanKosong: string) {
	return z
		.string({ error: pesanKosong })
		.trim()
		.min(1, pesanKosong)
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Isi tanggal dengan format yang benar.')
		.refine(tanggalAda, 'Tanggal tidak ada di kalender.')
}

export const UbahJenisLayananSchema = z.object({
	nama: teksWajib('Nama layanan', 3, 200),
	dokumenHasil: teksWajib('Dokumen hasil', 3, 300),
	keterangan: teksOpsional('Keterangan', 2000),
	daring: centang,
	aktif: centang,
	/** empty: the default bidang of the service's kelompok */
	unitKode: z.preprocess(kosongJadiNull, z.string().trim().max(20, 'Pilih unit kerja dari daftar.').nullable().default(null)),
	definisiKode: z.string({ error: 'Pilih SOP yang dijalankan.' }).trim().min(1, 'Pilih SOP yang dijalankan.').max(30, 'Pilih SOP dari daftar.'),
	version: versi,
})
export type UbahJenisLayananInput = z.infer<typeof UbahJenisLayananSchema>

export const PersyaratanSchema = z.object({
	nama: teksWajib('Nama persyaratan', 3, 300),
	wajib: centang,
	keterangan: teksOpsional('Keterangan', 300),
})
export type PersyaratanInput = z.infer<typeof PersyaratanSchema>

export const UbahPersyaratanSchema = PersyaratanSchema.extend({
	id: z.coerce.number({ error: 'Persyaratan tidak dikenal.' }).int().positive('Persyaratan tidak dikenal.'),
	version: versi,
})
export type UbahPersyaratanInput = z.infer<typeof UbahPersyaratanSchema>

/** Whole Rupiah as typed: `100000`, `100.000` or `Rp100.000`; dots and spaces are grouping. */
const rupiah = z.preprocess(
	(v) => (typeof v === 'string' ? v.replace(/^\s*rp\.?/i, '').replace(/[.\s]/g, '') : v),
	z
		.string({ error: 'Nominal wajib diisi.' })
		.min(1, 'Nominal wajib diisi.')
		.regex(/^\d+$/, 'Nominal ditulis dalam rupiah tanpa sen, misalnya 100.000.')
		.transform(Number)
		.pipe(z.number().int().min(1, 'Nominal minimal Rp1.').max(100_000_000, 'Nominal paling besar Rp100.000.000.')),
)

const tarifDendaFields = {
	peristiwa: z.string({ error: 'Pilih peristiwa.' }).trim().min(1, 'Pilih peristiwa.').max(30, 'Pilih peristiwa dari daftar.'),
	nama: teksWajib('Nama tarif', 3, 200),
	batasHari: z.preprocess(
		kosongJadiNull,
		z.coerce
			.number({ error: 'Batas hari wajib diisi dengan angka.' })
			.int('Batas hari berupa bilangan bulat.')
			.min(0, 'Batas hari tidak boleh negatif.')
			.max(3650, 'Batas hari paling lama 3.650 hari.'),
	),
	nominal: rupiah,
	berlakuMulai: tanggal('Tanggal mulai berlaku wajib diisi.'),
	berlakuSampai: z.preprocess(kosongJadiNull, tanggal('Isi tanggal akhir berlaku atau kosongkan.').nullable().default(null)),
	dasarHukum: teksWajib('Dasar hukum', 3, 300),
}

function urutanBerlaku(v: { berlakuMulai: string; berlakuSampai: string | null }, ctx: z.RefinementCtx) {
	if (v.berlakuSampai && v.berlakuSampai < v.berlakuMulai) {
		ctx.addIssue({ code: 'custom', path: ['berlakuSampai'], message: 'Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.' })
	}
}

export const TarifDendaSchema = z.object(tarifDendaFields).superRefine(urutanBerlaku)
export type TarifDendaInput = z.infer<typeof TarifDendaSchema>

export const UbahTarifDendaSchema = z.object({ ...tarifDendaFields, version: versi }).superRefine(urutanBerlaku)
export type UbahTarifDendaInput = z.infer<typeof UbahTarifDendaSchema>
