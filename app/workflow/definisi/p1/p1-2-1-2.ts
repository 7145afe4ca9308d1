import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P1.2.1.2 Pelayanan Surat Masuk: tata usaha receives and enters the letter, the Kepala OPD (Kadis)
 * disposes it to the sekretaris, the sekretaris hands the file back to tata usaha, the caraka
 * delivers it to the addressees of the disposition. The disposition tree itself lives in the
 * disposisi component; this definition is the letter's path.
 */
export const P1_2_1_2: Definisi = {
	kode: 'P1.2.1.2',
	versi: 1,
	nama: 'Pelayanan Surat Masuk',
	area: 'P1',
	jenisSubjek: 'surat-masuk',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P1.2.1.2',
	catatan: catatanManajemen('tata naskah dinas; setiap tahap selesai paling lama 1 hari kerja agar disposisi tidak tertahan.'),
	aktor: ['TATA USAHA', 'KADIS', 'SEKRETARIS', 'CARAKA'],
	mulai: 'terima-entri',
	langkah: [
		{
			kode: 'terima-entri',
			kegiatan: 'Menerima surat dari OPD / masyarakat / lembaga lain dan mengentri surat melalui sistem.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Surat masuk',
			waktu: { hariKerja: 1 },
			output: 'Surat masuk tercatat di sistem',
			aksi: [{ kode: 'teruskan', label: 'Teruskan ke Kepala OPD', ke: 'disposisi' }],
		},
		{
			kode: 'disposisi',
			kegiatan: 'Menerima surat dan melakukan pendisposisian yang diteruskan ke sekretaris.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Surat masuk tercatat di sistem',
			waktu: { hariKerja: 1 },
			output: 'Lembar disposisi',
			aksi: [{ kode: 'disposisi', label: 'Disposisi ke sekretaris', ke: 'tindak-lanjut-sekretaris' }],
		},
		{
			kode: 'tindak-lanjut-sekretaris',
			kegiatan: 'Menerima disposisi dan menyerahkan berkas surat kepada tata usaha.',
			aktor: ['SEKRETARIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'SEKRETARIS' },
			kelengkapan: 'Surat masuk dan lembar disposisi',
			waktu: { hariKerja: 1 },
			output: 'Berkas surat dengan disposisi',
			aksi: [{ kode: 'teruskan', label: 'Serahkan berkas ke tata usaha', ke: 'terima-berkas' }],
		},
		{
			kode: 'terima-berkas',
			kegiatan: 'Menerima berkas surat dari sekretaris.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Berkas surat dengan disposisi',
			waktu: { hariKerja: 1 },
			output: 'Berkas surat siap diantar',
			aksi: [{ kode: 'teruskan', label: 'Serahkan ke caraka', ke: 'antar' }],
		},
		{
			kode: 'antar',
			kegiatan: 'Menyerahkan surat sesuai dengan tujuan disposisi.',
			aktor: ['CARAKA'],
			pelaksana: { jenis: 'peran', peran: 'caraka' },
			kelengkapan: 'Berkas surat siap diantar',
			waktu: { hariKerja: 1 },
			output: 'Surat diterima tujuan disposisi',
			aksi: [{ kode: 'selesaikan', label: 'Surat sudah diserahkan', ke: 'selesai' }],
		},
	],
}
