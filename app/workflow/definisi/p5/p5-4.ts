import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahInputSiak, langkahSerahkan, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP5 } from '../langkah-umum'

/**
 * P5.4 Pembetulan Akta Pencatatan Sipil: the front office checks completeness (incomplete → back to
 * the pemohon), the operator SIAK enters the file in SIAK terpusat, the Koordinator/Bidang
 * Pencatatan Sipil (Kasi/Kabid) verifies the data (not in order → back to the operator SIAK to be
 * corrected; in order → TTE), the Kadis validates by TTE, the operator SIAK issues the catatan
 * pinggir on the register and the corrected kutipan, and the operator pengambilan hands it over.
 */
export const P5_4: Definisi = {
	kode: 'P5.4',
	versi: 1,
	nama: 'Pembetulan Akta Pencatatan Sipil',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.4',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'KASI/KABID', 'KADIS', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan pembetulan akta pencatatan sipil dengan melengkapi semua persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP5({
			kegiatan: 'Memeriksa kelengkapan berkas pemohon; apabila belum lengkap dikembalikan kepada pemohon untuk dilengkapi.',
		}),
		langkahInputSiak({
			kegiatan:
				'Menginput berkas dan identitas ke dalam Aplikasi SIAK terpusat dan mengajukannya kepada Koordinator/Bidang Pencatatan Sipil (Kasi dan Kabid).',
			kelengkapan: 'Berkas permohonan lengkap',
		}),
		langkahVerifikasiKasiKabid({
			kode: 'verifikasi',
			kegiatan:
				'Memverifikasi data; apabila data tidak sesuai dikembalikan ke operator SIAK untuk dibetulkan, apabila sudah sesuai diajukan validasi TTE ke Kepala Dinas (Pejabat Pencatatan Sipil).',
			kelengkapan: 'Data permohonan terinput di SIAK terpusat dan pengajuan cetak',
			output: 'Berkas permohonan terverifikasi dan permohonan TTE',
			kembali: { label: 'Tidak sesuai, kembalikan ke operator SIAK untuk dibetulkan', ke: 'input-siak' },
		}),
		langkahTtePejabatPencatatanSipil({
			kegiatan: 'Memvalidasi TTE sebagai Pejabat Pencatatan Sipil.',
			kelengkapan: 'Berkas permohonan terverifikasi dan permohonan TTE',
			ke: 'cetak',
			kembaliKe: 'verifikasi',
		}),
		langkahCetak({
			kegiatan: 'Menerbitkan catatan pinggir pada register dan kutipan akta yang telah dibetulkan.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Register dan kutipan akta pembetulan dengan catatan pinggir',
			ke: 'serahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Menyerahkan hasil catatan pinggir kutipan akta pembetulan kepada pemohon.',
			kelengkapan: 'Register dan kutipan akta pembetulan dengan catatan pinggir',
			waktu: { menit: 5 },
			output: 'Kutipan akta pembetulan diterima pemohon',
		}),
	],
}
