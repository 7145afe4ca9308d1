import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P6.2 Pelayanan Informasi dan Pengaduan Masyarakat: a request or complaint is received by the
 * front office or the social media/messaging operator and passed to the PIAK administrator, who
 * sorts it: answered within Bidang PIAK, or forwarded to the technical bidang concerned (the
 * official chosen when forwarding, whose user id the complaints module keeps in the konteks as
 * `diteruskanKe`), whose answer Bidang PIAK confirms to the resident.
 */
export const P6_2: Definisi = {
	kode: 'P6.2',
	versi: 1,
	nama: 'Pelayanan Informasi dan Pengaduan Masyarakat',
	area: 'P6',
	jenisSubjek: 'pengaduan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P6.2',
	catatan: catatanManajemen('pengaduan dijawab paling lama 5 hari kerja; pengaduan yang perlu koordinasi bidang teknis diberi tambahan 3 hari kerja.'),
	aktor: ['PENDUDUK', 'PETUGAS FRONT OFFICE', 'ADMINISTRATOR BIDANG PIAK', 'BIDANG TEKNIS'],
	mulai: 'sampaikan',
	langkah: [
		{
			kode: 'sampaikan',
			kegiatan: 'Mengajukan permintaan informasi atau menyampaikan aduan perihal administrasi kependudukan.',
			aktor: ['PENDUDUK'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Permintaan informasi atau aduan',
			waktu: { hariKerja: 1 },
			output: 'Permintaan informasi atau aduan tercatat',
			aksi: [{ kode: 'ajukan', label: 'Aduan disampaikan', ke: 'terima' }],
		},
		{
			kode: 'terima',
			kegiatan:
				'Menerima permintaan informasi atau aduan (front office, media sosial atau perpesanan) dan meneruskannya ke administrator bidang PIAK.',
			aktor: ['PETUGAS FRONT OFFICE'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Permintaan informasi atau aduan tercatat',
			waktu: { hariKerja: 1 },
			output: 'Aduan diteruskan ke bidang PIAK',
			aksi: [{ kode: 'teruskan', label: 'Teruskan ke administrator bidang PIAK', ke: 'pilah' }],
		},
		{
			kode: 'pilah',
			kegiatan:
				'Mengelola dan memilah aduan sesuai kewenangan dan tugas bidang teknis yang lain atau cukup diselesaikan oleh internal bidang PIAK.',
			aktor: ['ADMINISTRATOR BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Aduan diteruskan ke bidang PIAK',
			waktu: { hariKerja: 1 },
			output: 'Aduan terpilah menurut kewenangan',
			keputusan: 'kewenangan bidang PIAK?',
			aksi: [
				{ kode: 'teruskan', label: 'Diselesaikan bidang PIAK', ke: 'jawab-piak', kondisi: 'dijawabPiak' },
				{ kode: 'teruskan', label: 'Perlu koordinasi, teruskan ke bidang teknis', ke: 'jawab-bidang', kondisi: '!dijawabPiak' },
			],
		},
		{
			kode: 'jawab-piak',
			kegiatan: 'Menjawab permintaan informasi atau aduan sesuai kewenangan, tugas dan fungsi bidang PIAK.',
			aktor: ['ADMINISTRATOR BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Aduan terpilah menurut kewenangan',
			waktu: { hariKerja: 2 },
			output: 'Jawaban diterima penduduk',
			aksi: [{ kode: 'selesaikan', label: 'Jawaban disampaikan kepada penduduk', ke: 'selesai' }],
		},
		{
			kode: 'jawab-bidang',
			kegiatan: 'Memberikan jawaban atas permintaan informasi atau aduan yang diteruskan.',
			aktor: ['BIDANG TEKNIS'],
			pelaksana: { jenis: 'pengguna', kunci: 'diteruskanKe' },
			kelengkapan: 'Aduan terpilah menurut kewenangan',
			waktu: { hariKerja: 3 },
			output: 'Jawaban bidang teknis',
			aksi: [{ kode: 'teruskan', label: 'Jawaban dikirim ke bidang PIAK', ke: 'konfirmasi' }],
		},
		{
			kode: 'konfirmasi',
			kegiatan: 'Memberikan konfirmasi atas jawaban bidang teknis kepada masyarakat yang membutuhkan.',
			aktor: ['ADMINISTRATOR BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Jawaban bidang teknis',
			waktu: { hariKerja: 1 },
			output: 'Jawaban diterima penduduk',
			aksi: [{ kode: 'selesaikan', label: 'Jawaban disampaikan kepada penduduk', ke: 'selesai' }],
		},
	],
}
