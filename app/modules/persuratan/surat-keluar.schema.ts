import { z } from 'zod'
import { isTanggal } from '~/modules/audit/waktu-zona'

/**
 * The forms and lists of outgoing letters: the draft, a review comment, the filters, and the
 * wording of sifat, urgensi and status. Shared by the pages and the services; browser-safe.
 */
export const SIFAT_SURAT = [
	{ value: 'biasa', label: 'Biasa' },
	{ value: 'terbatas', label: 'Terbatas' },
	{ value: 'rahasia', label: 'Rahasia' },
	{ value: 'sangat-rahasia', label: 'Sangat Rahasia' },
] as const
export const URGENSI_SURAT = [
	{ value: 'biasa', label: 'Biasa' },
	{ value: 'segera', label: 'Segera' },
	{ value: 'amat-segera', label: 'Amat Segera' },
] as const
export const UKURAN_KERTAS = [
	{ value: 'A4', label: 'A4 (210 × 297 mm)' },
	{ value: 'F4', label: 'F4 (215 × 330 mm)' },
] as const

export type SifatSuratKeluar = (typeof SIFAT_SURAT)[number]['value']
export type UrgensiSuratKeluar = (typeof URGENSI_SURAT)[number]['value']

export const LABEL_SIFAT: Record<string, string> = Object.fromEntries(SIFAT_SURAT.map((s) => [s.value, s.label]))
export const LABEL_URGENSI: Record<string, string> = Object.fromEntries(URGENSI_SURAT.map((s) => [s.value, s.label]))

export const STATUS_SURAT_KELUAR = [
	{ value: 'draf', label: 'Draf', kelas: 'badge badge-abu' },
	{ value: 'verifikasi', label: 'Verifikasi', kelas: 'badge badge-kuning' },
	{ value: 'revisi', label: 'Revisi', kelas: 'badge badge-merah' },
	{ value: 'tanda-tangan', label: 'Menunggu tanda tangan', kelas: 'badge badge-kuning' },
	{ value: 'ditandatangani', label: 'Ditandatangani', kelas: 'badge badge-hijau' },
	{ value: 'dikirim', label: 'Dikirim', kelas: 'badge badge-hijau' },
	{ value: 'selesai', label: 'Selesai', kelas: 'badge badge-hijau' },
	{ value: 'dibatalkan', label: 'Dibatalkan', kelas: 'badge badge-abu' },
] as const
export type KodeStatusSurat = (typeof STATUS_SURAT_KELUAR)[number]['value']
export const LABEL_STATUS_SURAT: Record<string, string> = Object.fromEntries(STATUS_SURAT_KELUAR.map((s) => [s.value, s.label]))
export const KELAS_STATUS_SURAT: Record<string, string> = Object.fromEntries(STATUS_SURAT_KELUAR.map((s) => [s.value, s.kelas]))

export const LABEL_CARA_TTD: Record<string, string> = { tte: 'Tanda tangan elektronik (TTE)', manual: 'Tanda tangan basah dan stempel' }

const kosongJadiNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)

function teksWajib(label: string, min: number, maks: number) {
	return z
		.string({ error: `${label} wajib diisi.` })
		.trim()
		.min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
		.max(maks, `${label} maksimal ${maks} karakter.`)
}

function teksOpsional(label: string, maks: number) {
	return z.preprocess(kosongJadiNull, z.string().trim().max(maks, `${label} maksimal ${maks} karakter.`).nullable().default(null))
}

const idWajib = (pesan: string) => z.preprocess(kosongJadiNull, z.coerce.number({ error: pesan }).int(pesan).positive(pesan))

/** The lines of a textarea, trimmed, blank lines dropped. */
export function pisahBaris(teks: string | null | undefined): string[] {
	return (teks ?? '')
		.split(/\r?\n/)
		.map((b) => b.trim())
		.filter(Boolean)
}

/** Addressees or copies: one per line, each a reasonable length. */
function daftarBaris(label: string, wajib: boolean) {
	return z.preprocess(
		kosongJadiNull,
		z
			.string({ error: `${label} wajib diisi.` })
			.nullable()
			.transform((v) => pisahBaris(v).join('\n') || null)
			.superRefine((v, ctx) => {
				if (!v) {
					if (wajib) ctx.addIssue({ code: 'custom', message: `${label} wajib diisi, satu per baris.` })
					return
				}
				const baris = v.split('\n')
				if (baris.length > 30) ctx.addIssue({ code: 'custom', message: `${label} paling banyak 30 baris.` })
				if (baris.some((b) => b.length > 300)) ctx.addIssue({ code: 'custom', message: `Setiap baris ${label.toLowerCase()} paling panjang 300 karakter.` })
			}),
	)
}

export const POLA_KLASIFIKASI = /^\d{3}(\.\d+)*$/

/** What the drafter fills in; the body is cleaned on the server and checked not to be empty there. */
export const DrafSuratSchema = z.object({
	jenisNaskahId: idWajib('Pilih jenis naskah.'),
	klasifikasiKode: z
		.string({ error: 'Kode klasifikasi wajib diisi.' })
		.trim()
		.min(1, 'Kode klasifikasi wajib diisi.')
		.max(30, 'Kode klasifikasi maksimal 30 karakter.')
		.regex(POLA_KLASIFIKASI, 'Tulis kode klasifikasi seperti 000.1.2 atau 470.'),
	sifat: z.enum(['biasa', 'terbatas', 'rahasia', 'sangat-rahasia'], { error: 'Pilih sifat surat.' }),
	urgensi: z.enum(['biasa', 'segera', 'amat-segera'], { error: 'Pilih urgensi surat.' }),
	perihal: teksWajib('Perihal', 3, 500),
	tujuan: daftarBaris('Tujuan', true).transform((v) => v ?? ''),
	tembusan: daftarBaris('Tembusan', false),
	isi: z.string({ error: 'Isi surat wajib diisi.' }).max(200_000, 'Isi surat terlalu panjang.'),
	lampiran: teksOpsional('Lampiran', 100),
	ukuranKertas: z.enum(['A4', 'F4'], { error: 'Pilih ukuran kertas.' }),
	jabatanPenandatanganId: idWajib('Pilih jabatan penandatangan.'),
})
export type DrafSuratInput = z.infer<typeof DrafSuratSchema>

/** An edit carries the version it was opened with and, during a revision, what changed. */
export const UbahSuratSchema = DrafSuratSchema.omit({ jenisNaskahId: true }).extend({
	version: z.coerce.number({ error: 'Versi data tidak dikenal; muat ulang halaman.' }).int().min(0),
	catatan: teksOpsional('Catatan perubahan', 1000),
})
export type UbahSuratInput = z.infer<typeof UbahSuratSchema>

export const KomentarSchema = z.object({
	isi: teksWajib('Komentar', 1, 4000),
})

export const TAB_SURAT = [
	{ value: 'tindakan', label: 'Perlu tindakan saya' },
	{ value: 'saya', label: 'Konsep saya' },
	{ value: 'semua', label: 'Semua surat' },
] as const
export type TabSurat = (typeof TAB_SURAT)[number]['value']

export type FilterSuratKeluar = {
	tab: TabSurat
	q?: string
	status?: KodeStatusSurat
	jenisNaskahId?: number
	klasifikasi?: string
	dari?: string
	sampai?: string
}

/** The list's filters from the query string (unknown values dropped), shared with the export. */
export function bacaFilterSuratKeluar(url: URL): FilterSuratKeluar {
	const get = (name: string) => url.searchParams.get(name)?.trim().slice(0, 100) || undefined
	const tab = get('tab')
	const status = get('status')
	const jenis = Number(get('jenis'))
	const klasifikasi = get('klasifikasi')
	const dari = get('dari')
	const sampai = get('sampai')
	return {
		tab: TAB_SURAT.some((t) => t.value === tab) ? (tab as TabSurat) : 'tindakan',
		q: get('q'),
		status: STATUS_SURAT_KELUAR.some((s) => s.value === status) ? (status as KodeStatusSurat) : undefined,
		jenisNaskahId: Number.isSafeInteger(jenis) && jenis > 0 ? jenis : undefined,
		klasifikasi: klasifikasi && /^[\d.]{1,30}$/.test(klasifikasi) ? klasifikasi : undefined,
		dari: isTanggal(dari) ? dari : undefined,
		sampai: isTanggal(sampai) ? sampai : undefined,
	}
}
