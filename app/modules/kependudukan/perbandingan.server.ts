import { QueryTypes } from 'sequelize'
import { getDb } from '~/utils/db.server'
import { PANJANG_KODE } from './agregat-sql.server'
import type { TingkatAgregat } from './agregat.schema'
import { TABEL_AGREGAT, TABEL_PER_KUNCI, type KunciTabel } from './kode'

/**
 * The office's check of a new import against the one before it, before the publication is
 * approved: the kabupaten figures side by side, and the areas and rows that moved most.
 */

/**
 * A movement worth a second look before approval (the office's default): at least 10% of the old
 * figure and at least 50 people, so that neither a tiny desa's 3 → 4 (+33%) nor a large row's
 * +60 on 40,000 fills the list. A row that was 0 has no percentage and is judged on people alone.
 */
export const AMBANG_PERSEN_BESAR = 10
export const AMBANG_SELISIH_BESAR = 50

/** How many movements the check lists unless told otherwise. */
const BATAS_PERGERAKAN = 50

export type BarisPerbandingan = {
	kategori: string
	lama: number
	baru: number
	selisih: number
	/** (baru − lama) / lama × 100; null when lama is 0 */
	persen: number | null
}

export type TabelPerbandingan = { kunci: KunciTabel; judul: string; baris: BarisPerbandingan[] }

export type PergerakanAgregat = BarisPerbandingan & {
	wilayahKode: string
	wilayahNama: string
	tabel: KunciTabel
	judulTabel: string
	/** 1-based row number in the table, next to its label in `kategori` */
	nomorKategori: number
	besar: boolean
}

export type PerbandinganAgregat = {
	/** Every table (or the one asked for) at kabupaten level, every row in order. */
	kabupaten: TabelPerbandingan[]
	/** Rows of the chosen level that changed, largest absolute change first. */
	pergerakan: PergerakanAgregat[]
}

const angka = (value: number | string | null | undefined) => Number(value ?? 0)

function bandingkan(lama: number, baru: number) {
	const selisih = baru - lama
	return { lama, baru, selisih, persen: lama === 0 ? null : (selisih / lama) * 100 }
}

export function pergerakanBesar(selisih: number, persen: number | null) {
	return Math.abs(selisih) >= AMBANG_SELISIH_BESAR && (persen === null || Math.abs(persen) >= AMBANG_PERSEN_BESAR)
}

type BarisGabungan = { wilayahKode: string; wilayahNama: string | null; tabel: string; kategori: number; lama: number | string; baru: number | string }

/**
 * Both imports' rows of one level side by side. A row stored for one import only (a category
 * that appeared or emptied) still shows: each side is a UNION ALL branch, grouped together,
 * which is the FULL OUTER JOIN that MySQL lacks. With `urutkan` only changed rows come back,
 * largest absolute change first.
 */
function sqlGabungan(opsi: { tabel?: KunciTabel; urutkan?: boolean }) {
	const sisi = (impor: 'imporLama' | 'imporBaru') =>
		`SELECT wilayah_kode, tabel, kategori, ${impor === 'imporLama' ? 'jumlah AS lama, 0 AS baru' : '0 AS lama, jumlah AS baru'}
		   FROM agregat_kependudukan
		  WHERE impor_id = :${impor} AND LENGTH(wilayah_kode) = :panjang${opsi.tabel ? ' AND tabel = :tabel' : ''}`
	const gabung = `SELECT u.wilayah_kode, u.tabel, u.kategori, SUM(u.lama) AS lama, SUM(u.baru) AS baru
	                  FROM (${sisi('imporLama')} UNION ALL ${sisi('imporBaru')}) u
	                 GROUP BY u.wilayah_kode, u.tabel, u.kategori`
	return `SELECT g.wilayah_kode AS wilayahKode, w.nama AS wilayahNama, g.tabel, g.kategori, g.lama, g.baru
	          FROM (${gabung}) g
	          LEFT JOIN wilayah w ON w.kode = g.wilayah_kode
	         ${opsi.urutkan ? 'WHERE g.baru <> g.lama ORDER BY ABS(g.baru - g.lama) DESC, g.wilayah_kode, g.tabel, g.kategori LIMIT :limit' : ''}`
}

/**
 * Compares two imports (normally a semester's new import with the published one before it):
 * (a) every kabupaten row, old and new; (b) the rows of `tingkat` (default desa, where a
 * misplaced batch of residents shows) that moved most, flagged when they pass the office's check.
 */
export async function bandingkanAgregat(params: {
	imporBaru: number
	imporLama: number
	tingkat?: TingkatAgregat
	tabel?: KunciTabel
	limit?: number
}): Promise<PerbandinganAgregat> {
	const { imporBaru, imporLama, tabel } = params
	const db = getDb()
	const pilih = (sql: string, panjang: number, limit?: number) =>
		db.query<BarisGabungan>(sql, {
			type: QueryTypes.SELECT,
			replacements: { imporBaru, imporLama, panjang, tabel: tabel ?? null, limit: limit ?? null },
		})
	const [rowsKabupaten, rowsGerak] = await Promise.all([
		pilih(sqlGabungan({ tabel }), PANJANG_KODE.kabupaten),
		pilih(sqlGabungan({ tabel, urutkan: true }), PANJANG_KODE[params.tingkat ?? 'desa'], params.limit ?? BATAS_PERGERAKAN),
	])

	const kabupaten = new Map(rowsKabupaten.map((r) => [`${r.tabel}|${r.kategori}`, r]))
	const daftarTabel = tabel ? TABEL_AGREGAT.filter((t) => t.kunci === tabel) : TABEL_AGREGAT
	return {
		kabupaten: daftarTabel.map((t) => ({
			kunci: t.kunci,
			judul: t.judul,
			baris: t.kategori.map((kategori, i) => {
				const r = kabupaten.get(`${t.kunci}|${i + 1}`)
				return { kategori, ...bandingkan(angka(r?.lama), angka(r?.baru)) }
			}),
		})),
		pergerakan: rowsGerak.flatMap((r) => {
			const definisi = TABEL_PER_KUNCI.get(r.tabel as KunciTabel)
			const kategori = definisi?.kategori[Number(r.kategori) - 1]
			if (!definisi || kategori === undefined) return []
			const banding = bandingkan(angka(r.lama), angka(r.baru))
			return [
				{
					wilayahKode: r.wilayahKode,
					wilayahNama: r.wilayahNama ?? r.wilayahKode,
					tabel: definisi.kunci,
					judulTabel: definisi.judul,
					kategori,
					nomorKategori: Number(r.kategori),
					...banding,
					besar: pergerakanBesar(banding.selisih, banding.persen),
				},
			]
		}),
	}
}
