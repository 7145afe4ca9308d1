import { z } from 'zod'
import { centang, versi } from '~/modules/organisasi/schema-umum'

const tahun = (nama: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? null : v),
		z.coerce
			.number({ error: `${nama} diisi dengan angka tahun.` })
			.int(`${nama} diisi dengan bilangan bulat.`)
			.min(0, `${nama} paling sedikit 0 tahun.`)
			.max(99, `${nama} paling lama 99 tahun.`)
			.nullable(),
	)

/**
 * A code's retention: either all of retensi aktif, retensi inaktif and nasib akhir, or none of
 * them (the code then inherits its parent's).
 */
export const RetensiSchema = z
	.object({
		version: versi,
		retensiAktif: tahun('Retensi aktif'),
		retensiInaktif: tahun('Retensi inaktif'),
		nasibAkhir: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(['musnah', 'permanen', 'dinilai-kembali'], { error: 'Pilih nasib akhir.' }).nullable()),
		vital: centang,
		terapkanKeTurunan: centang,
	})
	.superRefine((v, ctx) => {
		const diisi = [v.retensiAktif, v.retensiInaktif, v.nasibAkhir].filter((x) => x !== null).length
		if (diisi === 0 || diisi === 3) return
		if (v.retensiAktif === null) ctx.addIssue({ code: 'custom', path: ['retensiAktif'], message: 'Isi retensi aktif, atau kosongkan ketiganya agar mengikuti kode induk.' })
		if (v.retensiInaktif === null) ctx.addIssue({ code: 'custom', path: ['retensiInaktif'], message: 'Isi retensi inaktif, atau kosongkan ketiganya agar mengikuti kode induk.' })
		if (v.nasibAkhir === null) ctx.addIssue({ code: 'custom', path: ['nasibAkhir'], message: 'Pilih nasib akhir, atau kosongkan ketiganya agar mengikuti kode induk.' })
	})
export type RetensiInput = z.infer<typeof RetensiSchema>

/** The list's filters: `q` a code prefix (`400.12`) or words of the name; `induk` browses one level. */
export function parseKlasifikasiFilter(url: URL) {
	const q = url.searchParams.get('q')?.trim().slice(0, 100) || undefined
	const induk = url.searchParams.get('induk')?.trim().slice(0, 30) || undefined
	const retensi = url.searchParams.get('retensi')
	return {
		q,
		induk: induk && /^\d+(\.\d+)*$/.test(induk) ? induk : undefined,
		retensi: retensi === 'ada' || retensi === 'belum' ? retensi : undefined,
	} as { q?: string; induk?: string; retensi?: 'ada' | 'belum' }
}
export type KlasifikasiFilter = ReturnType<typeof parseKlasifikasiFilter>

/** `400.12` or `400.12.` typed in the search box is a code prefix; anything else searches names. */
export function adalahAwalanKode(q: string) {
	return /^\d{1,3}(\.\d+)*\.?$/.test(q)
}
