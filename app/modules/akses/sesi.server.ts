import { Op, type WhereOptions } from 'sequelize'
import { Pegawai, Pengguna, Sesi } from '#models/index'
import { audit } from '~/utils/audit.server'
import { transaction } from '~/utils/db.server'
import { likePattern } from '~/utils/pagination.server'
import { activeSessionWhere, endSession } from '~/utils/session.server'
import { REF_SESI, type SesiFilter } from './sesi.schema'

export type SesiRow = {
	/** A short reference; the id itself is the token's hash and stays on the server. */
	ref: string
	penggunaId: number
	username: string
	nama: string
	mulai: string
	terakhirAktif: string
	ip: string | null
	userAgent: string | null
	/** The session of the admin looking at the list. */
	ini: boolean
}

function whereOf(filter: SesiFilter): WhereOptions<Sesi> {
	const pattern = filter.q ? likePattern(filter.q) : null
	return {
		...activeSessionWhere(),
		...(pattern
			? { [Op.or]: [{ '$pengguna.username$': { [Op.like]: pattern } }, { '$pengguna.pegawai.nama$': { [Op.like]: pattern } }] }
			: {}),
	}
}

/** Every session still open and within its limits, most recently active first. */
export async function listSesiAktifSemua(params: SesiFilter & { offset: number; limit: number; sesiIdSekarang?: string }) {
	const { rows, count } = await Sesi.findAndCountAll({
		where: whereOf(params),
		attributes: ['id', 'penggunaId', 'createdAt', 'terakhirAktifAt', 'ip', 'userAgent'],
		include: [
			{
				model: Pengguna,
				as: 'pengguna',
				required: true,
				attributes: ['id', 'username'],
				include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }],
			},
		],
		order: [
			['terakhirAktifAt', 'DESC'],
			['createdAt', 'DESC'],
		],
		offset: params.offset,
		limit: params.limit,
	})
	return {
		rows: rows.map(
			(s): SesiRow => ({
				ref: s.id.slice(0, 12),
				penggunaId: s.penggunaId,
				username: s.pengguna?.username ?? '',
				nama: s.pengguna?.pegawai?.nama ?? '',
				mulai: s.createdAt.toISOString(),
				terakhirAktif: s.terakhirAktifAt.toISOString(),
				ip: s.ip,
				userAgent: s.userAgent,
				ini: s.id === params.sesiIdSekarang,
			}),
		),
		total: count,
	}
}

export type HasilAkhiriSesi = 'berhasil' | 'tidak-ada' | 'sesi-ini'

/**
 * Ends another user's session found by its reference among the active ones. The admin's own
 * session is left alone: that is what "Keluar" is for.
 */
export async function endSesiByRef(params: { ref: string; sesiIdSekarang: string }): Promise<HasilAkhiriSesi> {
	if (!REF_SESI.test(params.ref)) return 'tidak-ada'
	return transaction(async (t) => {
		const found = await Sesi.findAll({
			where: { ...activeSessionWhere(), id: { [Op.startsWith]: params.ref } },
			attributes: ['id', 'penggunaId'],
			include: [{ model: Pengguna, as: 'pengguna', attributes: ['username'] }],
			limit: 2,
			transaction: t,
		})
		const sesi = found.length === 1 ? found[0]! : null
		if (!sesi) return 'tidak-ada'
		if (sesi.id === params.sesiIdSekarang) return 'sesi-ini'
		await endSession(sesi.id, 'diakhiri-admin', t)
		await audit(
			{
				aksi: 'akhiri-sesi',
				entitas: 'sesi',
				entitasId: sesi.penggunaId,
				keterangan: `sesi ${params.ref} milik ${sesi.pengguna?.username ?? '?'} diakhiri administrator`,
			},
			t,
		)
		return 'berhasil'
	})
}
