import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/** P1.2.2 Kearsipan: tata usaha receives the letter, classifies it by archive code and files it. */
export const P1_2_2: Definisi = {
	kode: 'P1.2.2',
	versi: 1,
	nama: 'Kearsipan',
	area: 'P1',
	jenisSubjek: 'arsip',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P1.2.2',
	catatan: catatanManajemen('surat yang selesai ditindaklanjuti diarsipkan paling lama 3 hari kerja.'),
	aktor: ['TATA USAHA'],
	mulai: 'terima-surat',
	langkah: [
		{
			kode: 'terima-surat',
			kegiatan: 'Menerima surat yang akan diarsipkan.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Surat yang telah ditindaklanjuti',
			waktu: { hariKerja: 1 },
			output: 'Surat diterima untuk diarsipkan',
			aksi: [{ kode: 'teruskan', label: 'Diterima, klasifikasikan', ke: 'klasifikasi' }],
		},
		{
			kode: 'klasifikasi',
			kegiatan: 'Mengklasifikasikan surat sesuai kode kearsipan.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Surat diterima untuk diarsipkan; daftar kode klasifikasi arsip',
			waktu: { hariKerja: 1 },
			output: 'Surat berkode klasifikasi arsip',
			aksi: [{ kode: 'teruskan', label: 'Diklasifikasikan, simpan', ke: 'simpan' }],
		},
		{
			kode: 'simpan',
			kegiatan: 'Menyimpan surat sesuai kode di filing cabinet.',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Surat berkode klasifikasi arsip',
			waktu: { hariKerja: 1 },
			output: 'Surat tersimpan di filing cabinet sesuai kode',
			aksi: [{ kode: 'selesaikan', label: 'Disimpan', ke: 'selesai' }],
		},
	],
}
