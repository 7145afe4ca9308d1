import { Op, QueryTypes, type Sequelize } from 'sequelize'
import { BerkasArsip, KlasifikasiArsip, SuratKeluar, SuratMasuk } from '#models/index'
import { formatNomorAgenda } from '~/modules/persuratan/surat-masuk.schema'
import { SUBJEK_SURAT_MASUK, tautanSuratMasuk } from '~/modules/persuratan/surat-masuk.server'
import { getDb, isSqlite } from '~/utils/db.server'
import { forbidden } from '~/utils/http.server'
import { UKURAN_HALAMAN } from '~/utils/pagination.server'
import { hasPermission, type Authority } from '~/utils/permissions.server'
import { ekspresiBoolean, pecahKata } from './kata-cari'
import { BATAS_HITUNG, type FilterCariSurat, type JenisCari } from './pencarian-surat.schema'

/**
 * "Cari surat & arsip": one search over incoming letters, signed outgoing letters and the
 * archive's berkas, newest first, paged on the server. bench/surat.ts measures it on 200,000
 * letters; bench/README.md explains the figures.
 *
 * Each kind is one branch with every filter pushed into its WHERE. A branch returns the keys
 * (id, date) of its newest `BATAS_HITUNG + 1` matches: enough for any page within the counted
 * results and for the total, which is exact up to `BATAS_HITUNG` and "more than" beyond. The branches run
 * side by side, their keys are merged by date, and only the page's rows are read in full.
 *
 * Words in the text or in asal/tujuan are matched as word prefixes. On MariaDB/MySQL a branch
 * first walks its newest rows checking the words on each row (REGEXP): common words fill the
 * result within a few thousand rows, where the full-text index would have to visit every one of
 * their tens of thousands of matches to sort them by date. Words rare in those rows are rare
 * overall, and then the full-text index (MATCH … AGAINST in BOOLEAN MODE) finds their few
 * matches directly.
 *
 * Rahasia and Sangat Rahasia incoming letters are visible only to their registrar, the holders of
 * the jabatan they are addressed to and the people on their disposisi path (the rule of the surat
 * masuk pages): a lookup in `disposisi` inside the branch's WHERE, so pages and totals never
 * include a row the user may not see.
 */

export type JenisHasil = Exclude<JenisCari, 'semua'>

export type BarisCari = {
	jenis: JenisHasil
	id: number
	/** the letter's own number (incoming: the sender's), the outgoing number, or the berkas number */
	nomor: string | null
	/** incoming letters: the agenda number as the office writes it (`0007/2026`) */
	agenda: string | null
	/** `YYYY-MM-DD`: received, signed, or the start of the berkas's period */
	tanggal: string
	/** berkas: the end of its period */
	tanggalAkhir: string | null
	/** perihal, or the berkas's uraian */
	judul: string
	/** incoming letters: the start of the summary */
	ringkasan: string | null
	/** asal (incoming) or tujuan (outgoing) */
	pihak: string | null
	klasifikasiKode: string
	klasifikasiNama: string | null
	sifat: string | null
	tautan: string
}

export type HasilCari = {
	rows: BarisCari[]
	/** exact, or when `lebih` a lower bound (at least this many) */
	total: number
	lebih: boolean
	perJenis: Record<JenisHasil, { total: number; lebih: boolean }>
	page: number
	perPage: number
	/** the last page that may be opened */
	halamanTerakhir: number
	/** the page asked for lay beyond the last one and was brought back to it */
	halamanDibatasi: boolean
	/** the words searched in the text and in asal/tujuan, for highlighting */
	kata: string[]
	kataPihak: string[]
	ms: number
}

export type PenggunaCari = { id: number; authority: Authority }

/**
 * Words are first checked row by row on the newest `JENDELA_AWAL` rows a branch's other filters
 * keep. If that window shows them common enough to reach `BATAS_HITUNG + 1` matches within
 * `JENDELA_MAKS` rows, a second window that size is checked; otherwise, or if that still falls
 * short, the words are rare (under about `BATAS_HITUNG / JENDELA_MAKS` of the rows) and the
 * full-text index finds their few matches.
 */
export const JENDELA_AWAL = 2_000
export const JENDELA_MAKS = 20_000

const RAHASIA = `'rahasia', 'sangat-rahasia'`
/** Signed letters carry their number and date; drafts still change and are found on their own list. */
const STATUS_KELUAR_BERNOMOR = `'ditandatangani', 'dikirim', 'selesai'`

const TAUTAN: Record<JenisHasil, (id: number) => string> = {
	'surat-masuk': tautanSuratMasuk,
	'surat-keluar': (id) => `/surat-keluar/${id}`,
	berkas: (id) => `/arsip/${id}`,
}
const URUT: Record<JenisHasil, number> = { 'surat-masuk': 1, 'surat-keluar': 2, berkas: 3 }

/** LIKE patterns escaped with `!`, which means the same on MariaDB and SQLite (a backslash does not). */
const escapeLike = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`)
const ESC = `ESCAPE '!'`
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** InnoDB does not index words shorter than this; such words are checked per row instead. */
const ukuranTokenMin = new WeakMap<Sequelize, Promise<number>>()
function tokenMinimum(db: Sequelize) {
	let found = ukuranTokenMin.get(db)
	if (!found) {
		found = db
			.query<{ n: number }>('SELECT @@innodb_ft_min_token_size AS n', { type: QueryTypes.SELECT })
			.then(([row]) => Number(row?.n ?? 3))
			.catch(() => 3)
		ukuranTokenMin.set(db, found)
	}
	return found
}

/** One kind of record and its filters, as SQL fragments over the alias `t`. */
type Cabang = {
	jenis: JenisHasil
	tabel: string
	/** the date the results are sorted by */
	tanggal: string
	/** conditions an index or a cheap look at the row answers */
	syarat: string[]
	/** who may see the row (the Rahasia rule): checked after the words, and not part of a probe window, which stays index-only */
	akses: string[]
	/** word conditions checked row by row (REGEXP on MariaDB, LIKE on SQLite) */
	perBaris: string[]
	/** the same words through the full-text indexes, with what those cannot answer checked per row; null: no index helps */
	lewatIndeks: string[] | null
	/**
	 * The index a probe window walks (MariaDB/MySQL): newest first and holding the other filters'
	 * columns, so those are checked in the index before a row is read. MariaDB applies such checks
	 * only on a forward scan, hence a descending index, and it would rather take the
	 * (sifat, tanggal) index and read every row of that sifat: 160 ms against 20 ms measured.
	 */
	indeksJendela: string | null
}

type Rencana = { cabang: Cabang[]; r: Record<string, string | number>; kata: string[]; kataPihak: string[]; sqlite: boolean }

export type OpsiCari = {
	/** collects every statement run, for the benchmark's EXPLAIN */
	jejak?: JejakSql[]
	/** other probe windows than `JENDELA_AWAL`/`JENDELA_MAKS`: tests reach the full-text path with a few rows */
	jendela?: { awal: number; maks: number }
}

/** One statement as run, for the benchmark's EXPLAIN. */
export type JejakSql = { jenis: JenisHasil; tahap: 'kunci' | 'akhir-jendela' | 'jendela' | 'indeks'; sql: string; replacements: Record<string, unknown>; ms: number }

async function susunRencana(db: Sequelize, filter: FilterCariSurat, user: PenggunaCari): Promise<Rencana> {
	const sqlite = isSqlite(db)
	const bolehSurat = hasPermission(user.authority, 'read:surat:any')
	const bolehArsip = hasPermission(user.authority, 'read:arsip:any')
	if (!bolehSurat && !bolehArsip) throw forbidden('Anda tidak memiliki izin untuk mencari surat dan arsip.')

	const r: Record<string, string | number> = { u: user.id, subjekMasuk: SUBJEK_SURAT_MASUK }
	const kata = pecahKata(filter.teks)
	const kataPihak = pecahKata(filter.pihak)
	const minimum = sqlite ? Number.POSITIVE_INFINITY : await tokenMinimum(db)

	/** each word must begin a word in one of the columns */
	const kataPerBaris = (nama: string, daftar: string[], kolom: string[]) =>
		daftar.map((k, i) => {
			const p = `${nama}${i}`
			if (sqlite) {
				r[p] = `%${escapeLike(k)}%`
				return `(${kolom.map((c) => `${c} LIKE :${p} ${ESC}`).join(' OR ')})`
			}
			// `\b` before a literal lets PCRE search the word itself; an alternation there is five times slower
			r[p] = `(?i)\\b${escapeRegExp(k)}`
			return `(${kolom.map((c) => `${c} REGEXP :${p}`).join(' OR ')})`
		})
	/** the words the full-text index holds through MATCH, the short ones per row */
	const kataLewatIndeks = (nama: string, daftar: string[], kolom: string[]) => {
		const panjang = daftar.filter((k) => k.length >= minimum)
		if (panjang.length === 0) return null
		r[`${nama}Ft`] = ekspresiBoolean(panjang)
		const pendek = daftar.filter((k) => k.length < minimum)
		return [`MATCH (${kolom.join(', ')}) AGAINST (:${nama}Ft IN BOOLEAN MODE)`, ...kataPerBaris(`${nama}P`, pendek, kolom)]
	}

	if (filter.nomor) {
		r.nomorAwal = `${escapeLike(filter.nomor)}%`
		if (/^\d{1,9}$/.test(filter.nomor)) r.agenda = Number(filter.nomor)
	}
	if (filter.klasifikasi) {
		r.klas = filter.klasifikasi
		r.klasAnak = `${escapeLike(filter.klasifikasi)}.%`
	}
	if (filter.dari) r.dari = filter.dari
	if (filter.sampai) r.sampai = filter.sampai
	if (filter.sifat) r.sifat = filter.sifat
	const klas = ['t.klasifikasi_kode = :klas', `t.klasifikasi_kode LIKE :klasAnak ${ESC}`]
	const rentang = (kolom: string) => [...(filter.dari ? [`${kolom} >= :dari`] : []), ...(filter.sampai ? [`${kolom} <= :sampai`] : [])]

	/**
	 * The words of the text and of asal/tujuan in one branch: per row for the probe, and through
	 * the full-text index where one exists (the text's first, then asal/tujuan's).
	 */
	const kataCabang = (kolomTeks: string[], kolomPihak: string | null) => {
		const perBaris = [...kataPerBaris('k', kata, kolomTeks), ...(kolomPihak ? kataPerBaris('p', kataPihak, [kolomPihak]) : [])]
		const teksFt = kata.length ? kataLewatIndeks('k', kata, kolomTeks) : null
		const pihakFt = !teksFt && kolomPihak && kataPihak.length ? kataLewatIndeks('p', kataPihak, [kolomPihak]) : null
		const lewatIndeks = teksFt
			? [...teksFt, ...(kolomPihak ? kataPerBaris('p', kataPihak, [kolomPihak]) : [])]
			: pihakFt
				? [...pihakFt, ...kataPerBaris('k', kata, kolomTeks)]
				: null
		return { perBaris, lewatIndeks }
	}

	const mau = (jenis: JenisHasil) => filter.jenis === 'semua' || filter.jenis === jenis
	// a number, or a secret sifat, names few rows: their own indexes find them sooner than a walk by date
	const jalanSendiri = Boolean(filter.nomor) || filter.sifat === 'rahasia' || filter.sifat === 'sangat-rahasia'
	const cabang: Cabang[] = []

	if (bolehSurat && mau('surat-masuk')) {
		const jabatan = [...new Set(user.authority.jabatan.map((j) => j.id).filter((id) => Number.isSafeInteger(id)))]
		const idTeks = sqlite ? 'CAST(t.id AS TEXT)' : 'CAST(t.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci'
		cabang.push({
			jenis: 'surat-masuk',
			tabel: 'surat_masuk',
			tanggal: 't.tanggal_diterima',
			akses: [
				// the same people as the surat masuk pages let in: the registrar, the holders of the jabatan
				// it is addressed to, and the disposisi path. A scalar subquery rather than EXISTS: MariaDB
				// turns an EXISTS into a join with all of the user's disposisi (80,000 rows for a Kepala
				// Dinas), where this looks up only the secret rows it meets.
				`(t.sifat NOT IN (${RAHASIA}) OR t.dicatat_oleh_id = :u${jabatan.length ? ` OR t.tujuan_jabatan_id IN (${jabatan.join(', ')})` : ''} OR (
					SELECT 1 FROM disposisi d
					 WHERE d.subjek_jenis = :subjekMasuk AND d.subjek_id = ${idTeks}
					   AND (d.dari_pengguna_id = :u OR (d.ke_pengguna_id = :u AND d.status <> 'dibatalkan'))
					 LIMIT 1) IS NOT NULL)`,
			],
			syarat: [
				...(filter.nomor ? [r.agenda !== undefined ? `(t.nomor_agenda = :agenda OR t.nomor_surat LIKE :nomorAwal ${ESC})` : `t.nomor_surat LIKE :nomorAwal ${ESC}`] : []),
				...(filter.klasifikasi ? [`(${klas.join(' OR ')})`] : []),
				...rentang('t.tanggal_diterima'),
				...(filter.sifat ? ['t.sifat = :sifat'] : []),
			],
			...kataCabang(['t.perihal', 't.ringkasan'], 't.asal'),
			indeksJendela: jalanSendiri ? null : 'surat_masuk_cari_tanggal',
		})
	}
	if (bolehSurat && mau('surat-keluar')) {
		cabang.push({
			jenis: 'surat-keluar',
			tabel: 'surat_keluar',
			tanggal: 't.tanggal_surat',
			akses: [],
			syarat: [
				`t.tanggal_surat IS NOT NULL AND t.status IN (${STATUS_KELUAR_BERNOMOR})`,
				...(filter.nomor ? [`t.nomor LIKE :nomorAwal ${ESC}`] : []),
				...(filter.klasifikasi ? [`(${klas.join(' OR ')})`] : []),
				...rentang('t.tanggal_surat'),
				...(filter.sifat ? ['t.sifat = :sifat'] : []),
			],
			...kataCabang(['t.perihal'], 't.tujuan'),
			indeksJendela: jalanSendiri ? null : 'surat_keluar_cari_tanggal',
		})
	}
	// a berkas has neither sifat nor asal/tujuan: those filters ask for letters only
	if (bolehArsip && mau('berkas') && !filter.sifat && kataPihak.length === 0) {
		cabang.push({
			jenis: 'berkas',
			tabel: 'berkas_arsip',
			tanggal: 't.kurun_awal',
			akses: [],
			syarat: [
				...(filter.nomor ? [`t.nomor_berkas LIKE :nomorAwal ${ESC}`] : []),
				...(filter.klasifikasi ? [`(${klas.join(' OR ')})`] : []),
				// the berkas's period overlaps the range; one without an end is still being filled
				...(filter.sampai ? ['t.kurun_awal <= :sampai'] : []),
				...(filter.dari ? ['(t.kurun_akhir IS NULL OR t.kurun_akhir >= :dari)'] : []),
			],
			...kataCabang(['t.uraian'], null),
			indeksJendela: null,
		})
	}
	return { cabang, r, kata, kataPihak, sqlite }
}

const where = (syarat: string[]) => (syarat.length ? ` WHERE ${syarat.join(' AND ')}` : '')

type Kunci = { id: number; tanggal: string }
type HasilCabang = { jenis: JenisHasil; kunci: Kunci[]; total: number; lebih: boolean }

const tanggalTeks = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10))

/** The newest `BATAS_HITUNG + 1` keys of one branch: its page and its (bounded) total. */
async function jalankanCabang(db: Sequelize, c: Cabang, rencana: Rencana, k: number, opsi: OpsiCari): Promise<HasilCabang> {
	const { jejak } = opsi
	const jendelaAwal = opsi.jendela?.awal ?? JENDELA_AWAL
	const jendelaMaks = opsi.jendela?.maks ?? JENDELA_MAKS
	const n = BATAS_HITUNG + 1
	const urut = `ORDER BY ${c.tanggal} DESC, t.id DESC`
	const pilih = `SELECT t.id, ${c.tanggal} AS tanggal`
	const q = async <T extends object>(tahap: JejakSql['tahap'], sql: string, replacements: Record<string, string | number>) => {
		const mulai = performance.now()
		const rows = await db.query<T>(sql, { type: QueryTypes.SELECT, replacements })
		jejak?.push({ jenis: c.jenis, tahap, sql, replacements, ms: Math.round((performance.now() - mulai) * 10) / 10 })
		return rows
	}
	const kunci = (rows: { id: number; tanggal: unknown }[]) => rows.map((b) => ({ id: Number(b.id), tanggal: tanggalTeks(b.tanggal) }))
	const terbatas = (rows: { id: number; tanggal: unknown }[]): HasilCabang => ({
		jenis: c.jenis,
		kunci: kunci(rows.slice(0, k)),
		total: Math.min(rows.length, BATAS_HITUNG),
		lebih: rows.length > BATAS_HITUNG,
	})

	const semuaSyarat = [...c.syarat, ...c.perBaris, ...c.akses]
	if (c.perBaris.length === 0 || rencana.sqlite) {
		return terbatas(await q('kunci', `${pilih} FROM ${c.tabel} t${where(semuaSyarat)} ${urut} LIMIT ${n}`, rencana.r))
	}

	/**
	 * The matches among the next `ukuran` rows the other filters keep, newest first, older than
	 * `sebelum`: the window is the dates from its `ukuran`-th row (`mulai`, found in an index
	 * alone) up to `sebelum`, walked newest first until `n` matches. No `mulai`: no rows beyond.
	 */
	const jendela = async (ukuran: number, sebelum: string | null) => {
		const lanjut = sebelum ? [`${c.tanggal} < :sebelum`] : []
		const r0 = sebelum ? { ...rencana.r, sebelum } : rencana.r
		const [akhir] = await q<{ tanggal: unknown }>(
			'akhir-jendela',
			`SELECT ${c.tanggal} AS tanggal FROM ${c.tabel} t${where([...c.syarat, ...lanjut])} ORDER BY ${c.tanggal} DESC LIMIT 1 OFFSET ${ukuran - 1}`,
			r0,
		)
		const mulai = akhir ? tanggalTeks(akhir.tanggal) : null
		const r = mulai ? { ...r0, mulai } : r0
		// the words before the Rahasia rule: its lookup then runs only for rows that match
		const syarat = [...c.syarat, ...lanjut, ...(mulai ? [`${c.tanggal} >= :mulai`] : []), ...c.perBaris, ...c.akses]
		const cocok = await q<{ id: number; tanggal: unknown }>('jendela', `${pilih} FROM ${c.tabel} t${c.indeksJendela ? ` FORCE INDEX (${c.indeksJendela})` : ''}${where(syarat)} ${urut} LIMIT ${n}`, r)
		return { cocok, mulai }
	}
	const cocok: { id: number; tanggal: unknown }[] = []
	let sebelum: string | null = null
	let diperiksa = 0
	let ukuran = jendelaAwal
	for (;;) {
		const hasil = await jendela(ukuran, sebelum)
		// windows follow one another in the result's order, so their matches simply append
		cocok.push(...hasil.cocok)
		diperiksa += ukuran
		if (cocok.length >= n || !hasil.mulai) return terbatas(cocok)
		sebelum = hasil.mulai
		// the rows still needed at the density seen so far, with a margin
		const perlu = cocok.length ? Math.ceil((((n - cocok.length) * diperiksa) / cocok.length) * 1.2) : Number.POSITIVE_INFINITY
		if (diperiksa + perlu > jendelaMaks) break
		ukuran = Math.max(perlu, Math.min(jendelaAwal, 500))
	}

	// rare words: the full-text index finds every match; all of them are counted and sorted
	const lewat = c.lewatIndeks ?? c.perBaris
	const rows = await q<{ id: number; tanggal: unknown; total: number }>(
		'indeks',
		`${pilih}, COUNT(*) OVER () AS total FROM ${c.tabel} t${where([...c.syarat, ...c.akses, ...lewat])} ${urut} LIMIT ${k}`,
		rencana.r,
	)
	return { jenis: c.jenis, kunci: kunci(rows), total: Number(rows[0]?.total ?? 0), lebih: false }
}

function halaman(params: { page?: number; perPage?: number }) {
	const perPage = params.perPage ?? UKURAN_HALAMAN
	const maks = Math.ceil(BATAS_HITUNG / perPage)
	const diminta = Math.max(1, Math.floor(params.page ?? 1))
	const page = Math.min(diminta, maks)
	return { perPage, page, offset: (page - 1) * perPage, dibatasi: diminta > page, maks }
}

/** The page's rows in full, by kind and id. */
async function muatBaris(kunci: (Kunci & { jenis: JenisHasil })[]): Promise<BarisCari[]> {
	const ids = (jenis: JenisHasil) => kunci.filter((x) => x.jenis === jenis).map((x) => x.id)
	const [masuk, keluar, berkas] = await Promise.all([
		ids('surat-masuk').length
			? SuratMasuk.findAll({
					where: { id: { [Op.in]: ids('surat-masuk') } },
					attributes: ['id', 'nomorSurat', 'tahun', 'nomorAgenda', 'tanggalDiterima', 'perihal', 'ringkasan', 'asal', 'klasifikasiKode', 'sifat'],
					raw: true,
				})
			: [],
		ids('surat-keluar').length
			? SuratKeluar.findAll({ where: { id: { [Op.in]: ids('surat-keluar') } }, attributes: ['id', 'nomor', 'tanggalSurat', 'perihal', 'tujuan', 'klasifikasiKode', 'sifat'], raw: true })
			: [],
		ids('berkas').length
			? BerkasArsip.findAll({ where: { id: { [Op.in]: ids('berkas') } }, attributes: ['id', 'nomorBerkas', 'kurunAwal', 'kurunAkhir', 'uraian', 'klasifikasiKode'], raw: true })
			: [],
	])
	const kodes = [...new Set([...masuk, ...keluar, ...berkas].map((b) => b.klasifikasiKode))]
	const nama = new Map(
		kodes.length ? (await KlasifikasiArsip.findAll({ where: { kode: { [Op.in]: kodes } }, attributes: ['kode', 'nama'], raw: true })).map((k) => [k.kode, k.nama]) : [],
	)
	const pendek = (s: string | null, n: number) => (s && s.length > n ? `${s.slice(0, n)}…` : s)
	const baris = new Map<string, BarisCari>()
	for (const m of masuk) {
		baris.set(`surat-masuk:${m.id}`, {
			jenis: 'surat-masuk',
			id: m.id,
			nomor: m.nomorSurat,
			agenda: formatNomorAgenda(m.nomorAgenda, m.tahun),
			tanggal: tanggalTeks(m.tanggalDiterima),
			tanggalAkhir: null,
			judul: m.perihal,
			ringkasan: pendek(m.ringkasan, 300),
			pihak: m.asal,
			klasifikasiKode: m.klasifikasiKode,
			klasifikasiNama: nama.get(m.klasifikasiKode) ?? null,
			sifat: m.sifat,
			tautan: TAUTAN['surat-masuk'](m.id),
		})
	}
	for (const s of keluar) {
		baris.set(`surat-keluar:${s.id}`, {
			jenis: 'surat-keluar',
			id: s.id,
			nomor: s.nomor,
			agenda: null,
			tanggal: tanggalTeks(s.tanggalSurat),
			tanggalAkhir: null,
			judul: s.perihal,
			ringkasan: null,
			pihak: pendek(s.tujuan, 300),
			klasifikasiKode: s.klasifikasiKode,
			klasifikasiNama: nama.get(s.klasifikasiKode) ?? null,
			sifat: s.sifat,
			tautan: TAUTAN['surat-keluar'](s.id),
		})
	}
	for (const b of berkas) {
		baris.set(`berkas:${b.id}`, {
			jenis: 'berkas',
			id: b.id,
			nomor: b.nomorBerkas,
			agenda: null,
			tanggal: tanggalTeks(b.kurunAwal),
			tanggalAkhir: b.kurunAkhir ? tanggalTeks(b.kurunAkhir) : null,
			judul: b.uraian,
			ringkasan: null,
			pihak: null,
			klasifikasiKode: b.klasifikasiKode,
			klasifikasiNama: nama.get(b.klasifikasiKode) ?? null,
			sifat: null,
			tautan: TAUTAN.berkas(b.id),
		})
	}
	// a row deleted between the two reads is left out rather than shown empty
	return kunci.map((x) => baris.get(`${x.jenis}:${x.id}`)).filter((b): b is BarisCari => Boolean(b))
}

/**
 * Searches letters and berkas with `filter`, as `user` may see them. Needs 'read:surat:any' (the
 * letters) or 'read:arsip:any' (the berkas); with neither it throws 403.
 */
export async function cariSuratDanArsip(
	params: FilterCariSurat & { page?: number; perPage?: number },
	user: PenggunaCari,
	opsi: OpsiCari = {},
): Promise<HasilCari> {
	const mulai = performance.now()
	const db = getDb()
	const { perPage, page, offset, dibatasi, maks } = halaman(params)
	const rencana = await susunRencana(db, params, user)
	const hasil = await Promise.all(rencana.cabang.map((c) => jalankanCabang(db, c, rencana, offset + perPage, opsi)))

	const perJenis: HasilCari['perJenis'] = {
		'surat-masuk': { total: 0, lebih: false },
		'surat-keluar': { total: 0, lebih: false },
		berkas: { total: 0, lebih: false },
	}
	for (const h of hasil) perJenis[h.jenis] = { total: h.total, lebih: h.lebih }
	const total = hasil.reduce((s, h) => s + h.total, 0)
	const lebih = hasil.some((h) => h.lebih)

	// each branch's first `offset + perPage` keys hold the merged page's
	const kunci = hasil
		.flatMap((h) => h.kunci.map((x) => ({ ...x, jenis: h.jenis })))
		.sort((a, b) => (a.tanggal !== b.tanggal ? (a.tanggal < b.tanggal ? 1 : -1) : URUT[a.jenis] - URUT[b.jenis] || b.id - a.id))
		.slice(offset, offset + perPage)
	const rows = await muatBaris(kunci)
	return {
		rows,
		total,
		lebih,
		perJenis,
		page,
		perPage,
		halamanTerakhir: Math.max(1, Math.min(maks, Math.ceil(total / perPage))),
		halamanDibatasi: dibatasi,
		kata: rencana.kata,
		kataPihak: rencana.kataPihak,
		ms: Math.round(performance.now() - mulai),
	}
}
