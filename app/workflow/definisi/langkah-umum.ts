import type { Aksi, Langkah, Waktu } from './jenis'

/**
 * Step shapes that recur across the service process maps (P4, P5): each is written once here and
 * parameterised by the words and targets that differ between maps. Every factory builds its object
 * with the keys in the order of `Langkah`, so a definition composed from them is the same data as
 * one written out by hand.
 */

/** The pemohon hands in the file with the requirements; an internal user records it. */
export function langkahAjukanPemohon(p: {
	kegiatan: string
	/** the step that receives the file */
	ke: string
	kelengkapan?: string
	/** the role that records the pemohon's step (default `petugas-loket`) */
	dicatatOleh?: string
}): Langkah {
	return {
		kode: 'ajukan',
		kegiatan: p.kegiatan,
		aktor: ['PEMOHON'],
		pelaksana: { jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: p.dicatatOleh ?? 'petugas-loket' },
		kelengkapan: p.kelengkapan ?? 'Formulir permohonan dan persyaratan sesuai Permendagri',
		waktu: { menit: 5 },
		output: 'Berkas permohonan',
		aksi: [{ kode: 'ajukan', label: 'Berkas diserahkan', ke: p.ke }],
	}
}

/**
 * The front office checks the requirements of a P4 service (incomplete → back to the pemohon); a
 * complete file goes on to `ke`.
 */
export function langkahVerifikasiKelengkapanP4(p: {
	kegiatan?: string
	/** the desk named in the SOP table (default `PETUGAS FRONT OFFICE`) */
	aktor?: string
	ke: string
}): Langkah {
	return {
		kode: 'verifikasi-kelengkapan',
		kegiatan: p.kegiatan ?? 'Memverifikasi kelengkapan persyaratan; jika tidak lengkap dikembalikan kepada pemohon untuk dilengkapi.',
		aktor: [p.aktor ?? 'PETUGAS FRONT OFFICE'],
		pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
		kelengkapan: 'Berkas permohonan',
		waktu: { menit: 10 },
		output: 'Berkas permohonan lengkap',
		keputusan: 'lengkap?',
		aksi: [
			{ kode: 'teruskan', label: 'Lengkap, proses', ke: p.ke, kondisi: 'berkasLengkap' },
			{ kode: 'kembalikan', label: 'Tidak lengkap, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
		],
	}
}

/** The front office enters a complete P4 file and sends it to the verifikator (step `verifikasi-input`). */
export function langkahInputDataP4(p: { aktor?: string } = {}): Langkah {
	return {
		kode: 'input-data',
		kegiatan: 'Memproses permohonan yang persyaratannya sudah lengkap dengan menginput data.',
		aktor: [p.aktor ?? 'PETUGAS FRONT OFFICE'],
		pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
		kelengkapan: 'Berkas permohonan lengkap',
		waktu: { menit: 10 },
		output: 'Hasil input data permohonan',
		aksi: [{ kode: 'ajukan', label: 'Ajukan verifikasi', ke: 'verifikasi-input' }],
	}
}

/**
 * The front office checks a P5 file (incomplete → back to the pemohon) and passes a complete one to
 * the operator SIAK (step `input-siak`).
 */
export function langkahVerifikasiKelengkapanP5(p: {
	kegiatan: string
	/** default `Berkas permohonan lengkap` */
	output?: string
}): Langkah {
	return {
		kode: 'verifikasi-kelengkapan',
		kegiatan: p.kegiatan,
		aktor: ['PETUGAS FRONT OFFICE'],
		pelaksana: { jenis: 'peran', peran: 'petugas-loket' },
		kelengkapan: 'Berkas permohonan',
		waktu: { menit: 10 },
		output: p.output ?? 'Berkas permohonan lengkap',
		keputusan: 'lengkap?',
		aksi: [
			{ kode: 'teruskan', label: 'Lengkap, teruskan ke operator SIAK', ke: 'input-siak', kondisi: 'berkasLengkap' },
			{ kode: 'kembalikan', label: 'Belum lengkap, kembalikan ke pemohon', ke: 'ajukan', wajibAlasan: true },
		],
	}
}

/** The operator SIAK enters a P5 file in SIAK and asks the verifikator (step `verifikasi`) to print it. */
export function langkahInputSiak(p: { kegiatan: string; kelengkapan: string }): Langkah {
	return {
		kode: 'input-siak',
		kegiatan: p.kegiatan,
		aktor: ['OPERATOR SIAK'],
		pelaksana: { jenis: 'peran', peran: 'operator-siak' },
		kelengkapan: p.kelengkapan,
		waktu: { menit: 15 },
		output: 'Data permohonan terinput di SIAK terpusat dan pengajuan cetak',
		aksi: [{ kode: 'ajukan', label: 'Ajukan cetak kepada verifikator', ke: 'verifikasi' }],
	}
}

/** The Kasi/Kabid of the subject's unit verifies the input and asks for the TTE (step `tte`). */
export function langkahVerifikasiKasiKabid(p: {
	kode: string
	kegiatan: string
	kelengkapan: string
	output: string
	/** the button and target for sending it back */
	kembali: { label: string; ke: string }
}): Langkah {
	return {
		kode: p.kode,
		kegiatan: p.kegiatan,
		aktor: ['KASI/KABID'],
		pelaksana: { jenis: 'kepala-unit-subjek' },
		kelengkapan: p.kelengkapan,
		waktu: { menit: 10 },
		output: p.output,
		keputusan: 'sesuai?',
		aksi: [
			{ kode: 'teruskan', label: 'Sesuai, ajukan TTE', ke: 'tte', tolakPelakuSebelumnya: true },
			{ kode: 'kembalikan', label: p.kembali.label, ke: p.kembali.ke, wajibAlasan: true },
		],
	}
}

/**
 * The Kadis signs the population document electronically (P4); when the pemohon gave an e-mail
 * address the document is sent there as well.
 */
export function langkahTteKadisKirimEmail(p: { kelengkapan: string; ke: string; kembaliKe: string }): Langkah {
	return {
		kode: 'tte',
		kegiatan:
			'Membubuhkan tanda tangan elektronik pada dokumen (Kabid/Kadis); bagi pemohon yang melampirkan email, dokumen otomatis terkirim ke email pemohon.',
		aktor: ['KADIS'],
		pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
		kelengkapan: p.kelengkapan,
		waktu: { menit: 5 },
		output: 'Dokumen elektronik yang sudah di-TTE',
		keputusan: 'ada email?',
		aksi: [
			{ kode: 'tandatangani', label: 'Tandatangani (TTE); kirim ke email pemohon', ke: p.ke, kondisi: 'adaEmail', tolakPelakuSebelumnya: true },
			{ kode: 'tandatangani', label: 'Tandatangani (TTE)', ke: p.ke, kondisi: '!adaEmail', tolakPelakuSebelumnya: true },
			{ kode: 'kembalikan', label: 'Kembalikan ke verifikator', ke: p.kembaliKe, wajibAlasan: true },
		],
	}
}

/** The Kadis validates the civil-registration document with a TTE as Pejabat Pencatatan Sipil (P5). */
export function langkahTtePejabatPencatatanSipil(p: {
	kegiatan?: string
	kelengkapan: string
	ke: string
	kembaliKe: string
}): Langkah {
	return {
		kode: 'tte',
		kegiatan: p.kegiatan ?? 'Memvalidasi dokumen dengan tanda tangan elektronik (TTE) sebagai Pejabat Pencatatan Sipil.',
		aktor: ['KADIS'],
		pelaksana: { jenis: 'jabatan', jabatan: 'KADIS' },
		kelengkapan: p.kelengkapan,
		waktu: { menit: 5 },
		output: 'Dokumen elektronik tervalidasi TTE',
		aksi: [
			{ kode: 'tandatangani', label: 'Validasi (TTE)', ke: p.ke, tolakPelakuSebelumnya: true },
			{ kode: 'kembalikan', label: 'Kembalikan ke verifikator', ke: p.kembaliKe, wajibAlasan: true },
		],
	}
}

/** What a single-action step of a role-held desk is given: its words, time and output. */
type IsiLangkah = { kegiatan: string; kelengkapan: string; waktu: Waktu; output: string }

/** A step done by anyone holding `peran` (named `aktor` in the SOP table) with one action. */
function langkahPeranSatuAksi(kode: string, aktor: string, peran: string, p: IsiLangkah, aksi: Aksi): Langkah {
	return {
		kode,
		kegiatan: p.kegiatan,
		aktor: [aktor],
		pelaksana: { jenis: 'peran', peran },
		kelengkapan: p.kelengkapan,
		waktu: p.waktu,
		output: p.output,
		aksi: [aksi],
	}
}

/** The operator SIAK prints the document and hands it to the operator pengambilan. */
export function langkahCetak(p: IsiLangkah & { ke: string }): Langkah {
	return langkahPeranSatuAksi('cetak', 'OPERATOR SIAK', 'operator-siak', p, {
		kode: 'teruskan',
		label: 'Dicetak, serahkan ke operator pengambilan',
		ke: p.ke,
	})
}

/** The operator pengambilan checks the printed document: good → hand over, damaged → print again. */
export function langkahCekDokumen(p: {
	kegiatan: string
	keputusan: string
	/** the button for a good print, e.g. "Bagus, siap diserahkan" */
	labelBaik: string
}): Langkah {
	return {
		kode: 'cek-dokumen',
		kegiatan: p.kegiatan,
		aktor: ['OPERATOR PENGAMBILAN'],
		pelaksana: { jenis: 'peran', peran: 'petugas-pengambilan' },
		kelengkapan: 'Dokumen tercetak',
		waktu: { menit: 3 },
		output: 'Dokumen dalam kondisi baik',
		keputusan: p.keputusan,
		aksi: [
			{ kode: 'teruskan', label: p.labelBaik, ke: 'serahkan', kondisi: 'cetakBaik' },
			{ kode: 'cetak-ulang', label: 'Rusak, cetak ulang', ke: 'cetak', kondisi: '!cetakBaik', wajibAlasan: true },
		],
	}
}

/** The operator pengambilan hands the document over to `penerima` (default the pemohon); the instance ends. */
export function langkahSerahkan(p: IsiLangkah & { penerima?: string }): Langkah {
	return langkahPeranSatuAksi('serahkan', 'OPERATOR PENGAMBILAN', 'petugas-pengambilan', p, {
		kode: 'serahkan',
		label: `Diserahkan kepada ${p.penerima ?? 'pemohon'}`,
		ke: 'selesai',
	})
}
