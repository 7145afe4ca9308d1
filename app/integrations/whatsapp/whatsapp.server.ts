import crypto from 'node:crypto'
import { getEnv } from '~/utils/env.server'

/**
 * The WhatsApp Business Cloud API: send a text, send a document (upload, then send by media id),
 * download a received photo or document, and check a webhook's signature. The token and the phone
 * number id come from the environment and never appear in errors or logs; an error carries the
 * API's own message with long digit runs (phone numbers) removed, because the outbox keeps it.
 */
const BATAS_WAKTU_MS = 15_000
/** the Cloud API's limits: 4096 characters of text, 1024 of a document caption */
const MAKS_TEKS = 4096
const MAKS_KETERANGAN = 1024

/** The API answered with an error, or could not be reached. */
export class WaApiError extends Error {
	constructor(
		message: string,
		readonly status: number | null,
	) {
		super(message)
		this.name = 'WaApiError'
	}
}

/** The channel has no phone number id or token: nothing can be sent. */
export class WaNonaktifError extends Error {
	constructor() {
		super('Kanal WhatsApp belum dikonfigurasi (WA_PHONE_NUMBER_ID dan WA_ACCESS_TOKEN).')
		this.name = 'WaNonaktifError'
	}
}

/** A received file larger than the caller accepts; refused before downloading it. */
export class WaMediaTerlaluBesarError extends Error {
	constructor(readonly ukuran: number) {
		super('Berkas melebihi batas ukuran.')
		this.name = 'WaMediaTerlaluBesarError'
	}
}

/** True when messages can be sent: the phone number id and the access token are set. */
export function waAktif() {
	const env = getEnv()
	return Boolean(env.WA_PHONE_NUMBER_ID && env.WA_ACCESS_TOKEN)
}

/** True when incoming notifications can be accepted: the channel is on and their signature can be checked. */
export function waWebhookAktif() {
	return waAktif() && Boolean(getEnv().WA_APP_SECRET)
}

/** The names (never the values) of the variables still missing for the whole channel, webhook included. */
export function variabelWaKurang() {
	const env = getEnv()
	const wajib = ['WA_PHONE_NUMBER_ID', 'WA_ACCESS_TOKEN', 'WA_VERIFY_TOKEN', 'WA_APP_SECRET'] as const
	return wajib.filter((nama) => !env[nama])
}

function konfigurasi() {
	const env = getEnv()
	if (!env.WA_PHONE_NUMBER_ID || !env.WA_ACCESS_TOKEN) throw new WaNonaktifError()
	return { base: env.WA_API_BASE_URL.replace(/\/+$/, ''), nomorId: env.WA_PHONE_NUMBER_ID, token: env.WA_ACCESS_TOKEN }
}

/** The API's message without anything that looks like a phone number or a token. */
function pesanAman(teks: string) {
	return teks
		.replace(/\d{8,}/g, '…')
		.replace(/[A-Za-z0-9_-]{40,}/g, '…')
		.slice(0, 300)
}

async function galatDari(response: Response): Promise<WaApiError> {
	let pesan = `HTTP ${response.status}`
	try {
		const body = (await response.json()) as { error?: { message?: unknown; code?: unknown } }
		if (typeof body.error?.message === 'string') pesan = `${pesan}: ${pesanAman(body.error.message)}`
		if (typeof body.error?.code === 'number') pesan = `${pesan} (kode ${body.error.code})`
	} catch {
		// not JSON: the status says enough
	}
	return new WaApiError(`WhatsApp API menolak permintaan — ${pesan}`, response.status)
}

async function panggil(url: string, init: RequestInit & { token: string }): Promise<Response> {
	const { token, ...rest } = init
	const headers = new Headers(rest.headers)
	headers.set('Authorization', `Bearer ${token}`)
	let response: Response
	try {
		response = await fetch(url, { ...rest, headers, signal: AbortSignal.timeout(BATAS_WAKTU_MS) })
	} catch (error) {
		const sebab = error instanceof Error && error.name === 'TimeoutError' ? 'waktu habis' : 'tidak dapat dihubungi'
		throw new WaApiError(`WhatsApp API ${sebab}.`, null)
	}
	if (!response.ok) throw await galatDari(response)
	return response
}

async function kirimPesan(badan: Record<string, unknown>): Promise<{ messageId: string | null }> {
	const { base, nomorId, token } = konfigurasi()
	const response = await panggil(`${base}/${encodeURIComponent(nomorId)}/messages`, {
		method: 'POST',
		token,
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...badan }),
	})
	const hasil = (await response.json().catch(() => ({}))) as { messages?: { id?: string }[] }
	return { messageId: hasil.messages?.[0]?.id ?? null }
}

/** A text message to `ke` (digits, `62…`). */
export function kirimTeks(ke: string, teks: string) {
	return kirimPesan({ to: ke, type: 'text', text: { preview_url: false, body: teks.slice(0, MAKS_TEKS) } })
}

/** Uploads the file to the number's media store, then sends it as a document. */
export async function kirimDokumen(ke: string, dokumen: { bytes: Uint8Array; nama: string; mime: string; keterangan?: string | null }) {
	const { base, nomorId, token } = konfigurasi()
	const form = new FormData()
	form.set('messaging_product', 'whatsapp')
	form.set('type', dokumen.mime)
	form.set('file', new Blob([new Uint8Array(dokumen.bytes)], { type: dokumen.mime }), dokumen.nama)
	const unggah = await panggil(`${base}/${encodeURIComponent(nomorId)}/media`, { method: 'POST', token, body: form })
	const { id } = (await unggah.json()) as { id?: string }
	if (!id) throw new WaApiError('WhatsApp API tidak mengembalikan id media.', unggah.status)
	return kirimPesan({
		to: ke,
		type: 'document',
		document: { id, filename: dokumen.nama, ...(dokumen.keterangan ? { caption: dokumen.keterangan.slice(0, MAKS_KETERANGAN) } : {}) },
	})
}

/**
 * A received photo or document: its address and type from `GET /{media-id}`, then the bytes from
 * that address (which also needs the token). `maksBytes` refuses a large file before downloading.
 */
export async function unduhMedia(mediaId: string, opsi: { maksBytes?: number } = {}): Promise<{ bytes: Uint8Array; mime: string }> {
	const { base, token } = konfigurasi()
	const info = await panggil(`${base}/${encodeURIComponent(mediaId)}`, { method: 'GET', token })
	const { url, mime_type: mime, file_size: ukuran } = (await info.json()) as { url?: string; mime_type?: string; file_size?: number | string }
	if (!url || !/^https?:\/\//.test(url)) throw new WaApiError('WhatsApp API tidak mengembalikan alamat media.', info.status)
	if (opsi.maksBytes && Number(ukuran) > opsi.maksBytes) throw new WaMediaTerlaluBesarError(Number(ukuran))
	const unduh = await panggil(url, { method: 'GET', token })
	const bytes = new Uint8Array(await unduh.arrayBuffer())
	if (opsi.maksBytes && bytes.byteLength > opsi.maksBytes) throw new WaMediaTerlaluBesarError(bytes.byteLength)
	return { bytes, mime: mime ?? unduh.headers.get('Content-Type') ?? 'application/octet-stream' }
}

/**
 * `X-Hub-Signature-256: sha256=<hex>` is the HMAC-SHA256 of the raw body with the app secret.
 * Compared in constant time; false when the secret is not configured.
 */
export function verifikasiTandaTangan(rawBody: string | Uint8Array, header: string | null | undefined) {
	const secret = getEnv().WA_APP_SECRET
	if (!secret || !header) return false
	const cocok = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())
	if (!cocok) return false
	const harapan = crypto.createHmac('sha256', secret).update(rawBody).digest()
	return crypto.timingSafeEqual(harapan, Buffer.from(cocok[1]!, 'hex'))
}

/** The GET handshake: the token Meta echoes must be ours. */
export function verifikasiHandshake(mode: string | null, token: string | null) {
	const harapan = getEnv().WA_VERIFY_TOKEN
	if (mode !== 'subscribe' || !harapan || !token) return false
	const a = Buffer.from(token)
	const b = Buffer.from(harapan)
	return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/** One incoming message of a notification, reduced to what the ticket channel uses. */
export type PesanMasukWa = {
	id: string
	/** the sender's number, digits only (`62…`) */
	dari: string
	/** the sender's WhatsApp profile name, when given */
	nama: string | null
	/** `text`, `image`, `document`, or any other type the channel does not handle */
	jenis: string
	teks: string | null
	media: { id: string; mime: string | null; nama: string | null } | null
}

type Notifikasi = {
	object?: unknown
	entry?: {
		changes?: {
			field?: unknown
			value?: {
				metadata?: { phone_number_id?: unknown }
				contacts?: { wa_id?: unknown; profile?: { name?: unknown } }[]
				messages?: Record<string, unknown>[]
			}
		}[]
	}[]
}

const teksAtauNull = (v: unknown) => (typeof v === 'string' ? v : null)

/**
 * The messages of a Cloud API notification (`entry[].changes[].value.messages[]`), with the
 * sender's profile name from `contacts`. Status updates (sent, read) carry no messages and give
 * nothing; a change for another phone number of the same app is skipped.
 */
export function bacaNotifikasi(body: unknown): PesanMasukWa[] {
	const notifikasi = (body ?? {}) as Notifikasi
	if (notifikasi.object !== 'whatsapp_business_account' || !Array.isArray(notifikasi.entry)) return []
	const nomorKami = getEnv().WA_PHONE_NUMBER_ID
	const hasil: PesanMasukWa[] = []
	for (const entry of notifikasi.entry) {
		for (const change of Array.isArray(entry?.changes) ? entry.changes : []) {
			const value = change?.value
			if (!value || !Array.isArray(value.messages)) continue
			const nomorTujuan = teksAtauNull(value.metadata?.phone_number_id)
			if (nomorKami && nomorTujuan && nomorTujuan !== nomorKami) continue
			const kontak = Array.isArray(value.contacts) ? value.contacts : []
			for (const m of value.messages) {
				const id = teksAtauNull(m.id)
				const dari = teksAtauNull(m.from)?.replace(/\D/g, '') ?? ''
				if (!id || !dari) continue
				const jenis = teksAtauNull(m.type) ?? 'unknown'
				const profil = kontak.find((k) => teksAtauNull(k?.wa_id) === dari) ?? (kontak.length === 1 ? kontak[0] : undefined)
				const isiMedia = (jenis === 'image' || jenis === 'document' ? m[jenis] : null) as Record<string, unknown> | null
				const mediaId = teksAtauNull(isiMedia?.id)
				hasil.push({
					id: id.slice(0, 128),
					dari: dari.slice(0, 20),
					nama: teksAtauNull(profil?.profile?.name),
					jenis,
					teks: jenis === 'text' ? teksAtauNull((m.text as { body?: unknown } | undefined)?.body) : teksAtauNull(isiMedia?.caption),
					media: mediaId ? { id: mediaId, mime: teksAtauNull(isiMedia?.mime_type), nama: teksAtauNull(isiMedia?.filename) } : null,
				})
			}
		}
	}
	return hasil
}
