import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCekDokumen, langkahCetak, langkahSerahkan } from '../langkah-umum'

/**
 * P4.3.2 Perekaman Biometrik, Pelayanan Lansia atau Disabilitas: the verifikator checks the file and
 * decides whether a companion from another agency is needed (then asks for one), the recording team
 * records the pemohon, the operator SIAK checks the recording status (PRR → printed; duplicate →
 * biodata check, then the status again), the operator pengambilan checks the document (damaged →
 * printed again by the operator SIAK) and hands it over. The map describes no TTE here.
 */
export const P4_3_2: Definisi = {
	kode: 'P4.3.2',
	versi: 1,
	nama: 'Perekaman Biometrik Pelayanan Lansia atau Disabilitas',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P4.3.2',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS VERIFIKATOR', 'TIM REKAM BIOMETRIK', 'OPERATOR SIAK', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan lansia dan disabilitas penerbitan KK dan KTP-el dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'cek-berkas',
		}),
		{
			kode: 'cek-berkas',
			kegiatan:
				'Melakukan pengecekan berkas dan menganalisa apakah dibutuhkan pendamping dari Perangkat Daerah terkait atau tidak.',
			aktor: ['PETUGAS VERIFIKATOR'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan',
			waktu: { menit: 10 },
			output: 'Berkas terperiksa dan hasil analisa kebutuhan pendamping',
			keputusan: 'perlu pendamping?',
			aksi: [
				{ kode: 'ajukan-pendampingan', label: 'Perlu pendamping, ajukan pendampingan', ke: 'ajukan-pendampingan', kondisi: 'perluPendamping' },
				{ kode: 'teruskan', label: 'Tanpa pendamping, lakukan perekaman', ke: 'rekam', kondisi: '!perluPendamping' },
				{ kode: 'kembalikan', label: 'Berkas tidak lengkap, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'ajukan-pendampingan',
			kegiatan: 'Mengajukan pendampingan kepada Perangkat Daerah terkait.',
			aktor: ['PETUGAS VERIFIKATOR'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Hasil analisa kebutuhan pendamping',
			waktu: { menit: 5 },
			output: 'Permintaan pendampingan kepada Perangkat Daerah terkait',
			aksi: [{ kode: 'teruskan', label: 'Pendamping tersedia, lakukan perekaman', ke: 'rekam' }],
		},
		{
			kode: 'rekam',
			kegiatan: 'Melakukan perekaman biometrik terhadap pemohon.',
			aktor: ['TIM REKAM BIOMETRIK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Berkas terperiksa; pendamping bila diperlukan',
			waktu: { menit: 15 },
			output: 'Hasil rekam biometrik',
			aksi: [{ kode: 'teruskan', label: 'Perekaman selesai', ke: 'cek-status' }],
		},
		{
			kode: 'cek-status',
			kegiatan: 'Melakukan pengecekan status perekaman; jika Print Ready Record maka dokumen dicetak, jika duplicate dilakukan pengecekan biodata.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Hasil rekam biometrik',
			waktu: { menit: 5 },
			output: 'Status perekaman Print Ready Record (PRR)',
			keputusan: 'PRR atau duplicate?',
			aksi: [
				{ kode: 'teruskan', label: 'PRR, cetak dokumen', ke: 'cetak', kondisi: 'printReadyRecord' },
				{ kode: 'cek-biodata', label: 'Duplicate, cek biodata', ke: 'cek-biodata', kondisi: '!printReadyRecord' },
			],
		},
		{
			kode: 'cek-biodata',
			kegiatan: 'Melakukan pengecekan biodata atas hasil rekam yang duplicate.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Hasil rekam berstatus duplicate',
			waktu: { menit: 10 },
			output: 'Biodata terperiksa',
			aksi: [{ kode: 'teruskan', label: 'Biodata dicek, periksa ulang status perekaman', ke: 'cek-status' }],
		},
		langkahCetak({
			kegiatan: 'Mencetak dokumen dan menyerahkannya kepada operator pengambilan.',
			kelengkapan: 'Status perekaman Print Ready Record (PRR)',
			waktu: { menit: 5 },
			output: 'Dokumen tercetak',
			ke: 'cek-dokumen',
		}),
		langkahCekDokumen({
			kegiatan: 'Melakukan pengecekan dokumen; jika kondisi baik diserahkan ke pemohon, jika rusak dicetak ulang oleh operator SIAK.',
			keputusan: 'kondisi baik?',
			labelBaik: 'Baik, siap diserahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Menyerahkan dokumen kepada pemohon.',
			kelengkapan: 'Dokumen dalam kondisi baik',
			waktu: { menit: 2 },
			output: 'Dokumen diterima pemohon',
		}),
	],
}
