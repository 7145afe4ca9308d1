import { catatanManajemen } from '../catatan'
import type { Aksi, Definisi, Langkah } from '../jenis'

/** How many verifiers a jenis naskah's chain may name before the signature. */
export const MAKS_VERIFIKATOR = 4

const kembalikan: Aksi = { kode: 'kembalikan', label: 'Kembalikan untuk revisi', ke: 'revisi', wajibAlasan: true }

/**
 * Verifier n of the chain: agrees (on to verifier n+1 when the chain names one, otherwise to the
 * signature) or returns the draft with comments. The chain comes from the jenis naskah and is kept
 * in the konteks as jabatan codes (`jabatanVerifikator1` …) when the letter goes into verification.
 */
function verifikasi(n: number): Langkah {
	const lanjut: Aksi[] =
		n < MAKS_VERIFIKATOR
			? [
					{ kode: 'setujui', label: 'Setuju, teruskan ke verifikator berikutnya', ke: `verifikasi-${n + 1}`, kondisi: `adaVerifikator${n + 1}`, tolakPelakuSebelumnya: true },
					{ kode: 'setujui', label: 'Setuju, ajukan untuk ditandatangani', ke: 'tanda-tangan', kondisi: `!adaVerifikator${n + 1}`, tolakPelakuSebelumnya: true },
				]
			: [{ kode: 'setujui', label: 'Setuju, ajukan untuk ditandatangani', ke: 'tanda-tangan', tolakPelakuSebelumnya: true }]
	return {
		kode: `verifikasi-${n}`,
		kegiatan: `Memverifikasi draft surat (verifikator ${n} sesuai jenis naskah); apabila tidak setuju dikembalikan dengan catatan untuk direvisi.`,
		aktor: ['VERIFIKATOR'],
		pelaksana: { jenis: 'jabatan-konteks', kunci: `jabatanVerifikator${n}`, label: `Verifikator ${n}` },
		kelengkapan: 'Draft surat versi terakhir',
		waktu: { hariKerja: 1 },
		output: 'Draft surat terverifikasi atau catatan revisi',
		keputusan: 'setuju?',
		aksi: [...lanjut, kembalikan],
	}
}

/**
 * P1.2.1.1 Pelayanan Surat Keluar, version 2: the source's path (draft → verification ⇄ revision →
 * signature → number and stamp → delivery) with the verification chain of the jenis naskah
 * (e.g. Kasubag → Sekretaris) instead of the Kadis alone, and the signer named per letter (the
 * Kepala Dinas by default). The final number is issued inside the signing move.
 */
export const P1_2_1_1_V2: Definisi = {
	kode: 'P1.2.1.1',
	versi: 2,
	nama: 'Pelayanan Surat Keluar',
	area: 'P1',
	jenisSubjek: 'surat-keluar',
	sumber: 'Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan, P1.2.1.1; rantai verifikasi menurut jenis naskah (tata naskah dinas)',
	catatan: catatanManajemen('tata naskah dinas; setiap tahap selesai paling lama 1 hari kerja agar surat tidak tertahan.'),
	aktor: ['PEMRAKARSA', 'VERIFIKATOR', 'PENANDATANGAN', 'TATA USAHA'],
	mulai: 'verifikasi-1',
	langkah: [
		...Array.from({ length: MAKS_VERIFIKATOR }, (_, i) => verifikasi(i + 1)),
		{
			kode: 'revisi',
			kegiatan: 'Merevisi draft surat sesuai catatan verifikator dan mengajukannya kembali.',
			aktor: ['PEMRAKARSA'],
			pelaksana: { jenis: 'pengguna', kunci: 'pemrakarsa' },
			kelengkapan: 'Draft surat dan catatan revisi',
			waktu: { hariKerja: 1 },
			output: 'Draft surat versi baru',
			aksi: [{ kode: 'ajukan', label: 'Ajukan kembali untuk verifikasi', ke: 'verifikasi-1' }],
		},
		{
			kode: 'tanda-tangan',
			kegiatan: 'Menandatangani surat secara elektronik (TTE) atau basah; nomor surat diterbitkan saat penandatanganan.',
			aktor: ['PENANDATANGAN'],
			pelaksana: { jenis: 'jabatan-konteks', kunci: 'jabatanPenandatangan', label: 'Penandatangan' },
			kelengkapan: 'Draft surat terverifikasi',
			waktu: { hariKerja: 1 },
			output: 'Surat bernomor yang telah ditandatangani',
			keputusan: 'setuju?',
			aksi: [
				{ kode: 'tandatangani', label: 'Tandatangani surat', ke: 'kirim', tolakPelakuSebelumnya: true },
				kembalikan,
			],
		},
		{
			kode: 'kirim',
			kegiatan: 'Membubuhkan stempel, mencatat di buku ekspedisi dan mengirim surat (caraka, pos atau e-mail).',
			aktor: ['TATA USAHA'],
			pelaksana: { jenis: 'peran', peran: 'tata-usaha' },
			kelengkapan: 'Surat bernomor yang telah ditandatangani',
			waktu: { hariKerja: 1 },
			output: 'Surat terkirim dan tercatat di buku ekspedisi',
			aksi: [{ kode: 'selesaikan', label: 'Surat sudah dikirim', ke: 'selesai' }],
		},
	],
}
