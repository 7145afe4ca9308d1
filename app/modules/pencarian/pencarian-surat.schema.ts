import { z } from 'zod'
import { zodFieldErrors, type FieldErrors } from '~/utils/forms'

/**
 * The filters of "Cari surat & arsip", read from the query string (a GET form: nothing in them is
 * personal data). Shared by the page and the service; malformed input gets an error next to its
 * field instead of a silent fallback, so the user sees why nothing was searched.
 */
/** Totals are counted exactly up to here; a person narrows a search with more results. */
export const BATAS_HITUNG = 1_000

export const JENIS_CARI = [
	{ value: 'semua', label: 'Semua' },
	{ value: 'surat-masuk', label: 'Surat masuk' },
	{ value: 'surat-keluar', label: 'Surat keluar' },
	{ value: 'berkas', label: 'Berkas arsip' },
] as const
export type JenisCari = (typeof JENIS_CARI)[number]['value']

export const SIFAT_CARI = [
	{ value: 'biasa', label: 'Biasa' },
	{ value: 'terbatas', label: 'Terbatas' },
	{ value: 'rahasia', label: 'Rahasia' },
	{ value: 'sangat-rahasia', label: 'Sangat Rahasia' },
] as const
export type SifatCari = (typeof SIFAT_CARI)[number]['value']

const tanggal = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Tulis tanggal dengan format TTTT-BB-HH.')
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Tanggal tidak ada di kalender.')

/** Empty fields of a GET form arrive as `''`: they mean "no filter". */
const kosongJadiTiada = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v)
const opsional = <T extends z.ZodType>(schema: T) => z.preprocess(kosongJadiTiada, schema.optional())

export const CariSuratSchema = z
	.object({
		jenis: z.preprocess((v) => (v === '' || v === undefined ? 'semua' : v), z.enum(['semua', 'surat-masuk', 'surat-keluar', 'berkas'], { error: 'Pilih jenis yang dicari.' })),
		nomor: opsional(z.string().max(60, 'Nomor paling panjang 60 karakter.')),
		teks: opsional(z.string().max(200, 'Kata kunci paling panjang 200 karakter.')),
		pihak: opsional(z.string().max(100, 'Asal/tujuan paling panjang 100 karakter.')),
		klasifikasi: opsional(
			z
				.string()
				.transform((v) => v.replace(/\.+$/, ''))
				.pipe(z.string().regex(/^\d{3}(\.\d{1,3}){0,5}$/, 'Kode klasifikasi berupa angka bertitik, misalnya 400.12 atau 000.1.2.')),
		),
		sifat: opsional(z.enum(['biasa', 'terbatas', 'rahasia', 'sangat-rahasia'], { error: 'Pilih sifat surat.' })),
		dari: opsional(tanggal),
		sampai: opsional(tanggal),
	})
	.refine((f) => !f.dari || !f.sampai || f.dari <= f.sampai, { path: ['sampai'], message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' })

export type FilterCariSurat = z.infer<typeof CariSuratSchema>

/** Whether the form holds any filter at all; an empty form lists everything, newest first. */
export function adaFilter(f: FilterCariSurat) {
	return Boolean(f.nomor || f.teks || f.pihak || f.klasifikasi || f.sifat || f.dari || f.sampai || f.jenis !== 'semua')
}

const NAMA_FIELD = ['jenis', 'nomor', 'teks', 'pihak', 'klasifikasi', 'sifat', 'dari', 'sampai'] as const

export type HasilBacaFilter =
	| { ok: true; filter: FilterCariSurat; nilai: Record<string, string> }
	| { ok: false; errors: FieldErrors; nilai: Record<string, string> }

/** The filters from `?jenis=&nomor=&teks=…`, with the values as typed to refill the form. */
export function bacaFilterCari(url: URL): HasilBacaFilter {
	const nilai: Record<string, string> = {}
	for (const nama of NAMA_FIELD) {
		const v = url.searchParams.get(nama)
		// a huge query string does no harm: the schema rejects what is too long, the form shows a prefix
		if (v !== null) nilai[nama] = v.slice(0, 300)
	}
	const result = CariSuratSchema.safeParse(nilai)
	if (!result.success) return { ok: false, errors: zodFieldErrors(result.error), nilai }
	return { ok: true, filter: result.data, nilai }
}
