import crypto from 'node:crypto'
import { Pengguna } from '#models/index'
import { createSession } from '~/utils/session.server'
import { runWithRequestContext, type RequestContext } from '~/utils/request-context.server'

export const BASE_URL = 'http://localhost:3000'

/** A session cookie for a demo account, without going through bcrypt. */
export async function loginAs(username: string) {
	const pengguna = await Pengguna.findOne({ where: { username } })
	if (!pengguna) throw new Error(`Akun ${username} tidak ada`)
	const { cookie, sesi } = await createSession({ penggunaId: pengguna.id, ip: '127.0.0.1', userAgent: 'vitest' })
	return { cookie: cookie.split(';')[0]!, penggunaId: pengguna.id, sesiId: sesi.id }
}

type RequestOptions = {
	method?: string
	cookie?: string
	form?: Record<string, string | string[]>
	body?: BodyInit
	headers?: Record<string, string>
}

/** A request as a browser on SIMADU's own origin would send it. */
export function makeRequest(pathname: string, options: RequestOptions = {}) {
	const headers = new Headers(options.headers)
	if (options.cookie) headers.set('Cookie', options.cookie)
	const method = options.method ?? (options.form || options.body ? 'POST' : 'GET')
	if (method !== 'GET') headers.set('Origin', BASE_URL)
	let body = options.body
	if (options.form) {
		const data = new URLSearchParams()
		for (const [key, value] of Object.entries(options.form)) {
			for (const v of Array.isArray(value) ? value : [value]) data.append(key, v)
		}
		body = data
	}
	return new Request(`${BASE_URL}${pathname}`, { method, headers, body })
}

/** Runs `work` as the server runs a request: with an id, an address and a user agent. */
export function withRequestContext<T>(work: () => Promise<T>, context: Partial<RequestContext> = {}) {
	return runWithRequestContext(
		{ requestId: crypto.randomBytes(4).toString('hex'), ip: '127.0.0.1', userAgent: 'vitest', ...context },
		work,
	)
}

/** Calls a loader or action and returns what it returned or threw (Responses are thrown too). */
export async function settle<T>(work: () => Promise<T>): Promise<T | Response> {
	try {
		return await withRequestContext(work)
	} catch (thrown) {
		if (thrown instanceof Response) return thrown
		throw thrown
	}
}

/** Unwraps `data()` results from Remix single fetch: `{ data, init }` or a plain object. */
export function payload<T = Record<string, unknown>>(result: unknown): T {
	if (result && typeof result === 'object' && 'type' in result && (result as { type: string }).type === 'DataWithResponseInit') {
		return (result as unknown as { data: T }).data
	}
	return result as T
}

export function statusOf(result: unknown): number {
	if (result instanceof Response) return result.status
	if (result && typeof result === 'object' && 'init' in result) {
		return (result as { init?: { status?: number } | null }).init?.status ?? 200
	}
	return 200
}
