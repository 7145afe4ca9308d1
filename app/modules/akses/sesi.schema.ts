/** A session as the browser may know it: the first 12 hex characters of its id, never the whole hash. */
export const REF_SESI = /^[0-9a-f]{12}$/

export function parseSesiFilter(url: URL) {
	return { q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined }
}
export type SesiFilter = ReturnType<typeof parseSesiFilter>
