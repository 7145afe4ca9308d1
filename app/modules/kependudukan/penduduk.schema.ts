import { z } from 'zod'

/**
 * The criteria of "Cari penduduk", posted from the search form (never in a URL: they may hold a
 * NIK or a KK number). Shared by the page and the service; every message sits next to its field.
 */

/** Totals are counted exactly up to here; beyond, the page says "lebih dari 1.000" and only these can be opened. */
export const BATAS_HITUNG_PENDUDUK = 1_000

export const UKURAN_HALAMAN_PENDUDUK = 25

/** `33.05.01` (kecamatan) or `33.05.01.2001` (desa/kelurahan). */
export const POLA_KODE_WILAYAH_CARI = /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/

export const PESAN_TANPA_KRITERIA = 'Isi paling sedikit satu: NIK, nomor KK, nama, atau wilayah.'

/** Empty fields arrive as `''`: they mean "not searched on". Spaces typed inside a number are dropped. */
const kosongJadiTiada = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v)
const tanpaSpasi = (v: unknown) => (typeof v === 'string' ? kosongJadiTiada(v.replace(/[\s.-]/g, '')) : v)

const nomor16 = (pesan: string) => z.preprocess(tanpaSpasi, z.string().regex(/^\d{16}$/, pesan).optional())

export const CariPendudukSchema = z
	.object({
		nik: nomor16('NIK harus 16 digit angka.'),
		noKk: nomor16('Nomor KK harus 16 digit angka.'),
		// stored upper case (SIAK writes names so): the prefix is compared upper case too
		nama: z.preprocess(
			(v) => (typeof v === 'string' ? kosongJadiTiada(v.replace(/\s+/g, ' ')) : v),
			z
				.string()
				.min(2, 'Tulis paling sedikit 2 huruf awal nama.')
				.max(120, 'Nama paling panjang 120 karakter.')
				.transform((v) => v.toUpperCase())
				.optional(),
		),
		kodeWilayah: z.preprocess(kosongJadiTiada, z.string().regex(POLA_KODE_WILAYAH_CARI, 'Pilih kecamatan atau desa/kelurahan dari daftar.').optional()),
	})
	.superRefine((f, ctx) => {
		// next to the first field, where the eye and a screen reader start
		if (!f.nik && !f.noKk && !f.nama && !f.kodeWilayah) ctx.addIssue({ code: 'custom', path: ['nik'], message: PESAN_TANPA_KRITERIA })
	})

export type KriteriaCariPenduduk = z.infer<typeof CariPendudukSchema>

/** The form's field names, to refill it with what was typed. */
export const FIELD_CARI_PENDUDUK = ['nik', 'noKk', 'nama', 'kodeWilayah'] as const

/** `12-345` → `{ imporId: 12, baris: 345 }`: the row key in a URL; null for anything else. */
export function bacaKunciPenduduk(kunci: string | undefined) {
	const m = /^(\d{1,9})-(\d{1,9})$/.exec(kunci ?? '')
	if (!m) return null
	const imporId = Number(m[1])
	const baris = Number(m[2])
	return imporId > 0 && baris > 0 ? { imporId, baris } : null
}

export const kunciPenduduk = (imporId: number, baris: number) => `${imporId}-${baris}`
