import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahInputSiak, langkahSerahkan, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP5 } from '../langkah-umum'

/**
 * P5.5 Pencatatan Perubahan Nama (after the Pengadilan Negeri decision): the front office checks
 * completeness (incomplete → back to the pemohon), the operator SIAK enters the file and asks the
 * Koordinator/Bidang Pelayanan Pencatatan Sipil (Kasi/Kabid) for printing, the verifikator checks
 * it through SIAK terpusat and asks the Pejabat Pencatatan Sipil (Kadis) for the TTE, the operator
 * SIAK prints the kutipan akta with the catatan pinggir of the name change and the operator
 * pengambilan hands it over. The source writes "SIAC"; SIAK is meant.
 */
export const P5_5: Definisi = {
	kode: 'P5.5',
	versi: 1,
	nama: 'Pencatatan Perubahan Nama',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.5',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'KASI/KABID', 'KADIS', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan permohonan layanan pencatatan perubahan nama dengan melengkapi persyaratan, setelah mendapatkan salinan putusan pengadilan dari Pengadilan Negeri.',
			kelengkapan: 'Salinan putusan Pengadilan Negeri dan persyaratan pencatatan perubahan nama',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP5({
			kegiatan: 'Memeriksa kelengkapan berkas; apabila belum lengkap dikembalikan kepada pemohon untuk dilengkapi.',
		}),
		langkahInputSiak({
			kegiatan:
				'Menginput berkas di SIAK dan mengajukan pengajuan cetak kepada Koordinator/Bidang Pelayanan Pencatatan Sipil (Kasi dan Kabid).',
			kelengkapan: 'Berkas permohonan lengkap',
		}),
		langkahVerifikasiKasiKabid({
			kode: 'verifikasi',
			kegiatan: 'Memverifikasi berkas permohonan melalui SIAK terpusat untuk diajukan permohonan TTE kepada Pejabat Pencatatan Sipil (Kadis).',
			kelengkapan: 'Data permohonan terinput di SIAK terpusat dan pengajuan cetak',
			output: 'Berkas permohonan terverifikasi dan permohonan TTE',
			kembali: { label: 'Kembalikan ke operator SIAK', ke: 'input-siak' },
		}),
		langkahTtePejabatPencatatanSipil({
			kelengkapan: 'Berkas permohonan terverifikasi dan permohonan TTE',
			ke: 'cetak',
			kembaliKe: 'verifikasi',
		}),
		langkahCetak({
			kegiatan: 'Mencetak dokumen berupa kutipan akta dengan catatan pinggir perubahan nama.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Kutipan akta dengan catatan pinggir perubahan nama',
			ke: 'serahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Menyerahkan kutipan akta kepada pemohon.',
			kelengkapan: 'Kutipan akta dengan catatan pinggir perubahan nama',
			waktu: { menit: 5 },
			output: 'Kutipan akta diterima pemohon',
		}),
	],
}
