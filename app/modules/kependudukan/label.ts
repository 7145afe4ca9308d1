import type { StatusImpor, TahapImpor } from '#models/kependudukan/DkbImpor'
import type { StatusPublikasi } from '#models/kependudukan/PublikasiAgregat'
import { POLA_SEMESTER, labelSemester } from './kode'

export const LABEL_STATUS_IMPOR: Record<StatusImpor, string> = {
	antri: 'Menunggu',
	berjalan: 'Berjalan',
	selesai: 'Selesai',
	gagal: 'Gagal',
	diganti: 'Diganti impor berikutnya',
}

export const LABEL_TAHAP_IMPOR: Record<TahapImpor, string> = {
	membaca: 'Membaca dan memeriksa baris',
	keluarga: 'Menyusun data keluarga',
	agregat: 'Menghitung agregat',
	menerapkan: 'Menerapkan ke semester',
}

export const LABEL_STATUS_PUBLIKASI: Record<StatusPublikasi, string> = {
	draft: 'Draft',
	'menunggu-persetujuan': 'Menunggu persetujuan',
	terbit: 'Terbit',
	diganti: 'Terbit (diganti versi koreksi)',
}

/** `12 menit 5 detik` */
export function teksDurasi(detik: number) {
	const m = Math.floor(detik / 60)
	const s = Math.round(detik % 60)
	return m > 0 ? `${m} menit ${s} detik` : `${s} detik`
}

/**
 * The semesters an upload may name: those that have ended by `hariIni` (`YYYY-MM-DD`), newest
 * first, going back `jumlah` semesters.
 */
export function pilihanSemester(hariIni: string, jumlah = 6) {
	let tahun = Number(hariIni.slice(0, 4))
	let s: 1 | 2 = hariIni >= `${tahun}-12-31` ? 2 : hariIni >= `${tahun}-06-30` ? 1 : 2
	if (s === 2 && hariIni < `${tahun}-06-30`) tahun -= 1
	const hasil: { value: string; label: string }[] = []
	for (let i = 0; i < jumlah; i++) {
		const kode = `${tahun}-${s}`
		if (POLA_SEMESTER.test(kode)) hasil.push({ value: kode, label: labelSemester(kode) })
		if (s === 1) {
			s = 2
			tahun -= 1
		} else s = 1
	}
	return hasil
}
