import { Op, type Transaction } from 'sequelize'
import type { KanalOutbox } from '#models/alur/Outbox'
import { Notifikasi, Outbox } from '#models/index'
import { getDb } from '~/utils/db.server'
import { logger } from '~/utils/logger.server'

/**
 * The outbox: messages are written inside the transaction of the change they announce and
 * delivered after it commits. A row is claimed atomically (a lease), delivered, and marked sent in
 * one transaction with its delivery when the channel is the database itself (in-app), so it is
 * never delivered twice; failures retry with exponential backoff and are never dropped.
 */
/** A file a message carries (e-mail attachment, WhatsApp document), by its storage key. */
export type LampiranOutbox = { kunci: string; nama: string; mime: string }
export type PesanOutbox = { kanal: KanalOutbox; tujuan: string; judul: string; isi?: string | null; tautan?: string | null; lampiran?: LampiranOutbox | null }

export async function enqueue(messages: PesanOutbox[], transaction: Transaction) {
	if (messages.length === 0) return
	const now = new Date()
	await Outbox.bulkCreate(
		messages.map((m) => ({
			kanal: m.kanal,
			tujuan: m.tujuan,
			isi: { judul: m.judul, isi: m.isi ?? null, tautan: m.tautan ?? null, ...(m.lampiran ? { lampiran: m.lampiran } : {}) },
			status: 'menunggu' as const,
			berikutnyaAt: now,
			dikunciSampai: null,
			galatTerakhir: null,
			terkirimAt: null,
		})),
		{ transaction },
	)
	transaction.afterCommit(() => jadwalkanPengiriman())
}

/** Delivery per channel; e-mail and WhatsApp register theirs when their adapters exist. */
/**
 * Delivers one message. In-app delivery gets the transaction that also marks the row sent;
 * outside channels get none (see `kirimOutbox`).
 */
export type Pengirim = (pesan: Outbox, transaction?: Transaction) => Promise<void>

/** The in-app delivery: a notification row. Exported so a channel can wrap it (e-mail copies). */
export const kirimAplikasi: Pengirim = async (pesan, transaction) => {
	await Notifikasi.create(
		{
			penggunaId: Number(pesan.tujuan),
			judul: pesan.isi.judul,
			isi: pesan.isi.isi ?? null,
			tautan: pesan.isi.tautan ?? null,
			dibacaAt: null,
		},
		{ transaction },
	)
}
const pengirim: Partial<Record<KanalOutbox, Pengirim>> = { aplikasi: kirimAplikasi }

export function daftarkanPengirim(kanal: KanalOutbox, fn: Pengirim) {
	pengirim[kanal] = fn
}

const MAKS_PERCOBAAN = 10
const SEWA_MS = 60_000

function jedaUlang(percobaan: number) {
	return Math.min(60 * 60_000, 30_000 * 2 ** (percobaan - 1))
}

/** Delivers what is due; returns how many were sent. Safe to run in several processes at once. */
export async function kirimOutbox(batas = 100): Promise<number> {
	const sequelize = getDb()
	const now = new Date()
	const due = await Outbox.findAll({
		where: {
			status: 'menunggu',
			berikutnyaAt: { [Op.lte]: now },
			kanal: { [Op.in]: Object.keys(pengirim) },
			[Op.or]: [{ dikunciSampai: null }, { dikunciSampai: { [Op.lt]: now } }],
		},
		attributes: ['id'],
		order: [['id', 'ASC']],
		limit: batas,
		raw: true,
	})
	let terkirim = 0
	for (const { id } of due) {
		// the lease: only one worker gets the row
		const [claimed] = await Outbox.update(
			{ dikunciSampai: new Date(Date.now() + SEWA_MS) },
			{ where: { id, status: 'menunggu', [Op.or]: [{ dikunciSampai: null }, { dikunciSampai: { [Op.lt]: new Date() } }] } },
		)
		if (!claimed) continue
		const pesan = await Outbox.findByPk(id)
		if (!pesan) continue
		const kirim = pengirim[pesan.kanal]
		if (!kirim) continue
		try {
			if (pesan.kanal === 'aplikasi') {
				// delivered into the database itself: delivery and "sent" commit together, exactly once
				await sequelize.transaction(async (t) => {
					await kirim(pesan, t)
					await pesan.update({ status: 'terkirim', terkirimAt: new Date(), dikunciSampai: null }, { transaction: t })
				})
			} else {
				// an outside service is called outside any transaction, so a slow SMTP or WhatsApp
				// server holds no database lock; the lease keeps other workers off the row meanwhile.
				// Once sent, the text is dropped (it may carry a tracking code); the subject stays.
				await kirim(pesan)
				await pesan.update({ status: 'terkirim', terkirimAt: new Date(), dikunciSampai: null, isi: { judul: pesan.isi.judul, isi: null, tautan: null } })
			}
			terkirim += 1
		} catch (error) {
			const percobaan = pesan.percobaan + 1
			await pesan.update({
				percobaan,
				status: percobaan >= MAKS_PERCOBAAN ? 'gagal' : 'menunggu',
				berikutnyaAt: new Date(Date.now() + jedaUlang(percobaan)),
				dikunciSampai: null,
				galatTerakhir: (error instanceof Error ? error.message : String(error)).slice(0, 500),
			})
			logger.warn({ outboxId: id, kanal: pesan.kanal, percobaan }, 'pengiriman pesan gagal, dijadwalkan ulang')
		}
	}
	return terkirim
}

let running: Promise<void> | null = null
let lagi = false

/**
 * Runs a delivery pass soon, once at a time per process. A request that arrives during a pass
 * runs one more pass after it, so a message committed meanwhile does not wait for the interval.
 */
export function jadwalkanPengiriman() {
	if (process.env.NODE_ENV === 'test' && !process.env.OUTBOX_DI_TES) return
	if (running) {
		lagi = true
		return
	}
	running = (async () => {
		try {
			do {
				lagi = false
				await kirimOutbox()
			} while (lagi)
		} catch (error) {
			logger.error({ err: error }, 'pekerja outbox gagal')
		} finally {
			running = null
		}
	})()
}

/** Waits for a delivery pass in progress, e.g. before closing the connection it uses. */
export async function tungguPengiriman() {
	await running
}

/** Started once by the server: a pass every interval picks up retries and other processes' rows. */
export function mulaiPekerjaOutbox(intervalMs = 15_000) {
	const holder = globalThis as typeof globalThis & { __simaduOutbox?: NodeJS.Timeout }
	if (holder.__simaduOutbox) return
	holder.__simaduOutbox = setInterval(jadwalkanPengiriman, intervalMs)
	holder.__simaduOutbox.unref()
}
