/** What every benchmark needs before it measures: its knobs and a database of its own. */

/** A positive number from the environment, or the fallback (whole numbers only). */
export function angka(name: string, fallback: number) {
	const raw = process.env[name]
	const n = raw ? Number(raw) : fallback
	if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} harus angka positif.`)
	return Math.floor(n)
}

export const detik = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Drops and creates the bench database; refuses a name without "bench" in it, since it is
 * dropped. `variabel` names the setting in the message.
 */
export async function buatUlangDatabase(url: string, variabel: string) {
	const mysql = await import('mysql2/promise')
	const u = new URL(url.replace(/^mariadb:/, 'mysql:'))
	const nama = decodeURIComponent(u.pathname.replace(/^\//, ''))
	if (!/^[A-Za-z0-9_]+$/.test(nama) || !nama.includes('bench')) {
		throw new Error(`${variabel} harus menunjuk basis data khusus benchmark (nama memuat "bench"), bukan "${nama}": ia dihapus dan dibuat ulang.`)
	}
	const conn = await mysql.createConnection({
		host: u.hostname,
		port: Number(u.port || 3306),
		user: decodeURIComponent(u.username),
		password: u.password ? decodeURIComponent(u.password) : undefined,
	})
	await conn.query(`DROP DATABASE IF EXISTS \`${nama}\``)
	await conn.query(`CREATE DATABASE \`${nama}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`)
	await conn.end()
}
