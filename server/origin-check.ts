import type { Request } from 'express'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function hostOf(value: string | undefined) {
	if (!value) return null
	try {
		return new URL(value).host
	} catch {
		return 'tidak-sah'
	}
}

/**
 * Why a state-changing request must be refused, or null. A browser sends Origin (or at least
 * Referer) on every POST; when it names another site the request is forged. A request with
 * neither and no session cookie carries no one's authority (webhooks, scripts) and may pass.
 */
export function crossSiteRefusal(req: Pick<Request, 'method' | 'headers' | 'get'>): string | null {
	if (SAFE_METHODS.has(req.method)) return null
	const host = req.get('host')
	const origin = req.get('origin')
	const source = origin && origin !== 'null' ? hostOf(origin) : hostOf(req.get('referer'))
	if (source) return source === host ? null : 'asal permintaan bukan dari SIMADU.'
	if (origin === 'null') return 'asal permintaan tidak diketahui.'
	const hasSession = /(?:^|;\s*)simadu_sesi=/.test(req.get('cookie') ?? '')
	return hasSession ? 'asal permintaan tidak diketahui.' : null
}
