import { z } from 'zod'
import { periksaNip } from './nip'
import { idDariUrl, idOpsional, idWajib, teksOpsional, versi } from './schema-umum'

export const PegawaiSchema = z.object({
	nip: z
		.string({ error: 'NIP wajib diisi.' })
		.transform((v) => v.replace(/\s+/g, ''))
		.superRefine((nip, ctx) => {
			const salah = periksaNip(nip)
			if (salah) ctx.addIssue({ code: 'custom', message: salah })
		}),
	nama: z.string({ error: 'Nama pegawai wajib diisi.' }).trim().min(3, 'Nama pegawai minimal 3 karakter.').max(200, 'Nama pegawai maksimal 200 karakter.'),
	unitId: idWajib('Pilih unit kerja.'),
	jabatanId: idOpsional('Pilih jabatan dari daftar.'),
	email: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
		z.email('Alamat email tidak sah.').max(200, 'Alamat email maksimal 200 karakter.').nullable().default(null),
	),
	telepon: teksOpsional(30, 'Nomor telepon maksimal 30 karakter.').refine(
		(v) => v === null || /^\+?[0-9][0-9 -]{5,}$/.test(v),
		'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung dan + di depan.',
	),
})
export type PegawaiInput = z.infer<typeof PegawaiSchema>

export const UbahPegawaiSchema = PegawaiSchema.extend({ version: versi })
export type UbahPegawaiInput = z.infer<typeof UbahPegawaiSchema>

/** The list's filters, read the same way by the page and by its Excel export. */
export function parsePegawaiFilter(url: URL) {
	const aktif = url.searchParams.get('aktif')
	return {
		q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined,
		unitId: idDariUrl(url, 'unitId'),
		jabatanId: idDariUrl(url, 'jabatanId'),
		aktif: aktif === 'ya' || aktif === 'tidak' ? aktif : undefined,
	}
}
export type PegawaiFilter = ReturnType<typeof parsePegawaiFilter>

export const PILIHAN_STATUS_AKTIF = [
	{ value: 'ya', label: 'Aktif' },
	{ value: 'tidak', label: 'Nonaktif' },
]
