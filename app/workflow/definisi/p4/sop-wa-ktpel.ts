import type { Definisi } from '../jenis'

/**
 * FLOWCHART STANDAR PELAYANAN PENERBITAN KTP ELEKTRONIK MELALUI WA TICKET (Dukcapil Kabupaten
 * Kebumen). Texts and WAKTU are the source's own (formatting tags removed); the first row has no
 * WAKTU. This table has three actor columns only and keeps some of its swimlane marks: rows 1 and 5
 * in PEMOHON, row 3 in PEMOHON (told through the WA ticket) and OPERATOR SIAK, row 4 in PETUGAS
 * LOKET. Row 2 keeps only its "lengkap?" diamond (printed in the OPERATOR SIAK column); the step is
 * given to the petugas loket, who checks kelengkapan in every other WA-ticket SOP. Decisions:
 * incomplete → back to the pemohon; a problem found in the database → back to the pemohon.
 */
export const SOP_WA_KTPEL: Definisi = {
	kode: 'SOP-WA-KTPEL',
	versi: 1,
	nama: 'Standar Pelayanan Penerbitan KTP Elektronik melalui WA Ticket',
	area: 'P4',
	jenisSubjek: 'permohonan-layanan',
	sumber: 'Flowchart Standar Pelayanan Penerbitan KTP Elektronik melalui WA Ticket, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kebumen',
	aktor: ['PEMOHON', 'PETUGAS LOKET', 'OPERATOR SIAK'],
	mulai: 'unggah-berkas',
	langkah: [
		{
			kode: 'unggah-berkas',
			kegiatan:
				'Mengajukan permohonan penerbitan KTP-elektronik dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan penerbitan KTP-elektronik.',
			waktu: null,
			output: 'Softcopy berkas permohonan penerbitan KTP-elektronik yang telah diunggah.',
			aksi: [{ kode: 'ajukan', label: 'Berkas diunggah', ke: 'verifikasi-permohonan' }],
		},
		{
			kode: 'verifikasi-permohonan',
			kegiatan:
				'Memverifikasi permohonan KTP-elektronik yang telah diajukan melalui WA ticket. Jika lengkap dan memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'Softcopy berkas permohonan KTP-elektronik yang diunggah telah diterima.',
			waktu: { menit: 3 },
			output: 'Softcopy berkas permohonan penerbitan KTP-elektronik telah diterima dan diverifikasi.',
			keputusan: 'lengkap?',
			aksi: [
				{ kode: 'teruskan', label: 'Lengkap, teruskan ke operator SIAK', ke: 'entri-cetak', kondisi: 'berkasLengkap' },
				{ kode: 'kembalikan', label: 'Tidak lengkap, kembalikan ke pemohon', ke: 'unggah-berkas', wajibAlasan: true },
			],
		},
		{
			kode: 'entri-cetak',
			kegiatan:
				'Entry data dan verifikasi database, dan mencetak KTP-elektronik kemudian menyerahkan KTP-elektronik yang sudah tercetak ke petugas loket dan memberitahu pemohon melalui WA ticket untuk mengambil KTP-elektronik.',
			aktor: ['PEMOHON', 'OPERATOR SIAK'],
			pelaksana: { jenis: 'peran', peran: 'operator-siak' },
			kelengkapan: 'Softcopy berkas permohonan penerbitan KTP-elektronik sudah diverifikasi.',
			waktu: { menit: 5 },
			output: 'KTP-elektronik sudah dicetak.',
			aksi: [
				{ kode: 'teruskan', label: 'Dicetak, serahkan ke loket dan beri tahu pemohon', ke: 'catat-register' },
				{ kode: 'kembalikan', label: 'Ada masalah, kembalikan ke pemohon', ke: 'unggah-berkas', wajibAlasan: true },
			],
		},
		{
			kode: 'catat-register',
			kegiatan:
				'Menerima berkas permohonan dari pemohon dengan menunjukan pengajuan penerbitan KTP-elektronik pada WA ticket, kemudian mencatat KTP-elektronik yang sudah dicetak ke dalam buku register.',
			aktor: ['PETUGAS LOKET'],
			pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
			kelengkapan: 'KTP-elektronik sudah dicetak.',
			waktu: { menit: 1 },
			output: 'KTP-elektronik sudah dicetak dan dicatat ke dalam buku register.',
			aksi: [{ kode: 'teruskan', label: 'Dicatat di buku register', ke: 'terima-ktpel' }],
		},
		{
			kode: 'terima-ktpel',
			kegiatan: 'Menerima KTP-elektronik yang sudah tercetak.',
			aktor: ['PEMOHON'],
			pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' },
			kelengkapan: 'KTP-elektronik sudah dicetak dan dicatat dalam buku register.',
			waktu: { menit: 1 },
			output: 'KTP-elektronik yang sudah dicetak diserahkan kepada pemohon.',
			aksi: [{ kode: 'selesaikan', label: 'KTP-el diterima pemohon', ke: 'selesai' }],
		},
	],
}
