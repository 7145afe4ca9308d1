import nodemailer, { type Transporter } from 'nodemailer'
import { getEnv } from '~/utils/env.server'

/**
 * E-mail through the office's SMTP server (`SMTP_URL`, `MAIL_FROM`). Without `SMTP_URL` the
 * channel is off: nothing is enqueued for it and the pages say so. The adapter only sends; the
 * outbox decides when and retries.
 */
export function emailAktif() {
	return Boolean(getEnv().SMTP_URL)
}

export class EmailNonaktifError extends Error {
	constructor() {
		super('Pengiriman e-mail belum dikonfigurasi (SMTP_URL kosong).')
	}
}

export type LampiranEmail = { nama: string; mime: string; isi: Buffer }
export type EmailKeluar = { ke: string; subjek: string; teks: string; lampiran?: LampiranEmail | null }

// One transport per address: tests (and an admin changing the variable) get a fresh one.
let aktif: { url: string; transport: Transporter } | null = null

function transport(url: string) {
	if (aktif?.url !== url) {
		aktif?.transport.close()
		aktif = {
			url,
			// Short timeouts: a hung server must fail the try well inside the outbox's one-minute lease.
			transport: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
		}
	}
	return aktif.transport
}

function pengirimBaku() {
	const app = getEnv().APP_URL
	const host = app ? new URL(app).hostname : 'localhost'
	return `SIMADU <no-reply@${host}>`
}

/** Sends one message; throws when the server refuses or cannot be reached (the outbox retries). */
export async function kirimEmail(email: EmailKeluar): Promise<{ messageId: string }> {
	const env = getEnv()
	if (!env.SMTP_URL) throw new EmailNonaktifError()
	const info = await transport(env.SMTP_URL).sendMail({
		from: env.MAIL_FROM ?? pengirimBaku(),
		to: email.ke,
		subject: email.subjek,
		text: email.teks,
		attachments: email.lampiran ? [{ filename: email.lampiran.nama, contentType: email.lampiran.mime, content: email.lampiran.isi }] : undefined,
	})
	return { messageId: info.messageId }
}
