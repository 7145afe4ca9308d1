import { z } from 'zod'
import { isTanggal } from '~/modules/audit/waktu-zona'

/**
 * Surat masuk: the codes and labels of its choices, the registration and delivery forms, the list
 * filters and the agenda number's format. Shared by the pages and the service.
 */
export const SIFAT_SURAT = [
	{ value: 'biasa', label: 'Biasa' },
	{ value: 'terbatas', label: 'Terbatas' },
	{ value: 'rahasia', label: 'Rahasia' },
	{ value: 'sangat-rahasia', label: 'Sangat Rahasia' },
] as const
export type KodeSifat = (typeof SIFAT_SURAT)[number]['value']

export const URGENSI_SURAT = [
	{ value: 'biasa', label: 'Biasa' },
	{ value: 'segera', label: 'Segera' },
	{ value: 'amat-segera', label: 'Amat Segera' },
] as const
export type KodeUrgensi = (typeof URGENSI_SURAT)[number]['value']

export const ASAL_JENIS_SURAT = [
	{ value: 'instansi', label: 'Instansi/lembaga' },
	{ value: 'perorangan', label: 'Perorangan' },
] as const
export type KodeAsalJenis = (typeof ASAL_JENIS_SURAT)[number]['value']

/** Letters only the people on their path may see. */
export const SIFAT_RAHASIA: readonly KodeSifat[] = ['rahasia', 'sangat-rahasia']
export const rahasia = (sifat: string) => (SIFAT_RAHASIA as readonly string[]).includes(sifat)

const label = (daftar: readonly { value: string; label: string }[]) => {
	const peta: Record<string, string> = Object.fromEntries(daftar.map((d) => [d.value, d.label]))
	return (kode: string) => peta[kode] ?? kode
}
export const labelSifat = label(SIFAT_SURAT)
export const labelUrgensi = label(URGENSI_SURAT)
export const labelAsalJenis = label(ASAL_JENIS_SURAT)

/**
 * Where a letter is on its path (P1.2.1.2), for the list's filter: waiting for the addressee's
 * disposition, with the secretariat, waiting for delivery, done, or cancelled.
 */
export const STATUS_SURAT_MASUK = [
	{ value: 'menunggu-disposisi', label: 'Menunggu disposisi' },
	{ value: 'tindak-lanjut', label: 'Ditindaklanjuti sekretariat' },
	{ value: 'pengantaran', label: 'Menunggu pengantaran' },
	{ value: 'selesai', label: 'Selesai' },
	{ value: 'dibatalkan', label: 'Dibatalkan' },
] as const
export type KodeStatusSuratMasuk = (typeof STATUS_SURAT_MASUK)[number]['value']
export const labelStatusSuratMasuk = label(STATUS_SURAT_MASUK)

/** The workflow's state as one of the list's statuses. */
export function statusSuratMasuk(instans: { status: string; langkahAktif: string | null } | null | undefined): KodeStatusSuratMasuk {
	if (!instans) return 'menunggu-disposisi'
	if (instans.status === 'selesai') return 'selesai'
	if (instans.status !== 'berjalan') return 'dibatalkan'
	if (instans.langkahAktif === 'antar') return 'pengantaran'
	if (instans.langkahAktif === 'tindak-lanjut-sekretaris' || instans.langkahAktif === 'terima-berkas') return 'tindak-lanjut'
	return 'menunggu-disposisi'
}

/** The agenda number as the office writes it: `0007/2026`. */
export function formatNomorAgenda(nomor: number, tahun: number) {
	return `${String(nomor).padStart(4, '0')}/${tahun}`
}

/** A classification code: `000`, `400.12`, `400.12.2.1`. */
export const POLA_KLASIFIKASI = /^\d{3}(\.\d{1,3}){0,5}$/

export const BATAS = { nomorSurat: 100, asal: 200, perihal: 500, ringkasan: 2000, lampiran: 100, kepada: 200, diterimaOleh: 150, catatan: 500 } as const

const tanggalSah = (v: string) => isTanggal(v)

const kosongJadiNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)

function teksWajib(nama: string, min: number, maks: number) {
	return z
		.string({ error: `${nama} wajib diisi.` })
		.trim()
		.min(1, `${nama} wajib diisi.`)
		.min(min, `${nama} minimal ${min} karakter.`)
		.max(maks, `${nama} maksimal ${maks} karakter.`)
}

function teksOpsional(nama: string, maks: number) {
	return z.preprocess(kosongJadiNull, z.string().trim().max(maks, `${nama} maksimal ${maks} karakter.`).nullable().default(null))
}

function tanggal(nama: string) {
	return z
		.string({ error: `${nama} wajib diisi.` })
		.trim()
		.min(1, `${nama} wajib diisi.`)
		.regex(/^\d{4}-\d{2}-\d{2}$/, `${nama} wajib diisi dengan format tanggal yang benar.`)
		.refine(tanggalSah, `${nama} tidak ada di kalender.`)
}

const pilihan = <T extends string>(nama: string, daftar: readonly { value: T }[]) =>
	z.enum(daftar.map((d) => d.value) as [T, ...T[]], { error: `Pilih ${nama}.` })

/**
 * The registration form. `hariIni` is the office date: a letter cannot be received in the future,
 * nor before the date it bears. Whether the classification code exists is checked by the service.
 */
export function suratMasukSchema(hariIni: string) {
	return z
		.object({
			nomorSurat: teksWajib('Nomor surat', 1, BATAS.nomorSurat),
			tanggalSurat: tanggal('Tanggal surat').refine((v) => v <= hariIni, 'Tanggal surat tidak boleh sesudah hari ini.'),
			tanggalDiterima: tanggal('Tanggal diterima').refine((v) => v <= hariIni, 'Tanggal diterima tidak boleh sesudah hari ini.'),
			asalJenis: pilihan('jenis asal surat', ASAL_JENIS_SURAT),
			asal: teksWajib('Asal surat', 2, BATAS.asal),
			perihal: teksWajib('Perihal', 3, BATAS.perihal),
			ringkasan: teksOpsional('Ringkasan', BATAS.ringkasan),
			sifat: pilihan('sifat surat', SIFAT_SURAT),
			urgensi: pilihan('urgensi surat', URGENSI_SURAT),
			klasifikasiKode: z
				.string({ error: 'Kode klasifikasi wajib diisi.' })
				.trim()
				.min(1, 'Kode klasifikasi wajib diisi.')
				.regex(POLA_KLASIFIKASI, 'Kode klasifikasi ditulis seperti 400.12.2 (angka dipisah titik).'),
			lampiran: teksOpsional('Lampiran', BATAS.lampiran),
			tujuanJabatanId: z.preprocess(
				(v) => (v === '' || v === undefined || v === null ? null : v),
				z.coerce.number({ error: 'Pilih jabatan tujuan surat.' }).int('Pilih jabatan tujuan surat.').positive('Pilih jabatan tujuan surat.').nullable(),
			),
		})
		.superRefine((v, ctx) => {
			if (v.tanggalDiterima < v.tanggalSurat) {
				ctx.addIssue({ code: 'custom', path: ['tanggalDiterima'], message: 'Tanggal diterima tidak boleh sebelum tanggal surat.' })
			}
		})
}
export type SuratMasukInput = z.infer<ReturnType<typeof suratMasukSchema>>

/** `YYYY-MM-DDTHH:mm` from a datetime-local field. */
const POLA_WAKTU = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/** The delivery record: where the caraka took the letter, who signed for it and when (office time). */
export const PengantaranSchema = z.object({
	kepada: teksWajib('Tujuan pengantaran', 2, BATAS.kepada),
	diterimaOleh: teksWajib('Nama penerima', 2, BATAS.diterimaOleh),
	diterimaAt: z
		.string({ error: 'Waktu diterima wajib diisi.' })
		.trim()
		.min(1, 'Waktu diterima wajib diisi.')
		.regex(POLA_WAKTU, 'Waktu diterima wajib diisi dengan tanggal dan jam.')
		.refine((v) => tanggalSah(v.slice(0, 10)) && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60, 'Waktu diterima tidak ada di kalender.'),
	catatan: teksOpsional('Catatan', BATAS.catatan),
})
export type PengantaranInput = z.infer<typeof PengantaranSchema>

export type FilterSuratMasuk = {
	q?: string
	tahun?: number
	/** `YYYY-MM-DD`, on the date received */
	dari?: string
	sampai?: string
	sifat?: KodeSifat
	urgensi?: KodeUrgensi
	/** a code and everything under it */
	klasifikasi?: string
	status?: KodeStatusSuratMasuk
}

const ada = <T extends string>(daftar: readonly { value: T }[], v: string | undefined): T | undefined =>
	v && daftar.some((d) => d.value === v) ? (v as T) : undefined

/** The list's filters from the query string (shared by the page and its Excel export); unknown values are dropped. */
export function bacaFilterSuratMasuk(url: URL): FilterSuratMasuk {
	const get = (name: string) => url.searchParams.get(name)?.trim().slice(0, 100) || undefined
	const tahun = Number(get('tahun'))
	const dari = get('dari')
	const sampai = get('sampai')
	const klasifikasi = get('klasifikasi')
	return {
		q: get('q'),
		tahun: Number.isSafeInteger(tahun) && tahun >= 1900 && tahun <= 9999 ? tahun : undefined,
		dari: dari && tanggalSah(dari) ? dari : undefined,
		sampai: sampai && tanggalSah(sampai) ? sampai : undefined,
		sifat: ada(SIFAT_SURAT, get('sifat')),
		urgensi: ada(URGENSI_SURAT, get('urgensi')),
		klasifikasi: klasifikasi && POLA_KLASIFIKASI.test(klasifikasi) ? klasifikasi : undefined,
		status: ada(STATUS_SURAT_MASUK, get('status')),
	}
}
