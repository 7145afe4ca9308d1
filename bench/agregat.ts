/**
 * `npm run bench:agregat`: a regency's semester DKB (1,500,000 synthetic residents of the demo
 * office's 460 desa) through the import and the agregat on MariaDB, each beside its floor:
 *
 * - import rate (rows/s) of `jalankanImpor` — read, check every row, load — against MariaDB's own
 *   `LOAD DATA LOCAL INFILE` of the same file into a table of the same shape and indexes (no
 *   checks). Target: at least 40% of the floor's rate.
 * - agregat time (`hitungAgregat`: every table at desa, kecamatan and kabupaten level, stored)
 *   against one plain `GROUP BY` per table over the same rows. Target: within 2× the floor.
 * - peak memory (RSS) of this Node process during the import. Target: under 300 MB.
 *
 * Knobs: BENCH_PENDUDUK (1500000), BENCH_AGREGAT_DATABASE_URL
 * (mysql://root@127.0.0.1:3306/simadu_bench_agregat, dropped and created), BENCH_BERKAS (a DKB
 * file to reuse instead of generating one). Results go to bench/hasil-agregat.json.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { angka, buatUlangDatabase, detik } from './basis-data'

process.env.LOG_LEVEL ??= 'warn'

const KONFIG = {
	penduduk: angka('BENCH_PENDUDUK', 1_500_000),
	databaseUrl: process.env.BENCH_AGREGAT_DATABASE_URL || 'mysql://root@127.0.0.1:3306/simadu_bench_agregat',
	berkas: process.env.BENCH_BERKAS || null,
}
const SEMESTER = '2026-1'
const TARGET = { rasioImpor: 0.4, rasioAgregat: 2, memoriMb: 300 }
const HASIL_FILE = path.resolve('bench/hasil-agregat.json')

/** Peak RSS seen by sampling, beside the kernel's own high-water mark. */
function pemantauMemori() {
	let puncak = process.memoryUsage().rss
	const t = setInterval(() => (puncak = Math.max(puncak, process.memoryUsage().rss)), 50)
	return {
		reset: () => (puncak = process.memoryUsage().rss),
		puncakMb: () => Math.round(puncak / 1024 / 1024),
		stop: () => clearInterval(t),
	}
}

/**
 * The file's columns as LOAD DATA reads them, and the same conversions our import makes, in SQL:
 * the floor loads the same rows into the same table (same indexes), only without checking them.
 */
function sqlLantai(file: string, acuan: string) {
	const kolom = ['NIK', 'NO_KK', 'NAMA_LGKP', 'JENIS_KLMIN', 'TMPT_LHR', 'TGL_LHR', 'GOL_DRH', 'AGAMA', 'STAT_KWN', 'STAT_HBKEL', 'PDDK_AKH', 'JENIS_PKRJN', 'PNYDNG_CACAT', 'KWRNGRN', 'NO_PROP', 'NO_KAB', 'NO_KEC', 'NO_KEL', 'ALAMAT', 'NO_RT', 'NO_RW', 'AKTA_LHR', 'AKTA_KWN', 'AKTA_CRAI', 'STAT_KTP_EL', 'KIA']
	const header = fs.readFileSync(file, 'utf8').slice(0, 4096).split(/\r?\n/, 1)[0]!.split(',')
	const variabel = header.map((h) => `@${h.trim().toUpperCase()}`)
	for (const k of kolom) if (!variabel.includes(`@${k}`)) throw new Error(`Kolom ${k} tidak ada di berkas.`)
	return `LOAD DATA LOCAL INFILE ${JSON.stringify(file)} INTO TABLE penduduk_lantai CHARACTER SET utf8mb4
		FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' LINES TERMINATED BY '\\n' IGNORE 1 LINES (${variabel.join(', ')})
		SET impor_id = 0, baris = (@baris := @baris + 1), nik = @NIK, no_kk = @NO_KK, nama = @NAMA_LGKP, jenis_kelamin = @JENIS_KLMIN,
		    tempat_lahir = @TMPT_LHR, tanggal_lahir = @TGL_LHR, umur = TIMESTAMPDIFF(YEAR, @TGL_LHR, '${acuan}'), golongan_darah = @GOL_DRH,
		    agama = @AGAMA, status_kawin = @STAT_KWN, hubungan_keluarga = @STAT_HBKEL, pendidikan = @PDDK_AKH, pekerjaan = @JENIS_PKRJN,
		    disabilitas = @PNYDNG_CACAT, kewarganegaraan = @KWRNGRN,
		    kode_desa = CONCAT(LPAD(@NO_PROP, 2, '0'), '.', LPAD(@NO_KAB, 2, '0'), '.', LPAD(@NO_KEC, 2, '0'), '.', LPAD(@NO_KEL, 4, '0')),
		    alamat = @ALAMAT, rt = @NO_RT, rw = @NO_RW, akta_lahir = @AKTA_LHR, akta_kawin = @AKTA_KWN, akta_cerai = @AKTA_CRAI,
		    ktp_el = @STAT_KTP_EL, kia = @KIA`
}

/** One plain GROUP BY per published table, grouped like the agregat (desa, sex, category). */
const LANTAI_AGREGAT: Record<string, string> = {
	ringkasan: 'SELECT kode_desa, jenis_kelamin, kewarganegaraan, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, kewarganegaraan',
	'kelompok-umur': 'SELECT kode_desa, jenis_kelamin, LEAST(FLOOR(umur / 5), 15) k, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, k',
	'usia-produktif': 'SELECT kode_desa, jenis_kelamin, CASE WHEN umur < 15 THEN 1 WHEN umur < 65 THEN 2 ELSE 3 END k, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, k',
	'usia-sekolah': 'SELECT kode_desa, jenis_kelamin, CASE WHEN umur <= 6 THEN 1 WHEN umur <= 12 THEN 2 WHEN umur <= 15 THEN 3 ELSE 4 END k, COUNT(*) FROM penduduk_lantai WHERE umur BETWEEN 4 AND 18 GROUP BY kode_desa, jenis_kelamin, k',
	agama: 'SELECT kode_desa, jenis_kelamin, agama, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, agama',
	pendidikan: 'SELECT kode_desa, jenis_kelamin, pendidikan, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, pendidikan',
	pekerjaan: 'SELECT kode_desa, jenis_kelamin, pekerjaan, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, pekerjaan',
	'status-perkawinan': 'SELECT kode_desa, jenis_kelamin, status_kawin, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, status_kawin',
	'golongan-darah': 'SELECT kode_desa, jenis_kelamin, golongan_darah, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, golongan_darah',
	'hubungan-keluarga': 'SELECT kode_desa, jenis_kelamin, hubungan_keluarga, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, hubungan_keluarga',
	disabilitas: 'SELECT kode_desa, jenis_kelamin, disabilitas, COUNT(*) FROM penduduk_lantai WHERE disabilitas > 0 GROUP BY kode_desa, jenis_kelamin, disabilitas',
	'ktp-el': 'SELECT kode_desa, jenis_kelamin, ktp_el, COUNT(*) FROM penduduk_lantai WHERE umur >= 17 OR status_kawin <> 1 GROUP BY kode_desa, jenis_kelamin, ktp_el',
	kia: 'SELECT kode_desa, jenis_kelamin, kia, COUNT(*) FROM penduduk_lantai WHERE umur < 17 AND status_kawin = 1 GROUP BY kode_desa, jenis_kelamin, kia',
	'akta-kelahiran': 'SELECT kode_desa, jenis_kelamin, akta_lahir, umur < 18 k, COUNT(*) FROM penduduk_lantai GROUP BY kode_desa, jenis_kelamin, akta_lahir, k',
	'akta-perkawinan': 'SELECT kode_desa, jenis_kelamin, akta_kawin, COUNT(*) FROM penduduk_lantai WHERE status_kawin = 2 GROUP BY kode_desa, jenis_kelamin, akta_kawin',
	'akta-perceraian': 'SELECT kode_desa, jenis_kelamin, akta_cerai, COUNT(*) FROM penduduk_lantai WHERE status_kawin = 3 GROUP BY kode_desa, jenis_kelamin, akta_cerai',
}

async function main() {
	await buatUlangDatabase(KONFIG.databaseUrl, 'BENCH_AGREGAT_DATABASE_URL')
	process.env.DATABASE_URL = KONFIG.databaseUrl
	process.env.UPLOAD_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'simadu-bench-agregat-'))
	const { prepareDatabase } = await import('~/utils/bootstrap.server')
	const { closeDb, getDb } = await import('~/utils/db.server')
	const { buatImpor, jalankanImpor } = await import('~/modules/kependudukan/impor/impor.server')
	const { hitungAgregat } = await import('~/modules/kependudukan/agregat.server')
	const { opsiKoneksiMysql } = await import('~/modules/kependudukan/impor/pemuat.server')
	const { tanggalAcuan } = await import('~/modules/kependudukan/kode')
	const mysql = await import('mysql2/promise')
	await prepareDatabase({ migrate: true, demo: false })
	const db = getDb()
	const acuan = tanggalAcuan(SEMESTER)!

	let berkas = KONFIG.berkas
	if (!berkas) {
		berkas = path.join(os.tmpdir(), `simadu-dkb-bench-${KONFIG.penduduk}.csv`)
		// in a process of its own, so this one's memory is the import's alone
		const t0 = Date.now()
		execFileSync('npx', ['tsx', 'scripts/dkb-sintetis.ts', '--penduduk', String(KONFIG.penduduk), '--semester', SEMESTER, '--out', berkas], {
			stdio: 'inherit',
			env: { ...process.env, DATABASE_URL: KONFIG.databaseUrl },
		})
		console.log(`Berkas sintetis dibuat dalam ${detik(Date.now() - t0)}`)
	}
	const ukuranMb = fs.statSync(berkas).size / 1024 / 1024

	// --- floor: MariaDB loads the file itself, then one GROUP BY per table ---------------------
	await db.query('CREATE TABLE penduduk_lantai LIKE penduduk')
	const koneksi = await mysql.createConnection({ ...opsiKoneksiMysql(KONFIG.databaseUrl), infileStreamFactory: (p: string) => fs.createReadStream(p) })
	await koneksi.query('SET @baris = 1')
	let t = Date.now()
	const [muat] = await koneksi.query(sqlLantai(berkas, acuan))
	const lantaiMuatMs = Date.now() - t
	const barisLantai = (muat as { affectedRows: number }).affectedRows
	await koneksi.end()
	const lantaiAgregat: Record<string, number> = {}
	t = Date.now()
	for (const [tabel, sql] of Object.entries(LANTAI_AGREGAT)) {
		const t1 = Date.now()
		await db.query(sql)
		lantaiAgregat[tabel] = Date.now() - t1
	}
	const lantaiAgregatMs = Date.now() - t
	await db.query('DROP TABLE penduduk_lantai')
	console.log(`Lantai: LOAD DATA ${barisLantai} baris dalam ${detik(lantaiMuatMs)}; GROUP BY per tabel ${detik(lantaiAgregatMs)}`)

	// --- SIMADU: the import job (read, check, load; families; agregat; switch) ----------------
	const memori = pemantauMemori()
	const tahap: Record<string, number> = {}
	const dibuat = await buatImpor({ semester: SEMESTER, namaBerkas: path.basename(berkas), berkas, asal: 'luar', pelaku: null })
	if (!dibuat.ok) throw new Error(JSON.stringify(dibuat.errors))
	const mulai = Date.now()
	memori.reset()
	const rssAwalMb = memori.puncakMb()
	let tahapKini = 'membaca'
	let awalTahap = mulai
	const hasil = await jalankanImpor(dibuat.impor.id, {
		pelaku: null,
		berkasLuar: berkas,
		saatKemajuan: (k) => {
			if (k.tahap && k.tahap !== tahapKini) {
				tahap[tahapKini] = Date.now() - awalTahap
				tahapKini = k.tahap
				awalTahap = Date.now()
			}
		},
	})
	tahap[tahapKini] = Date.now() - awalTahap
	const totalMs = Date.now() - mulai
	memori.stop()
	if (hasil.status !== 'selesai') throw new Error(hasil.pesan ?? 'impor gagal')

	// the agregat alone, measured again on its own (the import's stage includes its writes too)
	const ulang = await hitungAgregat(dibuat.impor.id)

	// the public side of a published semester of this size: the page's loader (kabupaten, a
	// kecamatan, a desa), the workbook and the book
	await db.query(`UPDATE publikasi_agregat SET status = 'terbit', diterbitkan_at = ? WHERE semester = ?`, { replacements: [new Date(), SEMESTER] })
	const { loader: halamanPublik } = await import('~/routes/_publik+/agregat')
	const { persentil } = await import('./ukur')
	const { getPublikasiUntukBaca } = await import('~/modules/kependudukan/publikasi-baca.server')
	const { bukuKerjaAgregat } = await import('~/modules/kependudukan/unduhan/buku-kerja.server')
	const { bukuPdfAgregat } = await import('~/modules/kependudukan/unduhan/buku-pdf.server')
	const halaman: number[] = []
	for (let i = 0; i < 30; i++) {
		const wilayah = ['33.05', '33.05.01', '33.05.01.2001'][i % 3]
		const t1 = performance.now()
		await halamanPublik({ request: new Request(`http://localhost/agregat?semester=${SEMESTER}&wilayah=${wilayah}`), params: {}, context: {} })
		halaman.push(performance.now() - t1)
	}
	halaman.sort((a, b) => a - b)
	const terbit = (await getPublikasiUntukBaca(SEMESTER))!
	t = Date.now()
	const buku = await bukuKerjaAgregat({ ...terbit, imporId: terbit.imporId! })
	let byteXlsx = 0
	for await (const potong of buku!) byteXlsx += (potong as Buffer).length
	const xlsxMs = Date.now() - t
	t = Date.now()
	const pdf = await bukuPdfAgregat({ ...terbit, imporId: terbit.imporId! })
	const pdfMs = Date.now() - t

	const rateImpor = hasil.barisDibaca / (tahap.membaca! / 1000)
	const rateLantai = barisLantai / (lantaiMuatMs / 1000)
	const hasilBench = {
		waktu: new Date().toISOString(),
		penduduk: hasil.barisDibaca,
		ditolak: hasil.barisDitolak,
		berkasMb: Math.round(ukuranMb),
		impor: { bacaMuatMs: tahap.membaca, barisPerDetik: Math.round(rateImpor), keluargaMs: tahap.keluarga, agregatMs: tahap.agregat, menerapkanMs: tahap.menerapkan, totalMs },
		lantai: { loadDataMs: lantaiMuatMs, barisPerDetik: Math.round(rateLantai), groupByMs: lantaiAgregatMs, groupByPerTabelMs: lantaiAgregat },
		agregatUlangMs: Math.round(ulang.detik * 1000),
		publik: {
			halamanP50Ms: Math.round(persentil(halaman, 50)),
			halamanP95Ms: Math.round(persentil(halaman, 95)),
			bukuKerjaMs: xlsxMs,
			bukuKerjaKb: Math.round(byteXlsx / 1024),
			bukuPdfMs: pdfMs,
			bukuPdfKb: Math.round((pdf?.length ?? 0) / 1024),
		},
		rasio: { impor: +(rateImpor / rateLantai).toFixed(2), agregat: +((ulang.detik * 1000) / lantaiAgregatMs).toFixed(2) },
		// sampled during the import only; rssAwal is the process before it (the app's modules loaded)
		memori: { rssAwalMb, puncakRssMb: memori.puncakMb() },
		target: TARGET,
	}
	fs.writeFileSync(HASIL_FILE, `${JSON.stringify(hasilBench, null, 2)}\n`)
	console.log(JSON.stringify(hasilBench, null, 2))
	const ok = hasilBench.rasio.impor >= TARGET.rasioImpor && hasilBench.rasio.agregat <= TARGET.rasioAgregat && hasilBench.memori.puncakRssMb < TARGET.memoriMb
	console.log(
		`Impor ${hasilBench.impor.barisPerDetik} baris/s = ${Math.round(hasilBench.rasio.impor * 100)}% dari LOAD DATA (target ≥ 40%); agregat ${detik(ulang.detik * 1000)} = ${hasilBench.rasio.agregat}× GROUP BY (target ≤ 2×); memori puncak ${hasilBench.memori.puncakRssMb} MB (target < 300). ${ok ? 'Semua target tercapai.' : 'Ada target yang belum tercapai.'}`,
	)
	if (!KONFIG.berkas) fs.rmSync(berkas, { force: true })
	await closeDb()
}

main().catch((error: unknown) => {
	console.error(error)
	process.exit(1)
})
