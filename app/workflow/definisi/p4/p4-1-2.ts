import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCekDokumen, langkahCetak, langkahInputDataP4, langkahSerahkan, langkahTteKadisKirimEmail, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP4 } from '../langkah-umum'

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
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan penerbitan KK dan KIA warga baru, rusak, hilang, perubahan data dan SKPWNI dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP4({ ke: 'input-data' }),
		langkahInputDataP4(),
		langkahVerifikasiKasiKabid({
			kode: 'verifikasi-input',
			kegiatan: 'Memverifikasi hasil input dari front office.',
			kelengkapan: 'Hasil input data permohonan',
			output: 'Data permohonan terverifikasi',
			kembali: { label: 'Kembalikan ke front office', ke: 'input-data' },
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
