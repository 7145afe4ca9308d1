import { Op, UniqueConstraintError, type WhereOptions } from 'sequelize'
import { HariLibur } from '#models/index'
import { transaction } from '~/utils/db.server'
import { likePattern } from '~/utils/pagination.server'
import type { HariLiburFilter, HariLiburInput } from './hari-libur.schema'

export type HariLiburRow = { id: number; tanggal: string; nama: string; jenis: string }

function whereOf(filter: HariLiburFilter): WhereOptions<HariLibur> {
	return {
		...(filter.tahun ? { tanggal: { [Op.between]: [`${filter.tahun}-01-01`, `${filter.tahun}-12-31`] } } : {}),
		...(filter.jenis ? { jenis: filter.jenis } : {}),
		...(filter.q ? { nama: { [Op.like]: likePattern(filter.q) } } : {}),
	}
}

const ATTRIBUTES = ['id', 'tanggal', 'nama', 'jenis'] as const

export async function listHariLibur(params: HariLiburFilter & { offset: number; limit: number }) {
	const { rows, count } = await HariLibur.findAndCountAll({
		where: whereOf(params),
		attributes: [...ATTRIBUTES],
		order: [['tanggal', 'ASC']],
		offset: params.offset,
		limit: params.limit,
		raw: true,
	})
	return { rows: rows as HariLiburRow[], total: count }
}

export async function getHariLibur(id: number) {
	return (await HariLibur.findByPk(id, { attributes: [...ATTRIBUTES], raw: true })) as HariLiburRow | null
}

export type HasilSimpan = { ok: true; id: number } | { ok: false; errors: Record<string, string[]> }

const TANGGAL_GANDA = { tanggal: ['Tanggal ini sudah terdaftar sebagai hari libur.'] }

export async function createHariLibur(input: HariLiburInput): Promise<HasilSimpan> {
	try {
		const row = await transaction((t) => HariLibur.create(input, { transaction: t }))
		return { ok: true, id: row.id }
	} catch (error) {
		if (error instanceof UniqueConstraintError) return { ok: false, errors: TANGGAL_GANDA }
		throw error
	}
}

export async function updateHariLibur(id: number, input: HariLiburInput): Promise<HasilSimpan | null> {
	try {
		return await transaction(async (t) => {
			const row = await HariLibur.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			await row.update(input, { transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		if (error instanceof UniqueConstraintError) return { ok: false, errors: TANGGAL_GANDA }
		throw error
	}
}

export async function deleteHariLibur(id: number) {
	return transaction(async (t) => {
		const row = await HariLibur.findByPk(id, { transaction: t })
		if (!row) return false
		await row.destroy({ transaction: t })
		return true
	})
}

/** The holidays between two dates (inclusive), for working-day arithmetic. */
export async function listTanggalLibur(dari: string, sampai: string) {
	const rows = await HariLibur.findAll({
		where: { tanggal: { [Op.between]: [dari, sampai] } },
		attributes: ['tanggal'],
		raw: true,
	})
	return new Set(rows.map((r) => r.tanggal))
}
