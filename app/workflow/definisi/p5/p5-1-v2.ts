import type { Definisi, Langkah } from '../jenis'
import { P5_1 } from './p5-1'

/**
 * P5.1 version 2: the service desk's refinement of the source's process. A late report of a
 * birth, death, marriage or divorce carries the regency's administrative fine, and processing
 * waits until it is paid: when the berkas is complete and a fine is due, the front office asks
 * the pemohon to pay at the loket (recorded by the loket with a numbered receipt) before the file
 * goes to the operator SIAK. Every other step is the source's own, unchanged.
 */
const langkahV1 = P5_1.langkah

const verifikasiKelengkapan = langkahV1.find((l) => l.kode === 'verifikasi-kelengkapan')!

const bayarDenda: Langkah = {
	kode: 'bayar-denda',
	kegiatan: 'Membayar denda administrasi keterlambatan pelaporan di loket; petugas loket menerima pembayaran dan menerbitkan kuitansi.',
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE'],
	pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
	kelengkapan: 'Berkas permohonan lengkap dan tagihan denda administrasi',
	// the pemohon's own time, like the other outside parties' steps
	waktu: { hariKerja: 5 },
	output: 'Denda administrasi lunas dan kuitansi pembayaran',
	keterangan: 'Besaran denda menurut Perda Kabupaten tentang Penyelenggaraan Administrasi Kependudukan',
	aksi: [{ kode: 'bayar-denda', label: 'Denda dibayar, kuitansi diterbitkan', ke: 'input-siak', kondisi: 'dendaLunas' }],
}

export const P5_1_V2: Definisi = {
	...P5_1,
	versi: 2,
	catatan: `${P5_1.catatan ?? ''} Versi 2: langkah pembayaran denda keterlambatan pelaporan sebelum entri SIAK.`.trim(),
	langkah: langkahV1.flatMap((l): Langkah[] => {
		if (l.kode !== verifikasiKelengkapan.kode) return [l]
		return [
			{
				...l,
				keputusan: 'lengkap? ada denda?',
				aksi: [
					{ kode: 'teruskan', label: 'Lengkap, teruskan ke operator SIAK', ke: 'input-siak', kondisi: 'siapDiproses' },
					{ kode: 'minta-bayar-denda', label: 'Lengkap, ada denda: minta pemohon membayar', ke: 'bayar-denda', kondisi: 'menungguDenda' },
					...l.aksi.filter((a) => a.kode === 'kembalikan'),
				],
			},
			bayarDenda,
		]
	}),
}
