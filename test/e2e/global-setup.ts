import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { mulaiMitraPalsu, RAHASIA_UJI } from './mitra-palsu'

/**
 * Builds the app, starts it in demo mode on a fresh SQLite file and a free port, and hands the
 * address to the tests. The server is stopped and its files removed afterwards.
 */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer()
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo
			server.close(() => resolve(port))
		})
		server.on('error', reject)
	})
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 90_000) {
	const deadline = Date.now() + timeoutMs
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`Server berhenti dengan kode ${server.exitCode}`)
		try {
			const response = await fetch(`${url}/healthz`)
			if (response.ok) return
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 300))
	}
	throw new Error('Server tidak siap dalam 90 detik')
}

let server: ChildProcess | undefined
let workdir: string | undefined
let mitra: Awaited<ReturnType<typeof mulaiMitraPalsu>> | undefined

export async function setup(project: TestProject) {
	const build = spawnSync('npx', ['remix', 'vite:build'], { stdio: 'inherit' })
	if (build.status !== 0) throw new Error('Build gagal')
	workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'simadu-e2e-'))
	const port = await freePort()
	const baseUrl = `http://localhost:${port}`
	const log = fs.openSync(path.join(workdir, 'server.log'), 'w')
	// WhatsApp, SMTP and TTE stand-ins on local ports: the app talks to them as to the real ones
	mitra = await mulaiMitraPalsu()
	server = spawn('npx', ['tsx', 'server/index.ts'], {
		env: {
			...process.env,
			NODE_ENV: 'production',
			SIMADU_DEMO: '1',
			PORT: String(port),
			HOST: '127.0.0.1',
			SQLITE_FILE: path.join(workdir, 'e2e.sqlite'),
			UPLOAD_DIR: path.join(workdir, 'unggahan'),
			DATABASE_URL: '',
			APP_URL: baseUrl,
			WA_API_BASE_URL: mitra.url,
			WA_PHONE_NUMBER_ID: RAHASIA_UJI.phoneNumberId,
			WA_ACCESS_TOKEN: RAHASIA_UJI.accessToken,
			WA_VERIFY_TOKEN: RAHASIA_UJI.verifyToken,
			WA_APP_SECRET: RAHASIA_UJI.appSecret,
			SMTP_URL: mitra.smtpUrl,
			MAIL_FROM: 'SIMADU Disdukcapil <simadu@contoh.go.id>',
			TTE_API_BASE_URL: mitra.url,
			TTE_API_USER: RAHASIA_UJI.tteUser,
			TTE_API_PASSWORD: RAHASIA_UJI.ttePassword,
		},
		stdio: ['ignore', log, log],
		detached: true,
	})
	try {
		await waitForHealth(baseUrl, server)
	} catch (error) {
		console.error(fs.readFileSync(path.join(workdir, 'server.log'), 'utf8'))
		throw error
	}
	project.provide('baseUrl', baseUrl)
	project.provide('serverLog', path.join(workdir, 'server.log'))
	project.provide('mitraUrl', mitra.url)
}

export async function teardown() {
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGTERM')
		} catch {
			// already gone
		}
	}
	await mitra?.tutup()
	if (workdir) fs.rmSync(workdir, { recursive: true, force: true })
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string
		serverLog: string
		mitraUrl: string
	}
}
