import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon } from '../langkah-umum'

/**
 * P4.5 Penerbitan Biodata Penduduk (also a new NIK for vulnerable residents): the verifikator
 * pendataan checks the supporting documents (incomplete or unclear → a berita acara pendataan for a
 * survey, then checked again), the operator SIAK enters the biodata and the pemohon's biometrics are
 * recorded. The survey is measured in working days: a file that needs one is not yet complete, so
 * the one-hour standard does not apply to it.
 */
export const P4_5: Definisi = {
	kode: 'P4.5',
	versi: 1,
	nama: 'Penerbitan Biodata Penduduk',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P4.5',
	catatan: `${CATATAN_LAYANAN} Survei pendataan diukur dalam hari kerja karena berkasnya belum lengkap.`,
	aktor: ['PEMOHON', 'PETUGAS VERIFIKATOR PENDATAAN', 'OPERATOR SIAK', 'PETUGAS REKAM'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan penerbitan biodata penduduk atau penerbitan NIK baru (penduduk rentan) dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'verifikasi',
		}),
		{
			kode: 'verifikasi',
			kegiatan:
				'Memverifikasi kelengkapan berkas penunjang; apabila data penunjang tidak lengkap dan tidak jelas datanya dibuatkan berita acara pendataan untuk disurvei.',
			aktor: ['PETUGAS VERIFIKATOR PENDATAAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan',
			waktu: { menit: 10 },
			output: 'Berkas penunjang lengkap dan data valid',
			keputusan: 'lengkap dan valid?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap dan valid, entri biodata', ke: 'entri-biodata', kondisi: 'berkasLengkap' },
				{ kode: 'buat-berita-acara', label: 'Tidak lengkap/tidak jelas, buat berita acara pendataan', ke: 'survei' },
			],
		},
		{
			kode: 'survei',
			kegiatan: 'Membuat berita acara pendataan dan melaksanakan survei atas data penunjang yang tidak lengkap dan tidak jelas.',
			aktor: ['PETUGAS VERIFIKATOR PENDATAAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas penunjang yang tidak lengkap atau tidak jelas',
			waktu: { hariKerja: 3 },
			output: 'Berita acara pendataan dan hasil survei',
			aksi: [{ kode: 'teruskan', label: 'Survei selesai, verifikasi ulang', ke: 'verifikasi' }],
		},
		{
			kode: 'entri-biodata',
			kegiatan: 'Mengentri biodata pemohon.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Berkas penunjang lengkap dan data valid',
			waktu: { menit: 15 },
			output: 'Biodata penduduk terentri',
			aksi: [{ kode: 'teruskan', label: 'Biodata dientri, lakukan perekaman', ke: 'rekam' }],
		},
		{
			kode: 'rekam',
			kegiatan: 'Merekam biometrik pemohon.',
			aktor: ['PETUGAS REKAM'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Biodata penduduk terentri',
			waktu: { menit: 15 },
			output: 'Biodata penduduk dengan data biometrik',
			aksi: [{ kode: 'selesaikan', label: 'Perekaman selesai', ke: 'selesai' }],
		},
	],
}
