import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { prepareDatabase } from '~/utils/bootstrap.server'
import { closeDb, createSequelize } from '~/utils/db.server'
import { resetEnvCache } from '~/utils/env.server'

/**
 * Each test file gets a database of its own, migrated and seeded with the demo office:
 * a fresh SQLite file by default, or a fresh MariaDB database when TEST_DATABASE_URL is set
 * (`mysql://root@127.0.0.1:3306/simadu_test`; the name is used as a prefix).
 */
const suffix = `${process.pid}_${crypto.randomBytes(3).toString('hex')}`
const mysqlUrl = process.env.TEST_DATABASE_URL
let cleanup: (() => Promise<void>) | undefined

beforeAll(async () => {
	if (mysqlUrl) {
		const url = new URL(mysqlUrl)
		const name = `${url.pathname.slice(1) || 'simadu_test'}_${suffix}`
		const admin = createSequelize(`${url.protocol}//${url.username}${url.password ? `:${url.password}` : ''}@${url.host}/`)
		await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`)
		await admin.close()
		url.pathname = `/${name}`
		process.env.DATABASE_URL = url.toString()
		cleanup = async () => {
			const dropper = createSequelize(`${url.protocol}//${url.username}${url.password ? `:${url.password}` : ''}@${url.host}/`)
			await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``)
			await dropper.close()
		}
	} else {
		const file = path.join(os.tmpdir(), `simadu-test-${suffix}.sqlite`)
		delete process.env.DATABASE_URL
		process.env.SQLITE_FILE = file
		cleanup = async () => {
			for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
		}
	}
	process.env.UPLOAD_DIR = path.join(os.tmpdir(), `simadu-unggahan-${suffix}`)
	// the population demo imports 20,000 residents: tests that need residents import their own
	process.env.DEMO_PENDUDUK ??= '0'
	resetEnvCache()
	await prepareDatabase({ migrate: true, demo: true })
})

afterAll(async () => {
	await closeDb()
	await cleanup?.()
	fs.rmSync(path.join(os.tmpdir(), `simadu-unggahan-${suffix}`), { recursive: true, force: true })
})
