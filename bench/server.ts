/** Building and running the production server for a benchmark, and stopping it again. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const BUILD = path.resolve('build/server/index.js')

function terbaru(dir: string): number {
	let max = 0
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name)
		if (entry.isDirectory()) max = Math.max(max, terbaru(full))
		else if (!/\.test\.tsx?$/.test(entry.name)) max = Math.max(max, fs.statSync(full).mtimeMs)
	}
	return max
}

/**
 * Builds when there is no build, or when `app/` or `models/` changed after it: measuring a stale
 * build would measure old code (or miss a route). `paksa` builds anyway.
 */
export function pastikanBuild(paksa = false) {
	const ada = fs.existsSync(BUILD)
	const usang = ada && Math.max(terbaru('app'), terbaru('models')) > fs.statSync(BUILD).mtimeMs
	if (ada && !usang && !paksa) return 'ada'
	console.log(`Membangun aplikasi (${!ada ? 'build belum ada' : usang ? 'build lebih lama dari kode' : 'diminta'}) …`)
	const result = spawnSync('npx', ['remix', 'vite:build'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
	if (result.status !== 0) throw new Error(`Build gagal (npx remix vite:build):\n${`${result.stdout}${result.stderr}`.slice(-5_000)}`)
	return 'dibangun'
}

export async function portBebas(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer()
		srv.unref()
		srv.on('error', reject)
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo
			srv.close(() => resolve(port))
		})
	})
}

export type Server = { url: string; stop: () => Promise<void>; log: () => string }

/** Starts `tsx server/index.ts` in its own process group and waits until `/healthz` answers. */
export async function mulaiServer(env: Record<string, string>, opsi: { profil?: string | null } = {}): Promise<Server> {
	const port = await portBebas()
	const url = `http://127.0.0.1:${port}`
	let log = ''
	// with a profile: node itself (npx refuses --cpu-prof in NODE_OPTIONS), stopped by SIGINT so the
	// profile is written on the way out
	const [perintah, args] = opsi.profil
		? ['node', ['--cpu-prof', `--cpu-prof-dir=${opsi.profil}`, '--import', 'tsx', 'server/index.ts']]
		: ['npx', ['tsx', 'server/index.ts']]
	const child: ChildProcess = spawn(perintah, args, {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	const simpan = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-20_000)
	}
	child.stdout?.on('data', simpan)
	child.stderr?.on('data', simpan)
	let exited = false
	child.on('exit', () => {
		exited = true
	})

	const stop = async () => {
		if (exited || !child.pid) return
		const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
		try {
			// the whole group: npx → tsx → node
			process.kill(-child.pid, opsi.profil ? 'SIGINT' : 'SIGTERM')
		} catch {
			return
		}
		const timer = setTimeout(() => {
			try {
				process.kill(-child.pid!, 'SIGKILL')
			} catch {
				// already gone
			}
		}, 10_000)
		await gone
		clearTimeout(timer)
	}

	const batas = Date.now() + 180_000
	while (Date.now() < batas) {
		if (exited) throw new Error(`Server berhenti sebelum siap:\n${log}`)
		try {
			const res = await fetch(`${url}/healthz`)
			if (res.ok) return { url, stop, log: () => log }
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 500))
	}
	await stop()
	throw new Error(`Server tidak menjawab /healthz dalam 180 detik:\n${log}`)
}
