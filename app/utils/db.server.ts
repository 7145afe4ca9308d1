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
	let walSet = false
	sequelize.addHook('afterConnect', async (connection: unknown) => {
		const db = connection as { run(sql: string, cb: (err: Error | null) => void): void }
		const run = (sql: string) =>
			new Promise<void>((resolve, reject) => db.run(sql, (err) => (err ? reject(err) : resolve())))
		await run('PRAGMA busy_timeout = 10000')
		// WAL is a property of the file: set once. Setting it again on every connection (Sequelize
		// opens one per transaction on SQLite) contends for the lock that writers hold.
		if (!walSet) {
			await run('PRAGMA journal_mode = WAL')
			walSet = true
		}
		await run('PRAGMA foreign_keys = ON')
	})
	serialiseManagedTransactions(sequelize)
	return sequelize
}

/**
 * SQLite has one writer; a transaction waiting for the write lock sleeps in SQLite's busy handler
 * on one of libuv's four worker threads. With a handful of waiters every thread sleeps and the
 * transaction holding the lock cannot run its next query until the waiters time out. So on the
 * embedded database managed transactions of this process take turns in JavaScript instead.
 */
function serialiseManagedTransactions(sequelize: Sequelize) {
	const original = sequelize.transaction.bind(sequelize) as (...args: unknown[]) => Promise<unknown>
	let queue: Promise<unknown> = Promise.resolve()
	;(sequelize as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args: unknown[]) => {
		if (typeof args.at(-1) !== 'function') return original(...args)
		const run = queue.then(() => original(...args))
		queue = run.catch(() => undefined)
		return run
	}
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
