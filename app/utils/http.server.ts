/** Responses thrown from loaders and actions, with messages the error page shows. */
export function notFound(message = 'Data tidak ditemukan.') {
	return new Response(JSON.stringify({ message }), {
		status: 404,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	})
}

export function conflict(message = 'Data sudah berubah, muat ulang halaman lalu ulangi.') {
	return new Response(JSON.stringify({ message }), {
		status: 409,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	})
}

/** A route's numeric id parameter; anything else is a 404, not a 500. */
export function parseId(value: string | undefined): number {
	const id = Number(value)
	if (!Number.isSafeInteger(id) || id <= 0) throw notFound()
	return id
}

export function forbidden(message = 'Anda tidak memiliki izin untuk tindakan ini.') {
	return new Response(JSON.stringify({ message }), {
		status: 403,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	})
}
