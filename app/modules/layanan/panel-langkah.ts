import type { Langkah } from '~/workflow/definisi/jenis'

/**
 * What the desk records at a step, besides choosing the step's action: the SOPs of P4/P5 share a
 * handful of step kinds, recognised by the step's code and who does it.
 */
export type PanelLangkah =
	| 'berkas-pemohon' // the pemohon submits or completes the berkas (recorded by the loket)
	| 'ceklis' // the loket ticks the checklist against the scans
	| 'hasil-siak' // the operator records what SIAK gave back
	| 'denda' // the loket receives the fine and issues the receipt
	| 'pendampingan' // a home visit with a companion is arranged
	| 'cetak' // the operator prints: a line of the buku register
	| 'cek-dokumen' // the quality check of the print
	| 'penyerahan' // the document is handed over (register and tanda terima)
	| 'kirim' // the signed PDF goes out by e-mail or WhatsApp
	| null

const CEKLIS = new Set(['verifikasi-kelengkapan', 'verifikasi-permohonan', 'verifikasi', 'cek-berkas'])
const HASIL_SIAK = new Set(['input-data', 'input-siak', 'entri-data', 'entri-biodata', 'rekam', 'verifikasi-nik', 'cek-status', 'cek-biodata', 'tarik-data'])
const PENYERAHAN = new Set(['serahkan', 'catat-register', 'terima-kia', 'terima-ktpel'])

export function panelLangkah(langkah: Pick<Langkah, 'kode' | 'pelaksana'>): PanelLangkah {
	const { kode, pelaksana } = langkah
	if (kode === 'bayar-denda') return 'denda'
	if (pelaksana.jenis === 'eksternal' && pelaksana.pihak === 'pemohon' && (kode === 'ajukan' || kode === 'unggah-berkas')) return 'berkas-pemohon'
	// P5's `verifikasi` is the Kasi/Kabid's check of the SIAK entry, not the loket's checklist
	if (CEKLIS.has(kode) && pelaksana.jenis === 'peran' && pelaksana.peran === 'petugas-loket') return 'ceklis'
	if (HASIL_SIAK.has(kode)) return 'hasil-siak'
	if (kode === 'ajukan-pendampingan') return 'pendampingan'
	if (kode === 'cetak' || kode === 'entri-cetak') return 'cetak'
	if (kode === 'cek-dokumen') return 'cek-dokumen'
	if (PENYERAHAN.has(kode)) return 'penyerahan'
	if (kode === 'kirim-email' || kode === 'kirim-wa') return 'kirim'
	return null
}
