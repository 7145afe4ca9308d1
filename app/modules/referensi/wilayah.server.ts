import path from 'node:path'
import { col, fn, Op, type WhereOptions } from 'sequelize'
import { Wilayah } from '#models/index'
import type { TingkatWilayah } from '#models/referensi/Wilayah'
import { audit } from '~/utils/audit.server'
import { transaction } from '~/utils/db.server'
import { likePattern } from '~/utils/pagination.server'
import { parseWilayahCsv, type GalatWilayah } from './wilayah-csv.server'
import { kodeLeluhur, type WilayahFilter } from './wilayah.schema'

export type WilayahRow = { kode: string; nama: string; tingkat: TingkatWilayah; indukKode: string | null; jumlahAnak: number }

function whereOf(filter: WilayahFilter): WhereOptions<Wilayah> {
	const and: WhereOptions<Wilayah>[] = []
	if (filter.tingkat) and.push({ tingkat: filter.tingkat })
	if (filter.induk) and.push({ indukKode: filter.induk })
	if (filter.q) {
		// A code is searched from its start (33.05 finds 33.05.01…), a name anywhere in it.
		const awalan = `${likePattern(filter.q).slice(1)}`
		and.push({ [Op.or]: [{ kode: { [Op.like]: awalan } }, { nama: { [Op.like]: likePattern(filter.q) } }] })
	}
	return { [Op.and]: and }
}

/** How many areas sit directly under each code, in one grouped query. */
async function hitungAnak(kodes: string[]) {
	if (kodes.length === 0) return new Map<string, number>()
	const rows = (await Wilayah.findAll({
		attributes: ['indukKode', [fn('COUNT', col('kode')), 'jumlah']],
		where: { indukKode: { [Op.in]: kodes } },
		group: [col('induk_kode')],
		raw: true,
	})) as unknown as { indukKode: string; jumlah: number | string }[]
	return new Map(rows.map((r) => [r.indukKode, Number(r.jumlah)]))
}

/** A page of areas in code order (the tree read top-down), each with its number of children. */
export async function listWilayah(params: WilayahFilter & { offset: number; limit: number }) {
	const { rows, count } = await Wilayah.findAndCountAll({
		where: whereOf(params),
		attributes: ['kode', 'nama', 'tingkat', 'indukKode'],
		order: [['kode', 'ASC']],
		offset: params.offset,
		limit: params.limit,
		raw: true,
	})
	const anak = await hitungAnak(rows.map((r) => r.kode))
	return { rows: rows.map((r) => ({ ...r, jumlahAnak: anak.get(r.kode) ?? 0 })) as WilayahRow[], total: count }
}

/** The area and those above it, top first, for the breadcrumb; null when the code is unknown. */
export async function getRantaiWilayah(kode: string) {
	const kodes = [...kodeLeluhur(kode), kode]
	const rows = await Wilayah.findAll({ where: { kode: { [Op.in]: kodes } }, attributes: ['kode', 'nama', 'tingkat'], raw: true })
	if (!rows.some((r) => r.kode === kode)) return null
	return rows.sort((a, b) => a.kode.length - b.kode.length) as { kode: string; nama: string; tingkat: TingkatWilayah }[]
}

export type HasilImporWilayah =
	| { ok: true; baru: number; berubah: number; jumlah: number }
	| { ok: false; errors: GalatWilayah[] }

const UKURAN_BATCH = 500

/**
 * Imports a `kode,nama` CSV. Any bad line stops the import with every line's message and nothing
 * saved; otherwise new codes are added and changed names updated, all in one transaction. Codes
 * missing from the file stay. One audit row records the import (the table is not trailed row by row).
 */
export async function imporWilayahCsv({ teks, namaBerkas }: { teks: string; namaBerkas: string }): Promise<HasilImporWilayah> {
	if (teks.includes('\u0000')) return { ok: false, errors: [{ baris: 1, pesan: 'Berkas bukan CSV teks.' }] }
	const { rows, errors } = await parseWilayahCsv(teks)
	if (errors.length) return { ok: false, errors }
	const nama = path.basename(namaBerkas.replaceAll('\\', '/')).slice(0, 120) || 'tanpa nama'
	return transaction(async (t) => {
		// One read of the current table; the import then writes only what is new or different.
		const ada = new Map(
			(await Wilayah.findAll({ attributes: ['kode', 'nama', 'tingkat', 'indukKode'], raw: true, transaction: t })).map((r) => [r.kode, r]),
		)
		let baru = 0
		let berubah = 0
		const tulis = rows.filter((row) => {
			const lama = ada.get(row.kode)
			if (!lama) {
				baru += 1
				return true
			}
			if (lama.nama !== row.nama) berubah += 1
			return lama.nama !== row.nama || lama.tingkat !== row.tingkat || lama.indukKode !== row.indukKode
		})
		for (let i = 0; i < tulis.length; i += UKURAN_BATCH) {
			await Wilayah.bulkCreate(tulis.slice(i, i + UKURAN_BATCH), {
				updateOnDuplicate: ['nama', 'tingkat', 'indukKode'],
				transaction: t,
			})
		}
		await audit(
			{ aksi: 'impor', entitas: 'wilayah', keterangan: `${baru} baru, ${berubah} berubah, ${rows.length} baris, file ${nama}` },
			t,
		)
		return { ok: true as const, baru, berubah, jumlah: rows.length }
	})
}
