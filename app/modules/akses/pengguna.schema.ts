import { z } from 'zod'

const username = z
	.string({ error: 'Username wajib diisi.' })
	.trim()
	.toLowerCase()
	.min(3, 'Username minimal 3 karakter.')
	.max(60, 'Username maksimal 60 karakter.')
	.regex(/^[a-z0-9._-]+$/, 'Username hanya boleh berisi huruf kecil, angka, titik, garis bawah (_) dan tanda hubung (-).')

/** Role codes from the `peran[]` checkboxes; whether they exist is checked against the database. */
const peran = z
	.array(z.string(), { error: 'Peran tidak dikenal.' })
	.max(100, 'Terlalu banyak peran dipilih.')
	.refine((kode) => kode.every((k) => /^[a-z0-9-]{1,60}$/.test(k)), 'Peran tidak dikenal.')
	.default([])

const version = z.coerce
	.number({ error: 'Formulir tidak lengkap; muat ulang halaman.' })
	.int('Formulir tidak lengkap; muat ulang halaman.')
	.nonnegative('Formulir tidak lengkap; muat ulang halaman.')

/** The create form. The password policy (10–72 bytes, not the demo password) is checked on the server. */
export const PenggunaBaruSchema = z.object({
	pegawaiId: z.coerce.number({ error: 'Pilih pegawai.' }).int('Pilih pegawai.').positive('Pilih pegawai.'),
	username,
	sandiAwal: z.string({ error: 'Kata sandi awal wajib diisi.' }).min(1, 'Kata sandi awal wajib diisi.'),
	peran,
})
export type PenggunaBaruInput = z.infer<typeof PenggunaBaruSchema>

export const PeranPenggunaSchema = z.object({ version, peran })
export const StatusPenggunaSchema = z.object({ version })
export const AturUlangSandiSchema = z.object({
	version,
	sandiBaru: z.string({ error: 'Kata sandi sementara wajib diisi.' }).min(1, 'Kata sandi sementara wajib diisi.'),
})

export const STATUS_PENGGUNA = [
	{ value: 'aktif', label: 'Aktif' },
	{ value: 'nonaktif', label: 'Nonaktif' },
] as const

/** The list's filters, read the same way by the page and by its Excel export. */
export function parsePenggunaFilter(url: URL) {
	const unitId = Number.parseInt(url.searchParams.get('unit') ?? '', 10)
	const peran = url.searchParams.get('peran') ?? ''
	const status = url.searchParams.get('status')
	return {
		q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined,
		unitId: Number.isSafeInteger(unitId) && unitId > 0 ? unitId : undefined,
		peran: /^[a-z0-9-]{1,60}$/.test(peran) ? peran : undefined,
		status: status === 'aktif' || status === 'nonaktif' ? status : undefined,
	}
}
export type PenggunaFilter = ReturnType<typeof parsePenggunaFilter>
