import { literal, UniqueConstraintError, type Transaction } from 'sequelize'
import { NomorUrut } from '#models/index'
import { getDb } from './db.server'

/**
 * Gapless counters (`tiket:KK-BARU:20261122`, `kuitansi:2026` …).
 *
 * `ambilNomorBerikut` increments the counter's row inside the caller's transaction: the row stays
 * locked until that transaction ends, so two requests never get the same number, and a rollback
 * gives the number back, so the sequence has no gaps.
 *
 * A counter's first row is created by `pastikanPenghitung`, before the transaction and on its own:
 * two transactions that both look for a missing row under REPEATABLE READ take gap locks and then
 * deadlock on the insert, which is exactly what twenty first-of-the-day tickets would do.
 */
export async function pastikanPenghitung(kunci: string) {
	if (await NomorUrut.findByPk(kunci, { attributes: ['kunci'] })) return
	try {
		// its own short managed transaction: on SQLite those take turns with every other writer
		// instead of sleeping in the busy handler while the lock holder waits for a thread
		await getDb().transaction((t) => NomorUrut.create({ kunci, nilai: 0, updatedAt: new Date() }, { transaction: t }))
	} catch (error) {
		// someone else created it between the read and the insert: it exists, which is all we need
		if (!(error instanceof UniqueConstraintError)) throw error
	}
}

export async function ambilNomorBerikut(kunci: string, transaction: Transaction): Promise<number> {
	const [count] = await NomorUrut.update({ nilai: literal('nilai + 1'), updatedAt: new Date() }, { where: { kunci }, transaction })
	if (count !== 1) throw new Error(`Penghitung ${kunci} belum dibuat: panggil pastikanPenghitung sebelum transaksi.`)
	const baris = await NomorUrut.findByPk(kunci, { transaction })
	return baris!.nilai
}
