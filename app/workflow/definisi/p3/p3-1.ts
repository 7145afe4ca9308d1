import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P3.1 Penatausahaan Keuangan: the PPTK asks for a payment, the bendahara receives it and settles
 * the method (LS or GU), the PPTK prepares the accountability documents, the verifikator checks them,
 * the bendahara makes the SPP and SPM, the PPK-SKPD checks completeness (incomplete → back to the
 * bendahara or the verifikator), the bendahara sends the file to the BPKA, whose treasury division
 * processes the payment.
 */
export const P3_1: Definisi = {
	kode: 'P3.1',
	versi: 1,
	nama: 'Penatausahaan Keuangan',
	area: 'P3',
	jenisSubjek: 'pembayaran',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P3.1',
	catatan: catatanManajemen('jadwal kerja penatausahaan Subbagian Perencanaan dan Keuangan, 1 sampai 3 hari kerja per tahap; tahap BPKA diberi tenggat pantauan.'),
	aktor: ['PPTK', 'BENDAHARA', 'VERIFIKATOR', 'PPK-SKPD', 'BPKA'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan: 'Mengajukan permohonan pembayaran belanja program kegiatan.',
			aktor: ['PPTK'],
			pelaksana: { jenis: 'peran', peran: 'pptk' },
			kelengkapan: 'DPA dan rencana belanja kegiatan',
			waktu: { hariKerja: 1 },
			output: 'Permohonan pembayaran',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke bendahara', ke: 'terima' }],
		},
		{
			kode: 'terima',
			kegiatan: 'Menerima permohonan pembayaran dan berkoordinasi dengan PPTK.',
			aktor: ['BENDAHARA'],
			pelaksana: { jenis: 'peran', peran: 'bendahara' },
			kelengkapan: 'Permohonan pembayaran',
			waktu: { hariKerja: 1 },
			output: 'Permohonan pembayaran diterima',
			aksi: [{ kode: 'teruskan', label: 'Diterima, tentukan metode pembayaran', ke: 'verifikasi-metode' }],
		},
		{
			kode: 'verifikasi-metode',
			kegiatan: 'Melakukan verifikasi metode pembayaran melalui LS (langsung) atau GU (ganti uang).',
			aktor: ['BENDAHARA'],
			pelaksana: { jenis: 'peran', peran: 'bendahara' },
			kelengkapan: 'Permohonan pembayaran diterima',
			waktu: { hariKerja: 1 },
			output: 'Metode pembayaran LS atau GU',
			keputusan: 'LS atau GU?',
			aksi: [
				{ kode: 'teruskan', label: 'Metode LS (langsung)', ke: 'susun-spj', kondisi: 'pembayaranLs' },
				{ kode: 'teruskan', label: 'Metode GU (ganti uang)', ke: 'susun-spj', kondisi: '!pembayaranLs' },
			],
		},
		{
			kode: 'susun-spj',
			kegiatan: 'Menyusun dokumen pertanggungjawaban.',
			aktor: ['PPTK'],
			pelaksana: { jenis: 'peran', peran: 'pptk' },
			kelengkapan: 'Metode pembayaran LS atau GU; bukti belanja',
			waktu: { hariKerja: 3 },
			output: 'Dokumen pertanggungjawaban (SPJ)',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke verifikator', ke: 'verifikasi-spj' }],
		},
		{
			kode: 'verifikasi-spj',
			kegiatan: 'Melakukan verifikasi dokumen pertanggungjawaban kemudian menyerahkannya ke bendahara.',
			aktor: ['VERIFIKATOR'],
			pelaksana: { jenis: 'peran', peran: 'verifikator-keuangan' },
			kelengkapan: 'Dokumen pertanggungjawaban (SPJ)',
			waktu: { hariKerja: 2 },
			output: 'Dokumen pertanggungjawaban terverifikasi',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'teruskan', label: 'Terverifikasi, serahkan ke bendahara', ke: 'spp-spm', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke PPTK untuk perbaikan', ke: 'susun-spj', wajibAlasan: true },
			],
		},
		{
			kode: 'spp-spm',
			kegiatan: 'Melakukan pembayaran dengan membuat Surat Permintaan Pembayaran (SPP) dan Surat Perintah Membayar (SPM).',
			aktor: ['BENDAHARA'],
			pelaksana: { jenis: 'peran', peran: 'bendahara' },
			kelengkapan: 'Dokumen pertanggungjawaban terverifikasi',
			waktu: { hariKerja: 1 },
			output: 'SPP dan SPM',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke PPK-SKPD', ke: 'periksa' }],
		},
		{
			kode: 'periksa',
			kegiatan:
				'Memeriksa kelengkapan dokumen; apabila belum lengkap dikembalikan ke bendahara dan verifikator untuk dilengkapi, apabila lengkap diserahkan ke bendahara untuk dikirimkan ke BPKA.',
			aktor: ['PPK-SKPD'],
			pelaksana: { jenis: 'peran', peran: 'ppk-skpd' },
			kelengkapan: 'SPP, SPM dan dokumen pertanggungjawaban',
			waktu: { hariKerja: 2 },
			output: 'Dokumen pembayaran lengkap',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, serahkan ke bendahara', ke: 'kirim-bpka', kondisi: 'berkasLengkap', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Belum lengkap, kembalikan ke bendahara', ke: 'spp-spm', wajibAlasan: true },
				{ kode: 'kembalikan', label: 'Belum lengkap, kembalikan ke verifikator', ke: 'verifikasi-spj', wajibAlasan: true },
			],
		},
		{
			kode: 'kirim-bpka',
			kegiatan: 'Mengirimkan dokumen pembayaran ke BPKA.',
			aktor: ['BENDAHARA'],
			pelaksana: { jenis: 'peran', peran: 'bendahara' },
			kelengkapan: 'Dokumen pembayaran lengkap',
			waktu: { hariKerja: 1 },
			output: 'Dokumen pembayaran terkirim ke BPKA',
			aksi: [{ kode: 'teruskan', label: 'Terkirim ke BPKA', ke: 'proses-bpka' }],
		},
		{
			kode: 'proses-bpka',
			kegiatan: 'Memproses dokumen untuk dilakukan pembayaran (bidang perbendaharaan BPKA).',
			aktor: ['BPKA'],
			pelaksana: { jenis: 'eksternal', pihak: 'BPKA', dicatatOleh: 'bendahara' },
			kelengkapan: 'Dokumen pembayaran terkirim ke BPKA',
			waktu: { hariKerja: 3 },
			output: 'Dokumen diproses untuk pembayaran',
			aksi: [{ kode: 'selesaikan', label: 'Pembayaran diproses BPKA', ke: 'selesai' }],
		},
	],
}
