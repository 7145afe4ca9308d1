import { getStorage } from '~/integrations/storage/storage.server'
import { getEnv } from '~/utils/env.server'
import { daftarkanPengirim } from '~/workflow/outbox.server'
import { kirimDokumen, kirimTeks } from './whatsapp.server'

/**
 * Delivery of the outbox's `wa` rows: a row with a lampiran goes as a document (the file from
 * storage, the text as its caption), any other as a text. A failure throws, so the outbox retries
 * the row with backoff; while the channel is not configured every try fails the same way and the
 * row ends on the failed-delivery page instead of being dropped.
 */
type IsiWa = { judul: string; isi?: string | null; tautan?: string | null; lampiran?: { kunci: string; nama: string; mime: string } }

/** A link in a message must open from a phone: relative paths need the public address. */
function tautanPublik(tautan: string | null | undefined) {
	if (!tautan) return null
	if (/^https?:\/\//.test(tautan)) return tautan
	const appUrl = getEnv().APP_URL
	return appUrl && tautan.startsWith('/') ? `${appUrl.replace(/\/+$/, '')}${tautan}` : null
}

export function teksPesanWa(isi: IsiWa) {
	return [isi.judul, isi.isi, tautanPublik(isi.tautan)].filter((bagian) => bagian && bagian.trim()).join('\n')
}

export function daftarkanPengirimWa() {
	daftarkanPengirim('wa', async (pesan) => {
		// the number is never put in the error: the outbox keeps the message for the failure page
		if (!/^\d{8,15}$/.test(pesan.tujuan)) throw new Error('Nomor WhatsApp tujuan tidak sah.')
		const isi = pesan.isi as IsiWa
		const teks = teksPesanWa(isi)
		if (isi.lampiran) {
			const bytes = await getStorage().read(isi.lampiran.kunci)
			if (!bytes) throw new Error('Lampiran tidak ditemukan di penyimpanan.')
			await kirimDokumen(pesan.tujuan, { bytes, nama: isi.lampiran.nama, mime: isi.lampiran.mime, keterangan: teks })
			return
		}
		await kirimTeks(pesan.tujuan, teks)
	})
}
