import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

const sumber = 'Peta Proses Bisnis P1.2.2 Kearsipan; PP 28/2012 dan Jadwal Retensi Arsip (penyusutan arsip)'
const catatan = catatanManajemen(
	'penyusutan arsip menurut Jadwal Retensi Arsip (PP 28/2012); pemusnahan arsip bermasa retensi di bawah 10 tahun disetujui Kepala Daerah, 10 tahun atau lebih oleh Kepala ANRI.',
)

/** P1.2.2.1, a sub-process of P1.2.2: moving berkas whose active retention has ended to the inactive archive. */
export const ARSIP_PINDAH: Definisi = {
	kode: 'P1.2.2.1',
	versi: 1,
	nama: 'Pemindahan Arsip Inaktif',
	area: 'P1',
	jenisSubjek: 'usul-penyusutan',
	sumber,
	catatan,
	aktor: ['TATA USAHA', 'SEKRETARIS'],
	mulai: 'usul',
	langkah: [
		{
			kode: 'usul',
			kegiatan: 'Menyusun daftar arsip usul pindah dari berkas yang masa retensi aktifnya berakhir.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Daftar berkas jatuh tempo retensi aktif',
			waktu: { hariKerja: 5 },
			output: 'Daftar arsip usul pindah',
			aksi: [{ kode: 'ajukan', label: 'Ajukan daftar usul pindah', ke: 'persetujuan' }],
		},
		{
			kode: 'persetujuan',
			kegiatan: 'Memeriksa dan menyetujui daftar arsip usul pindah.',
			aktor: ['SEKRETARIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'SEKRETARIS' },
			kelengkapan: 'Daftar arsip usul pindah',
			waktu: { hariKerja: 3 },
			output: 'Daftar arsip pindah yang disetujui',
			keputusan: 'setuju?',
			aksi: [
				{ kode: 'setujui', label: 'Setujui pemindahan', ke: 'pelaksanaan' },
				{ kode: 'kembalikan', label: 'Kembalikan untuk diperbaiki', ke: 'usul', wajibAlasan: true },
			],
		},
		{
			kode: 'pelaksanaan',
			kegiatan: 'Memindahkan arsip ke penyimpanan inaktif dan membuat berita acara pemindahan.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Daftar arsip pindah yang disetujui',
			waktu: { hariKerja: 5 },
			output: 'Berita acara pemindahan arsip',
			aksi: [{ kode: 'selesaikan', label: 'Pemindahan selesai, berita acara dibuat', ke: 'selesai' }],
		},
	],
}

/**
 * P1.2.2.2, a sub-process of P1.2.2: destroying berkas whose retention has ended with nasib akhir musnah: the appraisal, the Kepala
 * Dinas's proposal, and the approval the rule names (Kepala Daerah under 10 years of retention,
 * Kepala ANRI from 10 years), recorded by the tata usaha; then the destruction and its berita acara.
 */
export const ARSIP_MUSNAH: Definisi = {
	kode: 'P1.2.2.2',
	versi: 1,
	nama: 'Pemusnahan Arsip',
	area: 'P1',
	jenisSubjek: 'usul-penyusutan',
	sumber,
	catatan,
	aktor: ['TATA USAHA', 'SEKRETARIS', 'KADIS', 'KEPALA DAERAH / KEPALA ANRI'],
	mulai: 'usul',
	langkah: [
		{
			kode: 'usul',
			kegiatan: 'Menyusun daftar arsip usul musnah dari berkas yang masa retensinya berakhir dengan nasib akhir musnah.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Daftar berkas jatuh tempo retensi inaktif',
			waktu: { hariKerja: 5 },
			output: 'Daftar arsip usul musnah',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke panitia penilai', ke: 'penilaian' }],
		},
		{
			kode: 'penilaian',
			kegiatan: 'Panitia penilai arsip menilai daftar arsip usul musnah.',
			aktor: ['SEKRETARIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'SEKRETARIS' },
			kelengkapan: 'Daftar arsip usul musnah',
			waktu: { hariKerja: 5 },
			output: 'Hasil penilaian arsip usul musnah',
			keputusan: 'layak musnah?',
			aksi: [
				{ kode: 'setujui', label: 'Layak musnah, ajukan ke Kepala Dinas', ke: 'usul-kadis' },
				{ kode: 'kembalikan', label: 'Kembalikan untuk diperbaiki', ke: 'usul', wajibAlasan: true },
			],
		},
		{
			kode: 'usul-kadis',
			kegiatan: 'Kepala Dinas menetapkan dan mengajukan usul pemusnahan kepada pejabat yang berwenang menyetujui.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Hasil penilaian arsip usul musnah',
			waktu: { hariKerja: 3 },
			output: 'Surat usul pemusnahan arsip',
			keputusan: 'retensi ≥ 10 tahun?',
			aksi: [
				{ kode: 'ajukan', label: 'Ajukan persetujuan ke Kepala ANRI', ke: 'persetujuan-anri', kondisi: 'retensiSepuluhTahun' },
				{ kode: 'ajukan', label: 'Ajukan persetujuan ke Kepala Daerah', ke: 'persetujuan-kepala-daerah', kondisi: '!retensiSepuluhTahun' },
				{ kode: 'kembalikan', label: 'Kembalikan ke panitia penilai', ke: 'penilaian', wajibAlasan: true },
			],
		},
		{
			kode: 'persetujuan-kepala-daerah',
			kegiatan: 'Kepala Daerah memberikan persetujuan pemusnahan arsip bermasa retensi di bawah 10 tahun.',
			aktor: ['KEPALA DAERAH / KEPALA ANRI'],
			pelaksana: { jenis: 'eksternal', pihak: 'Kepala Daerah', dicatatOleh: 'tata-usaha' },
			kelengkapan: 'Surat usul pemusnahan arsip',
			waktu: { hariKerja: 20 },
			output: 'Surat persetujuan pemusnahan',
			keputusan: 'disetujui?',
			aksi: [
				{ kode: 'setujui', label: 'Persetujuan Kepala Daerah diterima', ke: 'pelaksanaan' },
				{ kode: 'tolak', label: 'Kepala Daerah tidak menyetujui', ke: 'ditolak', wajibAlasan: true },
			],
		},
		{
			kode: 'persetujuan-anri',
			kegiatan: 'Kepala ANRI memberikan persetujuan pemusnahan arsip bermasa retensi 10 tahun atau lebih.',
			aktor: ['KEPALA DAERAH / KEPALA ANRI'],
			pelaksana: { jenis: 'eksternal', pihak: 'Kepala ANRI', dicatatOleh: 'tata-usaha' },
			kelengkapan: 'Surat usul pemusnahan arsip',
			waktu: { hariKerja: 30 },
			output: 'Surat persetujuan pemusnahan',
			keputusan: 'disetujui?',
			aksi: [
				{ kode: 'setujui', label: 'Persetujuan Kepala ANRI diterima', ke: 'pelaksanaan' },
				{ kode: 'tolak', label: 'Kepala ANRI tidak menyetujui', ke: 'ditolak', wajibAlasan: true },
			],
		},
		{
			kode: 'pelaksanaan',
			kegiatan: 'Memusnahkan arsip (total, disaksikan) dan membuat berita acara pemusnahan beserta daftar arsip yang dimusnahkan.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Surat persetujuan pemusnahan',
			waktu: { hariKerja: 5 },
			output: 'Berita acara pemusnahan arsip',
			aksi: [{ kode: 'selesaikan', label: 'Pemusnahan selesai, berita acara dibuat', ke: 'selesai' }],
		},
	],
}
