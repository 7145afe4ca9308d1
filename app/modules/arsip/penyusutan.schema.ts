import { z } from 'zod'
import { teksOpsional } from '~/modules/organisasi/schema-umum'
import { tanggalWajib } from './berkas.schema'

export const JENIS_JATUH_TEMPO = [
	{ value: 'pindah', label: 'Usul pindah', keterangan: 'Retensi aktif berakhir: dipindahkan ke arsip inaktif.' },
	{ value: 'musnah', label: 'Usul musnah', keterangan: 'Retensi inaktif berakhir dengan nasib akhir musnah (arsip vital tidak termasuk).' },
	{ value: 'serah', label: 'Diserahkan', keterangan: 'Retensi inaktif berakhir dengan nasib akhir permanen: diserahkan ke lembaga kearsipan daerah.' },
	{ value: 'nilai-kembali', label: 'Dinilai kembali', keterangan: 'Retensi inaktif berakhir dengan nasib akhir dinilai kembali.' },
] as const
export type JenisJatuhTempo = (typeof JENIS_JATUH_TEMPO)[number]['value']

export function parseJenisJatuhTempo(value: string | null): JenisJatuhTempo {
	return JENIS_JATUH_TEMPO.some((j) => j.value === value) ? (value as JenisJatuhTempo) : 'pindah'
}

/** A new usulan from the berkas ticked on a due list. */
export const UsulanSchema = z.object({
	jenis: z.enum(['pindah', 'musnah'], { error: 'Jenis usulan tidak dikenal.' }),
	berkasIds: z
		.array(z.coerce.number().int().positive(), { error: 'Pilih berkas yang diusulkan.' })
		.min(1, 'Pilih paling sedikit satu berkas.')
		.max(500, 'Satu usulan paling banyak 500 berkas.'),
	catatan: teksOpsional(1000, 'Catatan maksimal 1.000 karakter.'),
})
export type UsulanInput = z.infer<typeof UsulanSchema>

/** The berita acara recorded when the disposal is carried out. */
export const BeritaAcaraSchema = z.object({
	nomorBeritaAcara: z.string({ error: 'Nomor berita acara wajib diisi.' }).trim().min(3, 'Nomor berita acara minimal 3 karakter.').max(80, 'Nomor berita acara maksimal 80 karakter.'),
	tanggalBeritaAcara: tanggalWajib('Tanggal berita acara'),
})
export type BeritaAcaraInput = z.infer<typeof BeritaAcaraSchema>
