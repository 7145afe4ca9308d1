import { Notifikasi } from '#models/index'

/**
 * In-app notifications, always scoped to their owner: one user can never count, read or mark
 * another's. The outbox writes them (`outbox.server.ts`); these read and mark them.
 */
export type NotifikasiRow = { id: number; judul: string; isi: string | null; tautan: string | null; dibacaAt: Date | null; createdAt: Date }

const ATTRIBUTES = ['id', 'judul', 'isi', 'tautan', 'dibacaAt', 'createdAt'] as const

/** The header's badge: served by the index (pengguna_id, dibaca_at, created_at). */
export function hitungBelumDibaca(userId: number) {
	return Notifikasi.count({ where: { penggunaId: userId, dibacaAt: null } })
}

export async function listNotifikasi(params: { userId: number; offset: number; limit: number }) {
	const { rows, count } = await Notifikasi.findAndCountAll({
		where: { penggunaId: params.userId },
		attributes: [...ATTRIBUTES],
		order: [['id', 'DESC']],
		offset: params.offset,
		limit: params.limit,
		raw: true,
	})
	return {
		rows: rows.map((r) => ({ ...r, id: Number(r.id) }) as NotifikasiRow),
		total: count,
	}
}

/** Marks one as read; returns it (with its link), or null when it is not this user's. */
export async function tandaiDibaca(userId: number, id: number): Promise<NotifikasiRow | null> {
	const row = await Notifikasi.findOne({ where: { id, penggunaId: userId }, attributes: [...ATTRIBUTES], raw: true })
	if (!row) return null
	if (!row.dibacaAt) {
		const dibacaAt = new Date()
		await Notifikasi.update({ dibacaAt }, { where: { id, penggunaId: userId, dibacaAt: null } })
		row.dibacaAt = dibacaAt
	}
	return { ...row, id: Number(row.id) } as NotifikasiRow
}

/** Marks all of the user's unread notifications read; returns how many. */
export async function tandaiSemuaDibaca(userId: number) {
	const [jumlah] = await Notifikasi.update({ dibacaAt: new Date() }, { where: { penggunaId: userId, dibacaAt: null } })
	return jumlah
}
