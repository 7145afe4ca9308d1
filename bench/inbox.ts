/**
 * `npm run bench:inbox`: seeds 100,000 workflow instances on MariaDB and measures "Tugas saya"
 * (`/tugas`) and a subject page (`/alur/:id`) under 50 signed-in users, next to `/healthz` as the
 * floor of the same server. Targets: p95 under 150 ms, at least half the floor's throughput.
 * See bench/README.md for the knobs and how to read the result.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { QueryTypes, type Sequelize } from 'sequelize'
import { angka, buatUlangDatabase, detik } from './basis-data'
import { pastikanBuild, mulaiServer, type Server } from './server'
import { jalankan, type Hasil } from './ukur'

// before any app module loads: the logger reads its level at import
process.env.LOG_LEVEL ??= 'warn'

const KONFIG = {
	databaseUrl: process.env.BENCH_DATABASE_URL || 'mysql://root@127.0.0.1:3306/simadu_bench',
	instans: angka('BENCH_INSTANCES', 100_000),
	porsiBerjalan: 0.25,
	batch: angka('BENCH_BATCH', 2_000),
	koneksi: angka('BENCH_CONNECTIONS', 50),
	durasi: angka('BENCH_DURATION', 20),
	pemanasan: angka('BENCH_WARMUP', 5),
	lewatiSeed: process.env.BENCH_SKIP_SEED === '1',
	paksaBuild: process.env.BENCH_BUILD === '1',
	halamanData: process.env.BENCH_DATA !== '0',
	/** only these targets (comma-separated names: lantai, tugas, alur, akun, tugas-data, alur-data) */
	sasaran: process.env.BENCH_SASARAN ? process.env.BENCH_SASARAN.split(',').map((s) => s.trim()) : null,
	/** a directory: the server runs with `--cpu-prof` and writes its profile there on stop */
	profil: process.env.BENCH_PROFIL ? path.resolve(process.env.BENCH_PROFIL) : null,
}
const TARGET_P95_MS = 150
const TARGET_PORSI_LANTAI = 0.5
const HASIL_FILE = path.resolve('bench/hasil-inbox.json')

type Penguji = { id: number; username: string; peran: string[]; cookie: string; alur: number[] }

/** Seeds (unless skipped), then signs the 50 bench users in and picks the pages each may open. */
async function siapkanData() {
	process.env.DATABASE_URL = KONFIG.databaseUrl
	const { resetEnvCache } = await import('~/utils/env.server')
	resetEnvCache()
	const { closeDb, getDb } = await import('~/utils/db.server')
	const { prepareDatabase } = await import('~/utils/bootstrap.server')
	const { createSession } = await import('~/utils/session.server')
	const { tanggalDiZona } = await import('~/utils/format')
	const { hakAtasTugas } = await import('~/workflow/pelaksana.server')
	const seed = await import('./seed-alur')

	const waktu: Record<string, number> = {}
	let statistik: Awaited<ReturnType<typeof hitungData>> | null = null
	const mulaiTotal = performance.now()
	try {
		if (!KONFIG.lewatiSeed) {
			let t = performance.now()
			await buatUlangDatabase(KONFIG.databaseUrl, 'BENCH_DATABASE_URL')
			await prepareDatabase({ migrate: true, demo: true })
			waktu.skemaDanDemoMs = performance.now() - t
			console.log(`Skema, data referensi dan akun demo: ${detik(waktu.skemaDanDemoMs)}`)

			t = performance.now()
			const db = getDb()
			const jumlah = await seed.seedPenggunaBench(db)
			waktu.penggunaMs = performance.now() - t
			console.log(`${jumlah} pengguna uji: ${detik(waktu.penggunaMs)}`)

			t = performance.now()
			const users = await seed.muatPengguna(db, tanggalDiZona(new Date()))
			const pembuat = new seed.PembuatAlur(db.getQueryInterface(), users, seed.acak(20261122), new Date(), KONFIG.batch, await seed.idTerakhir(db))
			let laporTerakhir = 0
			await pembuat.buat(KONFIG.instans, KONFIG.porsiBerjalan, (selesai) => {
				if (selesai - laporTerakhir >= 10_000 || selesai === KONFIG.instans) {
					laporTerakhir = selesai
					console.log(`  ${selesai.toLocaleString('id-ID')} instans … ${detik(performance.now() - t)}`)
				}
			})
			waktu.instansMs = performance.now() - t
			const s = pembuat.statistik
			console.log(
				`Instans: ${s.instans} (${s.berjalan} berjalan), tugas: ${s.tugas} (${s.tugasTerbuka} terbuka/diambil), riwayat: ${s.riwayat} — ${detik(waktu.instansMs)}`,
			)

			t = performance.now()
			// a settled production database has fresh statistics too
			await db.query('ANALYZE TABLE alur_instans, alur_tugas, alur_riwayat')
			waktu.analyzeMs = performance.now() - t
		}

		const db = getDb()
		statistik = await hitungData(db)
		const semua = await seed.muatPengguna(db, tanggalDiZona(new Date()))
		const bench = semua.filter((u) => u.username.startsWith(seed.PREFIX_BENCH))
		if (bench.length === 0) throw new Error('Tidak ada pengguna uji (bench.*): jalankan tanpa BENCH_SKIP_SEED=1.')
		const terbuka = await db.query<{ instans_id: number; target_jenis: 'peran' | 'jabatan' | 'pengguna'; target_peran: string | null; target_jabatan_id: number | null; target_pengguna_id: number | null }>(
			`SELECT instans_id, target_jenis, target_peran, target_jabatan_id, target_pengguna_id FROM alur_tugas WHERE status = 'terbuka' ORDER BY instans_id`,
			{ type: QueryTypes.SELECT },
		)
		const rnd = seed.acak(7)
		const penguji: Penguji[] = []
		for (const u of bench) {
			// running instances whose open task this user may take: pages they really open
			const ids = [
				...new Set(
					terbuka
						.filter((t) =>
							hakAtasTugas(
								{ id: u.id, authority: u.authority },
								{ targetJenis: t.target_jenis, targetPeran: t.target_peran, targetJabatanId: t.target_jabatan_id, targetPenggunaId: t.target_pengguna_id },
							).boleh,
						)
						.map((t) => t.instans_id),
				),
			]
			for (let i = ids.length - 1; i > 0; i--) {
				const j = rnd.int(0, i)
				;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
			}
			if (ids.length === 0) throw new Error(`Pengguna ${u.username} tidak punya tugas terbuka untuk dibuka halamannya.`)
			const { cookie } = await createSession({ penggunaId: u.id, ip: '127.0.0.1', userAgent: 'autocannon (bench:inbox)' })
			penguji.push({ id: u.id, username: u.username, peran: u.authority.peran, cookie: cookie.split(';')[0]!, alur: ids.slice(0, 200) })
		}
		waktu.totalMs = performance.now() - mulaiTotal
		return { penguji, waktu, statistik }
	} finally {
		await closeDb()
	}
}

async function hitungData(db: Sequelize) {
	const [row] = await db.query<{ instans: number; berjalan: number; tugas: number; terbuka: number; diambil: number; riwayat: number }>(
		`SELECT (SELECT COUNT(*) FROM alur_instans) AS instans,
		        (SELECT COUNT(*) FROM alur_instans WHERE status = 'berjalan') AS berjalan,
		        (SELECT COUNT(*) FROM alur_tugas) AS tugas,
		        (SELECT COUNT(*) FROM alur_tugas WHERE status = 'terbuka') AS terbuka,
		        (SELECT COUNT(*) FROM alur_tugas WHERE status = 'diambil') AS diambil,
		        (SELECT COUNT(*) FROM alur_riwayat) AS riwayat`,
		{ type: QueryTypes.SELECT },
	)
	return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]))
}

/** Each user's page opens once before the load: a redirect to /login means a refused cookie. */
async function periksaAwal(server: Server, penguji: Penguji[]) {
	for (const p of penguji) {
		for (const pathname of ['/tugas', `/alur/${p.alur[0]}`]) {
			const res = await fetch(`${server.url}${pathname}`, { headers: { Cookie: p.cookie }, redirect: 'manual' })
			if (res.status !== 200) {
				const ke = res.headers.get('location')
				throw new Error(
					`${p.username} ${pathname}: status ${res.status}${ke ? ` → ${ke}` : ''}${ke?.startsWith('/login') ? ' (cookie sesi tidak diterima)' : ''}`,
				)
			}
			await res.arrayBuffer()
		}
	}
}

type Skenario = { nama: string; label: string; informatif?: boolean; permintaan: (p: Penguji) => { path: string }[] }

const pad = (s: string | number, n: number, kanan = false) => (kanan ? String(s).padStart(n) : String(s).padEnd(n))

function cetakTabel(hasil: Hasil[]) {
	const header = `${pad('Sasaran', 38)} ${pad('req/s', 8, true)} ${pad('p50 ms', 8, true)} ${pad('p95 ms', 8, true)} ${pad('p99 ms', 8, true)} ${pad('maks ms', 8, true)} ${pad('non-2xx', 8, true)}`
	console.log(`\n${header}\n${'-'.repeat(header.length)}`)
	for (const h of hasil) {
		console.log(
			`${pad(h.label, 38)} ${pad(h.rps, 8, true)} ${pad(h.p50, 8, true)} ${pad(h.p95, 8, true)} ${pad(h.p99, 8, true)} ${pad(h.maks, 8, true)} ${pad(h.non2xx, 8, true)}`,
		)
	}
}

async function main() {
	console.log(
		`bench:inbox — ${KONFIG.instans.toLocaleString('id-ID')} instans, ${KONFIG.koneksi} koneksi, ${KONFIG.durasi} s per sasaran (pemanasan ${KONFIG.pemanasan} s); ${os.cpus().length} CPU`,
	)
	const { penguji, waktu, statistik } = await siapkanData()
	console.log(`Data siap: ${JSON.stringify(statistik)}; ${penguji.length} pengguna uji masuk.`)
	if (penguji.length < KONFIG.koneksi) console.warn(`Hanya ${penguji.length} pengguna uji untuk ${KONFIG.koneksi} koneksi: cookie dipakai bergiliran.`)

	const build = pastikanBuild(KONFIG.paksaBuild)
	const server = await mulaiServer({
		NODE_ENV: 'production',
		SIMADU_DEMO: '1',
		DATABASE_URL: KONFIG.databaseUrl,
		LOG_LEVEL: 'warn',
	}, { profil: KONFIG.profil })
	const berhenti = () => void server.stop().finally(() => process.exit(130))
	process.once('SIGINT', berhenti)
	process.once('SIGTERM', berhenti)

	const hasil: (Hasil & { informatif: boolean })[] = []
	try {
		await periksaAwal(server, penguji)
		const skenario: Skenario[] = [
			{ nama: 'lantai', label: 'Lantai: GET /healthz', permintaan: () => [{ path: '/healthz' }] },
			{ nama: 'tugas', label: 'Tugas saya: GET /tugas', permintaan: () => [{ path: '/tugas' }] },
			{ nama: 'alur', label: 'Halaman subjek: GET /alur/:id', permintaan: (p) => p.alur.map((id) => ({ path: `/alur/${id}` })) },
		]
		if (KONFIG.halamanData) {
			// for reading the result: a light signed-in page, and the loaders alone (single-fetch data
			// requests) to separate database work from rendering
			skenario.push(
				{ nama: 'akun', label: '(info) halaman bersesi ringan: /akun', informatif: true, permintaan: () => [{ path: '/akun' }] },
				{ nama: 'tugas-data', label: '(info) loader saja: /tugas.data', informatif: true, permintaan: () => [{ path: '/tugas.data' }] },
				{ nama: 'alur-data', label: '(info) loader saja: /alur/:id.data', informatif: true, permintaan: (p) => p.alur.map((id) => ({ path: `/alur/${id}.data` })) },
			)
		}
		for (const s of skenario.filter((s) => !KONFIG.sasaran || KONFIG.sasaran.includes(s.nama))) {
			const permintaan = (klien: number) => {
				const p = penguji[klien % penguji.length]!
				return s.permintaan(p).map((r) => ({ method: 'GET', path: r.path, headers: { Cookie: p.cookie } }))
			}
			const dasar = { nama: s.nama, label: s.label, url: server.url, connections: KONFIG.koneksi, permintaan }
			await jalankan({ ...dasar, durasi: KONFIG.pemanasan })
			const h = await jalankan({ ...dasar, durasi: KONFIG.durasi })
			console.log(`${s.label}: ${h.rps} req/s, p95 ${h.p95} ms`)
			hasil.push({ ...h, informatif: Boolean(s.informatif) })
		}
	} finally {
		await server.stop()
	}

	cetakTabel(hasil)
	const lantai = hasil.find((h) => h.nama === 'lantai')
	const putusan = hasil
		.filter((h) => lantai && (h.nama === 'tugas' || h.nama === 'alur'))
		.flatMap((h) => [
			{ sasaran: h.nama, ukuran: 'p95', nilai: h.p95, batas: TARGET_P95_MS, lulus: h.p95 < TARGET_P95_MS, teks: `${h.label}: p95 ${h.p95} ms < ${TARGET_P95_MS} ms` },
			{
				sasaran: h.nama,
				ukuran: 'throughput',
				nilai: h.rps,
				batas: Math.round(lantai!.rps * TARGET_PORSI_LANTAI * 10) / 10,
				lulus: h.rps >= lantai!.rps * TARGET_PORSI_LANTAI,
				teks: `${h.label}: ${h.rps} req/s ≥ 50% lantai (${Math.round(lantai!.rps * TARGET_PORSI_LANTAI)} req/s) — ${Math.round((h.rps / lantai!.rps) * 100)}% dari lantai`,
			},
		])
	console.log('')
	for (const p of putusan) console.log(`${p.lulus ? 'LULUS ' : 'GAGAL '} ${p.teks}`)
	const non2xx = hasil.filter((h) => h.non2xx > 0 || h.galat > 0)

	fs.writeFileSync(
		HASIL_FILE,
		`${JSON.stringify(
			{
				waktu: new Date().toISOString(),
				mesin: { cpu: os.cpus().length, model: os.cpus()[0]?.model, memoriGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
				konfigurasi: { ...KONFIG, databaseUrl: KONFIG.databaseUrl.replace(/\/\/[^@]*@/, '//…@'), build },
				seed: { waktuMs: Object.fromEntries(Object.entries(waktu).map(([k, v]) => [k, Math.round(v)])), data: statistik },
				hasil,
				putusan,
			},
			null,
			2,
		)}\n`,
	)
	console.log(`\nHasil lengkap: ${path.relative(process.cwd(), HASIL_FILE)}`)
	if (non2xx.length) {
		for (const h of non2xx) console.error(`GALAT: ${h.label}: ${h.non2xx} jawaban bukan 2xx, ${h.galat} galat koneksi — status ${JSON.stringify(h.status)}`)
		process.exitCode = 1
	} else if (putusan.some((p) => !p.lulus)) {
		process.exitCode = 2
	}
}

main().catch((error: unknown) => {
	const sql = (error as { parent?: { sqlMessage?: string } }).parent?.sqlMessage
	console.error(sql ? `SQL: ${sql}` : '', error instanceof Error ? (error.stack ?? error.message) : error)
	process.exit(1)
})
