import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { resetEnvCache } from '~/utils/env.server'

/**
 * A real SMTP server on a random local port for tests: it accepts every message and keeps what it
 * received. `mulai()` points `SMTP_URL` at it; `berhenti()` closes it (an outage).
 */
export type EmailDiterima = { dari: string; ke: string[]; mentah: string }

export function buatServerSmtp() {
	const diterima: EmailDiterima[] = []
	let server: SMTPServer | null = null

	async function mulai() {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS', 'AUTH'],
			logger: false,
			onData(stream, session, callback) {
				const chunks: Buffer[] = []
				stream.on('data', (c: Buffer) => chunks.push(c))
				stream.on('end', () => {
					diterima.push({
						dari: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						ke: session.envelope.rcptTo.map((r) => r.address),
						mentah: Buffer.concat(chunks).toString('utf8'),
					})
					callback()
				})
			},
		})
		const s = server
		await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()))
		const port = (s.server.address() as AddressInfo).port
		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
		process.env.MAIL_FROM = 'SIMADU Uji <simadu@uji.test>'
		resetEnvCache()
		return port
	}

	async function berhenti() {
		const s = server
		server = null
		if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
	}

	return { diterima, mulai, berhenti }
}

function decodeKata(nilai: string) {
	return nilai.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, isi: string) =>
		enc.toLowerCase() === 'b'
			? Buffer.from(isi, 'base64').toString('utf8')
			: Buffer.from(isi.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
	)
}

function decodeQp(isi: string) {
	const bytes = isi.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
	return Buffer.from(bytes, 'latin1').toString('utf8')
}

function pisahBagian(mentah: string) {
	const i = mentah.search(/\r?\n\r?\n/)
	const kepala = mentah.slice(0, i).replace(/\r?\n[ \t]+/g, ' ')
	const badan = mentah.slice(i).replace(/^\r?\n\r?\n/, '')
	const header = (nama: string) => kepala.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${nama.toLowerCase()}:`))?.slice(nama.length + 1).trim() ?? ''
	return { header, badan }
}

/** Enough of MIME to read what nodemailer sends: subject, recipient, text, attachments. */
export function bacaEmail(mentah: string) {
	const { header, badan } = pisahBagian(mentah)
	const lampiran: { nama: string; mime: string; isi: Buffer }[] = []
	let teks = ''
	const bagian = (h: typeof header, b: string) => {
		const jenis = h('Content-Type')
		const batas = /boundary="?([^";]+)"?/i.exec(jenis)?.[1]
		if (batas) {
			for (const potong of b.split(`--${batas}`).slice(1)) {
				if (potong.startsWith('--')) break
				const p = pisahBagian(potong.replace(/^\r?\n/, ''))
				bagian(p.header, p.badan)
			}
			return
		}
		const enc = h('Content-Transfer-Encoding').toLowerCase()
		const isi = enc === 'base64' ? Buffer.from(b.replace(/\s+/g, ''), 'base64') : Buffer.from(enc === 'quoted-printable' ? decodeQp(b) : b, 'utf8')
		const nama = /filename="?([^";]+)"?/i.exec(h('Content-Disposition'))?.[1]
		if (nama) lampiran.push({ nama: decodeKata(nama), mime: jenis.split(';')[0]!.trim(), isi })
		else if (jenis.startsWith('text/plain') || !jenis) teks += isi.toString('utf8')
	}
	bagian(header, badan)
	return { subjek: decodeKata(header('Subject')), ke: header('To'), dari: header('From'), teks, lampiran }
}
