import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahInputSiak, langkahSerahkan, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP5 } from '../langkah-umum'

/**
 * P5.6 Pencatatan Pembatalan Kawin, Cerai, Akta (after a court decision): the front office checks
 * completeness (incomplete → back to the pemohon), the operator SIAK enters the file in SIAK
 * terpusat, the verifikator (Kasi/Kabid) checks the file and data and asks the Pejabat Pencatatan
 * Sipil (Kadis) for the TTE, the operator SIAK prints the letters, registers and kutipan with their
 * catatan pinggir, and the operator pengambilan hands them over.
 */
export const P5_6: Definisi = {
	kode: 'P5.6',
	versi: 1,
	nama: 'Pencatatan Pembatalan Perkawinan, Perceraian dan Akta',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.6',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'KASI/KABID', 'KADIS', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan pencatatan pembatalan kawin/cerai/akta dengan melengkapi semua persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			kelengkapan: 'Salinan putusan pengadilan dan persyaratan sesuai Permendagri',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP5({
			kegiatan: 'Memeriksa kelengkapan berkas pemohon; apabila belum lengkap dikembalikan kepada pemohon untuk dilengkapi.',
		}),
		langkahInputSiak({
			kegiatan:
				'Menginput berkas dan identitas ke dalam Aplikasi SIAK terpusat dan mengajukannya kepada verifikator (Kasi dan Kabid).',
			kelengkapan: 'Berkas permohonan lengkap',
		}),
		langkahVerifikasiKasiKabid({
			kode: 'verifikasi',
			kegiatan:
				'Memeriksa berkas dan data; bila telah sesuai memverifikasi melalui SIAK terpusat untuk diajukan permohonan TTE kepada Pejabat Pencatatan Sipil (Kadis).',
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
			kegiatan:
				'Mencetak surat keterangan batal kawin/batal cerai/batal pencatatan sipil, kutipan II akta perkawinan, register dan kutipan akta pencatatan sipil sesuai putusan pengadilan, serta memberikan catatan pinggir pada register dan kutipan akta kawin/cerai/pencatatan sipil.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Surat keterangan pembatalan, kutipan akta dan register dengan catatan pinggir',
			ke: 'serahkan',
		}),
		langkahSerahkan({
			kegiatan:
				'Memberikan surat keterangan pembatalan kawin/pencatatan sipil kepada pemohon; jika batal cerai pemohon menerima surat keterangan dan kutipan II akta perkawinan.',
			kelengkapan: 'Surat keterangan pembatalan, kutipan akta dan register dengan catatan pinggir',
			waktu: { menit: 5 },
			output: 'Surat keterangan pembatalan (dan kutipan II akta perkawinan) diterima pemohon',
		}),
	],
}
