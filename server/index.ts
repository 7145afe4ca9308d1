import cluster from 'node:cluster'
import crypto from 'node:crypto'
import path from 'node:path'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import { assertNoDemoPasswords, prepareDatabase } from '~/utils/bootstrap.server'
import { closeDb } from '~/utils/db.server'
import { EnvError, getEnv } from '~/utils/env.server'
import { logger } from '~/utils/logger.server'
import { runWithRequestContext } from '~/utils/request-context.server'
import { tungguPengiriman } from '~/workflow/outbox.server'
import { crossSiteRefusal } from './origin-check'

/**
 * The HTTP server: one Express app in front of the Remix handler. It prepares the database,
 * gives every request an id and a context, refuses cross-site writes, and serves the build.
 */
async function main() {
	const env = getEnv()
	const isDev = env.NODE_ENV === 'development'
	const workers = isDev ? 1 : env.WEB_CONCURRENCY
	if (cluster.isPrimary) {
		// The embedded default and development apply migrations on start; a MySQL production
		// install runs `npm run db:migrate` as a deliberate step.
		await prepareDatabase({ migrate: !env.databaseUrl || !env.isProduction, demo: env.SIMADU_DEMO || isDev })
		if (env.isProduction) await assertNoDemoPasswords()
		// the built app opens its own connection pool; this one was only for preparing (and the
		// delivery of what seeding announced finishes on it first)
		await tungguPengiriman()
		await closeDb()
		if (workers > 1) {
			// The app keeps no state between requests (sessions, uploads metadata and messages are in
			// the database), so workers share the port and any of them can serve any request.
			let stopping = false
			for (let i = 0; i < workers; i++) cluster.fork()
			cluster.on('exit', (worker, code) => {
				if (stopping) return
				logger.error({ pid: worker.process.pid, code }, 'pekerja HTTP berhenti; diganti')
				cluster.fork()
			})
			const stopAll = () => {
				stopping = true
				for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM')
				setTimeout(() => process.exit(0), 5_000).unref()
				cluster.on('exit', () => {
					if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
				})
			}
			process.on('SIGTERM', stopAll)
			process.on('SIGINT', stopAll)
			logger.info({ workers }, 'SIMADU berjalan dengan beberapa pekerja')
			return
		}
	}

	const app = express()
	app.disable('x-powered-by')
	if (env.TRUST_PROXY) app.set('trust proxy', true)
	app.use(compression())

	app.use((req, res, next) => {
		const requestId = crypto.randomBytes(8).toString('hex')
		res.setHeader('X-Request-Id', requestId)
		res.setHeader('X-Content-Type-Options', 'nosniff')
		res.setHeader('Referrer-Policy', 'same-origin')
		res.setHeader('X-Frame-Options', 'DENY')
		const started = performance.now()
		res.on('finish', () => {
			// The path only: query strings may carry search terms typed by staff.
			logger.info(
				{ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) },
				'permintaan',
			)
		})
		const context = { requestId, ip: req.ip ?? 'tidak-diketahui', userAgent: req.get('user-agent') ?? null }
		runWithRequestContext(context, () => {
			const refusal = crossSiteRefusal(req)
			if (refusal) {
				logger.warn({ requestId, path: req.path, reason: refusal }, 'permintaan lintas situs ditolak')
				res.status(403).type('text/plain; charset=utf-8').send(`Permintaan ditolak: ${refusal}`)
				return
			}
			next()
		})
	})

	// Development reloads the build on every request (a function); production hands Remix the
	// build object once, so the route tree is compiled once instead of on every request.
	let build: ServerBuild | (() => Promise<ServerBuild>)
	if (isDev) {
		const vite = await import('vite')
		const viteServer = await vite.createServer({ server: { middlewareMode: true } })
		app.use(viteServer.middlewares)
		build = () => viteServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>
	} else {
		const buildDir = path.resolve('build')
		app.use('/assets', express.static(path.join(buildDir, 'client/assets'), { immutable: true, maxAge: '1y' }))
		app.use(express.static(path.join(buildDir, 'client'), { maxAge: '1h' }))
		build = (await import(path.join(buildDir, 'server/index.js'))) as ServerBuild
	}

	app.all('*', createRequestHandler({ build, mode: env.NODE_ENV }))

	const server = app.listen(env.PORT, env.HOST, () => {
		logger.info({ port: env.PORT, host: env.HOST, demo: env.SIMADU_DEMO }, 'SIMADU siap')
		console.log(`SIMADU berjalan di http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`)
	})
	const shutdown = () => {
		server.close(() => void closeDb().finally(() => process.exit(0)))
	}
	process.on('SIGTERM', shutdown)
	process.on('SIGINT', shutdown)
}

main().catch((error: unknown) => {
	if (error instanceof EnvError) console.error(error.message)
	else console.error('SIMADU gagal dijalankan:', error instanceof Error ? error.message : error)
	process.exit(1)
})
