/**
 * Typed refusals of the engine. Routes turn them into responses: 409 for a stale or invalid
 * transition ("Data sudah berubah, muat ulang"), 403 for an actor who may not act, 400 for a
 * missing reason, 404 for what does not exist.
 */
export class AlurError extends Error {
	constructor(
		message: string,
		readonly status: 400 | 403 | 404 | 409,
	) {
		super(message)
		this.name = new.target.name
	}
}

/** Someone else moved the instance or the task since the page was loaded. */
export class KonflikError extends AlurError {
	constructor(message = 'Data sudah berubah, muat ulang halaman lalu ulangi.') {
		super(message, 409)
	}
}

/** The action does not exist at this step, or its condition does not hold. */
export class TransisiTidakSahError extends AlurError {
	constructor(message: string) {
		super(message, 409)
	}
}

export class TidakBerhakError extends AlurError {
	constructor(message: string) {
		super(message, 403)
	}
}

export class AlasanWajibError extends AlurError {
	constructor(message = 'Alasan wajib diisi untuk tindakan ini.') {
		super(message, 400)
	}
}

export class TidakDitemukanError extends AlurError {
	constructor(message = 'Data alur kerja tidak ditemukan.') {
		super(message, 404)
	}
}

/** For routes: the engine's refusal as a thrown Response, anything else rethrown. */
export function alurErrorResponse(error: unknown): Response {
	if (error instanceof AlurError) {
		return new Response(JSON.stringify({ message: error.message }), {
			status: error.status,
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		})
	}
	throw error
}
