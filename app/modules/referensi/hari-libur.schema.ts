import { z } from 'zod'

export const JENIS_HARI_LIBUR = [
	{ value: 'libur-nasional', label: 'Libur nasional' },
	{ value: 'cuti-bersama', label: 'Cuti bersama' },
] as const

export const HariLiburSchema = z.object({
	tanggal: z
		.string({ error: 'Tanggal wajib diisi.' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal wajib diisi dengan format yang benar.')
		.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Tanggal tidak ada di kalender.'),
	nama: z.string({ error: 'Nama hari libur wajib diisi.' }).trim().min(3, 'Nama hari libur minimal 3 karakter.').max(200, 'Nama hari libur maksimal 200 karakter.'),
	jenis: z.enum(['libur-nasional', 'cuti-bersama'], { error: 'Pilih jenis hari libur.' }),
})
export type HariLiburInput = z.infer<typeof HariLiburSchema>

/** The list's filters, read the same way by the page and by its Excel export. */
export function parseHariLiburFilter(url: URL) {
	const tahun = Number.parseInt(url.searchParams.get('tahun') ?? '', 10)
	const jenis = url.searchParams.get('jenis')
	return {
		tahun: Number.isInteger(tahun) && tahun > 1900 && tahun < 3000 ? tahun : undefined,
		jenis: jenis === 'libur-nasional' || jenis === 'cuti-bersama' ? jenis : undefined,
		q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined,
	}
}
export type HariLiburFilter = ReturnType<typeof parseHariLiburFilter>
