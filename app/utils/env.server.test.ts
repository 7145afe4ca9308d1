import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env.server'

describe('configuration', () => {
	it('uses the embedded SQLite file and port 3000 by default', () => {
		const env = parseEnv({})
		expect(env.databaseUrl).toBeUndefined()
		expect(env.sqliteFile).toMatch(/data\/simadu\.sqlite$/)
		expect(env.PORT).toBe(3000)
		expect(env.SESSION_IDLE_MINUTES).toBe(30)
		expect(env.SESSION_ABSOLUTE_HOURS).toBe(12)
	})

	it('names every wrong variable in one message', () => {
		expect(() => parseEnv({ PORT: 'delapan', DATABASE_URL: 'postgres://x' })).toThrow(EnvError)
		try {
			parseEnv({ PORT: 'delapan', DATABASE_URL: 'postgres://x' })
		} catch (error) {
			expect((error as Error).message).toMatch(/PORT/)
			expect((error as Error).message).toMatch(/DATABASE_URL: harus diawali mysql:\/\//)
		}
	})

	it('treats production without demo mode as a real install with secure cookies', () => {
		expect(parseEnv({ NODE_ENV: 'production' })).toMatchObject({ isProduction: true, cookieSecure: true })
		expect(parseEnv({ NODE_ENV: 'production', SIMADU_DEMO: '1' })).toMatchObject({ isProduction: false, cookieSecure: false })
	})
})
