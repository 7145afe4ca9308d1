import { afterEach, describe, expect, it, vi } from 'vitest'
import { Sesi } from '#models/index'
import { loginAs, makeRequest } from '#test/utils'
import { getActiveSession, hashToken, readSessionToken } from './session.server'

afterEach(() => {
	vi.useRealTimers()
})

describe('database sessions', () => {
	it('stores only the hash of the cookie token', async () => {
		const { cookie, sesiId } = await loginAs('sekretaris')
		const token = await readSessionToken(makeRequest('/', { cookie }))
		expect(token).toBeTruthy()
		expect(sesiId).toBe(hashToken(token!))
		expect(sesiId).not.toContain(token!)
	})

	it('ends a session after 30 idle minutes', async () => {
		const { cookie, sesiId } = await loginAs('sekretaris')
		const start = Date.now()
		vi.useFakeTimers({ now: start + 29 * 60_000, toFake: ['Date'] })
		expect(await getActiveSession(makeRequest('/', { cookie }))).not.toBeNull()
		// the 29-minute visit counts as activity: the idle clock starts again from there
		vi.setSystemTime(start + 29 * 60_000 + 31 * 60_000)
		expect(await getActiveSession(makeRequest('/', { cookie }))).toBeNull()
		expect((await Sesi.findByPk(sesiId))?.alasanBerakhir).toBe('tidak-aktif')
	})

	it('ends a session 12 hours after login however active', async () => {
		const { cookie, sesiId } = await loginAs('kabid.capil')
		const start = Date.now()
		for (let hour = 1; hour < 12; hour++) {
			vi.useFakeTimers({ now: start + hour * 3_600_000, toFake: ['Date'] })
			await Sesi.update({ terakhirAktifAt: new Date() }, { where: { id: sesiId } })
			expect(await getActiveSession(makeRequest('/', { cookie }))).not.toBeNull()
		}
		vi.setSystemTime(start + 12 * 3_600_000 + 1000)
		await Sesi.update({ terakhirAktifAt: new Date() }, { where: { id: sesiId } })
		expect(await getActiveSession(makeRequest('/', { cookie }))).toBeNull()
		expect((await Sesi.findByPk(sesiId))?.alasanBerakhir).toBe('kedaluwarsa')
	})

	it('ignores a forged or malformed cookie', async () => {
		expect(await getActiveSession(makeRequest('/', { cookie: 'simadu_sesi=abc' }))).toBeNull()
		expect(await getActiveSession(makeRequest('/', { cookie: `simadu_sesi=${'A'.repeat(43)}` }))).toBeNull()
	})
})
