import { describe, expect, it } from 'vitest'
import { closeDb } from '~/utils/db.server'
import { loader } from './healthz'

describe('/healthz', () => {
	it('answers ok when the database answers', async () => {
		const response = await loader()
		expect(response.status).toBe(200)
		expect(await response.json()).toEqual({ status: 'ok', db: 'ok' })
	})

	it('answers 503 when the database is unreachable', async () => {
		const saved = process.env.SQLITE_FILE
		const savedUrl = process.env.DATABASE_URL
		await closeDb()
		process.env.DATABASE_URL = 'mysql://nobody@127.0.0.1:1/tidak_ada'
		const { resetEnvCache } = await import('~/utils/env.server')
		resetEnvCache()
		try {
			const response = await loader()
			expect(response.status).toBe(503)
			expect(await response.json()).toEqual({ status: 'error', db: 'error' })
		} finally {
			await closeDb()
			process.env.SQLITE_FILE = saved
			if (savedUrl) process.env.DATABASE_URL = savedUrl
			else delete process.env.DATABASE_URL
			resetEnvCache()
		}
	})
})
