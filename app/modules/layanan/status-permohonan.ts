import type { Langkah } from '~/workflow/definisi/jenis'
import { panelLangkah } from './panel-langkah'

/** Where a request stands, in the words the desk and the citizen use; derived from its SOP step. */
export type KodeStatusPermohonan = 'menunggu-pemohon' | 'menunggu-denda' | 'diproses' | 'siap-diserahkan' | 'selesai' | 'ditolak' | 'dibatalkan'

export const LABEL_STATUS: Record<KodeStatusPermohonan, string> = {
	'menunggu-pemohon': 'Dikembalikan: menunggu kelengkapan dari pemohon',
	'menunggu-denda': 'Menunggu pembayaran denda di loket',
	diproses: 'Sedang diproses',
	'siap-diserahkan': 'Dokumen siap diserahkan',
	selesai: 'Selesai',
	ditolak: 'Ditolak',
	dibatalkan: 'Dibatalkan',
}

export function statusPermohonan(instansStatus: string, langkah: Pick<Langkah, 'kode' | 'pelaksana'> | null): KodeStatusPermohonan {
	if (instansStatus === 'selesai' || instansStatus === 'ditolak' || instansStatus === 'dibatalkan') return instansStatus
	const panel = langkah ? panelLangkah(langkah) : null
	if (panel === 'berkas-pemohon') return 'menunggu-pemohon'
	if (panel === 'denda') return 'menunggu-denda'
	if (panel === 'penyerahan' || panel === 'kirim') return 'siap-diserahkan'
	return 'diproses'
}
