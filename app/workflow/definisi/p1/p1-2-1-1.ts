import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P1.2.1.1 Pelayanan Surat Keluar: the Kepala OPD (Kadis) orders a letter, tata usaha drafts it, the
 * Kadis verifies (not agreed → revised by tata usaha; agreed → signed), tata usaha numbers and
 * stamps it, the caraka delivers it.
 */
export const P1_2_1_1: Definisi = {
	kode: 'P1.2.1.1',
	versi: 1,
	nama: 'Pelayanan Surat Keluar',
	area: 'P1',
	jenisSubjek: 'surat-keluar',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P1.2.1.1',
	catatan: catatanManajemen('tata naskah dinas; setiap tahap selesai paling lama 1 hari kerja agar surat tidak tertahan.'),
	aktor: ['KADIS', 'TATA USAHA', 'CARAKA'],
	mulai: 'perintah',
	langkah: [
		{
			kode: 'perintah',
			kegiatan: 'Memerintahkan pembuatan surat.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Pokok surat yang akan dibuat',
			waktu: { hariKerja: 1 },
			output: 'Perintah pembuatan surat',
			aksi: [{ kode: 'teruskan', label: 'Perintahkan pembuatan surat', ke: 'buat-draft' }],
		},
		{
			kode: 'buat-draft',
			kegiatan: 'Membuat draft surat dan menyerahkannya kepada Kepala OPD.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Perintah pembuatan surat',
			waktu: { hariKerja: 1 },
			output: 'Draft surat',
			aksi: [{ kode: 'ajukan', label: 'Serahkan draft ke Kepala OPD', ke: 'verifikasi-draft' }],
		},
		{
			kode: 'verifikasi-draft',
			kegiatan: 'Memverifikasi draft surat; apabila tidak setuju dikembalikan untuk direvisi, apabila setuju menandatangani surat tersebut.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Draft surat',
			waktu: { hariKerja: 1 },
			output: 'Surat yang telah ditandatangani',
			keputusan: 'setuju?',
			aksi: [
				{ kode: 'setujui', label: 'Setuju, tandatangani surat', ke: 'beri-nomor', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Tidak setuju, kembalikan untuk revisi', ke: 'buat-draft', wajibAlasan: true },
			],
		},
		{
			kode: 'beri-nomor',
			kegiatan: 'Memberi nomor agenda surat dan membubuhkan stempel.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Surat yang telah ditandatangani',
			waktu: { hariKerja: 1 },
			output: 'Surat bernomor agenda dan berstempel',
			aksi: [{ kode: 'teruskan', label: 'Diberi nomor dan stempel, serahkan ke caraka', ke: 'distribusi' }],
		},
		{
			kode: 'distribusi',
			kegiatan: 'Mendistribusikan surat ke tempat yang dituju.',
			aktor: ['CARAKA'],
			pelaksana: { jenis: 'peran', peran: 'caraka' },
			kelengkapan: 'Surat bernomor agenda dan berstempel',
			waktu: { hariKerja: 1 },
			output: 'Surat diterima oleh tujuan',
			aksi: [{ kode: 'selesaikan', label: 'Surat sudah diantar', ke: 'selesai' }],
		},
	],
}
