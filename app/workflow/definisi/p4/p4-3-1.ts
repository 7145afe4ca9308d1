import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCekDokumen, langkahCetak, langkahSerahkan, langkahTteKadisKirimEmail, langkahVerifikasiKasiKabid } from '../langkah-umum'

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
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan penerbitan KK dan KTP-el dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			dicatatOleh: 'operator-siak',
			ke: 'verifikasi-nik',
		}),
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
		langkahVerifikasiKasiKabid({
			kode: 'verifikasi-input',
			kegiatan: 'Memverifikasi hasil input permohonan yang persyaratannya sudah lengkap.',
			kelengkapan: 'Hasil rekam berstatus Print Ready Record (PRR)',
			output: 'Data permohonan terverifikasi',
			kembali: { label: 'Kembalikan ke operator rekam', ke: 'verifikasi-nik' },
		}),
		langkahTteKadisKirimEmail({
			kelengkapan: 'Data permohonan terverifikasi',
			ke: 'cetak',
			kembaliKe: 'verifikasi-input',
		}),
		langkahCetak({
			kegiatan: 'Mencetak dokumen dan menyerahkannya kepada operator pengambilan.',
			kelengkapan: 'Dokumen elektronik yang sudah di-TTE',
			waktu: { menit: 5 },
			output: 'Dokumen tercetak',
			ke: 'cek-dokumen',
		}),
		langkahCekDokumen({
			kegiatan: 'Mengecek dokumen; jika dokumen bagus diberikan kepada pemohon, jika rusak diproses cetak ulang.',
			keputusan: 'dokumen bagus?',
			labelBaik: 'Bagus, siap diserahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Memberikan dokumen kepada pemohon.',
			kelengkapan: 'Dokumen dalam kondisi baik',
			waktu: { menit: 2 },
			output: 'Dokumen diterima pemohon',
		}),
	],
}
