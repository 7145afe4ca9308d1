import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P4.1.1 Reguler tanpa Verifikasi (KTP-el warga baru, rusak, hilang, perubahan data, SKPWNI): the
 * front office checks completeness (incomplete → back to the pemohon), the operator SIAK prints, the
 * operator pengambilan checks the document (damaged → printed again) and hands it over.
 */
export const P4_1_1: Definisi = {
	kode: 'P4.1.1',
	versi: 1,
	nama: 'Penerbitan KTP-el Reguler tanpa Verifikasi',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P4.1.1',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan:
				'Mengajukan layanan penerbitan KTP-el warga baru, rusak, hilang, perubahan data dan SKPWNI dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Formulir permohonan dan persyaratan sesuai Permendagri',
			waktu: { menit: 5 },
			output: 'Berkas permohonan',
			aksi: [{ kode: 'ajukan', label: 'Berkas diserahkan', ke: 'verifikasi-kelengkapan' }],
		},
		{
			kode: 'verifikasi-kelengkapan',
			kegiatan:
				'Memverifikasi kelengkapan persyaratan; jika lengkap permohonan diproses, jika tidak lengkap dikembalikan kepada pemohon untuk dilengkapi.',
			aktor: ['PETUGAS FRONT OFFICE'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan',
			waktu: { menit: 10 },
			output: 'Berkas permohonan lengkap',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, proses', ke: 'cetak', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Tidak lengkap, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'cetak',
			kegiatan: 'Mencetak dokumen dan menyerahkannya kepada operator pengambilan.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Berkas permohonan lengkap',
			waktu: { menit: 15 },
			output: 'Dokumen tercetak',
			aksi: [{ kode: 'teruskan', label: 'Dicetak, serahkan ke operator pengambilan', ke: 'cek-dokumen' }],
		},
		{
			kode: 'cek-dokumen',
			kegiatan: 'Mengecek dokumen; jika dokumen bagus diberikan kepada pemohon, jika rusak diproses cetak ulang.',
			aktor: ['OPERATOR PENGAMBILAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-pengambilan' },
			kelengkapan: 'Dokumen tercetak',
			waktu: { menit: 3 },
			output: 'Dokumen dalam kondisi baik',
			keputusan: 'dokumen bagus?',
			aksi: [
				{ kode: 'teruskan', label: 'Bagus, siap diserahkan', ke: 'serahkan', kondisi: 'cetakBaik' },
				{ kode: 'cetak-ulang', label: 'Rusak, cetak ulang', ke: 'cetak', kondisi: '!cetakBaik', wajibAlasan: true },
			],
		},
		{
			kode: 'serahkan',
			kegiatan: 'Memberikan dokumen kepada pemohon.',
			aktor: ['OPERATOR PENGAMBILAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-pengambilan' },
			kelengkapan: 'Dokumen dalam kondisi baik',
			waktu: { menit: 2 },
			output: 'Dokumen diterima pemohon',
			aksi: [{ kode: 'serahkan', label: 'Diserahkan kepada pemohon', ke: 'selesai' }],
		},
	],
}
