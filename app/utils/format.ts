/**
 * Formatting for what users read: numbers, money and dates in id-ID, times in the office's zone.
 * Shared by server and browser.
 */
export const ZONA_WAKTU_BAKU = 'Asia/Jakarta'

const angka = new Intl.NumberFormat('id-ID')

export function formatAngka(value: number) {
	return angka.format(value)
}

/** `Rp1.234.567` from an integer amount of Rupiah. */
export function formatRupiah(value: number | bigint) {
	return `Rp${angka.format(value)}`
}

/** Building an Intl formatter is far dearer than using one: keep one per pattern and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
	const key = `${locale}|${JSON.stringify(options)}`
	let found = formatters.get(key)
	if (!found) {
		found = new Intl.DateTimeFormat(locale, options)
		formatters.set(key, found)
	}
	return found
}

export function formatTanggal(value: Date | string, zonaWaktu = ZONA_WAKTU_BAKU) {
	const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value
	return formatter('id-ID', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: typeof value === 'string' && value.length === 10 ? 'UTC' : zonaWaktu,
	}).format(date)
}

export function formatWaktu(value: Date | string, zonaWaktu = ZONA_WAKTU_BAKU) {
	const date = typeof value === 'string' ? new Date(value) : value
	return formatter('id-ID', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: zonaWaktu,
	}).format(date)
}

export function formatJam(value: Date | string, zonaWaktu = ZONA_WAKTU_BAKU) {
	const date = typeof value === 'string' ? new Date(value) : value
	return formatter('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: zonaWaktu }).format(date)
}

/** The calendar date (`YYYY-MM-DD`) of an instant in the office's zone. */
export function tanggalDiZona(value: Date, zonaWaktu = ZONA_WAKTU_BAKU) {
	const parts = formatter('en-CA', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		timeZone: zonaWaktu,
	}).format(value)
	return parts
}

/** `3305••••••••0012`: the first four and last four digits of a NIK or KK number. */
export function maskNomor(value: string) {
	if (value.length <= 8) return '•'.repeat(value.length)
	return `${value.slice(0, 4)}${'•'.repeat(value.length - 8)}${value.slice(-4)}`
}

const LABEL_ZONA: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }

/** `15.42 WIB` */
export function formatJamZona(value: Date, zonaWaktu = ZONA_WAKTU_BAKU) {
	return `${formatJam(value, zonaWaktu)} ${LABEL_ZONA[zonaWaktu] ?? zonaWaktu}`
}

/** `1,5 MB`, `320 KB`: a file's size as the forms and lists show it. */
export function formatUkuran(bytes: number) {
	if (bytes >= 1024 * 1024) return `${formatAngka(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`
	if (bytes >= 1024) return `${formatAngka(Math.round(bytes / 1024))} KB`
	return `${formatAngka(bytes)} bita`
}
