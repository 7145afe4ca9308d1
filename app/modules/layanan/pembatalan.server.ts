import { Op, type Transaction } from 'sequelize'
import { InstansAlur, PermohonanLayanan, RiwayatAlur, TugasAlur } from '#models/index'
import { batalkanAlur } from '~/workflow/mesin.server'

/**
 * A request withdrawn by its applicant. Allowed only while nobody at the office has started it:
 * no task claimed or finished and no history besides the submission. The check and the
 * cancellation run in the caller's transaction with the instance and its tasks locked, so a
 * member of staff claiming the task at the same moment either wins (and the cancellation is
 * refused) or finds the task cancelled.
 */
export type HasilBatalPemohon = { ok: true } | { ok: false; alasan: 'tidak-ditemukan' | 'sudah-berakhir' | 'sudah-diproses' }

/** The history an untouched request has: its start and the applicant's submission. */
const RIWAYAT_AWAL = ['mulai', 'ajukan']

export async function batalkanPermohonanPemohon(
	params: { permohonanId: number; alasan: string; pelaku: { id: null; nama: string; jabatan: null } },
	transaction: Transaction,
): Promise<HasilBatalPemohon> {
	const permohonan = await PermohonanLayanan.findByPk(params.permohonanId, { transaction, lock: transaction.LOCK.UPDATE })
	if (!permohonan?.instansId) return { ok: false, alasan: 'tidak-ditemukan' }
	const instans = await InstansAlur.findByPk(permohonan.instansId, { transaction, lock: transaction.LOCK.UPDATE })
	if (!instans || instans.status !== 'berjalan') return { ok: false, alasan: 'sudah-berakhir' }
	const tugas = await TugasAlur.findAll({ where: { instansId: instans.id }, attributes: ['id', 'status'], transaction, lock: transaction.LOCK.UPDATE })
	if (tugas.some((t) => t.status === 'diambil' || t.status === 'selesai')) return { ok: false, alasan: 'sudah-diproses' }
	const lain = await RiwayatAlur.count({ where: { instansId: instans.id, aksi: { [Op.notIn]: RIWAYAT_AWAL } }, transaction })
	if (lain > 0) return { ok: false, alasan: 'sudah-diproses' }
	await batalkanAlur({ instansId: instans.id, pelaku: params.pelaku, alasan: params.alasan, bolehSemua: true }, transaction)
	return { ok: true }
}
