import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahInputSiak, langkahSerahkan, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP5 } from '../langkah-umum'

/**
 * P5.2 Pencatatan Perubahan Status Kewarganegaraan (after the SK from Kemenkumham): the front
 * office checks completeness (incomplete → back to the pemohon), the operator SIAK enters the file
 * and asks the verifikator (Kasi/Kabid) for printing, the verifikator checks it through SIAK
 * terpusat and asks the Pejabat Pencatatan Sipil (Kadis) for the TTE, the operator SIAK prints the
 * kutipan akta with its catatan pinggir and the operator pengambilan hands it over.
 */
export const P5_2: Definisi = {
	kode: 'P5.2',
	versi: 1,
	nama: 'Pencatatan Perubahan Status Kewarganegaraan',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.2',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'KASI/KABID', 'KADIS', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan permohonan layanan pencatatan perubahan status kewarganegaraan dengan melengkapi persyaratan, setelah mendapatkan SK perubahan status kewarganegaraan dari Kemenkumham.',
			kelengkapan: 'SK perubahan status kewarganegaraan dari Kemenkumham dan persyaratan pencatatan',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP5({
			kegiatan: 'Memeriksa kelengkapan berkas; apabila belum lengkap dikembalikan kepada pemohon untuk dilengkapi.',
		}),
		langkahInputSiak({
			kegiatan: 'Menginput berkas di SIAK dan mengajukan pengajuan cetak kepada verifikator (Kasi dan Kabid).',
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
			kegiatan: 'Mencetak dokumen berupa kutipan akta dengan catatan pinggir.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Kutipan akta dengan catatan pinggir',
			ke: 'serahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Menyerahkan kutipan akta kepada pemohon.',
			kelengkapan: 'Kutipan akta dengan catatan pinggir',
			waktu: { menit: 5 },
			output: 'Kutipan akta diterima pemohon',
		}),
	],
}
