/**
 * A file response for a download: the name in RFC 5987 form (UTF-8, percent-encoded) plus a
 * plain-ASCII fallback, never cached by shared caches, never sniffed into another type.
 */
export function unduhan(isi: Uint8Array, mime: string, nama: string, disposisi: 'attachment' | 'inline') {
	const ascii = nama.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
	const utf8 = encodeURIComponent(nama).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
	return new Response(new Uint8Array(isi), {
		headers: {
			'Content-Type': mime,
			'Content-Length': String(isi.byteLength),
			'Content-Disposition': `${disposisi}; filename="${ascii}"; filename*=UTF-8''${utf8}`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store',
		},
	})
}
