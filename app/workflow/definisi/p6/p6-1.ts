import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P6.1 Pengelolaan Jaringan dan Sistem: a SIAK user reports a problem, the PIAK official (Kasi
 * SIAK) sorts it: a local network/system problem goes to the sekretariat or the
 * provider/vendor/Diskominfo (with a replacement device from Bidang PIAK when one is needed), a
 * problem within the centre's authority goes to the Ditjen Dukcapil; the result is checked
 * internally (not yet solved → sorted again) and the reporter is told the system works again.
 */
export const P6_1: Definisi = {
	kode: 'P6.1',
	versi: 1,
	nama: 'Pengelolaan Jaringan dan Sistem',
	area: 'P6',
	jenisSubjek: 'gangguan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P6.1',
	catatan: catatanManajemen('gangguan layanan ditangani pada hari kerja yang sama bila lokal; tahap vendor dan Ditjen Dukcapil diberi tenggat pantauan.'),
	aktor: ['PELAPOR', 'PEJABAT BIDANG PIAK', 'BIDANG PIAK', 'VENDOR/DISKOMINFO', 'DITJEN DUKCAPIL'],
	mulai: 'lapor',
	langkah: [
		{
			kode: 'lapor',
			kegiatan: 'Menyampaikan kendala dalam pelayanan harian.',
			aktor: ['PELAPOR'],
			pelaksana: { jenis: 'pengguna', kunci: 'pemrakarsa' },
			kelengkapan: 'Uraian kendala jaringan atau sistem SIAK',
			waktu: { hariKerja: 1 },
			output: 'Laporan kendala',
			aksi: [{ kode: 'ajukan', label: 'Laporkan kendala', ke: 'pilah' }],
		},
		{
			kode: 'pilah',
			kegiatan:
				'Menentukan dan memilah jenis kendala layanan, apakah berada di lingkungan internal jaringan dan sistem lokal atau di luar (kewenangan Pusat).',
			aktor: ['PEJABAT BIDANG PIAK'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KABID-PIAK' },
			kelengkapan: 'Laporan kendala',
			waktu: { hariKerja: 1 },
			output: 'Jenis dan lokasi kendala',
			keputusan: 'lokal atau pusat?',
			aksi: [
				{ kode: 'teruskan', label: 'Kendala lokal, teruskan ke penanganan jaringan/sistem', ke: 'teruskan-lokal', kondisi: 'gangguanLokal' },
				{ kode: 'teruskan', label: 'Kendala kewenangan Pusat, hubungi Ditjen Dukcapil', ke: 'hubungi-pusat', kondisi: '!gangguanLokal' },
			],
		},
		{
			kode: 'teruskan-lokal',
			kegiatan: 'Meneruskan kendala ke sekretariat atau provider/vendor/dinas kominfo yang menangani jaringan atau sistemnya.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Jenis dan lokasi kendala',
			waktu: { hariKerja: 1 },
			output: 'Kendala diteruskan kepada penangan',
			aksi: [{ kode: 'teruskan', label: 'Diteruskan ke penangan', ke: 'tangani-lokal' }],
		},
		{
			kode: 'tangani-lokal',
			kegiatan: 'Menangani kendala jaringan atau sistem lokal; menyampaikan bila diperlukan penggantian perangkat.',
			aktor: ['VENDOR/DISKOMINFO'],
			pelaksana: { jenis: 'eksternal', pihak: 'Vendor/Diskominfo', dicatatOleh: 'piak' },
			kelengkapan: 'Kendala diteruskan kepada penangan',
			waktu: { hariKerja: 2 },
			output: 'Hasil penanganan kendala',
			keputusan: 'perlu ganti perangkat?',
			aksi: [
				{ kode: 'teruskan', label: 'Ditangani, cek secara internal', ke: 'cek-internal', kondisi: '!perluGantiPerangkat' },
				{ kode: 'teruskan', label: 'Perlu penggantian perangkat', ke: 'sediakan-perangkat', kondisi: 'perluGantiPerangkat' },
			],
		},
		{
			kode: 'sediakan-perangkat',
			kegiatan: 'Menyediakan perangkat keras pengganti dan menyerahkannya ke provider/vendor/dinas kominfo untuk dilakukan penggantian.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Hasil penanganan kendala',
			waktu: { hariKerja: 2 },
			output: 'Perangkat keras pengganti diserahkan',
			aksi: [{ kode: 'teruskan', label: 'Perangkat pengganti diserahkan', ke: 'ganti-perangkat' }],
		},
		{
			kode: 'ganti-perangkat',
			kegiatan: 'Melakukan penggantian perangkat.',
			aktor: ['VENDOR/DISKOMINFO'],
			pelaksana: { jenis: 'eksternal', pihak: 'Vendor/Diskominfo', dicatatOleh: 'piak' },
			kelengkapan: 'Perangkat keras pengganti diserahkan',
			waktu: { hariKerja: 1 },
			output: 'Perangkat terpasang',
			aksi: [{ kode: 'teruskan', label: 'Perangkat diganti, cek secara internal', ke: 'cek-internal' }],
		},
		{
			kode: 'hubungi-pusat',
			kegiatan:
				'Menghubungi Direktorat Jenderal Kependudukan dan Pencatatan Sipil untuk mencari informasi serta solusi dari kendala yang terjadi.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Jenis dan lokasi kendala',
			waktu: { hariKerja: 1 },
			output: 'Kendala disampaikan kepada Ditjen Dukcapil',
			aksi: [{ kode: 'teruskan', label: 'Kendala disampaikan ke Ditjen Dukcapil', ke: 'solusi-pusat' }],
		},
		{
			kode: 'solusi-pusat',
			kegiatan: 'Memberikan tindak lanjut dan solusi atas kendala.',
			aktor: ['DITJEN DUKCAPIL'],
			pelaksana: { jenis: 'eksternal', pihak: 'Ditjen Dukcapil', dicatatOleh: 'piak' },
			kelengkapan: 'Kendala disampaikan kepada Ditjen Dukcapil',
			waktu: { hariKerja: 3 },
			output: 'Tindak lanjut dan solusi dari Ditjen Dukcapil',
			aksi: [{ kode: 'teruskan', label: 'Solusi diterima, cek secara internal', ke: 'cek-internal' }],
		},
		{
			kode: 'cek-internal',
			kegiatan: 'Mengecek penyelesaian secara internal untuk memastikan bahwa kendala yang dihadapi telah berhasil diatasi.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Hasil penanganan atau solusi',
			waktu: { hariKerja: 1 },
			output: 'Jaringan dan sistem kembali berfungsi',
			keputusan: 'teratasi?',
			aksi: [
				{ kode: 'teruskan', label: 'Teratasi, konfirmasi ke pelapor', ke: 'konfirmasi', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Belum teratasi, pilah ulang', ke: 'pilah', wajibAlasan: true },
			],
		},
		{
			kode: 'konfirmasi',
			kegiatan: 'Mengkonfirmasi kepada pelapor bahwa sistem telah berjalan normal kembali.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Jaringan dan sistem kembali berfungsi',
			waktu: { hariKerja: 1 },
			output: 'Pelapor menerima konfirmasi',
			aksi: [{ kode: 'selesaikan', label: 'Pelapor dikonfirmasi', ke: 'selesai' }],
		},
	],
}
