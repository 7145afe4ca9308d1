import { z } from 'zod'
import { isTanggal } from '~/modules/audit/waktu-zona'

/** The buku ekspedisi's forms (a dispatch, a receipt) and filters. Browser-safe. */
export const CARA_EKSPEDISI = [
	{ value: 'caraka', label: 'Caraka (diantar)' },
	{ value: 'pos', label: 'Pos/jasa pengiriman' },
	{ value: 'email', label: 'E-mail' },
] as const
export type KodeCaraEkspedisi = (typeof CARA_EKSPEDISI)[number]['value']
export const LABEL_CARA_EKSPEDISI: Record<string, string> = Object.fromEntries(CARA_EKSPEDISI.map((c) => [c.value, c.label]))

export const STATUS_EKSPEDISI = [
	{ value: 'dikirim', label: 'Dikirim', kelas: 'badge badge-kuning' },
	{ value: 'diterima', label: 'Diterima', kelas: 'badge badge-hijau' },
	{ value: 'gagal', label: 'Gagal', kelas: 'badge badge-merah' },
] as const
export type KodeStatusEkspedisi = (typeof STATUS_EKSPEDISI)[number]['value']
export const LABEL_STATUS_EKSPEDISI: Record<string, string> = Object.fromEntries(STATUS_EKSPEDISI.map((s) => [s.value, s.label]))
export const KELAS_STATUS_EKSPEDISI: Record<string, string> = Object.fromEntries(STATUS_EKSPEDISI.map((s) => [s.value, s.kelas]))

const kosongJadiNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)
const teksOpsional = (label: string, maks: number) => z.preprocess(kosongJadiNull, z.string().trim().max(maks, `${label} maksimal ${maks} karakter.`).nullable().default(null))

const POLA_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const KirimSchema = z
	.object({
		cara: z.enum(['caraka', 'pos', 'email'], { error: 'Pilih cara pengiriman.' }),
		tujuan: z.string({ error: 'Tujuan wajib diisi.' }).trim().min(3, 'Tujuan minimal 3 karakter.').max(300, 'Tujuan maksimal 300 karakter.'),
		alamat: teksOpsional('Alamat', 300),
		nomorResi: teksOpsional('Nomor resi', 100),
		catatan: teksOpsional('Catatan', 500),
	})
	.superRefine((v, ctx) => {
		if (v.cara === 'email' && (!v.alamat || !POLA_EMAIL.test(v.alamat))) ctx.addIssue({ code: 'custom', path: ['alamat'], message: 'Tulis alamat e-mail tujuan yang benar.' })
		if (v.cara === 'pos' && !v.alamat) ctx.addIssue({ code: 'custom', path: ['alamat'], message: 'Alamat tujuan wajib diisi untuk pengiriman pos.' })
	})
export type KirimInput = z.infer<typeof KirimSchema>

/** `YYYY-MM-DDTHH:mm` from a datetime-local field, in the office's zone. */
const POLA_WAKTU = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/

export const PenerimaanSchema = z.object({
	diterimaOleh: z.string({ error: 'Nama penerima wajib diisi.' }).trim().min(3, 'Nama penerima minimal 3 karakter.').max(150, 'Nama penerima maksimal 150 karakter.'),
	diterimaAt: z
		.string({ error: 'Waktu diterima wajib diisi.' })
		.trim()
		.refine((v) => {
			const m = POLA_WAKTU.exec(v)
			return Boolean(m && isTanggal(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60)
		}, 'Isi tanggal dan jam diterima dengan benar.'),
	catatan: teksOpsional('Catatan', 500),
	version: z.coerce.number({ error: 'Versi data tidak dikenal; muat ulang halaman.' }).int().min(0),
})
export type PenerimaanInput = z.infer<typeof PenerimaanSchema>

/** The parts of a datetime-local value: the office date and the minutes since its midnight. */
export function uraiWaktuLokal(v: string) {
	const m = POLA_WAKTU.exec(v)!
	return { tanggal: m[1]!, menit: Number(m[2]) * 60 + Number(m[3]) }
}

export type FilterEkspedisi = { q?: string; cara?: KodeCaraEkspedisi; status?: KodeStatusEkspedisi; dari?: string; sampai?: string }

export function bacaFilterEkspedisi(url: URL): FilterEkspedisi {
	const get = (name: string) => url.searchParams.get(name)?.trim().slice(0, 100) || undefined
	const cara = get('cara')
	const status = get('status')
	const dari = get('dari')
	const sampai = get('sampai')
	return {
		q: get('q'),
		cara: CARA_EKSPEDISI.some((c) => c.value === cara) ? (cara as KodeCaraEkspedisi) : undefined,
		status: STATUS_EKSPEDISI.some((s) => s.value === status) ? (status as KodeStatusEkspedisi) : undefined,
		dari: isTanggal(dari) ? dari : undefined,
		sampai: isTanggal(sampai) ? sampai : undefined,
	}
}
