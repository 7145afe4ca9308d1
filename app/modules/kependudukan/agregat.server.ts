import { Op, QueryTypes, type Transaction } from 'sequelize'
import { AgregatKependudukan, Wilayah } from '#models/index'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { getDb, transaction } from '~/utils/db.server'
import { KATEGORI_KARTU_KELUARGA, KATEGORI_PENDUDUK, PANJANG_KODE, sqlJumlahkan, sqlKartuKeluarga, sqlTabelDesa, tingkatKode } from './agregat-sql.server'
import type { AgregatWilayah, BarisAgregat, SubwilayahAgregat, TingkatAgregat, WilayahAgregat } from './agregat.schema'
import { TABEL_AGREGAT, type KunciTabel } from './kode'

/**
 * The agregat kependudukan of one import (docs/dkb.md): computed by the database from `penduduk`
 * into `agregat_kependudukan`, and read back as whole tables with every row in order.
 */

/**
 * Replaces the agregat of an import: each table counted per desa in one grouped statement, then
 * kecamatan and kabupaten summed from those rows; families are counted at every level from the
 * residents, as a family is not a sum of its desa. Everything lands in one transaction, the
 * caller's when given (the import computes before it switches the publication).
 */
export async function hitungAgregat(imporId: number, opsi: { transaction?: Transaction } = {}): Promise<{ baris: number; detik: number }> {
	const mulai = performance.now()
	const kerja = async (t: Transaction) => {
		const db = getDb()
		const jalankan = (sql: string, replacements: Record<string, unknown> = {}) =>
			db.query(sql, { replacements: { imporId, ...replacements }, transaction: t })
		await jalankan('DELETE FROM agregat_kependudukan WHERE impor_id = :imporId')
		for (const { kunci } of TABEL_AGREGAT) await jalankan(sqlTabelDesa(kunci), { tabel: kunci })
		for (const tingkat of ['desa', 'kecamatan', 'kabupaten'] as const) await jalankan(sqlKartuKeluarga(tingkat))
		await jalankan(sqlJumlahkan('kecamatan'))
		await jalankan(sqlJumlahkan('kabupaten'))
		const [hasil] = await db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM agregat_kependudukan WHERE impor_id = :imporId', {
			type: QueryTypes.SELECT,
			replacements: { imporId },
			transaction: t,
		})
		return Number(hasil?.n ?? 0)
	}
	const baris = opsi.transaction ? await kerja(opsi.transaction) : await transaction(kerja)
	return { baris, detik: (performance.now() - mulai) / 1000 }
}

type BarisTersimpan = Pick<AgregatKependudukan, 'wilayahKode' | 'tabel' | 'kategori' | 'l' | 'p' | 'jumlah'>

/** Every table with every row at zero, in publication order. */
function tabelKosong(): Record<KunciTabel, BarisAgregat[]> {
	return Object.fromEntries(TABEL_AGREGAT.map((t) => [t.kunci, t.kategori.map((kategori) => ({ kategori, l: 0, p: 0, jumlah: 0 }))])) as Record<
		KunciTabel,
		BarisAgregat[]
	>
}

/** The stored rows of one area laid over the zero tables (rows counting nobody are not stored). */
function susunTabel(rows: BarisTersimpan[]) {
	const tabel = tabelKosong()
	for (const r of rows) {
		const baris = tabel[r.tabel as KunciTabel]?.[r.kategori - 1]
		if (!baris) continue
		baris.l = Number(r.l)
		baris.p = Number(r.p)
		baris.jumlah = Number(r.jumlah)
	}
	return tabel
}

/** The office's kabupaten/kota and the codes below it; empty before the office profile is set. */
async function kodeKantor() {
	return (await getProfilKantorSingkat()).kodeWilayah
}

function diBawahKantor(kode: string, kantor: string) {
	return kantor !== '' && (kode === kantor || kode.startsWith(`${kantor}.`))
}

const ATRIBUT_BARIS = ['wilayahKode', 'tabel', 'kategori', 'l', 'p', 'jumlah'] as const

/**
 * Everything published for one area of an import: the area, every table with every row, and the
 * areas directly below it with their residents and families (zeros for an area nobody lives in).
 * Null when the code is unknown or outside the office's kabupaten/kota.
 */
export async function bacaAgregat(imporId: number, wilayahKode: string): Promise<AgregatWilayah | null> {
	const tingkat = tingkatKode(wilayahKode)
	if (!tingkat || !diBawahKantor(wilayahKode, await kodeKantor())) return null
	const wilayah = await Wilayah.findAll({
		where: { [Op.or]: [{ kode: wilayahKode }, { indukKode: wilayahKode }] },
		attributes: ['kode', 'nama', 'tingkat'],
		order: [['kode', 'ASC']],
		raw: true,
	})
	const diri = wilayah.find((w) => w.kode === wilayahKode)
	if (!diri || diri.tingkat !== tingkat) return null
	const bawah = tingkat === 'desa' ? [] : wilayah.filter((w) => w.kode !== wilayahKode)

	const [rows, rowsBawah] = await Promise.all([
		AgregatKependudukan.findAll({ where: { imporId, wilayahKode }, attributes: [...ATRIBUT_BARIS], raw: true }),
		bawah.length === 0
			? Promise.resolve([])
			: AgregatKependudukan.findAll({
					where: {
						imporId,
						wilayahKode: { [Op.in]: bawah.map((w) => w.kode) },
						tabel: 'ringkasan',
						kategori: { [Op.in]: [KATEGORI_PENDUDUK, KATEGORI_KARTU_KELUARGA] },
					},
					attributes: [...ATRIBUT_BARIS],
					raw: true,
				}),
	])

	const perKode = new Map<string, SubwilayahAgregat>(bawah.map((w) => [w.kode, { kode: w.kode, nama: w.nama, l: 0, p: 0, jumlah: 0, kk: 0 }]))
	for (const r of rowsBawah) {
		const sub = perKode.get(r.wilayahKode)
		if (!sub) continue
		if (r.kategori === KATEGORI_KARTU_KELUARGA) sub.kk = Number(r.jumlah)
		else Object.assign(sub, { l: Number(r.l), p: Number(r.p), jumlah: Number(r.jumlah) })
	}
	return {
		wilayah: { kode: diri.kode, nama: diri.nama, tingkat },
		tabel: susunTabel(rows),
		subwilayah: [...perKode.values()],
	}
}

/** One area's tables, for the workbook that lists every area of a level. */
export type AgregatPerWilayah = { wilayah: WilayahAgregat; tabel: Record<KunciTabel, BarisAgregat[]> }

/**
 * Every area of a level in the office's kabupaten/kota, in code order, each with every table
 * (zeros for an area nobody lives in). At most 460 desa × ~190 rows: read in one go.
 */
export async function bacaAgregatSemuaWilayah(imporId: number, tingkat: TingkatAgregat): Promise<AgregatPerWilayah[]> {
	const kantor = await kodeKantor()
	if (!kantor) return []
	const semua = await Wilayah.findAll({
		where: tingkat === 'kabupaten' ? { kode: kantor, tingkat } : { kode: { [Op.startsWith]: `${kantor}.` }, tingkat },
		attributes: ['kode', 'nama'],
		order: [['kode', 'ASC']],
		raw: true,
	})
	const wilayah = semua.filter((w) => w.kode.length === PANJANG_KODE[tingkat])
	if (wilayah.length === 0) return []
	const rows = await AgregatKependudukan.findAll({
		where: { imporId, wilayahKode: { [Op.in]: wilayah.map((w) => w.kode) } },
		attributes: [...ATRIBUT_BARIS],
		raw: true,
	})
	const perKode = new Map<string, BarisTersimpan[]>()
	for (const r of rows) {
		const daftar = perKode.get(r.wilayahKode)
		if (daftar) daftar.push(r)
		else perKode.set(r.wilayahKode, [r])
	}
	return wilayah.map((w) => ({ wilayah: { kode: w.kode, nama: w.nama, tingkat }, tabel: susunTabel(perKode.get(w.kode) ?? []) }))
}
