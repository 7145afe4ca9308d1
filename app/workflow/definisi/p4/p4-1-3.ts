import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCekDokumen, langkahCetak, langkahSerahkan, langkahTteKadisKirimEmail, langkahVerifikasiKasiKabid } from '../langkah-umum'

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
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan penerbitan KK, KTP-el perubahan data dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'verifikasi-kelengkapan',
		}),
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
		langkahVerifikasiKasiKabid({
			kode: 'verifikasi-input',
			kegiatan: 'Memverifikasi hasil input dari petugas integrasi.',
			kelengkapan: 'Hasil input data permohonan',
			output: 'Data permohonan terverifikasi',
			kembali: { label: 'Kembalikan ke petugas terintegrasi', ke: 'verifikasi-kelengkapan' },
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
			kegiatan: 'Mengecek dokumen; jika dokumen bagus diberikan kepada petugas terintegrasi, jika rusak diproses cetak ulang.',
			keputusan: 'dokumen bagus?',
			labelBaik: 'Bagus, siap diserahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Memberikan dokumen kepada petugas terintegrasi.',
			kelengkapan: 'Dokumen dalam kondisi baik',
			waktu: { menit: 2 },
			output: 'Dokumen diterima petugas terintegrasi',
			penerima: 'petugas terintegrasi',
		}),
	],
}
