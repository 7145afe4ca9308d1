/**
 * The words of a free-text search, shared by the query builder (server) and the highlighting of
 * the results (browser). A word is a run of letters and digits: everything else (spaces,
 * punctuation, and the boolean operators of MariaDB's full-text search `+ - < > ( ) ~ * " @`)
 * only separates words, so nothing the user types can change the meaning of the query.
 */

/** More words only narrow a search that is already narrow, and each costs a condition. */
export const MAKS_KATA = 8
/** InnoDB indexes no token longer than 84 characters; nobody searches one. */
const MAKS_PANJANG_KATA = 40

/** The distinct words of `teks`, lowercased, in the order typed. */
export function pecahKata(teks: string | null | undefined): string[] {
	if (!teks) return []
	const kata: string[] = []
	for (const match of teks.normalize('NFC').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
		const k = match[0].slice(0, MAKS_PANJANG_KATA)
		if (!kata.includes(k)) kata.push(k)
		if (kata.length === MAKS_KATA) break
	}
	return kata
}

/**
 * MariaDB `MATCH … AGAINST (… IN BOOLEAN MODE)`: every word required and taken as a prefix
 * (`+rapat* +koordinasi*`). The words hold only letters and digits, so no operator gets through.
 */
export function ekspresiBoolean(kata: readonly string[]): string {
	return kata.map((k) => `+${k}*`).join(' ')
}

export type Potongan = { teks: string; sorot: boolean }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `teks` cut into plain and highlighted pieces: every place a word of the search begins a word of
 * the text (the full-text search matches word prefixes). Rendered as text nodes and `<mark>`
 * elements, never as HTML, so the letters' own text cannot inject markup.
 */
export function potongSorotan(teks: string, kata: readonly string[]): Potongan[] {
	if (!teks) return []
	const dicari = [...kata].filter(Boolean).sort((a, b) => b.length - a.length)
	if (dicari.length === 0) return [{ teks, sorot: false }]
	const pola = new RegExp(`(?<![\\p{L}\\p{N}])(?:${dicari.map(escapeRegExp).join('|')})`, 'giu')
	const hasil: Potongan[] = []
	let posisi = 0
	for (const match of teks.matchAll(pola)) {
		const awal = match.index
		if (awal > posisi) hasil.push({ teks: teks.slice(posisi, awal), sorot: false })
		hasil.push({ teks: match[0], sorot: true })
		posisi = awal + match[0].length
	}
	if (posisi < teks.length) hasil.push({ teks: teks.slice(posisi), sorot: false })
	return hasil
}
