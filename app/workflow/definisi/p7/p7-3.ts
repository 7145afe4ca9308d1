import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P7.3 Fasilitasi Inovasi Layanan: the Kadis gathers the staff's proposals and disposes an initial
 * idea to Bidang PIAK, which studies whether it can be applied (no → rejected) and chooses
 * swakelola or a third party. Swakelola: the bidang proposes a drafting team, the Kadis adjusts and
 * appoints it by decree, the team drafts the innovation and the Kadis approves it. Third party:
 * procurement through SPSE, the chosen provider builds the tools, Bidang PIAK checks them. Both
 * outcomes are socialised to the public.
 */
export const P7_3: Definisi = {
	kode: 'P7.3',
	versi: 1,
	nama: 'Fasilitasi Inovasi Layanan',
	area: 'P7',
	jenisSubjek: 'inovasi-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P7.3',
	catatan: catatanManajemen('tahap kajian dan persetujuan paling lama 5 hari kerja; pengadaan mengikuti jadwal SPSE dan pembuatan tools mengikuti kontrak.'),
	aktor: ['KADIS', 'BIDANG PIAK', 'TIM INOVASI', 'REKANAN'],
	mulai: 'jaring-usulan',
	langkah: [
		{
			kode: 'jaring-usulan',
			kegiatan:
				'Menjaring usulan serta saran dari para staf (bottom-up approach) untuk sebuah inovasi layanan adminduk dan memberikan instruksi atau disposisi atas gagasan awal ke bidang PIAK.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Usulan dan saran para staf',
			waktu: { hariKerja: 5 },
			output: 'Disposisi gagasan awal inovasi layanan',
			aksi: [{ kode: 'disposisi', label: 'Disposisi gagasan ke bidang PIAK', ke: 'teliti' }],
		},
		{
			kode: 'teliti',
			kegiatan: 'Meneliti apakah gagasan dapat diterapkan sesuai ketentuan dan peraturan, dengan melihat jenis dan cakupan inovasi layanan.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Disposisi gagasan awal inovasi layanan',
			waktu: { hariKerja: 5 },
			output: 'Hasil kajian kelayakan gagasan',
			keputusan: 'dapat diterapkan?',
			aksi: [
				{ kode: 'teruskan', label: 'Dapat diterapkan, tentukan metode', ke: 'tentukan-metode' },
				{ kode: 'tolak', label: 'Tidak dapat diterapkan', ke: 'ditolak', wajibAlasan: true },
			],
		},
		{
			kode: 'tentukan-metode',
			kegiatan: 'Menentukan apakah teknis pelaksanaan inovasi cukup dilaksanakan dengan metode swakelola atau melalui rekanan/pihak ketiga.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Hasil kajian kelayakan gagasan',
			waktu: { hariKerja: 2 },
			output: 'Metode pelaksanaan inovasi',
			keputusan: 'swakelola atau rekanan?',
			aksi: [
				{ kode: 'teruskan', label: 'Swakelola, usulkan tim penyusun', ke: 'usul-tim', kondisi: 'swakelola' },
				{ kode: 'teruskan', label: 'Melalui rekanan, laksanakan pengadaan', ke: 'pengadaan', kondisi: '!swakelola' },
			],
		},
		{
			kode: 'usul-tim',
			kegiatan: 'Mengusulkan pembentukan tim penyusun kepada Kepala Dinas.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Metode pelaksanaan inovasi',
			waktu: { hariKerja: 3 },
			output: 'Usulan pembentukan tim penyusun',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke Kepala Dinas', ke: 'tetapkan-tim' }],
		},
		{
			kode: 'tetapkan-tim',
			kegiatan:
				'Menyetujui usulan dan menetapkan Surat Keputusan Tim Inovasi; apabila diperlukan penyesuaian usulan dikembalikan ke bidang PIAK untuk diperbaiki.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Usulan pembentukan tim penyusun',
			waktu: { hariKerja: 5 },
			output: 'Surat Keputusan Tim Inovasi',
			keputusan: 'perlu penyesuaian?',
			aksi: [
				{ kode: 'setujui', label: 'Setujui dan tetapkan SK Tim Inovasi', ke: 'susun-rancangan', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Perlu penyesuaian, kembalikan ke bidang PIAK', ke: 'usul-tim', wajibAlasan: true },
			],
		},
		{
			kode: 'susun-rancangan',
			kegiatan: 'Menyusun rancangan inovasi layanan adminduk.',
			aktor: ['TIM INOVASI'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Surat Keputusan Tim Inovasi',
			waktu: { hariKerja: 10 },
			output: 'Rancangan inovasi layanan adminduk',
			aksi: [{ kode: 'ajukan', label: 'Ajukan persetujuan Kepala Dinas', ke: 'setujui-rancangan' }],
		},
		{
			kode: 'setujui-rancangan',
			kegiatan: 'Memberikan persetujuan atas rancangan inovasi layanan adminduk.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Rancangan inovasi layanan adminduk',
			waktu: { hariKerja: 5 },
			output: 'Rancangan inovasi yang disetujui',
			aksi: [
				{ kode: 'setujui', label: 'Setujui rancangan inovasi', ke: 'sosialisasi', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke tim inovasi untuk perbaikan', ke: 'susun-rancangan', wajibAlasan: true },
			],
		},
		{
			kode: 'pengadaan',
			kegiatan:
				'Melaksanakan pengadaan langsung rekanan/pihak ketiga mengikuti proses yang berlaku di Sistem Pengadaan Secara Elektronik (SPSE).',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Metode pelaksanaan inovasi',
			waktu: { hariKerja: 20 },
			output: 'Rekanan terpilih',
			aksi: [{ kode: 'teruskan', label: 'Rekanan terpilih', ke: 'buat-tools' }],
		},
		{
			kode: 'buat-tools',
			kegiatan: 'Membuat tools untuk inovasi layanan adminduk, baik berupa aplikasi, sistem layanan web-based dan lain-lain.',
			aktor: ['REKANAN'],
			pelaksana: { jenis: 'eksternal', pihak: 'Penyedia', dicatatOleh: 'piak' },
			kelengkapan: 'Kontrak dengan rekanan terpilih',
			waktu: { hariKerja: 30 },
			output: 'Tools inovasi layanan adminduk',
			aksi: [{ kode: 'teruskan', label: 'Tools diserahkan', ke: 'cek-kelayakan' }],
		},
		{
			kode: 'cek-kelayakan',
			kegiatan: 'Mengecek kelayakan tools secara internal.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Tools inovasi layanan adminduk',
			waktu: { hariKerja: 5 },
			output: 'Tools yang layak digunakan',
			keputusan: 'layak?',
			aksi: [
				{ kode: 'teruskan', label: 'Layak, sosialisasikan', ke: 'sosialisasi' },
				{ kode: 'kembalikan', label: 'Belum layak, kembalikan ke rekanan', ke: 'buat-tools', wajibAlasan: true },
			],
		},
		{
			kode: 'sosialisasi',
			kegiatan: 'Mensosialisasikan keluaran inovasi layanan adminduk secara terbuka kepada publik untuk pemanfaatannya.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Rancangan inovasi yang disetujui atau tools yang layak digunakan',
			waktu: { hariKerja: 5 },
			output: 'Inovasi layanan adminduk tersosialisasi',
			aksi: [{ kode: 'selesaikan', label: 'Inovasi disosialisasikan', ke: 'selesai' }],
		},
	],
}
