import type { Waktu } from '~/workflow/definisi/jenis'
import { formatRupiah } from '~/utils/format'

/**
 * The public pages' wording of the catalogue: group names, time standards and the fine rule, as
 * a citizen reads them. Pure, so the pages and their tests share one wording.
 */
export const KELOMPOK_LAYANAN: Record<string, string> = {
	'pendaftaran-penduduk': 'Pendaftaran Penduduk',
	'pencatatan-sipil': 'Pencatatan Sipil',
}

export const URUTAN_KELOMPOK = Object.keys(KELOMPOK_LAYANAN)

/**
 * A service's total standard: "± 45 menit", "± 3 hari kerja + 30 menit"; null when its SOP gives
 * none. Working days and minutes stay apart: a working day is not a fixed number of minutes.
 */
export function teksStandarWaktu(total: { menit: number; hariKerja: number }): string | null {
	const bagian = [total.hariKerja ? `${total.hariKerja} hari kerja` : null, total.menit ? `${total.menit} menit` : null].filter(Boolean)
	return bagian.length ? `± ${bagian.join(' + ')}` : null
}

/** One step's standard: "10 menit", "1 hari kerja"; null when the SOP gives none. */
export function teksWaktuLangkah(waktu: Waktu | null): string | null {
	if (!waktu) return null
	return 'menit' in waktu ? `${waktu.menit} menit` : `${waktu.hariKerja} hari kerja`
}

/** "Lewat 60 hari sejak peristiwa: denda Rp100.000" */
export function teksAturanDenda(tarif: { batasHari: number; nominal: number }) {
	return `Lewat ${tarif.batasHari} hari sejak peristiwa: denda ${formatRupiah(tarif.nominal)}`
}

/** What the file inputs accept; the server checks the bytes again whatever the browser allows. */
export const TERIMA_BERKAS = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png'
