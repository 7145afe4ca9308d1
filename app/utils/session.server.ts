import crypto from 'node:crypto'
import { createCookie } from '@remix-run/node'
import { Op, type Transaction } from 'sequelize'
import { Sesi } from '#models/index'
import { getEnv } from './env.server'

/**
 * Database sessions. The cookie holds only a random token; the row is keyed by its hash, can be
 * listed and revoked, and expires after idle time or an absolute lifetime.
 */
const COOKIE_NAME = 'simadu_sesi'
/** Writing last-seen on every request would turn each page view into a write. */
const TOUCH_INTERVAL_MS = 60_000

export type AlasanBerakhir =
	| 'keluar'
	| 'tidak-aktif'
	| 'kedaluwarsa'
	| 'diakhiri-admin'
	| 'akun-dinonaktifkan'
	| 'sandi-diubah'
	| 'sandi-diatur-ulang'

function sessionCookie() {
	const env = getEnv()
	return createCookie(COOKIE_NAME, {
		httpOnly: true,
		sameSite: 'lax',
		secure: env.cookieSecure,
		path: '/',
	})
}

export function hashToken(token: string) {
	return crypto.createHash('sha256').update(token).digest('hex')
}

export async function readSessionToken(request: Request): Promise<string | null> {
	const value: unknown = await sessionCookie().parse(request.headers.get('Cookie'))
	return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null
}

export async function createSession(
	params: { penggunaId: number; ip: string; userAgent: string | null },
	transaction?: Transaction,
) {
	const env = getEnv()
	const token = crypto.randomBytes(32).toString('base64url')
	const now = new Date()
	const sesi = await Sesi.create(
		{
			id: hashToken(token),
			penggunaId: params.penggunaId,
			terakhirAktifAt: now,
			kedaluwarsaAt: new Date(now.getTime() + env.SESSION_ABSOLUTE_HOURS * 3_600_000),
			ip: params.ip,
			userAgent: params.userAgent?.slice(0, 300) ?? null,
			berakhirAt: null,
			alasanBerakhir: null,
		},
		{ transaction },
	)
	const cookie = await sessionCookie().serialize(token, { expires: sesi.kedaluwarsaAt })
	return { sesi, cookie }
}

/** The live session for this request, or null. Expired ones are closed on the way. */
export async function getActiveSession(request: Request) {
	const token = await readSessionToken(request)
	if (!token) return null
	const sesi = await Sesi.findByPk(hashToken(token))
	if (!sesi || sesi.berakhirAt) return null
	const env = getEnv()
	const now = Date.now()
	if (sesi.kedaluwarsaAt.getTime() <= now) {
		await endSession(sesi.id, 'kedaluwarsa')
		return null
	}
	if (sesi.terakhirAktifAt.getTime() + env.SESSION_IDLE_MINUTES * 60_000 <= now) {
		await endSession(sesi.id, 'tidak-aktif')
		return null
	}
	if (now - sesi.terakhirAktifAt.getTime() > TOUCH_INTERVAL_MS) {
		await Sesi.update({ terakhirAktifAt: new Date(now) }, { where: { id: sesi.id } })
	}
	return sesi
}

export async function endSession(id: string, alasan: AlasanBerakhir, transaction?: Transaction) {
	await Sesi.update(
		{ berakhirAt: new Date(), alasanBerakhir: alasan },
		{ where: { id, berakhirAt: null }, transaction },
	)
}

/** Ends every open session of a user, e.g. when the account is disabled or the password reset. */
export async function endSessionsOf(
	penggunaId: number,
	alasan: AlasanBerakhir,
	options: { exceptId?: string; transaction?: Transaction } = {},
) {
	const where = {
		penggunaId,
		berakhirAt: null,
		...(options.exceptId ? { id: { [Op.ne]: options.exceptId } } : {}),
	}
	const [count] = await Sesi.update(
		{ berakhirAt: new Date(), alasanBerakhir: alasan },
		{ where, transaction: options.transaction },
	)
	return count
}

export async function clearSessionCookie() {
	return sessionCookie().serialize('', { maxAge: 0, expires: new Date(0) })
}

/** Open sessions that are still within both limits. */
export function activeSessionWhere() {
	const env = getEnv()
	const now = Date.now()
	return {
		berakhirAt: null,
		kedaluwarsaAt: { [Op.gt]: new Date(now) },
		terakhirAktifAt: { [Op.gt]: new Date(now - env.SESSION_IDLE_MINUTES * 60_000) },
	}
}
