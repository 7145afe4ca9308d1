import { Op, type WhereOptions } from 'sequelize'
import type { Outbox } from '#models/alur/Outbox'
import { Outbox as OutboxModel } from '#models/index'
import { emailAktif } from '~/integrations/email/email.server'
import { audit } from '~/utils/audit.server'
import { transaction } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { maskNomor } from '~/utils/format'
import { jadwalkanPengiriman } from '~/workflow/outbox.server'
import type { FilterPengiriman, KanalPengiriman } from './pengiriman.schema'

/**
 * Deliveries to citizens and staff that did not go out (e-mail, WhatsApp): failed for good, or
 * still waiting after a failed try. Staff see who it was for only masked, and can send one again.
 */

/** `b•••@contoh.id` for an address, `6281••••••7890` for a number. */
export function samarkanTujuan(tujuan: string) {
	const at = tujuan.lastIndexOf('@')
	if (at > 0) return `${tujuan[0]}•••${tujuan.slice(at)}`
	return maskNomor(tujuan)
}

/** An error text may quote the address or number it failed on; it is shown masked too. */
function samarkanGalat(galat: string | null) {
	if (!galat) return null
	return galat.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]{2,}/gi, (alamat) => samarkanTujuan(alamat)).replace(/\d{9,}/g, (nomor) => maskNomor(nomor))
}

function bermasalah(filter: FilterPengiriman): WhereOptions<Outbox> {
	const kanal = filter.kanal ? [filter.kanal] : ['email', 'wa']
	const gagal = { status: 'gagal' }
	const diulang = { status: 'menunggu', percobaan: { [Op.gte]: 1 } }
	const status = filter.status === 'gagal' ? [gagal] : filter.status === 'menunggu' ? [diulang] : [gagal, diulang]
	return { kanal: { [Op.in]: kanal }, [Op.or]: status } as WhereOptions<Outbox>
}

export type BarisPengiriman = {
	id: number
	kanal: KanalPengiriman
	tujuan: string
	judul: string
	status: 'gagal' | 'menunggu'
	percobaan: number
	galatTerakhir: string | null
	dibuat: string
	berikutnya: string | null
}

export async function listPengirimanBermasalah(params: FilterPengiriman & { offset: number; limit: number }) {
	const { rows, count } = await OutboxModel.findAndCountAll({
		where: bermasalah(params),
		attributes: ['id', 'kanal', 'tujuan', 'isi', 'status', 'percobaan', 'galatTerakhir', 'berikutnyaAt', 'createdAt'],
		order: [['id', 'DESC']],
		offset: params.offset,
		limit: params.limit,
	})
	return {
		total: count,
		rows: rows.map(
			(r): BarisPengiriman => ({
				id: r.id,
				kanal: r.kanal as KanalPengiriman,
				tujuan: samarkanTujuan(r.tujuan),
				judul: r.isi.judul,
				status: r.status as 'gagal' | 'menunggu',
				percobaan: r.percobaan,
				galatTerakhir: samarkanGalat(r.galatTerakhir),
				dibuat: r.createdAt.toISOString(),
				berikutnya: r.status === 'menunggu' ? r.berikutnyaAt.toISOString() : null,
			}),
		),
	}
}

/** Whether each channel is configured, for the page to say so. */
export function statusSaluran() {
	const env = getEnv()
	return { email: emailAktif(), wa: Boolean(env.WA_PHONE_NUMBER_ID && env.WA_ACCESS_TOKEN) }
}

/**
 * Puts a failed or waiting message back in line now. Its try count is kept, so a message that
 * had failed for good gets one more try before it is marked failed again. The outbox table is
 * not audited by the model hooks, so the act is written to the trail here.
 */
export async function kirimUlangPengiriman(id: number): Promise<boolean> {
	return transaction(async (t) => {
		const pesan = await OutboxModel.findOne({ where: { [Op.and]: [{ id }, bermasalah({})] }, transaction: t, lock: t.LOCK.UPDATE })
		if (!pesan) return false
		const statusLama = pesan.status
		await pesan.update({ status: 'menunggu', berikutnyaAt: new Date(), dikunciSampai: null }, { transaction: t })
		await audit(
			{
				aksi: 'kirim-ulang',
				entitas: 'outbox',
				entitasId: pesan.id,
				perubahan: { status: { sebelum: statusLama, sesudah: 'menunggu' } },
				keterangan: `kanal ${pesan.kanal}, percobaan ${pesan.percobaan}`,
			},
			t,
		)
		t.afterCommit(() => jadwalkanPengiriman())
		return true
	})
}
