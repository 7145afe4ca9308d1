import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { jawabVerifikasiWebhookWa, terimaWebhookWa } from '~/modules/layanan/wa-tiket.server'

/**
 * `/api/wa/webhook`: the WhatsApp Business Cloud API calls this. GET is the subscription
 * handshake; POST carries message notifications, accepted only with a valid
 * `X-Hub-Signature-256` over the exact bytes received. Public by design: the signature is the
 * caller's credential.
 */
const BATAS_BODY = 1024 * 1024

function teks(body: string, status: number) {
	return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

export async function loader({ request }: LoaderFunctionArgs) {
	const challenge = jawabVerifikasiWebhookWa(new URL(request.url))
	return challenge === null ? teks('Ditolak.', 403) : teks(challenge, 200)
}

/** The body as bytes, refusing more than `batas` (notifications are a few kilobytes). */
async function bacaBody(request: Request, batas: number): Promise<Uint8Array | null> {
	if (Number(request.headers.get('Content-Length') ?? 0) > batas) return null
	if (!request.body) return new Uint8Array()
	const potongan: Uint8Array[] = []
	let total = 0
	const reader = request.body.getReader()
	for (;;) {
		const { done, value } = await reader.read()
		if (done) break
		total += value.byteLength
		if (total > batas) {
			await reader.cancel()
			return null
		}
		potongan.push(value)
	}
	return Buffer.concat(potongan)
}

export async function action({ request }: ActionFunctionArgs) {
	if (request.method !== 'POST') return teks('Metode tidak didukung.', 405)
	const body = await bacaBody(request, BATAS_BODY)
	if (!body) return teks('Terlalu besar.', 413)
	const status = await terimaWebhookWa({ body, tandaTangan: request.headers.get('X-Hub-Signature-256') })
	const pesan = { 200: 'OK', 401: 'Tanda tangan tidak sah.', 503: 'Kanal WhatsApp tidak aktif.' }[status]
	return teks(pesan, status)
}
