import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P1.1 Perlengkapan dan Sarana Prasarana: NPD → SPJ completed by the penyedia → the bendahara's
 * check (incomplete → revised by the subbag) → payment by the finance subbag → the subbag receives
 * it and carries out the purchase. The process map's "sub bagian rumah tangga dan perlengkapan" is
 * the pengurus barang of Subbag Umum dan Kepegawaian; "sub bagian keuangan" pays through the head of
 * Subbag Perencanaan dan Keuangan.
 */
export const P1_1: Definisi = {
	kode: 'P1.1',
	versi: 1,
	nama: 'Perlengkapan dan Sarana Prasarana',
	area: 'P1',
	jenisSubjek: 'pembayaran',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P1.1',
	catatan: catatanManajemen('siklus NPD, SPJ dan pembayaran belanja perlengkapan dalam satu bulan anggaran; tahap penyedia diberi tenggat pantauan.'),
	aktor: ['SUBBAG RUMAH TANGGA DAN PERLENGKAPAN', 'PENYEDIA', 'BENDAHARA', 'SUBBAG KEUANGAN'],
	mulai: 'ajukan-npd',
	langkah: [
		{
			kode: 'ajukan-npd',
			kegiatan: 'Membuat perencanaan anggaran / Nota Pencairan Dana (NPD) dan mengajukannya kepada bendahara.',
			aktor: ['SUBBAG RUMAH TANGGA DAN PERLENGKAPAN'],
			pelaksana: { jenis: 'peran', peran: 'pengurus-barang' },
			kelengkapan: 'Rencana kebutuhan perlengkapan dan sarana prasarana',
			waktu: { hariKerja: 2 },
			output: 'Nota Pencairan Dana (NPD)',
			aksi: [{ kode: 'ajukan', label: 'Ajukan NPD ke bendahara', ke: 'terima-npd' }],
		},
		{
			kode: 'terima-npd',
			kegiatan: 'Menerima perencanaan anggaran / NPD yang diajukan sub bagian rumah tangga dan perlengkapan serta berkoordinasi atas kegiatan tersebut.',
			aktor: ['BENDAHARA'],
			pelaksana: { jenis: 'peran', peran: 'bendahara' },
			kelengkapan: 'Nota Pencairan Dana (NPD)',
			waktu: { hariKerja: 1 },
			output: 'NPD diterima dan kegiatan dikoordinasikan',
			aksi: [{ kode: 'teruskan', label: 'NPD diterima, lanjutkan kegiatan', ke: 'susun-spj' }],
		},
		{
			kode: 'susun-spj',
			kegiatan: 'Membuat dokumen SPJ yang dilengkapi oleh penyedia untuk diserahkan kepada bendahara untuk diperiksa.',
			aktor: ['SUBBAG RUMAH TANGGA DAN PERLENGKAPAN', 'PENYEDIA'],
			pelaksana: { jenis: 'peran', peran: 'pengurus-barang' },
			kelengkapan: 'NPD yang telah diterima; dokumen kelengkapan dari penyedia',
			waktu: { hariKerja: 3 },
			output: 'Dokumen SPJ',
			aksi: [{ kode: 'ajukan', label: 'Serahkan SPJ ke bendahara', ke: 'periksa-spj' }],
		},
		{
			kode: 'periksa-spj',
			kegiatan:
				'Memeriksa dokumen SPJ; apabila kurang lengkap/tidak sesuai dikembalikan untuk direvisi, apabila lengkap/sesuai diteruskan ke sub bagian keuangan untuk pembayaran kegiatan.',
			aktor: ['BENDAHARA'],
			pelaksana: { jenis: 'peran', peran: 'bendahara' },
			kelengkapan: 'Dokumen SPJ',
			waktu: { hariKerja: 2 },
			output: 'Dokumen SPJ yang lengkap dan sesuai',
			keputusan: 'lengkap/sesuai?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, teruskan untuk pembayaran', ke: 'bayar', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kurang lengkap, kembalikan untuk revisi', ke: 'susun-spj', wajibAlasan: true },
			],
		},
		{
			kode: 'bayar',
			kegiatan: 'Melakukan pembayaran kegiatan.',
			aktor: ['SUBBAG KEUANGAN'],
			pelaksana: { jenis: 'peran', peran: 'bendahara' },
			kelengkapan: 'Dokumen SPJ yang lengkap dan sesuai',
			waktu: { hariKerja: 2 },
			output: 'Pembayaran kegiatan',
			aksi: [{ kode: 'teruskan', label: 'Dibayar', ke: 'terima-pembayaran' }],
		},
		{
			kode: 'terima-pembayaran',
			kegiatan: 'Menerima pembayaran kegiatan untuk dilakukan proses penyediaan belanja/pekerjaan.',
			aktor: ['SUBBAG RUMAH TANGGA DAN PERLENGKAPAN'],
			pelaksana: { jenis: 'peran', peran: 'pengurus-barang' },
			kelengkapan: 'Bukti pembayaran kegiatan',
			waktu: { hariKerja: 1 },
			output: 'Belanja/pekerjaan disediakan',
			aksi: [{ kode: 'selesaikan', label: 'Pembayaran diterima, belanja disediakan', ke: 'selesai' }],
		},
	],
}
