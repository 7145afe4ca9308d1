import { z } from 'zod'
import { centang, idOpsional, kodeOrganisasi, versi } from './schema-umum'

export const JENIS_UNIT_KERJA = [
	{ value: 'pimpinan', label: 'Pimpinan' },
	{ value: 'sekretariat', label: 'Sekretariat' },
	{ value: 'subbagian', label: 'Subbagian' },
	{ value: 'bidang', label: 'Bidang' },
	{ value: 'seksi', label: 'Seksi' },
	{ value: 'uptd', label: 'UPTD' },
] as const

export const UnitKerjaSchema = z.object({
	kode: kodeOrganisasi(30),
	nama: z.string({ error: 'Nama unit kerja wajib diisi.' }).trim().min(3, 'Nama unit kerja minimal 3 karakter.').max(200, 'Nama unit kerja maksimal 200 karakter.'),
	jenis: z.enum(['pimpinan', 'sekretariat', 'subbagian', 'bidang', 'seksi', 'uptd'], { error: 'Pilih jenis unit kerja.' }),
	indukId: idOpsional('Pilih unit induk dari daftar.'),
	urutan: z.preprocess(
		(v) => (v === '' || v === undefined ? 0 : v),
		z.coerce.number({ error: 'Urutan harus bilangan bulat 0–9999.' }).int('Urutan harus bilangan bulat 0–9999.').min(0, 'Urutan harus bilangan bulat 0–9999.').max(9999, 'Urutan harus bilangan bulat 0–9999.'),
	),
	aktif: centang,
})
export type UnitKerjaInput = z.infer<typeof UnitKerjaSchema>

export const UbahUnitKerjaSchema = UnitKerjaSchema.extend({ version: versi })
export type UbahUnitKerjaInput = z.infer<typeof UbahUnitKerjaSchema>

/** The tree's search, read the same way by the page and by its Excel export. */
export function parseUnitKerjaFilter(url: URL) {
	return { q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined }
}
export type UnitKerjaFilter = ReturnType<typeof parseUnitKerjaFilter>
