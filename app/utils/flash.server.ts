import { createCookie, redirect } from '@remix-run/node'
import { getEnv } from './env.server'

/** A one-time message shown on the next page after a redirect ("Pengguna disimpan."). */
export type Flash = { jenis: 'sukses' | 'galat' | 'info'; pesan: string }

function flashCookie() {
	return createCookie('simadu_pesan', {
		httpOnly: true,
		sameSite: 'lax',
		secure: getEnv().cookieSecure,
		path: '/',
		maxAge: 60,
	})
}

export async function redirectWithFlash(url: string, flash: Flash, init: ResponseInit = {}) {
	const headers = new Headers(init.headers)
	headers.append('Set-Cookie', await flashCookie().serialize(flash))
	return redirect(url, { ...init, headers })
}

/** Reads the pending message and the header that clears it. */
export async function readFlash(request: Request): Promise<{ flash: Flash | null; headers: Headers }> {
	const value = (await flashCookie().parse(request.headers.get('Cookie'))) as Flash | null
	const headers = new Headers()
	if (value) headers.append('Set-Cookie', await flashCookie().serialize('', { maxAge: 0 }))
	const valid = value && typeof value.pesan === 'string' && ['sukses', 'galat', 'info'].includes(value.jenis)
	return { flash: valid ? value : null, headers }
}
