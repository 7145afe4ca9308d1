import { z } from 'zod'
import { POLA_KLASIFIKASI } from './surat-keluar.schema'

/** "Ambil nomor" and the number list's filters. Browser-safe. */
const kosongJadiNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)
const idWajib = (pesan: string) => z.preprocess(kosongJadiNull, z.coerce.number({ error: pesan }).int(pesan).positive(pesan))

export const PesanNomorSchema = z.object({
	jenisNaskahId: idWajib('Pilih jenis naskah.'),
	klasifikasiKode: z.string({ error: 'Kode klasifikasi wajib diisi.' }).trim().min(1, 'Kode klasifikasi wajib diisi.').max(30, 'Kode klasifikasi maksimal 30 karakter.').regex(POLA_KLASIFIKASI, 'Tulis kode klasifikasi seperti 000.1.2 atau 470.'),
	unitId: idWajib('Pilih unit pengirim.'),
	keperluan: z.string({ error: 'Keperluan wajib diisi.' }).trim().min(3, 'Keperluan minimal 3 karakter.').max(300, 'Keperluan maksimal 300 karakter.'),
	berlakuSampai: z.string({ error: 'Tanggal berlaku wajib diisi.' }).trim().min(1, 'Tanggal berlaku wajib diisi.'),
})

export const STATUS_NOMOR = [
	{ value: 'dipesan', label: 'Dipesan', kelas: 'badge badge-kuning' },
	{ value: 'terpakai', label: 'Terpakai', kelas: 'badge badge-hijau' },
	{ value: 'dilepas', label: 'Dilepas', kelas: 'badge badge-abu' },
] as const
export const LABEL_STATUS_NOMOR: Record<string, string> = Object.fromEntries(STATUS_NOMOR.map((s) => [s.value, s.label]))
export const KELAS_STATUS_NOMOR: Record<string, string> = Object.fromEntries(STATUS_NOMOR.map((s) => [s.value, s.kelas]))

export function bacaFilterNomor(url: URL) {
	const jenis = Number(url.searchParams.get('jenis'))
	const tahun = Number(url.searchParams.get('tahun'))
	const status = url.searchParams.get('status')
	return {
		jenisNaskahId: Number.isSafeInteger(jenis) && jenis > 0 ? jenis : undefined,
		tahun: Number.isSafeInteger(tahun) && tahun >= 2000 && tahun <= 2200 ? tahun : undefined,
		status: STATUS_NOMOR.some((s) => s.value === status) ? (status as (typeof STATUS_NOMOR)[number]['value']) : undefined,
	}
}
