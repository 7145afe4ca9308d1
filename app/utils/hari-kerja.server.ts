import { listTanggalLibur } from '~/modules/referensi/hari-libur.server'
import { geserTanggal, hitungHariKerja, isHariKerja, tambahHariKerja } from './hari-kerja'

/**
 * `tambahHariKerja` with the office's holiday table. The holidays of a span wide enough for the
 * usual case (n·2 + 30 calendar days) are loaded in one query; the span doubles only when a long
 * run of holidays pushes the answer past it, because only then is the answer not yet certain.
 */
export async function tambahHariKerjaKantor(tanggal: string, n: number) {
	let rentang = Math.abs(n) * 2 + 30
	for (;;) {
		const ujung = geserTanggal(tanggal, n < 0 ? -rentang : rentang)
		const libur = n < 0 ? await listTanggalLibur(ujung, tanggal) : await listTanggalLibur(tanggal, ujung)
		const hasil = tambahHariKerja(tanggal, n, libur)
		if (n < 0 ? hasil >= ujung : hasil <= ujung) return hasil
		rentang *= 2
	}
}

/** `hitungHariKerja` with the office's holiday table (after `dari`, up to and including `sampai`). */
export async function hitungHariKerjaKantor(dari: string, sampai: string) {
	const [awal, akhir] = dari <= sampai ? [dari, sampai] : [sampai, dari]
	return hitungHariKerja(dari, sampai, await listTanggalLibur(awal, akhir))
}

export async function isHariKerjaKantor(tanggal: string) {
	return isHariKerja(tanggal, await listTanggalLibur(tanggal, tanggal))
}
