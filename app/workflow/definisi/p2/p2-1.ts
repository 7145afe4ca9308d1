import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P2.1 Perencanaan RKA, DPA, Renja dan Renstra. The process map names only the two sub-processes
 * (Renstra, Renja and monev; RKA and DPA) and describes no steps, so this definition is the office's
 * usual path for a planning document: the planning subbag drafts it, the sekretaris verifies it, the
 * Kadis approves and signs it; each may send it back for revision.
 */
export const P2_1: Definisi = {
	kode: 'P2.1',
	versi: 1,
	nama: 'Perencanaan RKA, DPA, Renja dan Renstra',
	area: 'P2',
	jenisSubjek: 'dokumen-perencanaan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P2.1 (langkah tidak diuraikan; disusun kantor)',
	catatan: catatanManajemen('jadwal perencanaan dan penganggaran daerah; penyusunan 10 hari kerja, verifikasi dan persetujuan masing-masing 3 hari kerja.'),
	aktor: ['SUBBAG PERENCANAAN', 'SEKRETARIS', 'KADIS'],
	mulai: 'susun',
	langkah: [
		{
			kode: 'susun',
			kegiatan: 'Menyusun dokumen perencanaan: Renstra, Renja dan monev, atau RKA dan DPA.',
			aktor: ['SUBBAG PERENCANAAN'],
			pelaksana: { jenis: 'peran', peran: 'perencanaan' },
			kelengkapan: 'Bahan perencanaan dari bidang (termasuk RKBMD) dan pagu anggaran',
			waktu: { hariKerja: 10 },
			output: 'Rancangan dokumen perencanaan',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke sekretaris', ke: 'verifikasi' }],
		},
		{
			kode: 'verifikasi',
			kegiatan: 'Memverifikasi rancangan dokumen perencanaan.',
			aktor: ['SEKRETARIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'SEKRETARIS' },
			kelengkapan: 'Rancangan dokumen perencanaan',
			waktu: { hariKerja: 3 },
			output: 'Rancangan dokumen perencanaan terverifikasi',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'teruskan', label: 'Sesuai, ajukan ke Kepala Dinas', ke: 'setujui', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan untuk perbaikan', ke: 'susun', wajibAlasan: true },
			],
		},
		{
			kode: 'setujui',
			kegiatan: 'Menyetujui dan menandatangani dokumen perencanaan.',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Rancangan dokumen perencanaan terverifikasi',
			waktu: { hariKerja: 3 },
			output: 'Dokumen perencanaan yang ditetapkan',
			keputusan: 'setuju?',
			aksi: [
				{ kode: 'setujui', label: 'Setujui dan tandatangani', ke: 'selesai', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan untuk perbaikan', ke: 'susun', wajibAlasan: true },
			],
		},
	],
}
