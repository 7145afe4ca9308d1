/**
 * `npm start`: the one command for a fresh machine. Builds the app when the build is missing or
 * older than the sources, then runs it in demo mode on the embedded database (unless
 * DATABASE_URL says otherwise), with the demo office and accounts seeded once.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const buildFile = path.join(root, 'build/server/index.js')

function newestMtime(dir: string): number {
	let newest = 0
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name)
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full))
		else newest = Math.max(newest, fs.statSync(full).mtimeMs)
	}
	return newest
}

function buildIsStale() {
	if (!fs.existsSync(buildFile)) return true
	const built = fs.statSync(buildFile).mtimeMs
	const sources = Math.max(
		newestMtime(path.join(root, 'app')),
		newestMtime(path.join(root, 'models')),
		fs.statSync(path.join(root, 'package.json')).mtimeMs,
	)
	return sources > built
}

if (buildIsStale()) {
	console.log('Membangun aplikasi…')
	const result = spawnSync('npx', ['remix', 'vite:build'], { stdio: 'inherit', cwd: root })
	if (result.status !== 0) process.exit(result.status ?? 1)
}

const server = spawnSync('npx', ['tsx', 'server/index.ts'], {
	stdio: 'inherit',
	cwd: root,
	env: { ...process.env, NODE_ENV: 'production', SIMADU_DEMO: process.env.SIMADU_DEMO ?? '1' },
})
process.exit(server.status ?? 0)
