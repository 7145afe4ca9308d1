import { z } from 'zod'
import { idWajib, teksOpsional, versi } from '~/modules/organisasi/schema-umum'
import { SATUAN_ARSIP, STATUS_BERKAS, STATUS_BERKAS_MANUAL, TINGKAT_PERKEMBANGAN } from './label'

const tanggalSah = (v: string) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)

export function tanggalWajib(nama: string) {
	return z
		.string({ error: `${nama} wajib diisi.` })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, `${nama} wajib diisi dengan format yang benar.`)
		.refine(tanggalSah, `${nama} tidak ada di kalender.`)
}

function tanggalOpsional(nama: string) {
	return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), tanggalWajib(nama).nullable().default(null))
}

const lokasi = (nama: string) => teksOpsional(60, `${nama} maksimal 60 karakter.`)

const pilihan = <T extends readonly { value: string }[]>(daftar: T, pesan: string) =>
	z.enum(daftar.map((d) => d.value) as [T[number]['value'], ...T[number]['value'][]], { error: pesan })

/** A berkas of the archive: what it holds, over which period, how much of it and where it is kept. */
const BerkasDasar = z.object({
	klasifikasiKode: z
		.string({ error: 'Kode klasifikasi wajib diisi.' })
		.trim()
		.min(1, 'Kode klasifikasi wajib diisi.')
		.max(30, 'Kode klasifikasi maksimal 30 karakter.')
		.regex(/^\d{3}(\.\d+)*$/, 'Tulis kode klasifikasi seperti 400.12.2.1.'),
	uraian: z.string({ error: 'Uraian wajib diisi.' }).trim().min(3, 'Uraian minimal 3 karakter.').max(500, 'Uraian maksimal 500 karakter.'),
	unitKerjaId: idWajib('Pilih unit pencipta arsip.'),
	kurunAwal: tanggalWajib('Awal kurun waktu'),
	kurunAkhir: tanggalOpsional('Akhir kurun waktu'),
	jumlah: z.coerce.number({ error: 'Jumlah diisi dengan angka.' }).int('Jumlah diisi dengan bilangan bulat.').min(0, 'Jumlah tidak boleh negatif.').max(100_000, 'Jumlah terlalu besar.'),
	satuan: pilihan(SATUAN_ARSIP, 'Pilih satuan.'),
	tingkatPerkembangan: pilihan(TINGKAT_PERKEMBANGAN, 'Pilih tingkat perkembangan.'),
	lokasiGedung: lokasi('Gedung'),
	lokasiRuang: lokasi('Ruang'),
	lokasiLemari: lokasi('Lemari/filing cabinet'),
	lokasiRak: lokasi('Laci/rak'),
	lokasiBoks: lokasi('Boks'),
	lokasiFolder: lokasi('Folder'),
	status: z.enum(STATUS_BERKAS_MANUAL, { error: 'Pilih status aktif, inaktif atau diserahkan.' }).default('aktif'),
})
const kurunUrut = (v: { kurunAwal: string; kurunAkhir: string | null }) => !v.kurunAkhir || v.kurunAkhir >= v.kurunAwal
const PESAN_KURUN = { path: ['kurunAkhir'], message: 'Akhir kurun waktu tidak boleh sebelum awalnya.' }

export const BerkasSchema = BerkasDasar.refine(kurunUrut, PESAN_KURUN)
export type BerkasInput = z.infer<typeof BerkasSchema>

export const UbahBerkasSchema = BerkasDasar.extend({ version: versi }).refine(kurunUrut, PESAN_KURUN)
export type UbahBerkasInput = z.infer<typeof UbahBerkasSchema>

/** A record filed by hand (not a letter of SIMADU): a paper, a report, a map. */
export const ItemBebasSchema = z.object({
	uraian: z.string({ error: 'Uraian wajib diisi.' }).trim().min(3, 'Uraian minimal 3 karakter.').max(500, 'Uraian maksimal 500 karakter.'),
	tanggal: tanggalWajib('Tanggal'),
	jumlah: z.coerce.number({ error: 'Jumlah diisi dengan angka.' }).int('Jumlah diisi dengan bilangan bulat.').min(1, 'Jumlah paling sedikit 1.').max(10_000, 'Jumlah terlalu besar.'),
	keterangan: teksOpsional(300, 'Keterangan maksimal 300 karakter.'),
})
export type ItemBebasInput = z.infer<typeof ItemBebasSchema>

/** Filing a letter of SIMADU: which register and which letter. */
export const ItemSuratSchema = z.object({
	jenisSurat: z.enum(['masuk', 'keluar'], { error: 'Pilih surat masuk atau surat keluar.' }),
	suratId: idWajib('Pilih surat yang akan diberkaskan.'),
})

const STATUS_NILAI = STATUS_BERKAS.map((s) => s.value) as string[]

/** The list's filters, read the same way by the page, the Excel export and the PDF. */
export function parseBerkasFilter(url: URL) {
	const p = url.searchParams
	const teks = (n: string, maks = 100) => p.get(n)?.trim().slice(0, maks) || undefined
	const tahun = (n: string) => {
		const v = Number.parseInt(p.get(n) ?? '', 10)
		return Number.isInteger(v) && v > 1900 && v < 3000 ? v : undefined
	}
	const unit = Number(p.get('unit'))
	const status = p.get('status') ?? ''
	const klasifikasi = teks('klasifikasi', 30)
	return {
		q: teks('q'),
		klasifikasi: klasifikasi && /^\d{1,3}(\.\d+)*$/.test(klasifikasi) ? klasifikasi : undefined,
		unitKerjaId: Number.isSafeInteger(unit) && unit > 0 ? unit : undefined,
		status: STATUS_NILAI.includes(status) ? status : undefined,
		tahunDari: tahun('dari'),
		tahunSampai: tahun('sampai'),
		lokasi: teks('lokasi', 60),
	}
}
export type BerkasFilter = ReturnType<typeof parseBerkasFilter>
