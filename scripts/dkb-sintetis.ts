/**
 * `npm run dkb:sintetis -- --penduduk 1500000 --semester 2026-1 --out /tmp/dkb.csv [--seed 7] [--wilayah 33.05]`
 * Writes a synthetic DKB file for demos, tests and benchmarks: the office's kabupaten/kota (or
 * --wilayah) with its desa/kelurahan from the database. The same seed gives the same file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { POLA_SEMESTER } from '~/modules/kependudukan/kode'
import { WilayahSintetisError, tulisDkbSintetisKantor } from '~/modules/kependudukan/sintetis/kantor.server'
import { prepareDatabase } from '~/utils/bootstrap.server'
import { closeDb } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { formatAngka } from '~/utils/format'

const PEMAKAIAN =
	'Pemakaian: npm run dkb:sintetis -- --penduduk 1500000 --semester 2026-1 --out berkas.csv [--seed 1] [--wilayah 33.05]'

class SalahPakai extends Error {}

function ukuran(byte: number) {
	return byte < 1024 * 1024 ? `${formatAngka(Math.ceil(byte / 1024))} KB` : `${formatAngka(Math.round(byte / 1024 / 1024))} MB`
}

function bacaArgumen() {
	let values
	try {
		;({ values } = parseArgs({
			options: {
				penduduk: { type: 'string' },
				semester: { type: 'string' },
				out: { type: 'string' },
				seed: { type: 'string' },
				wilayah: { type: 'string' },
			},
		}))
	} catch (error) {
		throw new SalahPakai(`Argumen tidak dikenal atau tidak lengkap (${(error as Error).message}).`)
	}
	if (!values.penduduk || !values.semester || !values.out) throw new SalahPakai('Wajib: --penduduk, --semester dan --out.')
	if (!/^\d+$/.test(values.penduduk) || Number(values.penduduk) < 1 || !Number.isSafeInteger(Number(values.penduduk))) {
		throw new SalahPakai(`--penduduk harus bilangan bulat positif tanpa titik, mis. 1500000 (bukan "${values.penduduk}").`)
	}
	if (!POLA_SEMESTER.test(values.semester)) throw new SalahPakai(`--semester ditulis seperti 2026-1 atau 2026-2 (bukan "${values.semester}").`)
	if (values.seed !== undefined && !/^\d+$/.test(values.seed)) throw new SalahPakai(`--seed harus bilangan bulat 0 atau lebih (bukan "${values.seed}").`)
	if (values.wilayah !== undefined && !/^\d{2}\.\d{2}$/.test(values.wilayah)) {
		throw new SalahPakai(`--wilayah adalah kode kabupaten/kota seperti 33.05 (bukan "${values.wilayah}").`)
	}
	const out = path.resolve(values.out)
	if (!fs.existsSync(path.dirname(out))) throw new SalahPakai(`Folder untuk --out tidak ada: ${path.dirname(out)}`)
	if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new SalahPakai(`--out menunjuk sebuah folder, bukan berkas: ${out}`)
	return {
		penduduk: Number(values.penduduk),
		semester: values.semester,
		out,
		seed: values.seed === undefined ? undefined : Number(values.seed),
		wilayah: values.wilayah,
	}
}

async function main() {
	let opsi
	try {
		opsi = bacaArgumen()
	} catch (error) {
		if (!(error instanceof SalahPakai)) throw error
		console.error(error.message)
		console.error(PEMAKAIAN)
		return 2
	}
	const env = getEnv()
	await prepareDatabase({ migrate: !env.databaseUrl || !env.isProduction, demo: false })
	const mulai = performance.now()
	try {
		const hasil = await tulisDkbSintetisKantor(opsi)
		const detik = (performance.now() - mulai) / 1000
		console.log(`${hasil.wilayah.nama} (${hasil.wilayah.kode}), ${formatAngka(hasil.desa)} desa/kelurahan, semester ${opsi.semester}.`)
		console.log(
			`${formatAngka(hasil.penduduk)} penduduk dalam ${formatAngka(hasil.keluarga)} keluarga ditulis ke ${opsi.out} ` +
				`(${ukuran(hasil.byte)}) dalam ${detik.toLocaleString('id-ID', { maximumFractionDigits: 1 })} detik.`,
		)
		return 0
	} catch (error) {
		if (error instanceof WilayahSintetisError) {
			console.error(error.message)
			return 2
		}
		const kode = (error as NodeJS.ErrnoException).code
		if (kode === 'EACCES' || kode === 'EPERM') console.error(`Tidak ada izin menulis ${opsi.out}.`)
		else if (kode === 'ENOSPC') console.error(`Ruang disk habis saat menulis ${opsi.out}; berkas dihapus.`)
		else throw error
		return 1
	}
}

main()
	.then((code) => {
		process.exitCode = code
	})
	.catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error)
		process.exitCode = 1
	})
	.finally(() => closeDb())
