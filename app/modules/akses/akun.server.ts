import { Op } from 'sequelize'
import { Pengguna, Peran, Sesi } from '#models/index'
import { audit } from '~/utils/audit.server'
import { transaction } from '~/utils/db.server'
import { SANDI_DEMO, checkSandiPolicy, hashSandi, verifySandi } from '~/utils/password.server'
import { activeSessionWhere, endSessionsOf } from '~/utils/session.server'

/** The roles a user holds directly, with names, for display. */
export async function listNamaPeran(kode: string[]) {
	if (kode.length === 0) return []
	const rows = await Peran.findAll({ where: { kode: { [Op.in]: kode } }, attributes: ['kode', 'nama'], order: [['nama', 'ASC']] })
	return rows.map((r) => ({ kode: r.kode, nama: r.nama }))
}

export async function listSesiAktif(penggunaId: number) {
	const rows = await Sesi.findAll({
		where: { penggunaId, ...activeSessionWhere() },
		attributes: ['id', 'createdAt', 'terakhirAktifAt', 'ip', 'userAgent'],
		order: [['terakhirAktifAt', 'DESC']],
	})
	return rows.map((s) => ({
		id: s.id,
		mulai: s.createdAt.toISOString(),
		terakhirAktif: s.terakhirAktifAt.toISOString(),
		ip: s.ip,
		userAgent: s.userAgent,
	}))
}

/** Ends one of the user's own sessions (another device). */
export async function endOwnSession(params: { penggunaId: number; sesiId: string }) {
	const [count] = await Sesi.update(
		{ berakhirAt: new Date(), alasanBerakhir: 'keluar' },
		{ where: { id: params.sesiId, penggunaId: params.penggunaId, berakhirAt: null } },
	)
	if (count) await audit({ aksi: 'akhiri-sesi', entitas: 'sesi', entitasId: params.penggunaId, keterangan: 'sesi sendiri di perangkat lain' })
	return count > 0
}

export type HasilGantiSandi = { ok: true } | { ok: false; errors: Record<string, string[]> }

/**
 * Changes the user's own password: the current one must be right; the other sessions end, the
 * current one stays.
 */
export async function changePassword(params: {
	penggunaId: number
	sandiLama: string
	sandiBaru: string
	sesiIdSekarang: string
}): Promise<HasilGantiSandi> {
	const pengguna = await Pengguna.scope('denganSandi').findByPk(params.penggunaId)
	if (!pengguna) return { ok: false, errors: { _form: ['Akun tidak ditemukan.'] } }
	if (!(await verifySandi(params.sandiLama, pengguna.passwordHash))) {
		await audit({ aksi: 'ubah-sandi-gagal', entitas: 'pengguna', entitasId: pengguna.id })
		return { ok: false, errors: { sandiLama: ['Kata sandi saat ini salah.'] } }
	}
	const policy = checkSandiPolicy(params.sandiBaru)
	if (policy) return { ok: false, errors: { sandiBaru: [policy] } }
	if (params.sandiBaru === params.sandiLama) {
		return { ok: false, errors: { sandiBaru: ['Kata sandi baru harus berbeda dari yang lama.'] } }
	}
	if (params.sandiBaru === SANDI_DEMO) {
		return { ok: false, errors: { sandiBaru: ['Kata sandi demo tidak boleh dipakai.'] } }
	}
	const hash = await hashSandi(params.sandiBaru)
	await transaction(async (t) => {
		await pengguna.update(
			{ passwordHash: hash, wajibGantiSandi: false, sandiDemo: false, sandiDiubahAt: new Date() },
			{ transaction: t },
		)
		await endSessionsOf(pengguna.id, 'sandi-diubah', { exceptId: params.sesiIdSekarang, transaction: t })
		await audit({ aksi: 'ubah-sandi', entitas: 'pengguna', entitasId: pengguna.id }, t)
	})
	return { ok: true }
}
