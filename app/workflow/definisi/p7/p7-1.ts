import { catatanManajemen } from '../catatan'
import type { Definisi } from '../jenis'

/**
 * P7.1 Fasilitasi Akses Data: an institution asks for a data-use agreement (PKS). One under the
 * kepala daerah's authority goes straight to the Ditjen Dukcapil; one outside it goes first to the
 * Bagian Pemerintahan, which checks the draft PKS and whether a KSB exists; without a KSB the
 * bidang proposes a draft KSB (with the PKS) to the kepala daerah, whose disposition goes to the
 * Bagian Pemerintahan to have the KSB ratified. The PKS then goes to the Ditjen Dukcapil, is
 * adjusted to its approval, signed by both parties and handed to each. The map names Walikota
 * Pasuruan; here "Kepala Daerah".
 */
export const P7_1: Definisi = {
	kode: 'P7.1',
	versi: 1,
	nama: 'Fasilitasi Akses Data',
	area: 'P7',
	jenisSubjek: 'perjanjian-akses-data',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P7.1',
	catatan: catatanManajemen('tahap internal paling lama 3 hari kerja; tahap Bagian Pemerintahan, Kepala Daerah dan Ditjen Dukcapil diberi tenggat pantauan.'),
	aktor: ['LEMBAGA PEMOHON', 'BIDANG PIAK', 'BAGIAN PEMERINTAHAN', 'KEPALA DAERAH', 'DITJEN DUKCAPIL', 'KADIS'],
	mulai: 'ajukan',
	langkah: [
		{
			kode: 'ajukan',
			kegiatan:
				'Mengajukan permohonan perjanjian kerja sama (PKS) pemanfaatan data kependudukan kepada Kepala Daerah melalui Dinas Kependudukan dan Pencatatan Sipil.',
			aktor: ['LEMBAGA PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'piak' },
			kelengkapan: 'Surat permohonan dan draft PKS',
			waktu: { hariKerja: 1 },
			output: 'Permohonan PKS',
			aksi: [{ kode: 'ajukan', label: 'Permohonan diterima', ke: 'periksa' }],
		},
		{
			kode: 'periksa',
			kegiatan: 'Memeriksa permohonan dan menentukan apakah lembaga berada di bawah kewenangan dan tanggung jawab Kepala Daerah.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Permohonan PKS',
			waktu: { hariKerja: 2 },
			output: 'Permohonan PKS terperiksa',
			keputusan: 'dalam kewenangan Kepala Daerah?',
			aksi: [
				{ kode: 'teruskan', label: 'Di bawah kewenangan Kepala Daerah, ajukan PKS ke Ditjen Dukcapil', ke: 'ajukan-pks', kondisi: 'dalamKewenangan' },
				{ kode: 'teruskan', label: 'Di luar kewenangan Kepala Daerah, teruskan ke Bagian Pemerintahan', ke: 'teruskan-bagpem', kondisi: '!dalamKewenangan' },
				{ kode: 'kembalikan', label: 'Belum memenuhi persyaratan, kembalikan ke lembaga', ke: 'ajukan', wajibAlasan: true },
			],
		},
		{
			kode: 'teruskan-bagpem',
			kegiatan: 'Meneruskan permohonan ke Bagian Pemerintahan pada Sekretariat Daerah untuk diverifikasi draft PKS serta ketersediaan KSB-nya.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Permohonan PKS terperiksa',
			waktu: { hariKerja: 1 },
			output: 'Permohonan diteruskan ke Bagian Pemerintahan',
			aksi: [{ kode: 'teruskan', label: 'Diteruskan ke Bagian Pemerintahan', ke: 'verifikasi-bagpem' }],
		},
		{
			kode: 'verifikasi-bagpem',
			kegiatan: 'Memverifikasi draft PKS serta ketersediaan KSB.',
			aktor: ['BAGIAN PEMERINTAHAN'],
			pelaksana: { jenis: 'eksternal', pihak: 'Bagian Pemerintahan', dicatatOleh: 'piak' },
			kelengkapan: 'Permohonan diteruskan ke Bagian Pemerintahan',
			waktu: { hariKerja: 5 },
			output: 'Hasil verifikasi draft PKS dan ketersediaan KSB',
			keputusan: 'KSB tersedia?',
			aksi: [
				{ kode: 'teruskan', label: 'KSB sudah tersedia, ajukan PKS ke Ditjen Dukcapil', ke: 'ajukan-pks', kondisi: 'adaKsb' },
				{ kode: 'teruskan', label: 'KSB belum tersedia, ajukan draft KSB', ke: 'ajukan-ksb', kondisi: '!adaKsb' },
			],
		},
		{
			kode: 'ajukan-ksb',
			kegiatan: 'Mengajukan draft KSB dengan melampirkan draft PKS kepada Kepala Daerah.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Hasil verifikasi draft PKS dan ketersediaan KSB',
			waktu: { hariKerja: 3 },
			output: 'Draft KSB dan draft PKS diajukan',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke Kepala Daerah', ke: 'disposisi-kepala-daerah' }],
		},
		{
			kode: 'disposisi-kepala-daerah',
			kegiatan: 'Mendisposisi draft PKS dan KSB untuk diteruskan ke Bagian Pemerintahan.',
			aktor: ['KEPALA DAERAH'],
			pelaksana: { jenis: 'eksternal', pihak: 'Kepala Daerah', dicatatOleh: 'piak' },
			kelengkapan: 'Draft KSB dan draft PKS diajukan',
			waktu: { hariKerja: 5 },
			output: 'Disposisi Kepala Daerah',
			aksi: [{ kode: 'disposisi', label: 'Didisposisi ke Bagian Pemerintahan', ke: 'pengesahan-ksb' }],
		},
		{
			kode: 'pengesahan-ksb',
			kegiatan: 'Memfasilitasi pengesahan dokumen KSB.',
			aktor: ['BAGIAN PEMERINTAHAN'],
			pelaksana: { jenis: 'eksternal', pihak: 'Bagian Pemerintahan', dicatatOleh: 'piak' },
			kelengkapan: 'Disposisi Kepala Daerah',
			waktu: { hariKerja: 10 },
			output: 'KSB yang disahkan',
			aksi: [{ kode: 'teruskan', label: 'KSB disetujui, lanjutkan permohonan PKS', ke: 'ajukan-pks' }],
		},
		{
			kode: 'ajukan-pks',
			kegiatan: 'Mengajukan draft PKS yang telah memenuhi persyaratan permohonan perjanjian kerja sama ke Ditjen Dukcapil.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Draft PKS yang memenuhi persyaratan; KSB bila lembaga di luar kewenangan Kepala Daerah',
			waktu: { hariKerja: 3 },
			output: 'Permohonan PKS diajukan ke Ditjen Dukcapil',
			aksi: [{ kode: 'ajukan', label: 'Ajukan ke Ditjen Dukcapil', ke: 'persetujuan-ditjen' }],
		},
		{
			kode: 'persetujuan-ditjen',
			kegiatan: 'Memberikan persetujuan dan arahan atas permohonan PKS.',
			aktor: ['DITJEN DUKCAPIL'],
			pelaksana: { jenis: 'eksternal', pihak: 'Ditjen Dukcapil', dicatatOleh: 'piak' },
			kelengkapan: 'Permohonan PKS diajukan ke Ditjen Dukcapil',
			waktu: { hariKerja: 10 },
			output: 'Persetujuan dan arahan Ditjen Dukcapil',
			aksi: [{ kode: 'setujui', label: 'PKS disetujui Ditjen Dukcapil', ke: 'sesuaikan-pks' }],
		},
		{
			kode: 'sesuaikan-pks',
			kegiatan: 'Menyesuaikan PKS berdasarkan persetujuan dan arahan Ditjen Dukcapil.',
			aktor: ['BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'Persetujuan dan arahan Ditjen Dukcapil',
			waktu: { hariKerja: 3 },
			output: 'Naskah final PKS',
			aksi: [{ kode: 'teruskan', label: 'PKS disesuaikan, ajukan penandatanganan', ke: 'tandatangani' }],
		},
		{
			kode: 'tandatangani',
			kegiatan: 'Menandatangani PKS oleh kedua belah pihak sebagai finalisasi PKS.',
			aktor: ['LEMBAGA PEMOHON', 'KADIS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Naskah final PKS',
			waktu: { hariKerja: 3 },
			output: 'PKS yang ditandatangani kedua belah pihak',
			aksi: [
				{ kode: 'tandatangani', label: 'PKS ditandatangani', ke: 'serahkan-dokumen', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan untuk penyesuaian', ke: 'sesuaikan-pks', wajibAlasan: true },
			],
		},
		{
			kode: 'serahkan-dokumen',
			kegiatan: 'Menyerahkan dokumen kerja sama pemanfaatan data kependudukan kepada masing-masing pihak sesuai hak aksesnya.',
			aktor: ['LEMBAGA PEMOHON', 'BIDANG PIAK'],
			pelaksana: { jenis: 'peran', peran: 'piak' },
			kelengkapan: 'PKS yang ditandatangani kedua belah pihak',
			waktu: { hariKerja: 1 },
			output: 'Dokumen kerja sama dan hak akses diterima masing-masing pihak',
			aksi: [{ kode: 'selesaikan', label: 'Dokumen kerja sama diterima', ke: 'selesai' }],
		},
	],
}
