import type { TingkatWilayah } from '#models/referensi/Wilayah'

export const TINGKAT_WILAYAH: { value: TingkatWilayah; label: string }[] = [
	{ value: 'provinsi', label: 'Provinsi' },
	{ value: 'kabupaten', label: 'Kabupaten/kota' },
	{ value: 'kecamatan', label: 'Kecamatan' },
	{ value: 'desa', label: 'Desa/kelurahan' },
]

export const LABEL_TINGKAT = Object.fromEntries(TINGKAT_WILAYAH.map((t) => [t.value, t.label])) as Record<TingkatWilayah, string>

const POLA_KODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/

/** The list's filters, read the same way by the page and by its Excel export. */
export function parseWilayahFilter(url: URL) {
	const tingkat = url.searchParams.get('tingkat')
	const induk = url.searchParams.get('induk')?.trim()
	return {
		q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined,
		tingkat: TINGKAT_WILAYAH.some((t) => t.value === tingkat) ? (tingkat as TingkatWilayah) : undefined,
		induk: induk && POLA_KODE.test(induk) ? induk : undefined,
	}
}
export type WilayahFilter = ReturnType<typeof parseWilayahFilter>

/** The codes above a code, top first: 33.05.01 → 33, 33.05. */
export function kodeLeluhur(kode: string) {
	const parts = kode.split('.')
	return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'))
}
