import { Op } from 'sequelize'
import { KunciMasuk, Pegawai, Pengguna, PercobaanMasuk } from '#models/index'
import { audit } from '~/utils/audit.server'
import { transaction } from '~/utils/db.server'
import { dummySandiHash, verifySandi } from '~/utils/password.server'
import { createSession } from '~/utils/session.server'

/** 5 failures in 15 minutes lock an account name; 20 lock a client address; for 15 minutes. */
export const BATAS_GAGAL_AKUN = 5
export const BATAS_GAGAL_ALAMAT = 20
export const JENDELA_MS = 15 * 60_000
export const LAMA_KUNCI_MS = 15 * 60_000

export type HasilLogin =
	| { status: 'berhasil'; cookie: string; penggunaId: number; wajibGantiSandi: boolean }
	| { status: 'gagal' }
	| { status: 'terkunci'; sampai: Date }

async function activeLock(username: string, ip: string, now: Date) {
	const lock = await KunciMasuk.findOne({
		where: {
			sampai: { [Op.gt]: now },
			[Op.or]: [
				{ jenis: 'akun', kunci: username },
				{ jenis: 'alamat', kunci: ip },
			],
		},
		order: [['sampai', 'DESC']],
	})
	return lock?.sampai ?? null
}

/** Records a failure and, when a threshold is reached, locks the account name or address. */
async function recordFailure(username: string, ip: string, now: Date, penggunaId: number | null) {
	return transaction(async (t) => {
		await PercobaanMasuk.create({ username, ip, berhasil: false, waktu: now }, { transaction: t })
		const since = new Date(now.getTime() - JENDELA_MS)
		const [byAccount, byAddress] = await Promise.all([
			PercobaanMasuk.count({ where: { username, berhasil: false, waktu: { [Op.gt]: since } }, transaction: t }),
			PercobaanMasuk.count({ where: { ip, berhasil: false, waktu: { [Op.gt]: since } }, transaction: t }),
		])
		await audit({ aksi: 'masuk-gagal', entitas: 'pengguna', entitasId: penggunaId, keterangan: `username: ${username}` }, t)
		const sampai = new Date(now.getTime() + LAMA_KUNCI_MS)
		let locked: Date | null = null
		if (byAccount >= BATAS_GAGAL_AKUN) {
			await KunciMasuk.create({ jenis: 'akun', kunci: username, sampai }, { transaction: t })
			await audit({ aksi: 'kunci-akun', entitas: 'pengguna', entitasId: penggunaId, keterangan: `username: ${username}` }, t)
			locked = sampai
		}
		if (byAddress >= BATAS_GAGAL_ALAMAT) {
			await KunciMasuk.create({ jenis: 'alamat', kunci: ip, sampai }, { transaction: t })
			await audit({ aksi: 'kunci-alamat', entitas: 'pengguna', keterangan: `alamat: ${ip}` }, t)
			locked = sampai
		}
		return locked
	})
}

/**
 * Checks a username and password. Unknown user and wrong password give the same answer and
 * take the same time; locks are checked before the password so a locked account cannot be probed.
 */
export async function login(params: {
	username: string
	password: string
	ip: string
	userAgent: string | null
}): Promise<HasilLogin> {
	const username = params.username.trim().toLowerCase()
	const now = new Date()
	const lockedUntil = await activeLock(username, params.ip, now)
	if (lockedUntil) {
		await audit({ aksi: 'masuk-ditolak-terkunci', entitas: 'pengguna', keterangan: `username: ${username}` })
		return { status: 'terkunci', sampai: lockedUntil }
	}

	const pengguna = await Pengguna.scope('denganSandi').findOne({
		where: { username },
		include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }],
	})
	const valid = pengguna
		? await verifySandi(params.password, pengguna.passwordHash)
		: (await verifySandi(params.password, await dummySandiHash()), false)

	if (!pengguna || !valid || !pengguna.aktif) {
		const locked = await recordFailure(username, params.ip, now, pengguna?.id ?? null)
		return locked ? { status: 'terkunci', sampai: locked } : { status: 'gagal' }
	}

	return transaction(async (t) => {
		await PercobaanMasuk.create({ username, ip: params.ip, berhasil: true, waktu: now }, { transaction: t })
		await Pengguna.update({ terakhirMasukAt: now }, { where: { id: pengguna.id }, transaction: t, hooks: false })
		const { cookie } = await createSession(
			{ penggunaId: pengguna.id, ip: params.ip, userAgent: params.userAgent },
			t,
		)
		await audit(
			{ aksi: 'masuk', entitas: 'pengguna', entitasId: pengguna.id, penggunaId: pengguna.id, namaPengguna: pengguna.pegawai?.nama ?? username },
			t,
		)
		return { status: 'berhasil', cookie, penggunaId: pengguna.id, wajibGantiSandi: pengguna.wajibGantiSandi }
	})
}
