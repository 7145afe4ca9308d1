import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahInputSiak, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP5 } from '../langkah-umum'

/**
 * P5.1 Pencatatan Lahir Mati, Kelahiran, Kematian, Kawin, Cerai: the front office checks
 * completeness (incomplete → back to the pemohon) and issues the pickup receipt, the operator SIAK
 * enters the file in SIAK terpusat and asks the verifikator (Kasi/Kabid) for printing, the
 * verifikator checks it and asks the Pejabat Pencatatan Sipil (Kadis) for the TTE, the operator
 * SIAK prints the akta and the operator pengambilan hands it over in print or sends it by e-mail.
 */
export const P5_1: Definisi = {
	kode: 'P5.1',
	versi: 1,
	nama: 'Pencatatan Lahir Mati, Kelahiran, Kematian, Perkawinan dan Perceraian',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.1',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'KASI/KABID', 'KADIS', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan layanan pencatatan lahir mati/kelahiran/kematian/kawin/cerai dengan melengkapi semua persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			ke: 'verifikasi-kelengkapan',
		}),
		langkahVerifikasiKelengkapanP5({
			kegiatan:
				'Memverifikasi kelengkapan berkas pemohon; apabila belum lengkap dikembalikan kepada pemohon untuk dilengkapi, bila telah lengkap dan benar dibuatkan tanda terima pengambilan.',
			output: 'Berkas permohonan lengkap dan tanda terima pengambilan',
		}),
		langkahInputSiak({
			kegiatan:
				'Menginput berkas ke dalam Aplikasi SIAK terpusat dan mengajukan pengajuan cetak kepada verifikator (Kasi dan Kabid).',
			kelengkapan: 'Berkas permohonan lengkap dan tanda terima pengambilan',
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
			kegiatan: 'Mencetak akta yang telah mendapat validasi TTE.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Akta pencatatan sipil tercetak',
			ke: 'serahkan',
		}),
		{
			kode: 'serahkan',
			kegiatan: 'Menyerahkan akta kepada pemohon secara langsung (cetak fisik) atau mengirimkannya melalui email.',
			aktor: ['OPERATOR PENGAMBILAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-pengambilan' },
			kelengkapan: 'Akta pencatatan sipil tercetak; tanda terima pengambilan',
			waktu: { menit: 5 },
			output: 'Akta diterima pemohon',
			keputusan: 'ada email?',
			aksi: [
				{ kode: 'serahkan', label: 'Kirim akta ke email pemohon', ke: 'selesai', kondisi: 'adaEmail' },
				{ kode: 'serahkan', label: 'Serahkan akta cetak fisik', ke: 'selesai', kondisi: '!adaEmail' },
			],
		},
	],
}
