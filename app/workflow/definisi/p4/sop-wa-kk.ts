import type { Definisi } from '../jenis'

/**
 * FLOWCHART STANDAR PELAYANAN PENERBITAN KARTU KELUARGA MELALUI WA TICKET (Dukcapil Kabupaten
 * Kebumen). Texts are the source's own words (formatting tags removed); where the extracted source
 * lost a WAKTU the standard is null. The swimlanes were lost in extraction, so each step's actor
 * column follows the step's own sentence. Decisions: incomplete → back to the pemohon; a fine → the
 * pemohon pays at the loket first; delivery by e-mail when the pemohon has one, else by WhatsApp.
 */
export const SOP_WA_KK: Definisi = {
	kode: 'SOP-WA-KK',
	versi: 1,
	nama: 'Standar Pelayanan Penerbitan Kartu Keluarga melalui WA Ticket',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Flowchart Standar Pelayanan Penerbitan Kartu Keluarga melalui WA Ticket, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kebumen',
	aktor: ['PEMOHON', 'PETUGAS LOKET', 'OPERATOR SIAK', 'KASI/KABID', 'KADINAS'],
	mulai: 'unggah-berkas',
	langkah: [
		{
			kode: 'unggah-berkas',
			kegiatan: 'Mengajukan permohonan Kartu Keluarga dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan Kartu Keluarga',
			waktu: null,
			output: 'Softcopy berkas permohonan Kartu Keluargayang diunggah.',
			aksi: [{ kode: 'ajukan', label: 'Berkas diunggah', ke: 'verifikasi-permohonan' }],
		},
		{
			kode: 'verifikasi-permohonan',
			kegiatan:
				'Memverifikasi permohonan Kartu Keluarga yang telah diajukan melalui WA ticket, jika lengkap, memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan Kartu Keluarga yang diunggah telah diterima',
			waktu: null,
			output: 'Softcopy berkas permohonan Kartu Keluarga telah diterima dan diverifikasi.',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, teruskan ke operator SIAK', ke: 'entri-data', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Tidak lengkap, kembalikan ke pemohon', ke: 'unggah-berkas', wajibAlasan: true },
			],
		},
		{
			kode: 'entri-data',
			kegiatan:
				'Entry data dan verifikasi database. Jika tidak ada masalah dilanjutkan verifikasi dan apabila ada denda konfirmasi ke pemohon untuk membayar denda terlebih dahulu.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Softcopy berkas permohonan telah diterima dan diverifikasi',
			waktu: null,
			output: 'Softcopy berkas permohonan yang telah diverifikasi tanpa masalah.',
			keputusan: 'ada denda?',
			aksi: [
				{ kode: 'teruskan', label: 'Tanpa masalah, ajukan verifikasi', ke: 'verifikasi-data', kondisi: '!adaDenda' },
				{ kode: 'minta-bayar-denda', label: 'Ada denda, konfirmasi ke pemohon', ke: 'bayar-denda', kondisi: 'adaDenda' },
				{ kode: 'kembalikan', label: 'Ada masalah, kembalikan ke pemohon', ke: 'unggah-berkas', wajibAlasan: true },
			],
		},
		{
			kode: 'bayar-denda',
			kegiatan:
				'Membawa hardcopy berkas permohonan dan membayar denda administrasi, dan petugas loket menerima pembayaran denda administrasi.',
			aktor: ['PEMOHON', 'PETUGAS LOKET'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan Kartu Keluarga',
			waktu: null,
			output: 'Denda administrasi dan kuitansi pengambilan Kartu Keluarga.',
			aksi: [{ kode: 'bayar-denda', label: 'Denda dibayar, kuitansi diterbitkan', ke: 'terima-hardcopy', kondisi: 'dendaLunas' }],
		},
		{
			kode: 'terima-hardcopy',
			kegiatan: 'Menerima hardcopy berkas permohonan Kartu Keluarga dan mengajukan permohonan proses verifikasi.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Berkas permohonan Kartu Keluarga, denda administrasi dan kuitansi pengambilan Kartu Keluarga.',
			waktu: null,
			output: 'Verifikasi berkas permohonan Kartu Keluarga.',
			aksi: [{ kode: 'teruskan', label: 'Ajukan verifikasi', ke: 'verifikasi-data' }],
		},
		{
			kode: 'verifikasi-data',
			kegiatan: 'Memverifikasi dan memeriksa data dukung. Apabila lengkap maka mengajukan proses TTE.',
			aktor: ['KASI/KABID'],
			pelaksana: { jenis: 'kepala-unit-subjek' },
			kelengkapan: 'Verifikasi berkas permohonan.',
			waktu: null,
			output: 'Dokumen elektronik Kartu Keluarga sudah divalidasi.',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, ajukan TTE', ke: 'tte', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke operator SIAK', ke: 'entri-data', wajibAlasan: true },
			],
		},
		{
			kode: 'tte',
			kegiatan: 'Menandatangani Kartu Keluarga secara elektronik (TTE).',
			aktor: ['KADINAS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Dokumen elektronik Kartu Keluarga sudah divalidasi.',
			waktu: null,
			output: 'Dokumen elektronik Kartu Keluarga sudah di TTE Kadinas.',
			aksi: [
				{ kode: 'tandatangani', label: 'Tandatangani (TTE)', ke: 'cetak', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke verifikator', ke: 'verifikasi-data', wajibAlasan: true },
			],
		},
		{
			kode: 'cetak',
			kegiatan: 'Mencetak Kartu Keluarga dan menyerahkan ke petugas loket.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Dokumen elektronik Kartu Keluarga sudah di TTE Kadinas',
			waktu: null,
			output: 'Kartu Keluarga sudah di TTE Kadinas dan dicetak oleh operator SIAK.',
			aksi: [{ kode: 'teruskan', label: 'Dicetak, serahkan ke loket', ke: 'serahkan' }],
		},
		{
			kode: 'serahkan',
			kegiatan:
				'Menerima berkas permohonan dari pemohon dengan menunjukkan pengajuan penerbitan Kartu Keluarga pada WA ticket, kemudian menyerahkan Kartu Keluarga kepada pemohon.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Kuitansi pengambilan, Kartu Keluarga sudah di TTE Kadinas dan dicetak oleh operator SIAK',
			waktu: null,
			output: 'Kartu Keluarga diserahkan kepada pemohon.',
			keputusan: 'ada email?',
			aksi: [
				{ kode: 'serahkan', label: 'Diserahkan; kirim PDF ke email', ke: 'kirim-email', kondisi: 'adaEmail' },
				{ kode: 'serahkan', label: 'Diserahkan; kirim PDF lewat WA', ke: 'kirim-wa', kondisi: '!adaEmail' },
			],
		},
		{
			kode: 'kirim-wa',
			kegiatan:
				'Mengirim dokumen elektronik Kartu Keluarga yang sudah di TTE oleh Kadinas dalam bentuk file berekstensi .pdf ke nomor WA Tickets jika pemohon tidak memiliki email aktif yang terdaftar dan tercatat di database SIAK.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Dokumen elektronik Kartu Keluarga sudah di TTE Kadinas',
			waktu: null,
			output: 'Dokumen elektronik Kartu Keluarga yang sudah di TTE dalam bentuk file berekstensi .pdf',
			aksi: [{ kode: 'selesaikan', label: 'PDF terkirim lewat WA', ke: 'selesai' }],
		},
		{
			kode: 'kirim-email',
			kegiatan:
				'Mengirim dokumen elektronik Kartu Keluarga yang sudah di TTE oleh Kadinan dalam bentuk file berekstensi .pdf ke email pemohon, dan mencetak dokumen Kartu Keluarga secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			aktor: ['OPERATOR SIAK', 'PEMOHON'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Dokumen elektronik Kartu Keluarga yang sudah di TTE dalam bentuk file berekstensi .pdf',
			waktu: { menit: 1 },
			output: 'Kartu Keluarga telah tercetak secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			keterangan: 'Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 Tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan',
			aksi: [{ kode: 'selesaikan', label: 'PDF terkirim ke email', ke: 'selesai' }],
		},
	],
}
