import { Readable } from 'node:stream'
import mysql from 'mysql2/promise'
import { getDb, isSqlite } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import type { PendudukValid } from './validasi'

/**
 * Writes validated residents of one import into `penduduk`, in batches, as fast as the database
 * takes them. On MariaDB/MySQL the rows stream into one `LOAD DATA LOCAL INFILE` on a connection
 * of its own (the fastest way in, several times a multi-row INSERT), while the file is still being
 * read and checked; SQLite gets multi-row INSERTs. Either way the rows carry their import's id and
 * stay invisible until the publication points at that import.
 */
export type PemuatPenduduk = {
	/** queues a batch; resolves when the database can take more (backpressure) */
	tulis(batch: { baris: number; p: PendudukValid }[]): Promise<void>
	/** all rows written; resolves with how many the database took */
	selesai(): Promise<number>
	/** stops and leaves what was written for the caller to purge */
	batal(error: Error): Promise<void>
}

export const KOLOM_PENDUDUK = [
	'impor_id',
	'baris',
	'nik',
	'no_kk',
	'nama',
	'jenis_kelamin',
	'tempat_lahir',
	'tanggal_lahir',
	'umur',
	'golongan_darah',
	'agama',
	'status_kawin',
	'hubungan_keluarga',
	'pendidikan',
	'pekerjaan',
	'disabilitas',
	'kewarganegaraan',
	'kode_desa',
	'alamat',
	'rt',
	'rw',
	'akta_lahir',
	'akta_kawin',
	'akta_cerai',
	'ktp_el',
	'kia',
] as const

function nilaiKolom(imporId: number, baris: number, p: PendudukValid): (string | number)[] {
	return [
		imporId,
		baris,
		p.nik,
		p.noKk,
		p.nama,
		p.jenisKelamin,
		p.tempatLahir,
		p.tanggalLahir,
		p.umur,
		p.golonganDarah,
		p.agama,
		p.statusKawin,
		p.hubunganKeluarga,
		p.pendidikan,
		p.pekerjaan,
		p.disabilitas,
		p.kewarganegaraan,
		p.kodeDesa,
		p.alamat,
		p.rt,
		p.rw,
		p.aktaLahir,
		p.aktaKawin,
		p.aktaCerai,
		p.ktpEl,
		p.kia,
	]
}

/** LOAD DATA's default escaping: backslash, tab and line breaks inside a text field. */
function lolos(teks: string) {
	return /[\\\t\n\r]/.test(teks) ? teks.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : teks
}

/** Connection settings of DATABASE_URL for a connection outside Sequelize's pool. */
export function opsiKoneksiMysql(url: string): mysql.ConnectionOptions {
	const u = new URL(url)
	return {
		host: u.hostname,
		port: u.port ? Number(u.port) : 3306,
		user: decodeURIComponent(u.username),
		password: decodeURIComponent(u.password),
		database: u.pathname.slice(1),
		flags: ['+LOCAL_FILES'],
		charset: 'utf8mb4',
	}
}

/** How much may wait in the socket before the reader pauses: keeps memory flat at any file size. */
const BATAS_ANTRE_BYTE = 4 * 1024 * 1024

async function pemuatMysql(imporId: number): Promise<PemuatPenduduk> {
	const koneksi = await mysql.createConnection(opsiKoneksiMysql(getEnv().databaseUrl!))
	// mysql2 reads this stream only once the server asks for the file, and then as fast as it can
	// write to the socket: the stream's own limit holds the reader back before that, the socket's after
	let lanjut: (() => void) | null = null
	const sumber = new Readable({
		highWaterMark: 1024 * 1024,
		read() {
			lanjut?.()
			lanjut = null
		},
	})
	const soket = (koneksi as unknown as { connection: { stream: NodeJS.WritableStream & { writableLength: number } } }).connection.stream
	const muat = koneksi
		.query({
			sql: `LOAD DATA LOCAL INFILE 'dkb' INTO TABLE penduduk CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (${KOLOM_PENDUDUK.join(', ')})`,
			infileStreamFactory: () => sumber,
		})
		.then(([hasil]) => (hasil as { affectedRows: number }).affectedRows)
	// a failure before the end is remembered (and so never unhandled) and reported by the next call
	let galat: Error | null = null
	muat.catch((e: Error) => void (galat = e))

	return {
		async tulis(batch) {
			if (galat) throw galat
			let teks = ''
			for (const { baris, p } of batch) {
				const v = nilaiKolom(imporId, baris, p)
				for (let i = 0; i < v.length; i++) {
					const x = v[i]!
					teks += (i ? '\t' : '') + (typeof x === 'string' ? lolos(x) : x)
				}
				teks += '\n'
			}
			if (!sumber.push(Buffer.from(teks, 'utf8'))) await new Promise<void>((resolve) => (lanjut = resolve))
			// mysql2 writes each chunk to the socket at once; wait here while the database is behind
			while (soket.writableLength > BATAS_ANTRE_BYTE && !galat) {
				await new Promise((resolve) => soket.once('drain', resolve))
			}
		},
		async selesai() {
			sumber.push(null)
			try {
				return await muat
			} finally {
				await koneksi.end().catch(() => undefined)
			}
		},
		async batal(error) {
			sumber.destroy(error)
			await muat.catch(() => undefined)
			await koneksi.end().catch(() => undefined)
		},
	}
}

function pemuatInsert(imporId: number): PemuatPenduduk {
	const db = getDb()
	let jumlah = 0
	const kepala = `INSERT INTO penduduk (${KOLOM_PENDUDUK.join(', ')}) VALUES `
	return {
		async tulis(batch) {
			if (batch.length === 0) return
			const baris = batch.map(({ baris, p }) => `(${nilaiKolom(imporId, baris, p).map((x) => (typeof x === 'string' ? db.escape(x) : String(x))).join(',')})`)
			await db.query(kepala + baris.join(','))
			jumlah += batch.length
		},
		async selesai() {
			return jumlah
		},
		async batal() {},
	}
}

/** LOAD DATA where the server allows it; multi-row INSERT on SQLite. */
export async function buatPemuat(imporId: number): Promise<PemuatPenduduk> {
	return isSqlite() ? pemuatInsert(imporId) : pemuatMysql(imporId)
}

/** Rows per batch: big enough to amortise a statement, small enough for SQLite's statement size. */
export const UKURAN_BATCH = 500
