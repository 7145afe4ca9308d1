/** A before→after record of one audit event, as the trail stores it. */
export type PerubahanData = Record<string, { sebelum?: unknown; sesudah?: unknown }>

function tampil(value: unknown, ada: boolean): string {
	if (!ada) return '—'
	if (value === null || value === '') return '(kosong)'
	if (typeof value === 'string') return value
	if (value === true) return 'ya'
	if (value === false) return 'tidak'
	return JSON.stringify(value)
}

function potong(text: string, max = 40) {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function baris(field: string, change: { sebelum?: unknown; sesudah?: unknown }, max?: number) {
	const sebelum = tampil(change.sebelum, 'sebelum' in change)
	const sesudah = tampil(change.sesudah, 'sesudah' in change)
	const fit = (s: string) => (max ? potong(s, max) : s)
	if (!('sebelum' in change)) return `${field}: ${fit(sesudah)}`
	return `${field}: ${fit(sebelum)} → ${fit(sesudah)}`
}

/** Bookkeeping columns say little in a one-line summary; they go last. */
const BELAKANG = new Set(['id', 'createdAt', 'updatedAt', 'version'])

function urut(perubahan: PerubahanData | null) {
	const entries = Object.entries(perubahan ?? {})
	return [...entries.filter(([f]) => !BELAKANG.has(f)), ...entries.filter(([f]) => BELAKANG.has(f))]
}

/** The first changes in one line; all of them, in full, when opened. */
export function RingkasPerubahan({ perubahan }: { perubahan: PerubahanData | null }) {
	const entries = urut(perubahan)
	if (entries.length === 0) return <span className="muted">—</span>
	const ringkas = entries
		.slice(0, 2)
		.map(([field, change]) => baris(field, change, 30))
		.join('; ')
	return (
		<details>
			<summary>
				{ringkas}
				{entries.length > 2 ? <span className="muted"> (+{entries.length - 2} lainnya)</span> : null}
			</summary>
			<ul>
				{entries.map(([field, change]) => (
					<li key={field}>{baris(field, change)}</li>
				))}
			</ul>
		</details>
	)
}

/** The whole record as one text, for the Excel export. */
export function teksPerubahan(perubahan: PerubahanData | null) {
	return urut(perubahan)
		.map(([field, change]) => baris(field, change))
		.join('\n')
}
