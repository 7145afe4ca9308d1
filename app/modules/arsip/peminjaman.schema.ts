import { z } from 'zod'
import { idWajib, versi } from '~/modules/organisasi/schema-umum'
import { tanggalWajib } from './berkas.schema'

/** A loan of a berkas to a member of staff. */
export const PeminjamanSchema = z.object({
	berkasId: idWajib('Pilih berkas yang dipinjam.'),
	peminjamId: idWajib('Pilih pegawai yang meminjam.'),
	keperluan: z.string({ error: 'Keperluan wajib diisi.' }).trim().min(3, 'Keperluan minimal 3 karakter.').max(500, 'Keperluan maksimal 500 karakter.'),
	jatuhTempo: tanggalWajib('Jatuh tempo'),
})
export type PeminjamanInput = z.infer<typeof PeminjamanSchema>

/** The return of a loan: who took the berkas back, and when (default now). */
export const PengembalianSchema = z.object({
	version: versi,
	diterimaKembaliOlehId: idWajib('Pilih petugas yang menerima kembali berkas.'),
	dikembalikanPada: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? null : v),
		z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Tulis waktu pengembalian dengan format yang benar.')
			.nullable()
			.default(null),
	),
})
export type PengembalianInput = z.infer<typeof PengembalianSchema>

export const STATUS_DAFTAR_PINJAM = [
	{ value: 'dipinjam', label: 'Sedang dipinjam' },
	{ value: 'terlambat', label: 'Terlambat' },
	{ value: 'segera', label: 'Jatuh tempo ≤ 3 hari' },
	{ value: 'dikembalikan', label: 'Sudah dikembalikan' },
	{ value: 'semua', label: 'Semua' },
] as const
export type StatusDaftarPinjam = (typeof STATUS_DAFTAR_PINJAM)[number]['value']

export function parsePeminjamanFilter(url: URL) {
	const status = url.searchParams.get('status')
	return {
		status: (STATUS_DAFTAR_PINJAM.some((s) => s.value === status) ? status : 'dipinjam') as StatusDaftarPinjam,
		q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined,
	}
}
export type PeminjamanFilter = ReturnType<typeof parsePeminjamanFilter>
