import type { FilterPermohonan } from '~/modules/layanan/baca.server'
import { LABEL_STATUS, type KodeStatusPermohonan } from '~/modules/layanan/status-permohonan'
import { isTanggal } from '~/modules/audit/waktu-zona'

/** The list's filters in the query string, shared by the page and its Excel export. */
type Kanal = NonNullable<FilterPermohonan['kanal']>

export const LABEL_KANAL: Record<Kanal, string> = { loket: 'Loket', web: 'Web', wa: 'WhatsApp', integrasi: 'Mitra integrasi' }

export const PILIHAN_KANAL = Object.entries(LABEL_KANAL).map(([value, label]) => ({ value, label }))
export const PILIHAN_STATUS = Object.entries(LABEL_STATUS).map(([value, label]) => ({ value, label }))

/** A whole NIK: searched only through the POST form, so it never lands in an address or a log. */
export const POLA_NIK = /^\d{16}$/

export type FilterDaftar = {
	q?: string
	jenis?: string
	kanal?: Kanal
	status?: KodeStatusPermohonan
	dari?: string
	sampai?: string
}

/**
 * Reads the filters; unknown values are dropped. A NIK typed into the ticket/name box is not
 * searched (`qNik`): the page points to the NIK form instead.
 */
export function bacaFilterPermohonan(url: URL): { filter: FilterDaftar; qNik: boolean } {
	const get = (name: string) => url.searchParams.get(name)?.trim().slice(0, 100) || undefined
	const q = get('q')
	const qNik = Boolean(q && POLA_NIK.test(q))
	const kanal = get('kanal')
	const status = get('status')
	const jenis = get('jenis')
	const dari = get('dari')
	const sampai = get('sampai')
	return {
		qNik,
		filter: {
			q: qNik ? undefined : q,
			jenis: jenis && /^[A-Z0-9-]{2,40}$/i.test(jenis) ? jenis.toUpperCase() : undefined,
			kanal: kanal && kanal in LABEL_KANAL ? (kanal as Kanal) : undefined,
			status: status && status in LABEL_STATUS ? (status as KodeStatusPermohonan) : undefined,
			dari: isTanggal(dari) ? dari : undefined,
			sampai: isTanggal(sampai) ? sampai : undefined,
		},
	}
}

/** The filter as `listPermohonan` takes it. */
export function kriteria(filter: FilterDaftar): FilterPermohonan {
	return { q: filter.q, jenisKode: filter.jenis, kanal: filter.kanal, status: filter.status, dari: filter.dari, sampai: filter.sampai }
}
