import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahInputSiak, langkahSerahkan, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid, langkahVerifikasiKelengkapanP5 } from '../langkah-umum'

/**
 * P5.7 Pencatatan Pengangkatan, Pengakuan, Pengesahan Anak (after the PN/PA decision): the front
 * office checks completeness (incomplete → back to the pemohon), the operator SIAK enters the file
 * and asks the Koordinator/Bidang Pelayanan Pencatatan Sipil (Kasi/Kabid) for printing, the
 * verifikator checks it through SIAK terpusat and asks the Pejabat Pencatatan Sipil (Kadis) for the
 * TTE, the operator SIAK prints the catatan pinggir and kutipan for the kind of event, and the
 * operator pengambilan hands them over. The source writes "SIAC"; SIAK is meant.
 */
export const P5_7: Definisi = {
	kode: 'P5.7',
	versi: 1,
	nama: 'Pencatatan Pengangkatan, Pengakuan dan Pengesahan Anak',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.7',
	catatan: CATATAN_LAYANAN,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'OPERATOR SIAK', 'KASI/KABID', 'KADIS', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan permohonan layanan pencatatan pengangkatan/pengakuan/pengesahan anak dengan melengkapi persyaratan, setelah mendapatkan salinan putusan pengadilan dari Pengadilan Negeri/Pengadilan Agama.',
			kelengkapan: 'Salinan putusan Pengadilan Negeri/Pengadilan Agama dan persyaratan pencatatan',
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
			kegiatan:
				'Mencetak dokumen: pengangkatan anak berupa catatan pinggir pada register dan kutipan akta kelahiran; pengakuan anak berupa catatan pinggir pada register dan kutipan akta kelahiran serta register dan kutipan akta pengakuan anak; pengesahan anak berupa catatan pinggir pada register dan kutipan akta kelahiran serta kutipan akta pengesahan anak.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Kutipan akta kelahiran dengan catatan pinggir dan kutipan akta pengakuan/pengesahan anak',
			ke: 'serahkan',
		}),
		langkahSerahkan({
			kegiatan:
				'Menyerahkan kutipan akta kepada pemohon: pengangkatan anak berupa kutipan akta kelahiran; pengakuan anak berupa kutipan akta kelahiran dan kutipan akta pengakuan anak; pengesahan anak berupa kutipan akta kelahiran dan kutipan akta pengesahan anak.',
			kelengkapan: 'Kutipan akta kelahiran dengan catatan pinggir dan kutipan akta pengakuan/pengesahan anak',
			waktu: { menit: 5 },
			output: 'Kutipan akta diterima pemohon',
		}),
	],
}
