/**
 * Office dates and instants. The audit trail is stored in UTC; a filter "from 1 to 3 March" means
 * office days, so the bounds are the office zone's midnights. Shared by server and browser.
 */
const TANGGAL = /^\d{4}-\d{2}-\d{2}$/

/** A `YYYY-MM-DD` that exists on the calendar. */
export function isTanggal(value: string | null | undefined): value is string {
	if (!value || !TANGGAL.test(value)) return false
	const date = new Date(`${value}T00:00:00Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

function offsetMs(instant: number, zona: string) {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zona,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant))
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
	return wall - (instant - (instant % 1000))
}

/** The UTC instant at which office date `tanggal` begins in `zona` (e.g. 2026-03-01 → 2026-02-28T17:00Z). */
export function awalHariUtc(tanggal: string, zona: string): Date {
	const naive = Date.parse(`${tanggal}T00:00:00Z`)
	let zone = zona
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zona })
	} catch {
		zone = 'Asia/Jakarta'
	}
	// twice, so a zone whose offset changes around midnight still lands right
	const first = naive - offsetMs(naive, zone)
	return new Date(naive - offsetMs(first, zone))
}

/** The date after `tanggal`. */
export function hariBerikutnya(tanggal: string) {
	const date = new Date(`${tanggal}T00:00:00Z`)
	date.setUTCDate(date.getUTCDate() + 1)
	return date.toISOString().slice(0, 10)
}

/** `2026-03-01 14:05:09` in the office zone: sortable, to the second, for the trail and its export. */
export function formatWaktuDetik(value: Date | string, zona: string) {
	const date = typeof value === 'string' ? new Date(value) : value
	return new Intl.DateTimeFormat('sv-SE', {
		timeZone: zona,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23',
	}).format(date)
}
