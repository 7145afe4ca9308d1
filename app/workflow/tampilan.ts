/**
 * How the workflow reads to people: step names, statuses and durations. Pure, shared by the
 * loaders that build the pieces and the components that show them.
 */
import { AKHIR, type Definisi } from './definisi/jenis'
import type { StatusWaktu } from './waktu-standar'

export type StatusInstans = 'berjalan' | 'selesai' | 'ditolak' | 'dibatalkan'

export const LABEL_STATUS_INSTANS: Record<StatusInstans, string> = {
	berjalan: 'Berjalan',
	selesai: 'Selesai',
	ditolak: 'Ditolak',
	dibatalkan: 'Dibatalkan',
}

export const LABEL_STATUS_WAKTU: Record<StatusWaktu, string> = {
	dalam: 'Dalam standar',
	hampir: 'Hampir lewat',
	lewat: 'Lewat standar',
}

/** A step's short name from its code ("verifikasi-permohonan" → "Verifikasi permohonan"). */
export function namaLangkah(kode: string | null, definisi?: Pick<Definisi, 'langkah'> | null): string | null {
	if (!kode) return null
	if (kode === AKHIR.selesai) return 'Selesai'
	if (kode === AKHIR.ditolak) return 'Ditolak'
	const teks = kode.replace(/-/g, ' ')
	const dikenal = !definisi || definisi.langkah.some((l) => l.kode === kode)
	const nama = teks.charAt(0).toUpperCase() + teks.slice(1)
	return dikenal ? nama.replace(/\btte\b/gi, 'TTE') : kode
}

/**
 * A duration as people say it: "kurang dari 1 menit", "12 menit", "2 jam 5 menit", "3 hari",
 * "1 hari 4 jam". Minutes are dropped once a span reaches a day.
 */
export function formatDurasi(detik: number | null | undefined): string | null {
	if (detik == null || !Number.isFinite(detik) || detik < 0) return null
	const menitTotal = Math.floor(detik / 60)
	if (menitTotal < 1) return 'kurang dari 1 menit'
	const hari = Math.floor(menitTotal / 1440)
	const jam = Math.floor((menitTotal % 1440) / 60)
	const menit = menitTotal % 60
	if (hari > 0) return jam > 0 ? `${hari} hari ${jam} jam` : `${hari} hari`
	if (jam > 0) return menit > 0 ? `${jam} jam ${menit} menit` : `${jam} jam`
	return `${menit} menit`
}
