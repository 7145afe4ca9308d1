import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P2.2.2 Laporan Keuangan: the BPKA (bidang akuntansi) asks for the report, the office's finance
 * subbag coordinates, compiles and sends it, the BPKA reviews it (not yet right → back to the office;
 * right → followed up). The PPK-SKPD compiles the SKPD's financial statements and records the BPKA's
 * steps.
 */
export const P2_2_2: Definisi = {
	kode: 'P2.2.2',
	versi: 1,
	nama: 'Laporan Keuangan',
	area: 'P2',
	jenisSubjek: 'laporan-keuangan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P2.2.2',
	catatan: catatanManajemen('tenggat penyampaian laporan keuangan SKPD dari BPKA; tahap BPKA diberi tenggat pantauan.'),
	aktor: ['BPKA', 'SUBBAG KEUANGAN'],
	mulai: 'surat-permintaan',
	langkah: [
		{
			kode: 'surat-permintaan',
			kegiatan: 'Mengirimkan surat permintaan penyusunan laporan keuangan ke perangkat daerah.',
			aktor: ['BPKA'],
			pelaksana: { jenis: 'eksternal', pihak: 'BPKA', dicatatOleh: 'ppk-skpd' },
			kelengkapan: 'Jadwal penyusunan laporan keuangan',
			waktu: { hariKerja: 1 },
			output: 'Surat permintaan penyusunan laporan keuangan',
			aksi: [{ kode: 'teruskan', label: 'Surat permintaan diterima', ke: 'koordinasi' }],
		},
		{
			kode: 'koordinasi',
			kegiatan: 'Menerima surat dan berkoordinasi dengan bidang dan sub bagian pelaporan untuk mengumpulkan data dan informasi.',
			aktor: ['SUBBAG KEUANGAN'],
			pelaksana: { jenis: 'peran', peran: 'ppk-skpd' },
			kelengkapan: 'Surat permintaan penyusunan laporan keuangan',
			waktu: { hariKerja: 3 },
			output: 'Data dan informasi keuangan terkumpul',
			aksi: [{ kode: 'teruskan', label: 'Data terkumpul', ke: 'himpun-kirim' }],
		},
		{
			kode: 'himpun-kirim',
			kegiatan: 'Menghimpun data, mengolah dan mengirimkan laporan ke BPKA bidang akuntansi.',
			aktor: ['SUBBAG KEUANGAN'],
			pelaksana: { jenis: 'peran', peran: 'ppk-skpd' },
			kelengkapan: 'Data dan informasi keuangan terkumpul',
			waktu: { hariKerja: 5 },
			output: 'Laporan keuangan perangkat daerah',
			aksi: [{ kode: 'ajukan', label: 'Kirim laporan ke BPKA', ke: 'review' }],
		},
		{
			kode: 'review',
			kegiatan:
				'Menerima dan mereview laporan; apabila belum sesuai dikembalikan ke perangkat daerah untuk dilengkapi, apabila sudah sesuai laporan ditindaklanjuti.',
			aktor: ['BPKA'],
			pelaksana: { jenis: 'eksternal', pihak: 'BPKA', dicatatOleh: 'ppk-skpd' },
			kelengkapan: 'Laporan keuangan perangkat daerah',
			waktu: { hariKerja: 10 },
			output: 'Laporan keuangan yang sudah sesuai',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'selesaikan', label: 'Sesuai, laporan ditindaklanjuti', ke: 'selesai' },
				{ kode: 'kembalikan', label: 'Belum sesuai, kembalikan untuk dilengkapi', ke: 'himpun-kirim', wajibAlasan: true },
			],
		},
	],
}
