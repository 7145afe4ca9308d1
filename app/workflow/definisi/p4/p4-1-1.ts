import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCekDokumen, langkahCetak, langkahSerahkan, langkahVerifikasiKelengkapanP4 } from '../langkah-umum'

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
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan penerbitan KTP-el warga baru, rusak, hilang, perubahan data dan SKPWNI dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP4({
			kegiatan:
				'Memverifikasi kelengkapan persyaratan; jika lengkap permohonan diproses, jika tidak lengkap dikembalikan kepada pemohon untuk dilengkapi.',
			ke: 'cetak',
		}),
		langkahCetak({
			kegiatan: 'Mencetak dokumen dan menyerahkannya kepada operator pengambilan.',
			kelengkapan: 'Berkas permohonan lengkap',
			waktu: { menit: 15 },
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
