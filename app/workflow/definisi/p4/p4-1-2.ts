import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P4.1.2 Reguler dengan Verifikasi (KK dan KIA warga baru, rusak, hilang, perubahan data, SKPWNI):
 * the front office checks completeness (incomplete → back to the pemohon) and enters the file, the
 * verifikator checks the input, the Kabid/Kadis signs electronically (sent to the pemohon's e-mail
 * when there is one), the operator SIAK prints, the operator pengambilan checks the document
 * (damaged → printed again) and hands it over.
 */
export const P4_1_2: Definisi = {
	kode: 'P4.1.2',
	versi: 1,
	nama: 'Penerbitan KK dan KIA Reguler dengan Verifikasi',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P4.1.2',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'KASI/KABID', 'KADIS', 'OPERATOR SIAK', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan:
				'Mengajukan layanan penerbitan KK dan KIA warga baru, rusak, hilang, perubahan data dan SKPWNI dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Formulir permohonan dan persyaratan sesuai Permendagri',
			waktu: { menit: 5 },
			output: 'Berkas permohonan',
			aksi: [{ kode: 'ajukan', label: 'Berkas diserahkan', ke: 'verifikasi-kelengkapan' }],
		},
		{
			kode: 'verifikasi-kelengkapan',
			kegiatan: 'Memverifikasi kelengkapan persyaratan; jika tidak lengkap dikembalikan kepada pemohon untuk dilengkapi.',
			aktor: ['PETUGAS FRONT OFFICE'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan',
			waktu: { menit: 10 },
			output: 'Berkas permohonan lengkap',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, proses', ke: 'input-data', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Tidak lengkap, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'input-data',
			kegiatan: 'Memproses permohonan yang persyaratannya sudah lengkap dengan menginput data.',
			aktor: ['PETUGAS FRONT OFFICE'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan lengkap',
			waktu: { menit: 10 },
			output: 'Hasil input data permohonan',
			aksi: [{ kode: 'ajukan', label: 'Ajukan verifikasi', ke: 'verifikasi-input' }],
		},
		{
			kode: 'verifikasi-input',
			kegiatan: 'Memverifikasi hasil input dari front office.',
			aktor: ['KASI/KABID'],
			pelaksana: { jenis: 'kepala-unit-subjek' },
			kelengkapan: 'Hasil input data permohonan',
			waktu: { menit: 10 },
			output: 'Data permohonan terverifikasi',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'teruskan', label: 'Sesuai, ajukan TTE', ke: 'tte', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke front office', ke: 'input-data', wajibAlasan: true },
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
