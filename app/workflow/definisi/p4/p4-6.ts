import { CATATAN_LAYANAN } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P4.6 Layanan Bantuan Pindah Masuk: the verifikator pendataan checks the pemohon's documents
 * against the population database and writes a cover letter, the Kadis/Kabid signs it, the verifikator
 * sends it to the origin Dukcapil, which approves (issues the SKPWNI) or refuses; after the SKPWNI
 * arrives the operator SIAK pulls the data and issues KK, KTP-el, KIA and, where missing, the birth
 * certificate. The origin Dukcapil's answer is measured in working days (outside the office).
 */
export const P4_6: Definisi = {
	kode: 'P4.6',
	versi: 1,
	nama: 'Layanan Bantuan Pindah Masuk',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P4.6',
	catatan: `${CATATAN_LAYANAN} Tanggapan Dukcapil asal diukur dalam hari kerja karena berada di luar kantor.`,
	aktor: ['PEMOHON', 'PETUGAS VERIFIKATOR PENDATAAN', 'KADIS', 'DUKCAPIL ASAL', 'OPERATOR SIAK'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan: 'Mengajukan layanan pendaftaran pindah secara online dengan melengkapi persyaratan yang telah ditentukan sesuai dengan Permendagri.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Formulir permohonan pindah dan persyaratan sesuai Permendagri',
			waktu: { menit: 5 },
			output: 'Permohonan pindah masuk',
			aksi: [{ kode: 'ajukan', label: 'Permohonan diajukan', ke: 'verifikasi' }],
		},
		{
			kode: 'verifikasi',
			kegiatan: 'Melakukan verifikasi kepemilikan dokumen dengan cara menyinkronkan data di database kependudukan.',
			aktor: ['PETUGAS VERIFIKATOR PENDATAAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Permohonan pindah masuk',
			waktu: { menit: 10 },
			output: 'Dokumen pemohon terverifikasi',
			keputusan: 'sesuai?',
			aksi: [
				{ kode: 'teruskan', label: 'Sesuai, buat surat pengantar', ke: 'buat-surat-pengantar', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Tidak sesuai, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'buat-surat-pengantar',
			kegiatan: 'Membuat surat pengantar dari Dinas untuk pengajuan pindah.',
			aktor: ['PETUGAS VERIFIKATOR PENDATAAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Dokumen pemohon terverifikasi',
			waktu: { menit: 10 },
			output: 'Konsep surat pengantar pengajuan pindah',
			aksi: [{ kode: 'ajukan', label: 'Ajukan tanda tangan', ke: 'tandatangani' }],
		},
		{
			kode: 'tandatangani',
			kegiatan: 'Menandatangani surat pengantar dari Dinas (Kadis/Kabid).',
			aktor: ['KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Konsep surat pengantar pengajuan pindah',
			waktu: { menit: 5 },
			output: 'Surat pengantar pengajuan pindah yang ditandatangani',
			aksi: [
				{ kode: 'tandatangani', label: 'Tandatangani surat pengantar', ke: 'kirim-surat', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke petugas verifikator', ke: 'buat-surat-pengantar', wajibAlasan: true },
			],
		},
		{
			kode: 'kirim-surat',
			kegiatan: 'Mengirimkan surat kepada daerah asal pemohon.',
			aktor: ['PETUGAS VERIFIKATOR PENDATAAN'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Surat pengantar pengajuan pindah yang ditandatangani',
			waktu: { menit: 5 },
			output: 'Surat pengajuan pindah terkirim ke Dukcapil asal',
			aksi: [{ kode: 'teruskan', label: 'Surat terkirim ke Dukcapil asal', ke: 'keputusan-daerah-asal' }],
		},
		{
			kode: 'keputusan-daerah-asal',
			kegiatan: 'Menerima surat pengajuan permohonan pindah; jika disetujui diterbitkan SKPWNI, jika tidak disetujui permohonan ditolak.',
			aktor: ['DUKCAPIL ASAL'],
			pelaksana: { jenis: 'eksternal', pihak: 'Dukcapil asal', dicatatOleh: 'kasi' },
			kelengkapan: 'Surat pengajuan pindah terkirim ke Dukcapil asal',
			waktu: { hariKerja: 3 },
			output: 'SKPWNI dari Dukcapil asal',
			keputusan: 'disetujui?',
			aksi: [
				{ kode: 'teruskan', label: 'Disetujui, SKPWNI diterbitkan', ke: 'tarik-data', kondisi: 'disetujuiDaerahAsal' },
				{ kode: 'tolak', label: 'Tidak disetujui Dukcapil asal', ke: 'ditolak', kondisi: '!disetujuiDaerahAsal', wajibAlasan: true },
			],
		},
		{
			kode: 'tarik-data',
			kegiatan: 'Menarik data SKPWNI dan menerbitkan KK, KTP-el, KIA maupun akta kelahiran jika belum punya.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'SKPWNI dari Dukcapil asal',
			waktu: { menit: 20 },
			output: 'KK, KTP-el, KIA dan akta kelahiran bila belum punya',
			aksi: [{ kode: 'selesaikan', label: 'Dokumen kependudukan diterbitkan', ke: 'selesai' }],
		},
	],
}
