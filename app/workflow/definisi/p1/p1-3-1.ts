import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P1.3.1 Kenaikan Pangkat / Pengajuan Cuti / Pensiun: the pegawai proposes, the staff handling
 * personnel ("tata usaha" in the process map; the kepegawaian role here) gathers and verifies the
 * data and sends it to the BKD, the BKD verifies, and the result comes back: incomplete → back to
 * the pegawai, complete → the decree is handed over.
 */
export const P1_3_1: Definisi = {
	kode: 'P1.3.1',
	versi: 1,
	nama: 'Kenaikan Pangkat / Pengajuan Cuti / Pensiun',
	area: 'P1',
	jenisSubjek: 'usulan-kepegawaian',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P1.3.1',
	catatan: catatanManajemen('jadwal usulan kepegawaian BKD; tahap BKD diberi tenggat pantauan.'),
	aktor: ['PEGAWAI', 'TATA USAHA', 'BKD'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan: 'Mengajukan usulan kenaikan pangkat / pengajuan cuti / pensiun.',
			aktor: ['PEGAWAI'],
			pelaksana: { jenis: 'pengguna', kunci: 'pemrakarsa' },
			kelengkapan: 'Berkas persyaratan usulan',
			waktu: { hariKerja: 1 },
			output: 'Usulan kenaikan pangkat / cuti / pensiun',
			aksi: [{ kode: 'ajukan', label: 'Ajukan usulan', ke: 'himpun' }],
		},
		{
			kode: 'himpun',
			kegiatan: 'Menghimpun dan memverifikasi data usulan dan mengajukannya ke BKD.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'kepegawaian' },
			kelengkapan: 'Usulan kenaikan pangkat / cuti / pensiun',
			waktu: { hariKerja: 3 },
			output: 'Usulan terverifikasi yang diajukan ke BKD',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke BKD', ke: 'verifikasi-bkd' }],
		},
		{
			kode: 'verifikasi-bkd',
			kegiatan: 'Memverifikasi usulan kenaikan pangkat / pengajuan cuti / pensiun.',
			aktor: ['BKD'],
			pelaksana: { jenis: 'eksternal', pihak: 'BKD', dicatatOleh: 'kepegawaian' },
			kelengkapan: 'Usulan terverifikasi yang diajukan ke BKD',
			waktu: { hariKerja: 10 },
			output: 'Hasil verifikasi BKD',
			aksi: [{ kode: 'teruskan', label: 'Hasil verifikasi BKD diterima', ke: 'sampaikan-hasil' }],
		},
		{
			kode: 'sampaikan-hasil',
			kegiatan:
				'Menerima dan menyampaikan hasil verifikasi dari BKD; apabila berkas belum lengkap diserahkan ke pegawai untuk dilengkapi, apabila berkas lengkap surat keputusan diberikan kepada pegawai.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'kepegawaian' },
			kelengkapan: 'Hasil verifikasi BKD',
			waktu: { hariKerja: 1 },
			output: 'Surat keputusan diterima pegawai',
			keputusan: 'berkas lengkap?',
			aksi: [
				{ kode: 'selesaikan', label: 'Lengkap, serahkan surat keputusan', ke: 'selesai', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Belum lengkap, kembalikan ke pegawai', ke: 'ajukan', wajibAlasan: true },
			],
		},
	],
}
