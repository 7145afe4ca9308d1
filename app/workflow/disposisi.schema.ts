import { z } from 'zod'

/**
 * Disposisi: the preset instructions, the statuses, the form schemas and the rule of who may do
 * what to one node. Shared by the server (which enforces the rule) and the tree (which shows only
 * the buttons the rule allows).
 */
export const INSTRUKSI_DISPOSISI = [
	{ value: 'untuk-diketahui', label: 'Untuk diketahui' },
	{ value: 'tindak-lanjuti', label: 'Tindak lanjuti' },
	{ value: 'siapkan-jawaban', label: 'Siapkan jawaban' },
	{ value: 'koordinasikan', label: 'Koordinasikan' },
	{ value: 'hadiri-wakili', label: 'Hadiri/wakili' },
	{ value: 'arsipkan', label: 'Arsipkan' },
] as const
export type KodeInstruksi = (typeof INSTRUKSI_DISPOSISI)[number]['value']

const LABEL_INSTRUKSI: Record<string, string> = Object.fromEntries(INSTRUKSI_DISPOSISI.map((i) => [i.value, i.label]))

/** The label of an instruction code; an unknown (retired) code is shown as it was stored. */
export function labelInstruksi(kode: string) {
	return LABEL_INSTRUKSI[kode] ?? kode
}

export const STATUS_DISPOSISI = [
	{ value: 'belum-dibaca', label: 'Belum dibaca' },
	{ value: 'dibaca', label: 'Dibaca' },
	{ value: 'ditindaklanjuti', label: 'Ditindaklanjuti' },
	{ value: 'selesai', label: 'Selesai' },
	{ value: 'dibatalkan', label: 'Dibatalkan' },
] as const
export type StatusDisposisi = (typeof STATUS_DISPOSISI)[number]['value']

const LABEL_STATUS: Record<string, string> = Object.fromEntries(STATUS_DISPOSISI.map((s) => [s.value, s.label]))
export function labelStatusDisposisi(status: string) {
	return LABEL_STATUS[status] ?? status
}

/** Where a subject's own page lives; modules add theirs as they arrive (e.g. surat masuk). */
const HALAMAN_SUBJEK: Record<string, (id: string, instansId?: number) => string | null> = {
	alur: (id) => `/alur/${encodeURIComponent(id)}`,
	'surat-masuk': (id) => `/surat-masuk/${encodeURIComponent(id)}`,
	'surat-keluar': (id) => `/surat-keluar/${encodeURIComponent(id)}`,
	'permohonan-layanan': (id) => `/permohonan/${encodeURIComponent(id)}`,
	// the filing of a letter (P1.2.2, subject `surat-masuk:12`) is done on its filing page
	arsip: (_, instansId) => (instansId ? `/arsip/pengarsipan/${instansId}` : null),
	'usul-penyusutan': (id) => `/arsip/penyusutan/${encodeURIComponent(id)}`,
	'publikasi-agregat': (id) => `/kependudukan/agregat/${encodeURIComponent(id)}`,
}
const LABEL_SUBJEK: Record<string, string> = {
	'surat-masuk': 'surat masuk',
	'surat-keluar': 'surat keluar',
	'permohonan-layanan': 'permohonan',
	arsip: 'pengarsipan surat',
	'usul-penyusutan': 'usul penyusutan',
	'publikasi-agregat': 'publikasi agregat',
}
/** What a subject's page is, for a link to it ("Buka halaman surat masuk"). */
export function labelSubjek(subjekJenis: string) {
	return LABEL_SUBJEK[subjekJenis] ?? 'subjek'
}
export function tautanSubjek(subjekJenis: string, subjekId: string, instansId?: number): string | null {
	return HALAMAN_SUBJEK[subjekJenis]?.(subjekId, instansId) ?? null
}

/** A node as the rule needs it. */
export type NodeDisposisi = { dariPenggunaId: number; kePenggunaId: number; status: string }

/**
 * What `penggunaId` may do to one node now. The recipient reads, reports, finishes and forwards
 * (forwarding only once read); the sender cancels, and only while the recipient has not read it.
 */
export function aksiDisposisi(node: NodeDisposisi, penggunaId: number) {
	const penerima = node.kePenggunaId === penggunaId
	return {
		baca: penerima && node.status === 'belum-dibaca',
		tindakLanjut: penerima && node.status === 'dibaca',
		selesai: penerima && (node.status === 'dibaca' || node.status === 'ditindaklanjuti'),
		teruskan: penerima && (node.status === 'dibaca' || node.status === 'ditindaklanjuti'),
		batalkan: node.dariPenggunaId === penggunaId && node.status === 'belum-dibaca',
	}
}

export const MAKS_CATATAN = 1000
export const MAKS_LAPORAN = 2000

function tanggalSah(v: string) {
	return !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
}

const kosongJadiNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)

/**
 * The disposisi form (`kepada[]`, `instruksi[]`, `catatan`, `tenggat`, and `indukId` when it
 * forwards). `hariIni` is the office date: a deadline before it is refused.
 */
export function disposisiSchema(hariIni: string) {
	return z.object({
		indukId: z.preprocess(
			(v) => (v === '' || v === undefined || v === null ? null : v),
			z.coerce.number({ error: 'Disposisi induk tidak dikenal.' }).int('Disposisi induk tidak dikenal.').positive('Disposisi induk tidak dikenal.').nullable(),
		),
		kepada: z
			.array(z.string(), { error: 'Pilih sekurang-kurangnya satu penerima.' })
			.default([])
			.refine((v) => v.length > 0, 'Pilih sekurang-kurangnya satu penerima.')
			.refine((v) => v.every((s) => /^[1-9]\d{0,9}$/.test(s)), 'Penerima tidak dikenal.')
			.transform((v) => [...new Set(v.map(Number))])
			.refine((v) => v.length <= 50, 'Penerima paling banyak 50 orang.'),
		instruksi: z
			.array(z.string(), { error: 'Pilih sekurang-kurangnya satu instruksi.' })
			.default([])
			.refine((v) => v.length > 0, 'Pilih sekurang-kurangnya satu instruksi.')
			.refine((v) => v.every((k) => k in LABEL_INSTRUKSI), 'Instruksi tidak dikenal.')
			.transform((v) => INSTRUKSI_DISPOSISI.map((i) => i.value).filter((k) => v.includes(k))),
		catatan: z.preprocess(
			kosongJadiNull,
			z.string().trim().max(MAKS_CATATAN, `Catatan maksimal ${MAKS_CATATAN} karakter.`).nullable().default(null),
		),
		tenggat: z.preprocess(
			kosongJadiNull,
			z
				.string()
				.regex(/^\d{4}-\d{2}-\d{2}$/, 'Tenggat wajib diisi dengan format tanggal yang benar.')
				.refine(tanggalSah, 'Tenggat tidak ada di kalender.')
				.refine((v) => v >= hariIni, 'Tenggat tidak boleh sebelum hari ini.')
				.nullable()
				.default(null),
		),
	})
}
export type DisposisiInput = z.infer<ReturnType<typeof disposisiSchema>>

const id = z.coerce.number({ error: 'Disposisi tidak dikenal.' }).int('Disposisi tidak dikenal.').positive('Disposisi tidak dikenal.')
/** The version the page was opened with: an action on a stale page is refused (409). */
const version = z.coerce.number({ error: 'Formulir tidak lengkap; muat ulang halaman.' }).int('Formulir tidak lengkap; muat ulang halaman.').min(0, 'Formulir tidak lengkap; muat ulang halaman.')

export const BacaDisposisiSchema = z.object({ id })
export const BatalkanDisposisiSchema = z.object({ id, version })
export const TindakLanjutSchema = z.object({
	id,
	version,
	laporan: z
		.string({ error: 'Laporan tindak lanjut wajib diisi.' })
		.trim()
		.min(1, 'Laporan tindak lanjut wajib diisi.')
		.max(MAKS_LAPORAN, `Laporan maksimal ${MAKS_LAPORAN} karakter.`),
})
export const SelesaiDisposisiSchema = z.object({
	id,
	version,
	laporan: z.preprocess(kosongJadiNull, z.string().trim().max(MAKS_LAPORAN, `Laporan maksimal ${MAKS_LAPORAN} karakter.`).nullable().default(null)),
})

/** The inbox filters: received (`masuk`, default) or sent (`keluar`), and a status. */
export function parseDisposisiFilter(url: URL) {
	const status = url.searchParams.get('status')
	return {
		arah: url.searchParams.get('arah') === 'keluar' ? ('keluar' as const) : ('masuk' as const),
		status: STATUS_DISPOSISI.some((s) => s.value === status) ? (status as StatusDisposisi) : undefined,
	}
}
export type DisposisiFilter = ReturnType<typeof parseDisposisiFilter>
