import fs from 'node:fs'
import path from 'node:path'
import { Sequelize, Transaction, type Options } from 'sequelize'
import { initModels } from '#models/index'
import { installAuditHooks } from './audit.server'
import { getEnv } from './env.server'
import { logger } from './logger.server'

/**
 * The one database connection of the process. MySQL/MariaDB when DATABASE_URL is set, otherwise
 * the embedded SQLite file under data/. Everything is stored in UTC.
 */
export function createSequelize(databaseUrl: string | undefined, sqliteFile?: string) {
	const env = getEnv()
	const logging = env.DB_LOGGING ? (sql: string) => logger.debug({ sql }, 'sql') : false
	const define: Options['define'] = {
		underscored: true,
		freezeTableName: true,
		charset: 'utf8mb4',
		collate: 'utf8mb4_unicode_ci',
	}
	if (databaseUrl) {
		return new Sequelize(databaseUrl.replace(/^mariadb:/, 'mysql:'), {
			dialect: 'mysql',
			logging,
			define,
			timezone: '+00:00',
			dialectOptions: { charset: 'utf8mb4', dateStrings: false, supportBigNumbers: true },
			pool: { max: env.DB_POOL_MAX, min: 0, acquire: 30_000, idle: 10_000 },
		})
	}
	const file = sqliteFile ?? env.sqliteFile
	fs.mkdirSync(path.dirname(file), { recursive: true })
	const sequelize = new Sequelize({
		dialect: 'sqlite',
		storage: file,
		logging,
		define,
		// IMMEDIATE takes the write lock at BEGIN, so two writers queue instead of deadlocking.
		transactionType: Transaction.TYPES.IMMEDIATE,
		pool: { max: 1, min: 0, idle: 60_000 },
		retry: { max: 5, match: [/SQLITE_BUSY/] },
	})
	sequelize.addHook('afterConnect', async (connection: unknown) => {
		const db = connection as { run(sql: string, cb: (err: Error | null) => void): void }
		const run = (sql: string) =>
			new Promise<void>((resolve, reject) => db.run(sql, (err) => (err ? reject(err) : resolve())))
		await run('PRAGMA journal_mode = WAL')
		await run('PRAGMA busy_timeout = 10000')
		await run('PRAGMA foreign_keys = ON')
	})
	return sequelize
}

let instance: Sequelize | undefined

/** The process-wide connection with every model bound to it. */
export function getDb(): Sequelize {
	if (!instance) {
		instance = createSequelize(getEnv().databaseUrl)
		initModels(instance)
		installAuditHooks(instance)
	}
	return instance
}

export async function closeDb() {
	if (instance) {
		await instance.close()
		instance = undefined
	}
}

export function isSqlite(sequelize: Sequelize = getDb()) {
	return sequelize.getDialect() === 'sqlite'
}

/** Runs `work` in one transaction; everything it writes lands together or not at all. */
export function transaction<T>(work: (t: Transaction) => Promise<T>): Promise<T> {
	return getDb().transaction(work)
}
