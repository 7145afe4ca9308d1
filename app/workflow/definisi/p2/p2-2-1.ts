import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P2.2.1 Laporan Evaluasi Kinerja, LKjIP, SAKIP dan RB: the Bagian Organisasi asks for the report,
 * the office (its planning and reporting subbag) coordinates with the bidang, who hand in their data
 * in parallel (all three needed), the subbag compiles and sends the report to the Bagian Organisasi
 * and the Inspektorat, the Inspektorat scores it and the office receives the SAKIP, RB and LKjIP
 * results.
 */
export const P2_2_1: Definisi = {
	kode: 'P2.2.1',
	versi: 1,
	nama: 'Laporan Evaluasi Kinerja, LKjIP, SAKIP dan RB',
	area: 'P2',
	jenisSubjek: 'laporan-kinerja',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P2.2.1',
	catatan: catatanManajemen('tenggat penyampaian laporan kinerja dari Bagian Organisasi; tahap Inspektorat diberi tenggat pantauan.'),
	aktor: ['BAGIAN ORGANISASI', 'SUBBAG PERENCANAAN', 'BIDANG', 'INSPEKTORAT'],
	mulai: 'surat-permintaan',
	langkah: [
		{
			kode: 'surat-permintaan',
			kegiatan: 'Mengirimkan surat permintaan penyusunan laporan evaluasi kinerja ke perangkat daerah.',
			aktor: ['BAGIAN ORGANISASI'],
			pelaksana: { jenis: 'eksternal', pihak: 'Bagian Organisasi', dicatatOleh: 'perencanaan' },
			kelengkapan: 'Jadwal penyusunan laporan kinerja',
			waktu: { hariKerja: 1 },
			output: 'Surat permintaan penyusunan laporan evaluasi kinerja',
			aksi: [{ kode: 'teruskan', label: 'Surat permintaan diterima', ke: 'koordinasi' }],
		},
		{
			kode: 'koordinasi',
			kegiatan: 'Menerima surat dan berkoordinasi dengan bidang dan sub bagian pelaporan.',
			aktor: ['SUBBAG PERENCANAAN'],
			pelaksana: { jenis: 'peran', peran: 'perencanaan' },
			kelengkapan: 'Surat permintaan penyusunan laporan evaluasi kinerja',
			waktu: { hariKerja: 2 },
			output: 'Permintaan data kinerja kepada bidang',
			aksi: [{ kode: 'teruskan', label: 'Minta data kinerja bidang', ke: 'data-bidang' }],
		},
		{
			kode: 'data-bidang',
			kegiatan: 'Menyampaikan data dan informasi kinerja bidang.',
			aktor: ['BIDANG'],
			pelaksana: { jenis: 'peran', peran: 'kabid' },
			kelengkapan: 'Permintaan data kinerja kepada bidang',
			waktu: { hariKerja: 5 },
			output: 'Data dan informasi kinerja tiap bidang',
			paralel: { jumlah: 3, kuorum: 3 },
			aksi: [{ kode: 'teruskan', label: 'Kirim data kinerja', ke: 'himpun-kirim' }],
		},
		{
			kode: 'himpun-kirim',
			kegiatan: 'Menghimpun data dan informasi untuk mengolah laporan dan mengirimkannya ke bagian organisasi dan inspektorat.',
			aktor: ['SUBBAG PERENCANAAN'],
			pelaksana: { jenis: 'peran', peran: 'perencanaan' },
			kelengkapan: 'Data dan informasi kinerja tiap bidang',
			waktu: { hariKerja: 5 },
			output: 'Laporan evaluasi kinerja, LKjIP, SAKIP dan RB',
			aksi: [{ kode: 'ajukan', label: 'Kirim ke Bagian Organisasi dan Inspektorat', ke: 'penilaian' }],
		},
		{
			kode: 'penilaian',
			kegiatan: 'Menerima dan menilai dokumen kinerja untuk menentukan hasil nilai SAKIP, RB dan LKjIP OPD.',
			aktor: ['INSPEKTORAT'],
			pelaksana: { jenis: 'eksternal', pihak: 'Inspektorat', dicatatOleh: 'perencanaan' },
			kelengkapan: 'Laporan evaluasi kinerja, LKjIP, SAKIP dan RB',
			waktu: { hariKerja: 10 },
			output: 'Hasil nilai SAKIP, RB dan LKjIP OPD',
			aksi: [{ kode: 'teruskan', label: 'Hasil penilaian diterbitkan', ke: 'terima-hasil' }],
		},
		{
			kode: 'terima-hasil',
			kegiatan: 'Menerima hasil nilai SAKIP, RB dan LKjIP OPD.',
			aktor: ['SUBBAG PERENCANAAN'],
			pelaksana: { jenis: 'peran', peran: 'perencanaan' },
			kelengkapan: 'Hasil nilai SAKIP, RB dan LKjIP OPD',
			waktu: { hariKerja: 1 },
			output: 'Hasil nilai diterima dan diarsipkan',
			aksi: [{ kode: 'selesaikan', label: 'Hasil nilai diterima', ke: 'selesai' }],
		},
	],
}
