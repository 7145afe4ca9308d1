import { z } from 'zod'

/** `aksi:entitas:akses` codes from the `izin[]` checkboxes; whether they exist is checked on the server. */
const izin = z
	.array(z.string(), { error: 'Izin tidak dikenal.' })
	.max(1000, 'Terlalu banyak izin dipilih.')
	.refine((kode) => kode.every((k) => /^[a-z-]+:[a-z-]+:(own|unit|any)$/.test(k)), 'Izin tidak dikenal.')
	.default([])

export const PeranSchema = z.object({
	nama: z
		.string({ error: 'Nama peran wajib diisi.' })
		.trim()
		.min(3, 'Nama peran minimal 3 karakter.')
		.max(120, 'Nama peran maksimal 120 karakter.'),
	deskripsi: z
		.string()
		.trim()
		.max(500, 'Deskripsi maksimal 500 karakter.')
		.optional()
		.transform((v) => v || null),
	izin,
})
export type PeranInput = z.infer<typeof PeranSchema>

/** The row version the page was opened with: a save or delete on a stale page is refused. */
const version = z.coerce
	.number({ error: 'Formulir tidak lengkap; muat ulang halaman.' })
	.int('Formulir tidak lengkap; muat ulang halaman.')
	.nonnegative('Formulir tidak lengkap; muat ulang halaman.')

export const UbahPeranSchema = PeranSchema.extend({ version })
export type UbahPeranInput = z.infer<typeof UbahPeranSchema>

export const HapusPeranSchema = z.object({ version })

export const PeranBaruSchema = PeranSchema.extend({
	kode: z
		.string({ error: 'Kode peran wajib diisi.' })
		.trim()
		.min(3, 'Kode peran minimal 3 karakter.')
		.max(60, 'Kode peran maksimal 60 karakter.')
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kode hanya boleh huruf kecil, angka dan tanda hubung, contoh: petugas-arsip.'),
})
export type PeranBaruInput = z.infer<typeof PeranBaruSchema>

export function parsePeranFilter(url: URL) {
	return { q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined }
}
export type PeranFilter = ReturnType<typeof parsePeranFilter>
