import type { Definisi } from '../jenis'

/**
 * FLOWCHART STANDAR PELAYANAN PENERBITAN KARTU IDENTITAS ANAK (KIA) MELALUI WA TICKET (Dukcapil
 * Kabupaten Kebumen). Texts and WAKTU are the source's own (formatting tags removed); the first row
 * has no WAKTU. The swimlanes were lost in extraction, so each step's actor column follows the
 * step's own sentence, as in SOP-WA-KK. Decisions: incomplete → back to the pemohon; a problem found
 * in the database → back to the pemohon. The table mentions no fine and no e-mail delivery.
 */
export const SOP_WA_KIA: Definisi = {
	kode: 'SOP-WA-KIA',
	versi: 1,
	nama: 'Standar Pelayanan Penerbitan Kartu Identitas Anak (KIA) melalui WA Ticket',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Flowchart Standar Pelayanan Penerbitan Kartu Identitas Anak (KIA) melalui WA Ticket, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kebumen',
	aktor: ['PEMOHON', 'PETUGAS LOKET', 'OPERATOR SIAK', 'KASI/KABID', 'KADINAS'],
	mulai: 'unggah-berkas',
	langkah: [
		{
			kode: 'unggah-berkas',
			kegiatan:
				'Mengajukan permohonan penerbitan Kartu Identitas Anak (KIA) dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan Kartu Identitas Anak (KIA)',
			waktu: null,
			output: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diunggah.',
			aksi: [{ kode: 'ajukan', label: 'Berkas diunggah', ke: 'verifikasi-permohonan' }],
		},
		{
			kode: 'verifikasi-permohonan',
			kegiatan:
				'Memverifikasi permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diajukan melalui WA ticket, jika lengkap, memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diterima',
			waktu: { menit: 3 },
			output: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) telah diterima dan diverifikasi',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, teruskan ke operator SIAK', ke: 'entri-data', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Tidak lengkap, kembalikan ke pemohon', ke: 'unggah-berkas', wajibAlasan: true },
			],
		},
		{
			kode: 'entri-data',
			kegiatan: 'Entry data dan verifikasi database.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) telah diterima dan diverifikasi',
			waktu: { menit: 3 },
			output: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diverifikasi tanpa masalah.',
			aksi: [
				{ kode: 'teruskan', label: 'Tanpa masalah, ajukan verifikasi', ke: 'verifikasi-data' },
				{ kode: 'kembalikan', label: 'Ada masalah, kembalikan ke pemohon', ke: 'unggah-berkas', wajibAlasan: true },
			],
		},
		{
			kode: 'verifikasi-data',
			kegiatan: 'Memverifikasi dan memeriksa data dukung. Apabila lengkap maka mengajukan proses TTE.',
			aktor: ['KASI/KABID'],
			pelaksana: { jenis: 'kepala-unit-subjek' },
			kelengkapan: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diverifikasi tanpa masalah.',
			waktu: { menit: 1 },
			output: 'Dokumen elektronik Kartu Identitas Anak (KIA) sudah divalidasi.',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, ajukan TTE', ke: 'tte', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke operator SIAK', ke: 'entri-data', wajibAlasan: true },
			],
		},
		{
			kode: 'tte',
			kegiatan: 'Menandatangani Kartu Identitas Anak (KIA) secara elektronik (TTE).',
			aktor: ['KADINAS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Dokumen elektronik Kartu Identitas Anak (KIA) sudah divalidasi.',
			waktu: { menit: 1 },
			output: 'Dokumen elektronik Kartu Identitas Anak (KIA) yang telah divalidasi sudah di TTE Kadinan.',
			aksi: [
				{ kode: 'tandatangani', label: 'Tandatangani (TTE)', ke: 'cetak', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke verifikator', ke: 'verifikasi-data', wajibAlasan: true },
			],
		},
		{
			kode: 'cetak',
			kegiatan:
				'Mencetak kemudian menyerahkan Kartu Identitas Anak (KIA) yang sudah tercetak ke petugas loket dan memberitahu pemohon melalui WA ticket untuk mengambil Kartu Identitas Anak (KIA).',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Dokumen elektronik Kartu Identitas Anak (KIA) yang telah divalidasi sudah di TTE Kadinan.',
			waktu: { menit: 3 },
			output: 'Kartu Identitas Anak (KIA) yang telah dicetak.',
			aksi: [{ kode: 'teruskan', label: 'Dicetak, serahkan ke loket dan beri tahu pemohon', ke: 'catat-register' }],
		},
		{
			kode: 'catat-register',
			kegiatan:
				'Menerima berkas permohonan dari pemohon dengan menunjukan pengajuan penerbitan Kartu Identitas Anak (KIA) pada WA ticket, kemudian mencatat Kartu Identitas Anak (KIA) yang sudah dicetak ke dalam buku register.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Kartu Identitas Anak (KIA) yang telah dicetak.',
			waktu: { menit: 1 },
			output: 'Kartu Identitas Anak (KIA) sudah dicetak dan dicatat ke dalam buku register.',
			aksi: [{ kode: 'teruskan', label: 'Dicatat di buku register', ke: 'terima-kia' }],
		},
		{
			kode: 'terima-kia',
			kegiatan: 'Menerima KIA yang sudah tercetak.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Kartu Identitas Anak (KIA) sudah dicetak dan dicatat ke dalam buku register.',
			waktu: { menit: 1 },
			output: 'Kartu Identitas Anak (KIA) yang telah dicetak telah diterima pemohon.',
			aksi: [{ kode: 'selesaikan', label: 'KIA diterima pemohon', ke: 'selesai' }],
		},
	],
}
