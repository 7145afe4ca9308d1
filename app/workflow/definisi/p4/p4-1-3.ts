import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P4.1.3 Inovasi Integrasi (KK, KTP-el perubahan data through an integrated service point: KUA, PA,
 * hospitals): the integrated officer checks completeness and enters the file (incomplete → back to
 * be completed), the verifikator checks the input (wrong → back to the integrated officer), the
 * Kabid/Kadis signs electronically (sent to the pemohon's e-mail when there is one), the operator
 * SIAK prints, the operator pengambilan checks the document (damaged → printed again) and hands it
 * to the integrated officer. The integrated officer works in SIMADU with the petugas-loket role.
 */
export const P4_1_3: Definisi = {
	kode: 'P4.1.3',
	versi: 1,
	nama: 'Penerbitan KK dan KTP-el Perubahan Data melalui Inovasi Integrasi',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P4.1.3',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS TERINTEGRASI', 'KASI/KABID', 'KADIS', 'OPERATOR SIAK', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan:
				'Mengajukan layanan penerbitan KK, KTP-el perubahan data dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
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
				'Memverifikasi kelengkapan persyaratan dan menginput permohonan; jika persyaratan tidak lengkap dikembalikan untuk dilengkapi.',
			aktor: ['PETUGAS TERINTEGRASI'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan',
			waktu: { menit: 15 },
			output: 'Hasil input data permohonan',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, ajukan verifikasi', ke: 'verifikasi-input', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Tidak lengkap, kembalikan untuk dilengkapi', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'verifikasi-input',
			kegiatan: 'Memverifikasi hasil input dari petugas integrasi.',
			aktor: ['KASI/KABID'],
			pelaksana: { jenis: 'kepala-unit-subjek' },
			kelengkapan: 'Hasil input data permohonan',
			waktu: { menit: 10 },
			output: 'Data permohonan terverifikasi',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'teruskan', label: 'Sesuai, ajukan TTE', ke: 'tte', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke petugas terintegrasi', ke: 'verifikasi-kelengkapan', wajibAlasan: true },
			],
		},
		{
			kode: 'tte',
			kegiatan:
				'Membubuhkan tanda tangan elektronik pada dokumen (Kabid/Kadis); bagi pemohon yang melampirkan email, dokumen otomatis terkirim ke email pemohon.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Data permohonan terverifikasi',
			waktu: { menit: 5 },
			output: 'Dokumen elektronik yang sudah di-TTE',
			keputusan: 'ada email?',
			aksi: [
				{ kode: 'tandatangani', label: 'Tandatangani (TTE); kirim ke email pemohon', ke: 'cetak', kondisi: 'adaEmail', tolakPelakuSebelumnya: true },
				{ kode: 'tandatangani', label: 'Tandatangani (TTE)', ke: 'cetak', kondisi: '!adaEmail', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke verifikator', ke: 'verifikasi-input', wajibAlasan: true },
			],
		},
		{
			kode: 'cetak',
			kegiatan: 'Mencetak dokumen dan menyerahkannya kepada operator pengambilan.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Dokumen elektronik yang sudah di-TTE',
			waktu: { menit: 5 },
			output: 'Dokumen tercetak',
			aksi: [{ kode: 'teruskan', label: 'Dicetak, serahkan ke operator pengambilan', ke: 'cek-dokumen' }],
		},
		{
			kode: 'cek-dokumen',
			kegiatan: 'Mengecek dokumen; jika dokumen bagus diberikan kepada petugas terintegrasi, jika rusak diproses cetak ulang.',
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
			kegiatan: 'Memberikan dokumen kepada petugas terintegrasi.',
			aktor: ['OPERATOR PENGAMBILAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-pengambilan' },
			kelengkapan: 'Dokumen dalam kondisi baik',
			waktu: { menit: 2 },
			output: 'Dokumen diterima petugas terintegrasi',
			aksi: [{ kode: 'serahkan', label: 'Diserahkan kepada petugas terintegrasi', ke: 'selesai' }],
		},
	],
}
