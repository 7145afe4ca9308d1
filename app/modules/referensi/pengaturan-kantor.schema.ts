import { z } from 'zod'

export const ZONA_WAKTU = [
	{ value: 'Asia/Jakarta', label: 'WIB (Asia/Jakarta)' },
	{ value: 'Asia/Makassar', label: 'WITA (Asia/Makassar)' },
	{ value: 'Asia/Jayapura', label: 'WIT (Asia/Jayapura)' },
] as const

/** Index 0 is hari 1 (Senin) … index 6 is hari 7 (Minggu), as in `JamLayanan.hari`. */
export const NAMA_HARI = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const
export const HARI = [1, 2, 3, 4, 5, 6, 7] as const

const POLA_JAM = /^([01]\d|2[0-3]):[0-5]\d$/

/** An optional text field: blank becomes null, anything else is trimmed and checked. */
function opsional<T extends z.ZodType<string | null>>(schema: T) {
	return z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? v.trim() : v), schema.nullable())
}

const teks = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/**
 * The office profile form. Service hours arrive per day as `layanan<h>` (a checkbox: open that
 * day), `buka<h>` and `tutup<h>` (HH:mm), h = 1 (Senin) … 7 (Minggu); a day not ticked is closed.
 */
export const PengaturanKantorSchema = z
	.looseObject({
		namaDinas: z.string({ error: 'Nama dinas wajib diisi.' }).trim().min(3, 'Nama dinas minimal 3 karakter.').max(200, 'Nama dinas maksimal 200 karakter.'),
		namaPemda: z
			.string({ error: 'Nama pemerintah daerah wajib diisi.' })
			.trim()
			.min(3, 'Nama pemerintah daerah minimal 3 karakter.')
			.max(200, 'Nama pemerintah daerah maksimal 200 karakter.'),
		kodeWilayah: z.string({ error: 'Pilih kabupaten/kota.' }).regex(/^\d{2}\.\d{2}$/, 'Pilih kabupaten/kota.'),
		alamat: z.string({ error: 'Alamat wajib diisi.' }).trim().min(5, 'Alamat minimal 5 karakter.').max(500, 'Alamat maksimal 500 karakter.'),
		kodePos: opsional(z.string().regex(/^\d{5}$/, 'Kode pos terdiri atas 5 angka.')),
		telepon: opsional(
			z
				.string()
				.max(30, 'Nomor telepon maksimal 30 karakter.')
				.regex(/^[0-9 +()-]+$/, 'Nomor telepon hanya boleh berisi angka, spasi, dan tanda + ( ) -.')
				.refine((v) => (v.match(/\d/g)?.length ?? 0) >= 5, 'Nomor telepon minimal 5 angka.'),
		),
		email: opsional(z.email('Alamat e-mail tidak valid.').max(200, 'Alamat e-mail maksimal 200 karakter.')),
		laman: opsional(
			z.url({ protocol: /^https?$/, error: 'Laman harus berupa alamat web lengkap, mis. https://disdukcapil.kebumenkab.go.id.' }).max(200, 'Laman maksimal 200 karakter.'),
		),
		zonaWaktu: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], { error: 'Pilih zona waktu.' }),
		version: z.unknown(),
	})
	.superRefine(
		(v, ctx) => {
			if (typeof v !== 'object' || v === null) return
			if (typeof v.version !== 'string' || !/^\d+$/.test(v.version)) {
				ctx.addIssue({ code: 'custom', path: [], message: 'Versi data tidak terbaca; muat ulang halaman lalu ulangi.' })
			}
			for (const hari of HARI) {
				if (!teks(v[`layanan${hari}`])) continue
				const nama = NAMA_HARI[hari - 1]
				const buka = teks(v[`buka${hari}`])
				const tutup = teks(v[`tutup${hari}`])
				if (!POLA_JAM.test(buka)) ctx.addIssue({ code: 'custom', path: [`buka${hari}`], message: `Jam buka ${nama} wajib diisi (JJ:MM).` })
				if (!POLA_JAM.test(tutup)) ctx.addIssue({ code: 'custom', path: [`tutup${hari}`], message: `Jam tutup ${nama} wajib diisi (JJ:MM).` })
				else if (POLA_JAM.test(buka) && tutup <= buka) {
					ctx.addIssue({ code: 'custom', path: [`tutup${hari}`], message: `Jam tutup ${nama} harus setelah jam buka.` })
				}
			}
		},
		// Run even when a field above failed, so every error shows at once; it reads only raw strings.
		{ when: () => true },
	)
	.transform((v) => ({
		namaDinas: v.namaDinas,
		namaPemda: v.namaPemda,
		kodeWilayah: v.kodeWilayah,
		alamat: v.alamat,
		kodePos: v.kodePos,
		telepon: v.telepon,
		email: v.email,
		laman: v.laman,
		zonaWaktu: v.zonaWaktu,
		jamLayanan: HARI.filter((hari) => teks(v[`layanan${hari}`])).map((hari) => ({
			hari,
			buka: teks(v[`buka${hari}`]),
			tutup: teks(v[`tutup${hari}`]),
		})),
		version: Number(v.version),
	}))
export type PengaturanKantorInput = z.infer<typeof PengaturanKantorSchema>
