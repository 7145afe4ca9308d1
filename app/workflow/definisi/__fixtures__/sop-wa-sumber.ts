/**
 * The four WhatsApp-ticket SOP tables (Dukcapil Kabupaten Kebumen) as transcribed from the source
 * document: one row per NO, the source's own words and misspellings, formatting tags removed and
 * whitespace collapsed. WAKTU is the text as printed ('' when the source has none). The KK table
 * lost its WAKTU for rows 1–10 in extraction. The definitions in `p4/sop-wa-*.ts` must match
 * these rows step by step.
 */
export type BarisSumber = {
	no: number
	kegiatan: string
	kelengkapan: string
	waktu: string
	output: string
	keterangan: string
}

export const SOP_WA_SUMBER: Record<string, BarisSumber[]> = {
	'SOP-WA-KK': [
		{
			no: 1,
			kegiatan:
				'Mengajukan permohonan Kartu Keluarga dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan Kartu Keluarga',
			waktu: '',
			output: 'Softcopy berkas permohonan Kartu Keluargayang diunggah.',
			keterangan: '',
		},
		{
			no: 2,
			kegiatan:
				'Memverifikasi permohonan Kartu Keluarga yang telah diajukan melalui WA ticket, jika lengkap, memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan Kartu Keluarga yang diunggah telah diterima',
			waktu: '',
			output: 'Softcopy berkas permohonan Kartu Keluarga telah diterima dan diverifikasi.',
			keterangan: '',
		},
		{
			no: 3,
			kegiatan:
				'Entry data dan verifikasi database. Jika tidak ada masalah dilanjutkan verifikasi dan apabila ada denda konfirmasi ke pemohon untuk membayar denda terlebih dahulu.',
			kelengkapan: 'Softcopy berkas permohonan telah diterima dan diverifikasi',
			waktu: '',
			output: 'Softcopy berkas permohonan yang telah diverifikasi tanpa masalah.',
			keterangan: '',
		},
		{
			no: 4,
			kegiatan:
				'Membawa hardcopy berkas permohonan dan membayar denda administrasi, dan petugas loket menerima pembayaran denda administrasi.',
			kelengkapan: 'Berkas permohonan Kartu Keluarga',
			waktu: '',
			output: 'Denda administrasi dan kuitansi pengambilan Kartu Keluarga.',
			keterangan: '',
		},
		{
			no: 5,
			kegiatan:
				'Menerima hardcopy berkas permohonan Kartu Keluarga dan mengajukan permohonan proses verifikasi.',
			kelengkapan: 'Berkas permohonan Kartu Keluarga, denda administrasi dan kuitansi pengambilan Kartu Keluarga.',
			waktu: '',
			output: 'Verifikasi berkas permohonan Kartu Keluarga.',
			keterangan: '',
		},
		{
			no: 6,
			kegiatan:
				'Memverifikasi dan memeriksa data dukung. Apabila lengkap maka mengajukan proses TTE.',
			kelengkapan: 'Verifikasi berkas permohonan.',
			waktu: '',
			output: 'Dokumen elektronik Kartu Keluarga sudah divalidasi.',
			keterangan: '',
		},
		{
			no: 7,
			kegiatan:
				'Menandatangani Kartu Keluarga secara elektronik (TTE).',
			kelengkapan: 'Dokumen elektronik Kartu Keluarga sudah divalidasi.',
			waktu: '',
			output: 'Dokumen elektronik Kartu Keluarga sudah di TTE Kadinas.',
			keterangan: '',
		},
		{
			no: 8,
			kegiatan:
				'Mencetak Kartu Keluarga dan menyerahkan ke petugas loket.',
			kelengkapan: 'Dokumen elektronik Kartu Keluarga sudah di TTE Kadinas',
			waktu: '',
			output: 'Kartu Keluarga sudah di TTE Kadinas dan dicetak oleh operator SIAK.',
			keterangan: '',
		},
		{
			no: 9,
			kegiatan:
				'Menerima berkas permohonan dari pemohon dengan menunjukkan pengajuan penerbitan Kartu Keluarga pada WA ticket, kemudian menyerahkan Kartu Keluarga kepada pemohon.',
			kelengkapan: 'Kuitansi pengambilan, Kartu Keluarga sudah di TTE Kadinas dan dicetak oleh operator SIAK',
			waktu: '',
			output: 'Kartu Keluarga diserahkan kepada pemohon.',
			keterangan: '',
		},
		{
			no: 10,
			kegiatan:
				'Mengirim dokumen elektronik Kartu Keluarga yang sudah di TTE oleh Kadinas dalam bentuk file berekstensi .pdf ke nomor WA Tickets jika pemohon tidak memiliki email aktif yang terdaftar dan tercatat di database SIAK.',
			kelengkapan: 'Dokumen elektronik Kartu Keluarga sudah di TTE Kadinas',
			waktu: '',
			output: 'Dokumen elektronik Kartu Keluarga yang sudah di TTE dalam bentuk file berekstensi .pdf',
			keterangan: '',
		},
		{
			no: 11,
			kegiatan:
				'Mengirim dokumen elektronik Kartu Keluarga yang sudah di TTE oleh Kadinan dalam bentuk file berekstensi .pdf ke email pemohon, dan mencetak dokumen Kartu Keluarga secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			kelengkapan: 'Dokumen elektronik Kartu Keluarga yang sudah di TTE dalam bentuk file berekstensi .pdf',
			waktu: '1 menit',
			output: 'Kartu Keluarga telah tercetak secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			keterangan: 'Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 Tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan',
		},
	],
	'SOP-WA-KIA': [
		{
			no: 1,
			kegiatan:
				'Mengajukan permohonan penerbitan Kartu Identitas Anak (KIA) dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan Kartu Identitas Anak (KIA)',
			waktu: '',
			output: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diunggah.',
			keterangan: '',
		},
		{
			no: 2,
			kegiatan:
				'Memverifikasi permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diajukan melalui WA ticket, jika lengkap, memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diterima',
			waktu: '3 menit',
			output: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) telah diterima dan diverifikasi',
			keterangan: '',
		},
		{
			no: 3,
			kegiatan:
				'Entry data dan verifikasi database.',
			kelengkapan: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) telah diterima dan diverifikasi',
			waktu: '3 menit',
			output: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diverifikasi tanpa masalah.',
			keterangan: '',
		},
		{
			no: 4,
			kegiatan:
				'Memverifikasi dan memeriksa data dukung. Apabila lengkap maka mengajukan proses TTE.',
			kelengkapan: 'Softcopy berkas permohonan penerbitan Kartu Identitas Anak (KIA) yang telah diverifikasi tanpa masalah.',
			waktu: '1 menit',
			output: 'Dokumen elektronik Kartu Identitas Anak (KIA) sudah divalidasi.',
			keterangan: '',
		},
		{
			no: 5,
			kegiatan:
				'Menandatangani Kartu Identitas Anak (KIA) secara elektronik (TTE).',
			kelengkapan: 'Dokumen elektronik Kartu Identitas Anak (KIA) sudah divalidasi.',
			waktu: '1 menit',
			output: 'Dokumen elektronik Kartu Identitas Anak (KIA) yang telah divalidasi sudah di TTE Kadinan.',
			keterangan: '',
		},
		{
			no: 6,
			kegiatan:
				'Mencetak kemudian menyerahkan Kartu Identitas Anak (KIA) yang sudah tercetak ke petugas loket dan memberitahu pemohon melalui WA ticket untuk mengambil Kartu Identitas Anak (KIA).',
			kelengkapan: 'Dokumen elektronik Kartu Identitas Anak (KIA) yang telah divalidasi sudah di TTE Kadinan.',
			waktu: '3 menit',
			output: 'Kartu Identitas Anak (KIA) yang telah dicetak.',
			keterangan: '',
		},
		{
			no: 7,
			kegiatan:
				'Menerima berkas permohonan dari pemohon dengan menunjukan pengajuan penerbitan Kartu Identitas Anak (KIA) pada WA ticket, kemudian mencatat Kartu Identitas Anak (KIA) yang sudah dicetak ke dalam buku register.',
			kelengkapan: 'Kartu Identitas Anak (KIA) yang telah dicetak.',
			waktu: '1 menit',
			output: 'Kartu Identitas Anak (KIA) sudah dicetak dan dicatat ke dalam buku register.',
			keterangan: '',
		},
		{
			no: 8,
			kegiatan:
				'Menerima KIA yang sudah tercetak.',
			kelengkapan: 'Kartu Identitas Anak (KIA) sudah dicetak dan dicatat ke dalam buku register.',
			waktu: '1 menit',
			output: 'Kartu Identitas Anak (KIA) yang telah dicetak telah diterima pemohon.',
			keterangan: '',
		},
	],
	'SOP-WA-PINDAH': [
		{
			no: 1,
			kegiatan:
				'Mengajukan permohonan pindah dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan pindah.',
			waktu: '',
			output: 'Softcopy berkas permohonan pindah yang diunggah.',
			keterangan: '',
		},
		{
			no: 2,
			kegiatan:
				'Memverifikasi permohonan pindah yang telah diajukan melalui WA ticket. Jika lengkap dan memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan pindah yang diunggah telah diterima.',
			waktu: '5 menit',
			output: 'Softcopy berkas permohonan telah diterima dan diverifikasi.',
			keterangan: '',
		},
		{
			no: 3,
			kegiatan:
				'Entry data dan verifikasi database.',
			kelengkapan: 'Softcopy berkas permohonan telah diterima dan diverifikasi.',
			waktu: '10 menit',
			output: 'Softcopy berkas permohonan yang telah diverifikasi tanpa masalah.',
			keterangan: '',
		},
		{
			no: 4,
			kegiatan:
				'Memverifikasi dan memeriksa data dukung. Apabila lengkap maka mengajukan proses TTE.',
			kelengkapan: 'Softcopy berkas permohonan yang telah diverifikasi tanpa masalah.',
			waktu: '2 menit',
			output: 'Dokumen elektronik Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah divalidasi.',
			keterangan: '',
		},
		{
			no: 5,
			kegiatan:
				'Menandatangani Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) secara elektronik (TTE).',
			kelengkapan: 'Dokumen elektronik Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah divalidasi.',
			waktu: '1 menit',
			output: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah di TTE oleh Kadinas.',
			keterangan: '',
		},
		{
			no: 6,
			kegiatan:
				'Mengirim Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) yang sudah di TTE oleh Kadinas dalam bentuk file berekstensi .pdf ke nomor WA Ticket jika pemohon tidak memiliki email aktif yang terdaftar dan tercatat di database SIAK.',
			kelengkapan: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) sudah di TTE oleh Kadinas.',
			waktu: '1 menit',
			output: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) TTE dalam bentuk file berekstensi .pdf',
			keterangan: '',
		},
		{
			no: 7,
			kegiatan:
				'Mengirim Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) yang sudah di TTE oleh Kadinas dalam bentuk file berekstensi .pdf ke email pemohon, dan pemohon mencetak Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			kelengkapan: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) TTE dalam bentuk file berekstensi .pdf',
			waktu: '1 menit',
			output: 'SKPWNI telah tercetak secara mandiri menggunakan kertas HVS putih A4 80 gram.',
			keterangan: 'Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 Tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan',
		},
	],
	'SOP-WA-KTPEL': [
		{
			no: 1,
			kegiatan:
				'Mengajukan permohonan penerbitan KTP-elektronik dengan cara mengunggah ( upload ) berkas permohonan melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan penerbitan KTP-elektronik.',
			waktu: '',
			output: 'Softcopy berkas permohonan penerbitan KTP-elektronik yang telah diunggah.',
			keterangan: '',
		},
		{
			no: 2,
			kegiatan:
				'Memverifikasi permohonan KTP-elektronik yang telah diajukan melalui WA ticket. Jika lengkap dan memenuhi syarat selanjutnya diproses. Jika tidak lengkap, maka dikembalikan kepada pemohon melalui layanan WA ticket.',
			kelengkapan: 'Softcopy berkas permohonan KTP-elektronik yang diunggah telah diterima.',
			waktu: '3 menit',
			output: 'Softcopy berkas permohonan penerbitan KTP-elektronik telah diterima dan diverifikasi.',
			keterangan: '',
		},
		{
			no: 3,
			kegiatan:
				'Entry data dan verifikasi database, dan mencetak KTP-elektronik kemudian menyerahkan KTP-elektronik yang sudah tercetak ke petugas loket dan memberitahu pemohon melalui WA ticket untuk mengambil KTP-elektronik.',
			kelengkapan: 'Softcopy berkas permohonan penerbitan KTP-elektronik sudah diverifikasi.',
			waktu: '5 menit',
			output: 'KTP-elektronik sudah dicetak.',
			keterangan: '',
		},
		{
			no: 4,
			kegiatan:
				'Menerima berkas permohonan dari pemohon dengan menunjukan pengajuan penerbitan KTP-elektronik pada WA ticket, kemudian mencatat KTP-elektronik yang sudah dicetak ke dalam buku register.',
			kelengkapan: 'KTP-elektronik sudah dicetak.',
			waktu: '1 menit',
			output: 'KTP-elektronik sudah dicetak dan dicatat ke dalam buku register.',
			keterangan: '',
		},
		{
			no: 5,
			kegiatan:
				'Menerima KTP-elektronik yang sudah tercetak.',
			kelengkapan: 'KTP-elektronik sudah dicetak dan dicatat dalam buku register.',
			waktu: '1 menit',
			output: 'KTP-elektronik yang sudah dicetak diserahkan kepada pemohon.',
			keterangan: '',
		},
	],
}
