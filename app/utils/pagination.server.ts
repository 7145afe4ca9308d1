import { isSqlite } from './db.server'

/** Server-side paging read from the query string: `?hal=2`. Pages are 1-based; 25 rows a page. */
export const UKURAN_HALAMAN = 25

export function readPage(url: URL, perPage = UKURAN_HALAMAN) {
	const raw = Number.parseInt(url.searchParams.get('hal') ?? '1', 10)
	const page = Number.isFinite(raw) && raw > 0 ? Math.min(raw, 100_000) : 1
	return { page, perPage, offset: (page - 1) * perPage }
}

/** A trimmed search term, or undefined when empty; capped so a huge query string does no harm. */
export function readSearch(url: URL, name = 'q') {
	const value = url.searchParams.get(name)?.trim().slice(0, 100)
	return value ? value : undefined
}

/**
 * `%term%` for LIKE, with the wildcard characters the user typed taken literally. MySQL escapes
 * with a backslash by default; SQLite's LIKE has no escape character without an ESCAPE clause, so
 * there a typed `%` becomes `_` (any one character, the `%` included): a slightly wider match
 * rather than none.
 */
export function likePattern(term: string) {
	if (isSqlite()) return `%${term.replace(/%/g, '_')}%`
	return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
