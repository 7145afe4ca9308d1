import { Op } from 'sequelize'
import { LogAudit, Pengguna, PercobaanMasuk, Sesi } from '#models/index'
import type { CurrentUser } from '~/utils/auth.server'
import { hasPermission } from '~/utils/permissions.server'
import { hitungTugasSaya } from '~/workflow/tugas-saya.server'
import { activeSessionWhere } from '~/utils/session.server'

/**
 * The home page is a set of panels, each shown to those whose permissions it serves. Later
 * modules add theirs here (letters awaiting disposition, service queue, budget realisation…).
 */
export type PanelBeranda =
	| { jenis: 'tugas'; terbuka: number; diambilSaya: number; hampir: number; lewat: number }
	| { jenis: 'sistem'; penggunaAktif: number; sesiAktif: number; gagalMasuk24Jam: number; kejadianAudit24Jam: number }

export async function getPanelBeranda(user: Pick<CurrentUser, 'id' | 'authority'>): Promise<PanelBeranda[]> {
	const { authority } = user
	const panels: PanelBeranda[] = []
	if (hasPermission(authority, 'read:alur:own')) {
		const hitung = await hitungTugasSaya(user)
		panels.push({ jenis: 'tugas', terbuka: hitung.terbuka, diambilSaya: hitung.diambilSaya, hampir: hitung.hampir, lewat: hitung.lewat })
	}
	if (hasPermission(authority, 'read:pengguna:any') && hasPermission(authority, 'read:audit:any')) {
		const since = new Date(Date.now() - 24 * 3_600_000)
		const [penggunaAktif, sesiAktif, gagalMasuk24Jam, kejadianAudit24Jam] = await Promise.all([
			Pengguna.count({ where: { aktif: true } }),
			Sesi.count({ where: activeSessionWhere() }),
			PercobaanMasuk.count({ where: { berhasil: false, waktu: { [Op.gt]: since } } }),
			LogAudit.count({ where: { waktu: { [Op.gt]: since } } }),
		])
		panels.push({ jenis: 'sistem', penggunaAktif, sesiAktif, gagalMasuk24Jam, kejadianAudit24Jam })
	}
	return panels
}
