import { z } from 'zod'
import { centang, idDariUrl, idOpsional, idWajib, kodeOrganisasi, versi } from './schema-umum'

export const JENIS_JABATAN = [
	{ value: 'struktural', label: 'Struktural' },
	{ value: 'fungsional', label: 'Fungsional' },
	{ value: 'pelaksana', label: 'Pelaksana' },
] as const
type JenisJabatan = (typeof JENIS_JABATAN)[number]['value']

export const JabatanSchema = z.object({
	kode: kodeOrganisasi(40),
	nama: z.string({ error: 'Nama jabatan wajib diisi.' }).trim().min(3, 'Nama jabatan minimal 3 karakter.').max(200, 'Nama jabatan maksimal 200 karakter.'),
	jenis: z.enum(['struktural', 'fungsional', 'pelaksana'], { error: 'Pilih jenis jabatan.' }),
	unitId: idWajib('Pilih unit kerja.'),
	atasanId: idOpsional('Pilih atasan dari daftar.'),
	aktif: centang,
	/** Arrives from the `peran[]` checkboxes. */
	peran: z.array(z.coerce.number().int().positive('Peran tidak dikenal.'), { error: 'Peran tidak dikenal.' }).default([]),
})
export type JabatanInput = z.infer<typeof JabatanSchema>

export const UbahJabatanSchema = JabatanSchema.extend({ version: versi })
export type UbahJabatanInput = z.infer<typeof UbahJabatanSchema>

/** The list's filters, read the same way by the page and by its Excel export. */
export function parseJabatanFilter(url: URL) {
	const jenis = url.searchParams.get('jenis')
	return {
		q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined,
		unitId: idDariUrl(url, 'unitId'),
		jenis: JENIS_JABATAN.some((j) => j.value === jenis) ? (jenis as JenisJabatan) : undefined,
	}
}
export type JabatanFilter = ReturnType<typeof parseJabatanFilter>
