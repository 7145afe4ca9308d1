import type { TingkatAgregat } from './agregat.schema'
import {
	AGAMA,
	DISABILITAS,
	GOLONGAN_DARAH,
	HUBUNGAN_KELUARGA,
	KODE,
	PEKERJAAN,
	PENDIDIKAN,
	STATUS_KAWIN,
	TABEL_PER_KUNCI,
	UMUR,
	type KunciTabel,
} from './kode'

/**
 * The SQL of the agregat (docs/dkb.md, "Counting rules" and "Tables"), built from the code lists
 * and limits of kode.ts so the queries cannot drift from the published rows. Every statement runs
 * on MariaDB and SQLite alike and takes `:imporId` (and `:tabel`) as replacements; the numbers
 * inlined below are our own constants, never user input.
 *
 * Two shapes of table:
 * - `kelompok`: every resident falls in at most one row, so one GROUP BY on (desa, row expression).
 * - `bersyarat`: rows overlap (Wajib KTP and Sudah Rekam count the same person), so one pass
 *   sums a condition per row for each desa and sex, and the small grouped result is turned into
 *   one row per category.
 * Either way `penduduk` is read once per table; families once per level (sqlKartuKeluarga).
 */

/** Length of a Kemendagri code at each level: 33.05, 33.05.01, 33.05.01.2001. */
export const PANJANG_KODE: Record<TingkatAgregat, number> = { kabupaten: 5, kecamatan: 8, desa: 13 }

/** The level of a code by its length; null when it is none of ours (a province, a typo). */
export function tingkatKode(kode: string): TingkatAgregat | null {
	for (const tingkat of ['kabupaten', 'kecamatan', 'desa'] as const) {
		if (kode.length === PANJANG_KODE[tingkat]) return tingkat
	}
	return null
}

const RINGKASAN = TABEL_PER_KUNCI.get('ringkasan')!.kategori
/** Ringkasan's first row, everybody: the residents a subwilayah shows. */
export const KATEGORI_PENDUDUK = RINGKASAN.indexOf('Penduduk') + 1
/** Ringkasan's "Kartu Keluarga" row: distinct families, not a sum of residents, so counted apart. */
export const KATEGORI_KARTU_KELUARGA = RINGKASAN.indexOf('Kartu Keluarga') + 1

const LAKI_LAKI = `jenis_kelamin = ${KODE.lakiLaki}`
const PEREMPUAN = `jenis_kelamin = ${KODE.perempuan}`
const SEMUA = '1 = 1'
const WAJIB_KTP = `(umur >= ${UMUR.wajibKtp} OR status_kawin <> ${KODE.belumKawin})`
const WAJIB_KIA = `(umur < ${UMUR.wajibKia} AND status_kawin = ${KODE.belumKawin})`
const ANAK = `umur < ${UMUR.anak}`

type RumusKelompok = { jenis: 'kelompok'; kategori: string; saring?: string }
/** One condition per row of the table, in order; null for a row computed elsewhere (Kartu Keluarga). */
type RumusBersyarat = { jenis: 'bersyarat'; syarat: (string | null)[]; saring?: string }
export type RumusTabel = RumusKelompok | RumusBersyarat

/** A coded column whose row is its code: codes outside the list (0 = no disability) count nowhere. */
function menurutKode(kolom: string, daftar: readonly string[]): RumusKelompok {
	return { jenis: 'kelompok', kategori: kolom, saring: `${kolom} BETWEEN 1 AND ${daftar.length}` }
}

/** `00-04`, `Muda (0-14)`, `75+`, `Tua (65+)` → inclusive bounds; `sampai` null is open-ended. */
export function rentangUmur(label: string): { dari: number; sampai: number | null } {
	const m = /(\d+)\s*(?:-\s*(\d+)|\+)/.exec(label)
	if (!m) throw new Error(`Label kelompok umur tanpa rentang: ${label}`)
	return { dari: Number(m[1]), sampai: m[2] === undefined ? null : Number(m[2]) }
}

/**
 * An age table whose rows are the ranges written in its labels. The ranges must follow one
 * another without gap or overlap, so each row only needs its upper bound.
 */
function menurutUmur(kunci: KunciTabel): RumusKelompok {
	const rentang = TABEL_PER_KUNCI.get(kunci)!.kategori.map(rentangUmur)
	rentang.forEach((r, i) => {
		const sebelum = rentang[i - 1]
		if (sebelum && sebelum.sampai !== r.dari - 1) throw new Error(`Rentang umur tabel ${kunci} tidak bersambung`)
		if (r.sampai === null && i !== rentang.length - 1) throw new Error(`Rentang terbuka tabel ${kunci} harus terakhir`)
	})
	const dari = rentang[0]!.dari
	const sampai = rentang.at(-1)!.sampai
	const cabang = rentang.slice(0, -1).map((r, i) => `WHEN umur <= ${r.sampai} THEN ${i + 1}`)
	return {
		jenis: 'kelompok',
		kategori: `CASE ${cabang.join(' ')} ELSE ${rentang.length} END`,
		saring: sampai !== null ? `umur BETWEEN ${dari} AND ${sampai}` : dari > 0 ? `umur >= ${dari}` : undefined,
	}
}

/** Kawin/Cerai Hidup with and without their deed: two disjoint rows among one marital status. */
function aktaMenurutStatus(kolom: string, statusKawin: number): RumusKelompok {
	return {
		jenis: 'kelompok',
		kategori: `CASE WHEN ${kolom} = ${KODE.ada} THEN 1 ELSE 2 END`,
		saring: `status_kawin = ${statusKawin} AND ${kolom} IN (${KODE.ada}, ${KODE.tidakAda})`,
	}
}

export const RUMUS_TABEL: Record<KunciTabel, RumusTabel> = {
	// Penduduk, Kartu Keluarga, WNI, WNA, Wajib KTP
	ringkasan: {
		jenis: 'bersyarat',
		syarat: [SEMUA, null, `kewarganegaraan = ${KODE.wni}`, `kewarganegaraan = ${KODE.wna}`, WAJIB_KTP],
	},
	'kelompok-umur': menurutUmur('kelompok-umur'),
	'usia-produktif': menurutUmur('usia-produktif'),
	'usia-sekolah': menurutUmur('usia-sekolah'),
	agama: menurutKode('agama', AGAMA),
	pendidikan: menurutKode('pendidikan', PENDIDIKAN),
	pekerjaan: menurutKode('pekerjaan', PEKERJAAN),
	'status-perkawinan': menurutKode('status_kawin', STATUS_KAWIN),
	'golongan-darah': menurutKode('golongan_darah', GOLONGAN_DARAH),
	'hubungan-keluarga': menurutKode('hubungan_keluarga', HUBUNGAN_KELUARGA),
	disabilitas: menurutKode('disabilitas', DISABILITAS),
	// Wajib KTP; Sudah Rekam (a printed card was recorded first); Belum Rekam; Sudah Cetak
	'ktp-el': {
		jenis: 'bersyarat',
		saring: WAJIB_KTP,
		syarat: [
			SEMUA,
			`ktp_el IN (${KODE.ktpSudahRekam}, ${KODE.ktpSudahCetak})`,
			`ktp_el = ${KODE.ktpBelumRekam}`,
			`ktp_el = ${KODE.ktpSudahCetak}`,
		],
	},
	// Anak Wajib KIA; Memiliki KIA; Belum Memiliki KIA
	kia: { jenis: 'bersyarat', saring: WAJIB_KIA, syarat: [SEMUA, `kia = ${KODE.ada}`, `kia = ${KODE.tidakAda}`] },
	// all ages with and without, then children (age < 18) with and without
	'akta-kelahiran': {
		jenis: 'bersyarat',
		syarat: [
			`akta_lahir = ${KODE.ada}`,
			`akta_lahir = ${KODE.tidakAda}`,
			`${ANAK} AND akta_lahir = ${KODE.ada}`,
			`${ANAK} AND akta_lahir = ${KODE.tidakAda}`,
		],
	},
	'akta-perkawinan': aktaMenurutStatus('akta_kawin', KODE.kawin),
	'akta-perceraian': aktaMenurutStatus('akta_cerai', KODE.ceraiHidup),
}

const SISIP = 'INSERT INTO agregat_kependudukan (impor_id, wilayah_kode, tabel, kategori, l, p, jumlah)'
const hitungJika = (syarat: string) => `SUM(CASE WHEN ${syarat} THEN 1 ELSE 0 END)`
const saringan = (saring?: string) => (saring ? ` AND (${saring})` : '')

/**
 * The statement that fills one table for every desa of the import (`:imporId`, `:tabel`).
 * `jumlah` is l + p (sex is 1 or 2 on every imported row), added up on the grouped rows, so the
 * pass over `penduduk` does as little per resident as it can.
 */
export function sqlTabelDesa(kunci: KunciTabel): string {
	const rumus = RUMUS_TABEL[kunci]
	if (rumus.jenis === 'kelompok') {
		return `${SISIP}
			SELECT :imporId, g.kode_desa, :tabel, g.kategori, g.l, g.p, g.l + g.p
			  FROM (SELECT kode_desa, ${rumus.kategori} AS kategori, ${hitungJika(LAKI_LAKI)} AS l, ${hitungJika(PEREMPUAN)} AS p
			          FROM penduduk
			         WHERE impor_id = :imporId${saringan(rumus.saring)}
			         GROUP BY kode_desa, kategori) g`
	}
	// One sum per row of the table for each desa and sex; the small list of row numbers crossed
	// with those sums then turns the columns into rows and the two sexes into l and p.
	const baris = rumus.syarat.flatMap((syarat, i) => (syarat === null ? [] : [{ n: i + 1, syarat }]))
	const jumlahan = baris.map(({ n, syarat }) => `${syarat === SEMUA ? 'COUNT(*)' : hitungJika(syarat)} AS j${n}`)
	const pilih = `CASE k.n ${baris.map(({ n }) => `WHEN ${n} THEN d.j${n}`).join(' ')} END`
	const nomor = baris.map(({ n }) => `SELECT ${n} AS n`).join(' UNION ALL ')
	return `${SISIP}
		SELECT :imporId, u.kode_desa, :tabel, u.kategori, u.l, u.p, u.l + u.p
		  FROM (SELECT d.kode_desa, k.n AS kategori,
		               SUM(CASE WHEN d.jenis_kelamin = ${KODE.lakiLaki} THEN ${pilih} ELSE 0 END) AS l,
		               SUM(CASE WHEN d.jenis_kelamin = ${KODE.perempuan} THEN ${pilih} ELSE 0 END) AS p
		          FROM (SELECT kode_desa, jenis_kelamin, ${jumlahan.join(', ')}
		                  FROM penduduk
		                 WHERE impor_id = :imporId${saringan(rumus.saring)}
		                 GROUP BY kode_desa, jenis_kelamin) d
		         CROSS JOIN (${nomor}) k
		         GROUP BY d.kode_desa, k.n) u
		 WHERE u.l + u.p > 0`
}

/**
 * Kartu Keluarga at one level: distinct NO_KK counted at that level (a family split over two desa
 * by a data error counts once in its kecamatan), by the sex of its kepala keluarga; a family
 * without a kepala row counts in `jumlah` only. NO_KK is always 16 digits (the import rejects
 * anything else), so its number names the same family, and the database keeps distinct numbers
 * far faster than distinct utf8mb4 strings (about 2–3× on MariaDB).
 */
export function sqlKartuKeluarga(tingkat: TingkatAgregat): string {
	const nomorKk = 'CAST(no_kk AS UNSIGNED)'
	const kepala = (jenisKelamin: number) =>
		`COUNT(DISTINCT CASE WHEN hubungan_keluarga = ${KODE.kepalaKeluarga} AND jenis_kelamin = ${jenisKelamin} THEN ${nomorKk} END)`
	return `${SISIP}
		SELECT :imporId, SUBSTR(kode_desa, 1, ${PANJANG_KODE[tingkat]}) AS wilayah, 'ringkasan', ${KATEGORI_KARTU_KELUARGA},
		       ${kepala(KODE.lakiLaki)}, ${kepala(KODE.perempuan)}, COUNT(DISTINCT ${nomorKk})
		  FROM penduduk
		 WHERE impor_id = :imporId
		 GROUP BY wilayah`
}

/** Sums the rows of the level below into `tingkat` (kecamatan from desa, kabupaten from kecamatan), families aside. */
export function sqlJumlahkan(tingkat: 'kecamatan' | 'kabupaten'): string {
	const bawah = tingkat === 'kecamatan' ? PANJANG_KODE.desa : PANJANG_KODE.kecamatan
	return `${SISIP}
		SELECT impor_id, SUBSTR(wilayah_kode, 1, ${PANJANG_KODE[tingkat]}) AS induk, tabel, kategori, SUM(l), SUM(p), SUM(jumlah)
		  FROM agregat_kependudukan
		 WHERE impor_id = :imporId AND LENGTH(wilayah_kode) = ${bawah}
		   AND NOT (tabel = 'ringkasan' AND kategori = ${KATEGORI_KARTU_KELUARGA})
		 GROUP BY impor_id, induk, tabel, kategori`
}
