import { describe, expect, it } from 'vitest'
import { crossSiteRefusal } from './origin-check'

function req(method: string, headers: Record<string, string>) {
	const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
	return { method, headers: lower, get: (name: string) => lower[name.toLowerCase()] } as Parameters<typeof crossSiteRefusal>[0]
}

describe('cross-site request refusal', () => {
	it('lets reads through', () => {
		expect(crossSiteRefusal(req('GET', { host: 'simadu.test', origin: 'https://evil.test' }))).toBeNull()
	})
	it('accepts a POST from its own origin', () => {
		expect(crossSiteRefusal(req('POST', { host: 'simadu.test', origin: 'https://simadu.test' }))).toBeNull()
	})
	it('refuses a POST from another site', () => {
		expect(crossSiteRefusal(req('POST', { host: 'simadu.test', origin: 'https://evil.test' }))).toMatch(/bukan dari SIMADU/)
	})
	it('falls back to Referer when there is no Origin', () => {
		expect(crossSiteRefusal(req('POST', { host: 'simadu.test', referer: 'https://evil.test/form' }))).not.toBeNull()
		expect(crossSiteRefusal(req('POST', { host: 'simadu.test', referer: 'https://simadu.test/akun' }))).toBeNull()
	})
	it('refuses an opaque origin and a session-carrying request with no origin at all', () => {
		expect(crossSiteRefusal(req('POST', { host: 'simadu.test', origin: 'null' }))).not.toBeNull()
		expect(crossSiteRefusal(req('POST', { host: 'simadu.test', cookie: 'simadu_sesi=abc' }))).not.toBeNull()
	})
	it('lets a cookieless machine client through (webhooks authenticate themselves)', () => {
		expect(crossSiteRefusal(req('POST', { host: 'simadu.test' }))).toBeNull()
	})
})
