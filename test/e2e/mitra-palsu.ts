import crypto from 'node:crypto'
import http from 'node:http'
import type net from 'node:net'
import { SMTPServer } from 'smtp-server'

/**
 * Stand-ins for the outside services the built app talks to over the network during the e2e run:
 * the WhatsApp Cloud API (messages, media upload, media info and download), a BSrE-style signing
 * service, and an SMTP server. Each records what it received; the tests read it back from
 * `/_uji/*` on the same port. Started once by the e2e global setup.
 */
export type PesanWaTerkirim = { ke: string; jenis: string; teks: string | null; mediaId: string | null; nama: string | null }
export type SurelTerkirim = { ke: string[]; subjek: string; lampiran: string[]; mentah: string }

export const RAHASIA_UJI = {
	phoneNumberId: '109876543210',
	accessToken: 'token-uji-e2e',
	verifyToken: 'verifikasi-uji-e2e',
	appSecret: 'rahasia-aplikasi-uji-e2e',
	tteUser: 'simadu',
	ttePassword: 'sandi-tte-uji',
	/** the passphrase the stand-in accepts; any other is "wrong" */
	passphrase: 'Passphrase-Kadis-2026',
}

/** Files the tests "send" from a phone: the media id → bytes and type. */
const mediaMasuk = new Map<string, { isi: Buffer; mime: string }>()

export async function mulaiMitraPalsu() {
	const terkirimWa: PesanWaTerkirim[] = []
	const surel: SurelTerkirim[] = []
	let waMati = false

	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			const chunks: Buffer[] = []
			stream.on('data', (c: Buffer) => chunks.push(c))
			stream.on('end', () => {
				const mentah = Buffer.concat(chunks).toString('utf8')
				const subjek = /^Subject: (.*)$/im.exec(mentah)?.[1]?.trim() ?? ''
				const lampiran = [...mentah.matchAll(/filename="?([^";\r\n]+)"?/gi)].map((m) => m[1]!)
				surel.push({ ke: session.envelope.rcptTo.map((r) => r.address), subjek, lampiran, mentah })
				callback()
			})
		},
	})
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
	const smtpPort = (smtp.server.address() as net.AddressInfo).port

	const baca = (req: http.IncomingMessage) =>
		new Promise<Buffer>((resolve) => {
			const chunks: Buffer[] = []
			req.on('data', (c: Buffer) => chunks.push(c))
			req.on('end', () => resolve(Buffer.concat(chunks)))
		})
	const json = (res: http.ServerResponse, status: number, body: unknown) => {
		res.writeHead(status, { 'Content-Type': 'application/json' })
		res.end(JSON.stringify(body))
	}

	const server = http.createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://palsu')
		const body = await baca(req)
		const p = url.pathname
		// --- test controls
		if (p === '/_uji/wa') return json(res, 200, terkirimWa)
		if (p === '/_uji/surel') return json(res, 200, surel.map(({ mentah: _, ...s }) => s))
		if (p === '/_uji/wa-mati') {
			waMati = url.searchParams.get('nilai') === '1'
			return json(res, 200, { waMati })
		}
		if (p === '/_uji/media' && req.method === 'POST') {
			const id = `media-${crypto.randomBytes(6).toString('hex')}`
			mediaMasuk.set(id, { isi: body, mime: req.headers['content-type'] ?? 'application/octet-stream' })
			return json(res, 200, { id })
		}
		// --- WhatsApp Cloud API
		const bearer = req.headers.authorization === `Bearer ${RAHASIA_UJI.accessToken}`
		if (p.startsWith(`/${RAHASIA_UJI.phoneNumberId}/`) || /^\/media-/.test(p) || p.startsWith('/berkas-media/')) {
			if (!bearer) return json(res, 401, { error: { message: 'Invalid OAuth access token' } })
			if (waMati) return json(res, 503, { error: { message: 'Service temporarily unavailable' } })
		}
		if (p === `/${RAHASIA_UJI.phoneNumberId}/messages` && req.method === 'POST') {
			const pesan = JSON.parse(body.toString('utf8')) as { to: string; type: string; text?: { body: string }; document?: { id: string; filename?: string } }
			terkirimWa.push({ ke: pesan.to, jenis: pesan.type, teks: pesan.text?.body ?? null, mediaId: pesan.document?.id ?? null, nama: pesan.document?.filename ?? null })
			return json(res, 200, { messaging_product: 'whatsapp', messages: [{ id: `wamid.${crypto.randomBytes(8).toString('hex')}` }] })
		}
		if (p === `/${RAHASIA_UJI.phoneNumberId}/media` && req.method === 'POST') return json(res, 200, { id: `unggahan-${crypto.randomBytes(6).toString('hex')}` })
		const info = /^\/(media-[a-f0-9]+)$/.exec(p)
		if (info && req.method === 'GET') {
			const media = mediaMasuk.get(info[1]!)
			if (!media) return json(res, 404, { error: { message: 'media not found' } })
			return json(res, 200, { url: `http://${req.headers.host}/berkas-media/${info[1]}`, mime_type: media.mime, file_size: media.isi.byteLength, id: info[1] })
		}
		const file = /^\/berkas-media\/(media-[a-f0-9]+)$/.exec(p)
		if (file) {
			const media = mediaMasuk.get(file[1]!)
			if (!media) return json(res, 404, { error: { message: 'media not found' } })
			res.writeHead(200, { 'Content-Type': media.mime })
			return res.end(media.isi)
		}
		// --- TTE
		if (p === '/api/v2/sign/pdf' && req.method === 'POST') {
			const basic = `Basic ${Buffer.from(`${RAHASIA_UJI.tteUser}:${RAHASIA_UJI.ttePassword}`).toString('base64')}`
			if (req.headers.authorization !== basic) return json(res, 401, { error: 'Unauthorized' })
			const isi = JSON.parse(body.toString('utf8')) as { passphrase: string; file: string[] }
			if (isi.passphrase !== RAHASIA_UJI.passphrase) return json(res, 400, { error: 'Passphrase anda salah' })
			const signed = Buffer.concat([Buffer.from(isi.file[0]!, 'base64'), Buffer.from('\n% ditandatangani secara elektronik (uji)\n')])
			return json(res, 200, { file: [signed.toString('base64')] })
		}
		json(res, 404, { error: { message: `tidak dikenal: ${req.method} ${p}` } })
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	const port = (server.address() as net.AddressInfo).port
	return {
		url: `http://127.0.0.1:${port}`,
		smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
		async tutup() {
			await new Promise<void>((resolve) => server.close(() => resolve()))
			await new Promise<void>((resolve) => smtp.close(() => resolve()))
		},
	}
}
