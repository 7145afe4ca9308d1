import type { Definisi } from '../jenis'

/**
 * FLOWCHART STANDAR PELAYANAN PINDAH ANTAR KABUPATEN/PROVINSI MELALUI WA TICKET (Dukcapil
 * Kabupaten Kebumen), which issues the SKPWNI. Texts and WAKTU are the source's own (formatting tags
 * removed); the first row has no WAKTU. The extracted table keeps only the decision labels of the
 * flowchart ("lengkap?" beside row 2, "ada email ?" beside the TTE), so each step's actor column
 * follows the step's own sentence, as in SOP-WA-KK. Decisions: incomplete → back to the pemohon;
 * after the TTE the PDF goes to the pemohon's e-mail when there is one, else to the WA ticket.
 */
export const SOP_WA_PINDAH: Definisi = {
	kode: 'SOP-WA-PINDAH',
	versi: 1,
	nama: 'Standar Pelayanan Pindah Antar Kabupaten/Provinsi (SKPWNI) melalui WA Ticket',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Flowchart Standar Pelayanan Pindah Antar Kabupaten/Provinsi melalui WA Ticket, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kebumen',
	aktor: ['PEMOHON', 'PETUGAS LOKET', 'OPERATOR SIAK', 'KASI/KABID', 'KADINAS'],
	mulai: 'unggah-berkas',
	langkah: [
		{
			kode: 'unggah-berkas',
			kegiatan: 'Mengajukan permohonan pindah dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan pindah.',
			waktu: null,
			output: 'Softcopy berkas permohonan pindah yang diunggah.',
			aksi: [{ kode: 'ajukan', label: 'Berkas diunggah', ke: 'verifikasi-permohonan' }],
		},
		{
			kode: 'verifikasi-permohonan',
			kegiatan:
				'Memverifikasi permohonan pindah yang telah diajukan melalui WA ticket. Jika lengkap dan memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan pindah yang diunggah telah diterima.',
			waktu: { menit: 5 },
			output: 'Softcopy berkas permohonan telah diterima dan diverifikasi.',
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
			kelengkapan: 'Softcopy berkas permohonan telah diterima dan diverifikasi.',
			waktu: { menit: 10 },
			output: 'Softcopy berkas permohonan yang telah diverifikasi tanpa masalah.',
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
			kelengkapan: 'Softcopy berkas permohonan yang telah diverifikasi tanpa masalah.',
			waktu: { menit: 2 },
			output: 'Dokumen elektronik Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah divalidasi.',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, ajukan TTE', ke: 'tte', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke operator SIAK', ke: 'entri-data', wajibAlasan: true },
			],
		},
		{
			kode: 'tte',
			kegiatan: 'Menandatangani Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) secara elektronik (TTE).',
			aktor: ['KADINAS'],
			pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
			kelengkapan: 'Dokumen elektronik Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah divalidasi.',
			waktu: { menit: 1 },
			output: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah di TTE oleh Kadinas.',
			keputusan: 'ada email?',
			aksi: [
				{ kode: 'tandatangani', label: 'Tandatangani (TTE); kirim PDF ke email', ke: 'kirim-email', kondisi: 'adaEmail', tolakPelakuSebelumnya: true },
				{ kode: 'tandatangani', label: 'Tandatangani (TTE); kirim PDF lewat WA', ke: 'kirim-wa', kondisi: '!adaEmail', tolakPelakuSebelumnya: true },
				{ kode: 'kembalikan', label: 'Kembalikan ke verifikator', ke: 'verifikasi-data', wajibAlasan: true },
			],
		},
		{
			kode: 'kirim-wa',
			kegiatan:
				'Mengirim Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) yang sudah di TTE oleh Kadinas dalam bentuk file berekstensi .pdf ke nomor WA Ticket jika pemohon tidak memiliki email aktif yang terdaftar dan tercatat di database SIAK.',
			aktor: ['OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah di TTE oleh Kadinas.',
			waktu: { menit: 1 },
			output: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) TTE dalam bentuk file berekstensi .pdf',
			aksi: [{ kode: 'selesaikan', label: 'PDF terkirim lewat WA', ke: 'selesai' }],
		},
		{
			kode: 'kirim-email',
			kegiatan:
				'Mengirim Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) yang sudah di TTE oleh Kadinas dalam bentuk file berekstensi .pdf ke email pemohon, dan pemohon mencetak Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			aktor: ['PEMOHON', 'OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) TTE dalam bentuk file berekstensi .pdf',
			waktu: { menit: 1 },
			output: 'SKPWNI telah tercetak secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			keterangan: 'Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 Tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan',
			aksi: [{ kode: 'selesaikan', label: 'PDF terkirim ke email', ke: 'selesai' }],
		},
	],
}
