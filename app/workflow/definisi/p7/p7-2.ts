import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P7.2 Publikasi (Agregat Kependudukan): the managing team drafts the publication from the
 * semester's DKB, Bidang PIAK discusses the compiled data and submits it to the sekretaris
 * (adjustment needed → back to Bidang PIAK), then to the Kadis (adjustment needed → adjusted as
 * directed and back to the Kadis); once approved Bidang PIAK prints the book and uploads the data
 * to the office's site and social media.
 */
export const P7_2: Definisi = {
	kode: 'P7.2',
	versi: 1,
	nama: 'Publikasi Agregat Kependudukan',
	area: 'P7',
	jenisSubjek: 'publikasi-agregat',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P7.2',
	catatan: catatanManajemen('publikasi agregat terbit paling lama 30 hari kerja setelah DKB semester berkenaan diterima.'),
	aktor: ['TIM PENGELOLA', 'BIDANG PIAK', 'SEKRETARIS', 'KADIS'],
	mulai: 'susun-draft',
	langkah: [
		{
			kode: 'susun-draft',
			kegiatan: 'Menyusun draft publikasi (Agregat Kependudukan) sesuai Data Konsolidasi Bersih (DKB) semester berkenaan.',
			aktor: ['TIM PENGELOLA'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Data Konsolidasi Bersih (DKB) semester berkenaan',
			waktu: { hariKerja: 10 },
			output: 'Draft publikasi agregat kependudukan',
			aksi: [{ kode: 'teruskan', label: 'Draft tersusun, bahas bersama', ke: 'pembahasan' }],
		},
		{
			kode: 'pembahasan',
			kegiatan: 'Menyelenggarakan pembahasan bersama terkait kompilasi data kependudukan dan mengajukan data kompilasi kepada Sekretaris.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KABID-PIAK' },
			kelengkapan: 'Draft publikasi agregat kependudukan',
			waktu: { hariKerja: 5 },
			output: 'Data kompilasi hasil pembahasan',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke Sekretaris', ke: 'pertimbangan-sekretaris' }],
		},
		{
			kode: 'pertimbangan-sekretaris',
			kegiatan:
				'Mempertimbangkan dan menyetujui data kompilasi; apabila perlu penyesuaian data dikembalikan ke bidang PIAK untuk disesuaikan dalam draft publikasi.',
			aktor: ['SEKRETARIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'SEKRETARIS' },
			kelengkapan: 'Data kompilasi hasil pembahasan',
			waktu: { hariKerja: 3 },
			output: 'Draft publikasi disetujui Sekretaris',
			keputusan: 'perlu penyesuaian?',
			aksi: [
				{ kode: 'setujui', label: 'Setujui, teruskan ke Kepala Dinas', ke: 'persetujuan-kadis', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Perlu penyesuaian, kembalikan ke bidang PIAK', ke: 'pembahasan', wajibAlasan: true },
			],
		},
		{
			kode: 'persetujuan-kadis',
			kegiatan:
				'Mempertimbangkan dan menyetujui draft publikasi; bila diperlukan penyesuaian draft dikembalikan ke bidang PIAK untuk disesuaikan sesuai arahan.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Draft publikasi disetujui Sekretaris',
			waktu: { hariKerja: 3 },
			output: 'Bahan publikasi final',
			keputusan: 'perlu penyesuaian?',
			aksi: [
				{ kode: 'setujui', label: 'Setujui finalisasi bahan publikasi', ke: 'cetak-buku', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Perlu penyesuaian, kembalikan ke bidang PIAK', ke: 'sesuaikan-arahan', wajibAlasan: true },
			],
		},
		{
			kode: 'sesuaikan-arahan',
			kegiatan: 'Menyesuaikan draft publikasi sesuai arahan Kepala Dinas.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Arahan Kepala Dinas',
			waktu: { hariKerja: 3 },
			output: 'Draft publikasi yang telah disesuaikan',
			aksi: [{ kode: 'ajukan', label: 'Ajukan kembali ke Kepala Dinas', ke: 'persetujuan-kadis' }],
		},
		{
			kode: 'cetak-buku',
			kegiatan: 'Melaksanakan proses cetak sebagai buku agregat kependudukan.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Bahan publikasi final',
			waktu: { hariKerja: 5 },
			output: 'Buku agregat kependudukan',
			aksi: [{ kode: 'teruskan', label: 'Buku dicetak', ke: 'unggah' }],
		},
		{
			kode: 'unggah',
			kegiatan: 'Mengunggah data publikasi ke dalam situs dan media sosial resmi Dinas Kependudukan dan Pencatatan Sipil.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Bahan publikasi final',
			waktu: { hariKerja: 1 },
			output: 'Agregat kependudukan terpublikasi di situs dan media sosial resmi',
			aksi: [{ kode: 'selesaikan', label: 'Data diunggah', ke: 'selesai' }],
		},
	],
}
