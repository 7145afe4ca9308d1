import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'
import { langkahAjukanPemohon, langkahCetak, langkahSerahkan, langkahTtePejabatPencatatanSipil, langkahVerifikasiKasiKabid } from '../langkah-umum'

/**
 * P5.8 Penerbitan Kutipan Kedua Akta Pencatatan Sipil (a damaged or lost akta, with a police
 * report): the front office checks completeness (incomplete → back to the pemohon); for an akta
 * from another regency the Koordinator (Kasi/Kabid) first asks its issuing Dispendukcapil to
 * confirm its validity (recorded as the "Dukcapil asal" party; invalid → rejected); the front
 * office enters the data in SIAK, the Kasi/Kabid verifies it through SIAK terpusat and asks the
 * Pejabat Pencatatan Sipil (Kadis) for the TTE, the operator SIAK prints the second extract and the
 * operator pengambilan hands it over.
 */
export const P5_8: Definisi = {
	kode: 'P5.8',
	versi: 1,
	nama: 'Penerbitan Kutipan Kedua Akta Pencatatan Sipil',
	area: 'P5',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P5.8',
	catatan: `${CATATAN_LAYANAN} Konfirmasi keabsahan dari Dispendukcapil penerbit diukur dalam hari kerja karena berada di luar kantor.`,
	aktor: ['PEMOHON', 'PETUGAS FRONT OFFICE', 'KASI/KABID', 'DISPENDUKCAPIL PENERBIT', 'KADIS', 'OPERATOR SIAK', 'OPERATOR PENGAMBILAN'],
	mulai: 'ajukan',
	langkah: [
		langkahAjukanPemohon({
			kegiatan:
				'Mengajukan permohonan layanan penerbitan kutipan kedua akta pencatatan sipil yang rusak atau hilang dengan melengkapi persyaratan, setelah mendapatkan surat keterangan hilang dari kantor polisi.',
			kelengkapan: 'Surat keterangan hilang dari kepolisian atau akta yang rusak, dan persyaratan penerbitan kutipan kedua',
			ke: 'verifikasi-kelengkapan',
		}),
		{
			kode: 'verifikasi-kelengkapan',
			kegiatan: 'Memeriksa kelengkapan berkas; untuk akta luar daerah keabsahannya dikonfirmasi lebih dahulu ke Dispendukcapil penerbit.',
			aktor: ['PETUGAS FRONT OFFICE'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan',
			waktu: { menit: 10 },
			output: 'Berkas permohonan lengkap',
			keputusan: 'akta luar daerah?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, akta daerah sendiri: input data', ke: 'input-siak', kondisi: '!aktaLuarDaerah' },
				{ kode: 'konfirmasi-keabsahan', label: 'Lengkap, akta luar daerah: minta konfirmasi keabsahan', ke: 'surat-keabsahan', kondisi: 'aktaLuarDaerah' },
				{ kode: 'kembalikan', label: 'Belum lengkap, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'surat-keabsahan',
			kegiatan: 'Mengirimkan surat keabsahan ke Dispendukcapil penerbit akta.',
			aktor: ['KASI/KABID'],
			pelaksana: { jenis: 'kepala-unit-subjek' },
			kelengkapan: 'Berkas permohonan lengkap',
			waktu: { menit: 10 },
			output: 'Surat permintaan konfirmasi keabsahan akta',
			aksi: [{ kode: 'teruskan', label: 'Surat keabsahan terkirim', ke: 'konfirmasi-penerbit' }],
		},
		{
			kode: 'konfirmasi-penerbit',
			kegiatan: 'Memberikan konfirmasi keabsahan akta.',
			aktor: ['DISPENDUKCAPIL PENERBIT'],
			pelaksana: { jenis: 'eksternal', pihak: 'Dukcapil asal', dicatatOleh: 'kasi' },
			kelengkapan: 'Surat permintaan konfirmasi keabsahan akta',
			waktu: { hariKerja: 3 },
			output: 'Konfirmasi keabsahan akta',
			keputusan: 'sah?',
			aksi: [
				{ kode: 'teruskan', label: 'Akta sah, input data', ke: 'input-siak' },
				{ kode: 'tolak', label: 'Akta tidak sah, tolak permohonan', ke: 'ditolak', wajibAlasan: true },
			],
		},
		{
			kode: 'input-siak',
			kegiatan: 'Menginput data di aplikasi SIAK dan mengajukannya kepada subkoordinator/Bidang Pelayanan Pencatatan Sipil (Kasi dan Kabid).',
			aktor: ['PETUGAS FRONT OFFICE'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan lengkap; konfirmasi keabsahan untuk akta luar daerah',
			waktu: { menit: 10 },
			output: 'Data permohonan terinput di SIAK terpusat',
			aksi: [{ kode: 'ajukan', label: 'Ajukan kepada verifikator', ke: 'verifikasi' }],
		},
		langkahVerifikasiKasiKabid({
			kode: 'verifikasi',
			kegiatan: 'Memverifikasi berkas permohonan melalui SIAK terpusat untuk diajukan permohonan TTE kepada Pejabat Pencatatan Sipil (Kadis).',
			kelengkapan: 'Data permohonan terinput di SIAK terpusat',
			output: 'Berkas permohonan terverifikasi dan permohonan TTE',
			kembali: { label: 'Kembalikan ke front office', ke: 'input-siak' },
		}),
		langkahTtePejabatPencatatanSipil({
			kelengkapan: 'Berkas permohonan terverifikasi dan permohonan TTE',
			ke: 'cetak',
			kembaliKe: 'verifikasi',
		}),
		langkahCetak({
			kegiatan: 'Mencetak dokumen berupa kutipan kedua akta pencatatan sipil.',
			kelengkapan: 'Dokumen elektronik tervalidasi TTE',
			waktu: { menit: 10 },
			output: 'Kutipan kedua akta pencatatan sipil',
			ke: 'serahkan',
		}),
		langkahSerahkan({
			kegiatan: 'Menyerahkan kutipan kedua akta pencatatan sipil kepada pemohon.',
			kelengkapan: 'Kutipan kedua akta pencatatan sipil',
			waktu: { menit: 5 },
			output: 'Kutipan kedua akta diterima pemohon',
		}),
	],
}
