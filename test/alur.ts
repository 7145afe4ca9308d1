import { Jabatan, Pegawai, Pengguna } from '#models/index'
import type { Pelaku } from '~/workflow/mesin.server'
import { loadAuthority } from '~/utils/permissions.server'
import { tanggalDiZona } from '~/utils/format'

/** A demo user as the engine sees an actor: id, name, jabatan and today's authority. */
export async function getUserById(username: string): Promise<Pelaku> {
	const pengguna = await Pengguna.findOne({
		where: { username },
		include: [{ model: Pegawai, as: 'pegawai', include: [{ model: Jabatan, as: 'jabatan', attributes: ['nama'] }] }],
	})
	if (!pengguna) throw new Error(`Akun ${username} tidak ada`)
	return {
		id: pengguna.id,
		nama: pengguna.pegawai?.nama ?? username,
		jabatan: pengguna.pegawai?.jabatan?.nama ?? null,
		authority: await loadAuthority(pengguna.id, tanggalDiZona(new Date())),
	}
}
