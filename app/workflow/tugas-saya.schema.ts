import type { StatusWaktu } from './waktu-standar'

export const STATUS_TUGAS_SAYA = [
	{ value: 'terbuka', label: 'Terbuka (belum diambil)' },
	{ value: 'diambil-saya', label: 'Diambil saya' },
] as const
export type StatusTugasSaya = (typeof STATUS_TUGAS_SAYA)[number]['value']

export const WAKTU_TUGAS = [
	{ value: 'dalam', label: 'Dalam standar' },
	{ value: 'hampir', label: 'Hampir lewat' },
	{ value: 'lewat', label: 'Lewat standar' },
] as const satisfies readonly { value: StatusWaktu; label: string }[]

export type TugasSayaFilter = {
	definisiKode?: string
	langkahKode?: string
	status?: StatusTugasSaya
	waktu?: StatusWaktu
}

const KODE = /^[A-Za-z0-9.-]{1,60}$/

/** The inbox's filters from the query string (`proses`, `langkah`, `status`, `waktu`); junk is ignored. */
export function parseTugasSayaFilter(url: URL): TugasSayaFilter {
	const proses = url.searchParams.get('proses')?.trim()
	const langkah = url.searchParams.get('langkah')?.trim()
	const status = url.searchParams.get('status')
	const waktu = url.searchParams.get('waktu')
	const definisiKode = proses && KODE.test(proses) ? proses : undefined
	return {
		definisiKode,
		// a step only means something within its process
		langkahKode: definisiKode && langkah && KODE.test(langkah) ? langkah : undefined,
		status: STATUS_TUGAS_SAYA.find((s) => s.value === status)?.value,
		waktu: WAKTU_TUGAS.find((w) => w.value === waktu)?.value,
	}
}
