import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahSerahkan, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP5 } from '../langkah-umum'

/**
 * P5.3 Pencatatan Pelaporan Peristiwa Penting Lainnya: the front office checks completeness
 * (incomplete → back to the pemohon) and issues the pickup receipt, the operator SIAK enters the
 * file in SIAK terpusat and, when it is in order, asks the verifikator (Kasi/Kabid) for printing
 * (not in order → back to the front office), the verifikator asks the Pejabat Pencatatan Sipil
 * (Kadis) for the TTE, the operator SIAK issues the catatan pinggir on the register and the
 * kutipan, and the operator pengambilan hands it over.
 */
export const P5_3: Definisi = {
	kode: 'P5.3',
	versi: 1,
	nama: 'Pencatatan Pelaporan Peristiwa Penting Lainnya',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.3',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'KASI/KABID', 'KADIS', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan pencatatan pelaporan peristiwa penting lainnya dengan melengkapi semua persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP5({
			kegiatan:
				'Memverifikasi kelengkapan berkas pemohon; apabila belum lengkap dikembalikan kepada pemohon untuk dilengkapi, bila telah lengkap dan benar dibuatkan tanda terima pengambilan.',
			output: 'Berkas permohonan lengkap dan tanda terima pengambilan',
		}),
		{
			kode: 'input-siak',
			kegiatan:
				'Menginput berkas dan identitas ke dalam Aplikasi SIAK terpusat; apabila sudah sesuai mengajukan pengajuan cetak kepada verifikator (Kasi dan Kabid).',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Berkas permohonan lengkap dan tanda terima pengambilan',
			waktu: { menit: 15 },
			output: 'Data permohonan terinput di SIAK terpusat dan pengajuan cetak',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'ajukan', label: 'Ajukan cetak kepada verifikator', ke: 'verifikasi' },
				{ kode: 'kembalikan', label: 'Tidak sesuai, kembalikan ke front office', ke: 'verifikasi-kelengkapan', wajibAlasan: true },
			],
		},
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
			kegiatan: 'Menerbitkan catatan pinggir pada register akta dan kutipan setelah mendapat validasi TTE.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Register akta dan kutipan akta dengan catatan pinggir',
			ke: 'serahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Menyerahkan hasil catatan pinggir kutipan akta kepada pemohon.',
			kelengkapan: 'Register akta dan kutipan akta dengan catatan pinggir; tanda terima pengambilan',
			waktu: { menit: 5 },
			output: 'Kutipan akta dengan catatan pinggir diterima pemohon',
		}),
	],
}
