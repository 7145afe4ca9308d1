/**
 * The notes shown with SOPs built from the process map, which gives no time standards: the office
 * sets its own, and the SOP view says so and on what basis.
 */
const AWAL = 'Standar waktu ditetapkan kantor; peta proses tidak mencantumkan waktu.'

/** Registration services (P4, P5): a complete file is issued within one hour. */
export const CATATAN_LAYANAN =
	`${AWAL} Dasar: Permendagri Nomor 19 Tahun 2018 tentang Peningkatan Kualitas Layanan Administrasi Kependudukan, ` +
	'dokumen terbit paling lama 1 jam sejak berkas lengkap; langkah petugas dari verifikasi sampai penyerahan berjumlah paling lama 60 menit, ' +
	'waktu pemohon dan pihak luar tidak dihitung.'

/** Management processes (P1, P2, P3, P6, P7): working days per step, with the basis given. */
export function catatanManajemen(dasar: string): string {
	return `${AWAL} Dasar: ${dasar}`
}
