import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P6.3 Update Data Kependudukan: the pemohon asks for a service that needs a biodata update, the
 * requirements are checked (by the front office; the map leaves the actor unnamed; incomplete →
 * back to the pemohon), the ADB of Bidang PIAK updates the data in the application linked to the
 * Ditjen Dukcapil database and, once SIAK shows the new data, confirms it to the pemohon (not yet
 * matching → updated again).
 */
export const P6_3: Definisi = {
	kode: 'P6.3',
	versi: 1,
	nama: 'Update Data Kependudukan',
	area: 'P6',
	jenisSubjek: 'pemutakhiran-data',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P6.3',
	catatan: catatanManajemen('pemutakhiran biodata diselesaikan paling lama 1 hari kerja per tahap sejak berkas lengkap.'),
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'ADB BIDANG PIAK'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan: 'Mengajukan layanan administrasi kependudukan yang memerlukan update biodata penduduk.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Formulir permohonan dan dokumen pendukung',
			waktu: { hariKerja: 1 },
			output: 'Permohonan update biodata',
			aksi: [{ kode: 'ajukan', label: 'Permohonan diajukan', ke: 'verifikasi' }],
		},
		{
			kode: 'verifikasi',
			kegiatan:
				'Memverifikasi kelengkapan persyaratan dan dokumen yang dibutuhkan sesuai ketentuan; apabila belum lengkap kekurangannya disampaikan ke pemohon untuk dilengkapi.',
			aktor: ['PETUGAS FRONT OFFICE'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Permohonan update biodata',
			waktu: { hariKerja: 1 },
			output: 'Persyaratan lengkap',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, teruskan ke ADB', ke: 'update-data', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Belum lengkap, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'update-data',
			kegiatan: 'Melakukan updating data pada aplikasi yang terhubung dengan server dan database Ditjen Dukcapil.',
			aktor: ['ADB BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Persyaratan lengkap',
			waktu: { hariKerja: 1 },
			output: 'Data kependudukan termutakhirkan',
			aksi: [{ kode: 'teruskan', label: 'Data dimutakhirkan', ke: 'konfirmasi' }],
		},
		{
			kode: 'konfirmasi',
			kegiatan:
				'Memastikan verifikasi pada sistem SIAK telah sesuai dengan permohonan data terbaru pemohon, kemudian memberikan konfirmasi kepada pemohon.',
			aktor: ['ADB BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Data kependudukan termutakhirkan',
			waktu: { hariKerja: 1 },
			output: 'Pemohon menerima konfirmasi data terbaru',
			keputusan: 'sesuai di SIAK?',
			aksi: [
				{ kode: 'selesaikan', label: 'Sesuai, konfirmasi ke pemohon', ke: 'selesai' },
				{ kode: 'kembalikan', label: 'Belum sesuai, ulangi pemutakhiran', ke: 'update-data', wajibAlasan: true },
			],
		},
	],
}
