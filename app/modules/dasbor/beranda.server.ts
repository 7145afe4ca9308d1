import { Op } from 'sequelize'
import { LogAudit, Pengguna, PercobaanMasuk, Sesi } from '#models/index'
import { hasPermission, type Authority } from '~/utils/permissions.server'
import { activeSessionWhere } from '~/utils/session.server'

/**
 * The home page is a set of panels, each shown to those whose permissions it serves. Later
 * modules add theirs here (letters awaiting disposition, service queue, budget realisation…).
 */
export type PanelBeranda =
	| { jenis: 'sistem'; penggunaAktif: number; sesiAktif: number; gagalMasuk24Jam: number; kejadianAudit24Jam: number }

export async function getPanelBeranda(authority: Authority): Promise<PanelBeranda[]> {
	const panels: PanelBeranda[] = []
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
