import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P1.2.3 Pengelolaan BMD: the pengurus barang asks for a recap, each bidang recaps its needs (the
 * three bidang in parallel, all three needed), the pengurus barang re-recaps the inventory, proposes
 * the procurement and enters the RKBMD, from which the RKA is issued (P2.1).
 */
export const P1_2_3: Definisi = {
	kode: 'P1.2.3',
	versi: 1,
	nama: 'Pengelolaan Barang Milik Daerah (BMD)',
	area: 'P1',
	jenisSubjek: 'kebutuhan-bmd',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P1.2.3',
	catatan: catatanManajemen('jadwal penyusunan RKBMD sebelum penyusunan RKA tahun berikutnya.'),
	aktor: ['PENGURUS BARANG', 'BIDANG'],
	mulai: 'instruksi-rekap',
	langkah: [
		{
			kode: 'instruksi-rekap',
			kegiatan: 'Menginstruksikan perekapan barang.',
			aktor: ['PENGURUS BARANG'],
			pelaksana: { jenis: 'peran', peran: 'pengurus-barang' },
			kelengkapan: 'Daftar inventaris barang',
			waktu: { hariKerja: 1 },
			output: 'Instruksi perekapan kebutuhan barang',
			aksi: [{ kode: 'teruskan', label: 'Kirim instruksi ke bidang', ke: 'rekap-bidang' }],
		},
		{
			kode: 'rekap-bidang',
			kegiatan: 'Merekap kebutuhan barang bidang.',
			aktor: ['BIDANG'],
			pelaksana: { jenis: 'peran', peran: 'kabid' },
			kelengkapan: 'Instruksi perekapan kebutuhan barang',
			waktu: { hariKerja: 5 },
			output: 'Rekap kebutuhan barang tiap bidang',
			paralel: { jumlah: 3, kuorum: 3 },
			aksi: [{ kode: 'teruskan', label: 'Kirim rekap ke pengurus barang', ke: 'rekap-ulang' }],
		},
		{
			kode: 'rekap-ulang',
			kegiatan: 'Menerima dan merekap ulang inventarisasi barang.',
			aktor: ['PENGURUS BARANG'],
			pelaksana: { jenis: 'peran', peran: 'pengurus-barang' },
			kelengkapan: 'Rekap kebutuhan barang tiap bidang',
			waktu: { hariKerja: 2 },
			output: 'Rekap inventarisasi dan kebutuhan barang',
			aksi: [{ kode: 'teruskan', label: 'Direkap ulang', ke: 'ajukan-pengadaan' }],
		},
		{
			kode: 'ajukan-pengadaan',
			kegiatan: 'Mengajukan pengadaan barang.',
			aktor: ['PENGURUS BARANG'],
			pelaksana: { jenis: 'peran', peran: 'pengurus-barang' },
			kelengkapan: 'Rekap inventarisasi dan kebutuhan barang',
			waktu: { hariKerja: 1 },
			output: 'Usulan pengadaan barang',
			aksi: [{ kode: 'ajukan', label: 'Ajukan pengadaan', ke: 'entri-rkbmd' }],
		},
		{
			kode: 'entri-rkbmd',
			kegiatan:
				'Mengentri data rekap barang melalui dokumen Rencana Kebutuhan Barang Milik Daerah (RKBMD) untuk diterbitkan menjadi dokumen Rencana Kerja Anggaran (RKA).',
			aktor: ['PENGURUS BARANG'],
			pelaksana: { jenis: 'peran', peran: 'pengurus-barang' },
			kelengkapan: 'Usulan pengadaan barang',
			waktu: { hariKerja: 2 },
			output: 'Dokumen RKBMD sebagai bahan RKA',
			aksi: [{ kode: 'selesaikan', label: 'RKBMD dientri', ke: 'selesai' }],
		},
	],
}
