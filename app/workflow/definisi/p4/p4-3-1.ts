import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P4.3.1 Perekaman Biometrik, Pelayanan Reguler: the operator rekam checks the NIK (not found → the
 * pemohon is sent to the information and complaints desk, P6.2, and this service ends), the
 * pemohon is recorded; once the record is print-ready (PRR) the verifikator checks the input, the
 * Kabid/Kadis signs electronically (sent to the pemohon's e-mail when there is one), the operator SIAK
 * prints, the operator pengambilan checks the document (damaged → printed again) and hands it over.
 * The process map gives no branch for a record that is not PRR; the recorder may reject it with a
 * reason (a duplicate is resolved through P4.3.2's biodata check or P6.3).
 */
export const P4_3_1: Definisi = {
	kode: 'P4.3.1',
	versi: 1,
	nama: 'Perekaman Biometrik Pelayanan Reguler',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P4.3.1',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'OPERATOR REKAM BIOMETRIK', 'KASI/KABID', 'KADIS', 'OPERATOR SIAK', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan:
				'Mengajukan layanan penerbitan KK dan KTP-el dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'operator-siak' },
			kelengkapan: 'Formulir permohonan dan persyaratan sesuai Permendagri',
			waktu: { menit: 5 },
			output: 'Berkas permohonan',
			aksi: [{ kode: 'ajukan', label: 'Berkas diserahkan', ke: 'verifikasi-nik' }],
		},
		{
			kode: 'verifikasi-nik',
			kegiatan:
				'Memverifikasi NIK pemohon; jika NIK tidak ditemukan pemohon diarahkan ke petugas Pelayanan Informasi dan Pengaduan Masyarakat, jika ditemukan dilakukan perekaman.',
			aktor: ['OPERATOR REKAM BIOMETRIK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Berkas permohonan',
			waktu: { menit: 5 },
			output: 'NIK terverifikasi',
			keputusan: 'NIK ditemukan?',
			aksi: [
				{ kode: 'teruskan', label: 'NIK ditemukan, lakukan perekaman', ke: 'rekam', kondisi: 'nikDitemukan' },
				{ kode: 'arahkan-pengaduan', label: 'NIK tidak ditemukan, arahkan ke layanan pengaduan', ke: 'ditolak', kondisi: '!nikDitemukan', wajibAlasan: true },
			],
		},
		{
			kode: 'rekam',
			kegiatan: 'Melakukan perekaman biometrik pemohon; setelah hasil rekam Print Ready Record (PRR) dokumen siap untuk dicetak.',
			aktor: ['OPERATOR REKAM BIOMETRIK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'NIK terverifikasi',
			waktu: { menit: 10 },
			output: 'Hasil rekam berstatus Print Ready Record (PRR)',
			keputusan: 'PRR?',
			aksi: [
				{ kode: 'teruskan', label: 'PRR, ajukan verifikasi', ke: 'verifikasi-input', kondisi: 'printReadyRecord' },
				{ kode: 'tolak', label: 'Tidak PRR, tidak dapat dicetak', ke: 'ditolak', kondisi: '!printReadyRecord', wajibAlasan: true },
			],
		},
		{
			kode: 'verifikasi-input',
			kegiatan: 'Memverifikasi hasil input permohonan yang persyaratannya sudah lengkap.',
			aktor: ['KASI/KABID'],
			pelaksana: { jenis: 'kepala-unit-subjek' },
			kelengkapan: 'Hasil rekam berstatus Print Ready Record (PRR)',
			waktu: { menit: 10 },
			output: 'Data permohonan terverifikasi',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'teruskan', label: 'Sesuai, ajukan TTE', ke: 'tte', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke operator rekam', ke: 'verifikasi-nik', wajibAlasan: true },
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
