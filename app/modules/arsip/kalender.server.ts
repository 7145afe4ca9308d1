import { Op, type Transaction } from 'sequelize'
import { HariLibur, PengaturanKantor } from '#models/index'
import { ZONA_WAKTU_BAKU } from '~/utils/format'
import type { Kalender } from '~/workflow/waktu-standar'

const MS_SEHARI = 86_400_000

/**
 * The office calendar read inside `t`, for starting an instance from within another module's
 * move (an observer runs in that move's transaction and must not read on a second pooled
 * connection, see `siapkanKalender`). Same span as the engine's own: from yesterday to four
 * months ahead.
 */
export async function kalenderDalamTransaksi(t: Transaction, now = new Date()): Promise<Kalender> {
	const tanggal = (d: Date) => d.toISOString().slice(0, 10)
	const [profil, libur] = await Promise.all([
		PengaturanKantor.findByPk(1, { attributes: ['id', 'zonaWaktu', 'jamLayanan'], transaction: t }),
		HariLibur.findAll({
			where: { tanggal: { [Op.between]: [tanggal(new Date(now.getTime() - 2 * MS_SEHARI)), tanggal(new Date(now.getTime() + 122 * MS_SEHARI))] } },
			attributes: ['tanggal'],
			raw: true,
			transaction: t,
		}),
	])
	return { jamLayanan: profil?.jamLayanan ?? [], zonaWaktu: profil?.zonaWaktu ?? ZONA_WAKTU_BAKU, libur: new Set(libur.map((l) => l.tanggal)) }
}
