import { z } from 'zod'
import { idDariUrl, idWajib, teksOpsional, versi } from './schema-umum'

export const JENIS_PENUGASAN = [
	{ value: 'Plt', label: 'Plt (Pelaksana Tugas)' },
	{ value: 'Plh', label: 'Plh (Pelaksana Harian)' },
] as const

function tanggal(label: string) {
	return z
		.string({ error: `${label} wajib diisi.` })
		.regex(/^\d{4}-\d{2}-\d{2}$/, `${label} wajib diisi dengan format yang benar.`)
		.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${label} tidak ada di kalender.`)
}

const FieldPenugasanPlt = z.object({
	penggunaId: idWajib('Pilih pegawai yang ditugaskan.'),
	jabatanId: idWajib('Pilih jabatan yang dilaksanakan.'),
	jenis: z.enum(['Plt', 'Plh'], { error: 'Pilih jenis penugasan.' }),
	mulai: tanggal('Tanggal mulai'),
	selesai: tanggal('Tanggal selesai'),
	nomorSurat: teksOpsional(100, 'Nomor surat maksimal 100 karakter.'),
	keterangan: teksOpsional(500, 'Keterangan maksimal 500 karakter.'),
})

// zod 4 refuses .extend() on a refined object: the create and edit schemas refine the same fields
function denganUrutanTanggal<S extends z.ZodType<{ mulai: string; selesai: string }>>(schema: S) {
	return schema.refine((v) => v.selesai >= v.mulai, { path: ['selesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' })
}

export const PenugasanPltSchema = denganUrutanTanggal(FieldPenugasanPlt)
export type PenugasanPltInput = z.infer<typeof PenugasanPltSchema>

export const UbahPenugasanPltSchema = denganUrutanTanggal(FieldPenugasanPlt.extend({ version: versi }))
export type UbahPenugasanPltInput = z.infer<typeof UbahPenugasanPltSchema>

/** The delete button sends the version its page was opened with. */
export const HapusPenugasanPltSchema = z.object({ version: versi })

export const STATUS_PENUGASAN = [
	{ value: 'aktif', label: 'Berlaku hari ini' },
	{ value: 'akan-datang', label: 'Akan datang' },
	{ value: 'selesai', label: 'Sudah selesai' },
] as const
export type StatusPenugasan = (typeof STATUS_PENUGASAN)[number]['value']

/** The list's filters, read the same way by the page and by its Excel export. */
export function parsePenugasanPltFilter(url: URL) {
	const status = url.searchParams.get('status')
	return {
		status: STATUS_PENUGASAN.some((s) => s.value === status) ? (status as StatusPenugasan) : undefined,
		jabatanId: idDariUrl(url, 'jabatanId'),
	}
}
export type PenugasanPltFilter = ReturnType<typeof parsePenugasanPltFilter>
