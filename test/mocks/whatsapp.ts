import crypto from 'node:crypto'
import { http, HttpResponse } from 'msw'
import { resetEnvCache } from '~/utils/env.server'

/**
 * The WhatsApp Business Cloud API for tests (and for development without an account): messages,
 * media upload, media info and media download, recording what SIMADU sent. Failure variants are
 * handlers to `server.use(...)` on top.
 */
export const WA_BASE = 'https://graph.wa.test/v21.0'
export const WA_MEDIA = 'https://lookaside.wa.test'
export const WA_ENV = {
	WA_API_BASE_URL: WA_BASE,
	WA_PHONE_NUMBER_ID: '109876543210',
	WA_ACCESS_TOKEN: 'token-rahasia-uji-whatsapp',
	WA_VERIFY_TOKEN: 'token-verifikasi-uji',
	WA_APP_SECRET: 'rahasia-aplikasi-uji',
} as const

export function pasangEnvWa(ubah: Partial<Record<keyof typeof WA_ENV, string | undefined>> = {}) {
	for (const [nama, nilai] of Object.entries({ ...WA_ENV, ...ubah })) {
		if (nilai === undefined) delete process.env[nama]
		else process.env[nama] = nilai
	}
	resetEnvCache()
}

export function lepasEnvWa() {
	for (const nama of Object.keys(WA_ENV)) delete process.env[nama]
	resetEnvCache()
}

export type WaTerkirim =
	| { ke: string; jenis: 'text'; teks: string }
	| { ke: string; jenis: 'document'; mediaId: string; namaBerkas: string; keterangan: string | null }
export type WaUnggahan = { id: string; mime: string; nama: string; bytes: Uint8Array }

const tidakBerhak = () => HttpResponse.json({ error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } }, { status: 401 })

/** A fresh mock: `handlers` for `setupServer`, and what it saw. */
export function buatWaMock() {
	const terkirim: WaTerkirim[] = []
	const unggahan: WaUnggahan[] = []
	const media = new Map<string, { bytes: Uint8Array; mime: string }>()
	let urut = 0
	const sah = (request: Request) => request.headers.get('Authorization') === `Bearer ${WA_ENV.WA_ACCESS_TOKEN}`

	const handlers = [
		http.post(`${WA_BASE}/:nomorId/messages`, async ({ request, params }) => {
			if (!sah(request)) return tidakBerhak()
			if (params.nomorId !== WA_ENV.WA_PHONE_NUMBER_ID) return HttpResponse.json({ error: { message: 'Unsupported post request.', code: 100 } }, { status: 400 })
			const body = (await request.json()) as { messaging_product?: string; to: string; type: string; text?: { body: string }; document?: { id: string; filename: string; caption?: string } }
			if (body.messaging_product !== 'whatsapp') return HttpResponse.json({ error: { message: 'messaging_product wajib.', code: 100 } }, { status: 400 })
			if (body.type === 'text') terkirim.push({ ke: body.to, jenis: 'text', teks: body.text!.body })
			else if (body.type === 'document') terkirim.push({ ke: body.to, jenis: 'document', mediaId: body.document!.id, namaBerkas: body.document!.filename, keterangan: body.document!.caption ?? null })
			else return HttpResponse.json({ error: { message: `Jenis ${body.type} tidak didukung mock.`, code: 100 } }, { status: 400 })
			urut += 1
			return HttpResponse.json({ messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.keluar.${urut}` }] })
		}),
		http.post(`${WA_BASE}/:nomorId/media`, async ({ request }) => {
			if (!sah(request)) return tidakBerhak()
			const form = await request.formData()
			const file = form.get('file')
			if (form.get('messaging_product') !== 'whatsapp' || !(file instanceof Blob)) return HttpResponse.json({ error: { message: 'Berkas wajib.', code: 100 } }, { status: 400 })
			urut += 1
			const id = `media-keluar-${urut}`
			unggahan.push({ id, mime: String(form.get('type')), nama: (file as File).name, bytes: new Uint8Array(await file.arrayBuffer()) })
			return HttpResponse.json({ id })
		}),
		http.get(`${WA_BASE}/:mediaId`, ({ request, params }) => {
			if (!sah(request)) return tidakBerhak()
			const m = media.get(String(params.mediaId))
			if (!m) return HttpResponse.json({ error: { message: 'Media tidak ada.', code: 100 } }, { status: 404 })
			return HttpResponse.json({ messaging_product: 'whatsapp', id: params.mediaId, url: `${WA_MEDIA}/unduh/${String(params.mediaId)}`, mime_type: m.mime, file_size: m.bytes.byteLength, sha256: '' })
		}),
		http.get(`${WA_MEDIA}/unduh/:mediaId`, ({ request, params }) => {
			if (!sah(request)) return tidakBerhak()
			const m = media.get(String(params.mediaId))
			if (!m) return new HttpResponse(null, { status: 404 })
			return new HttpResponse(new Uint8Array(m.bytes), { headers: { 'Content-Type': m.mime } })
		}),
	]

	return {
		handlers,
		terkirim,
		unggahan,
		/** a file a citizen sent, downloadable by its media id */
		tambahMedia(id: string, bytes: Uint8Array, mime: string) {
			media.set(id, { bytes, mime })
		},
		/** the texts sent to one number */
		teksKe(ke: string) {
			return terkirim.filter((t): t is Extract<WaTerkirim, { jenis: 'text' }> => t.jenis === 'text' && t.ke === ke).map((t) => t.teks)
		},
	}
}

/** Failure variants: the API down (500) for messages, for media upload, and for media info. */
export const waGagal = {
	pesan500: http.post(`${WA_BASE}/:nomorId/messages`, () =>
		HttpResponse.json({ error: { message: 'Service temporarily unavailable for 6281234567890', type: 'OAuthException', code: 2 } }, { status: 500 }),
	),
	unggah500: http.post(`${WA_BASE}/:nomorId/media`, () => HttpResponse.json({ error: { message: 'Media upload failed', code: 131053 } }, { status: 500 })),
	infoMedia500: http.get(`${WA_BASE}/:mediaId`, () => HttpResponse.json({ error: { message: 'Service temporarily unavailable', code: 2 } }, { status: 500 })),
	unduh500: http.get(`${WA_MEDIA}/unduh/:mediaId`, () => new HttpResponse('gagal', { status: 500 })),
}

// ---------------------------------------------------------------- incoming notifications

export type PesanUji =
	| { id: string; jenis: 'text'; teks: string }
	| { id: string; jenis: 'image'; mediaId: string; mime?: string }
	| { id: string; jenis: 'document'; mediaId: string; mime?: string; namaBerkas: string }
	| { id: string; jenis: 'sticker' | 'audio' | 'location' }

/** A Cloud API notification of messages from one number, as Meta posts it. */
export function notifikasiWa(params: { dari: string; nama?: string; pesan: PesanUji[] }) {
	const waktu = String(Math.floor(Date.now() / 1000))
	return {
		object: 'whatsapp_business_account',
		entry: [
			{
				id: 'WABA-UJI',
				changes: [
					{
						field: 'messages',
						value: {
							messaging_product: 'whatsapp',
							metadata: { display_phone_number: '6280000000000', phone_number_id: WA_ENV.WA_PHONE_NUMBER_ID },
							contacts: [{ profile: { name: params.nama ?? 'Warga Uji' }, wa_id: params.dari }],
							messages: params.pesan.map((p) => {
								const dasar = { from: params.dari, id: p.id, timestamp: waktu, type: p.jenis }
								switch (p.jenis) {
									case 'text':
										return { ...dasar, text: { body: p.teks } }
									case 'image':
										return { ...dasar, image: { id: p.mediaId, mime_type: p.mime ?? 'image/jpeg', sha256: '' } }
									case 'document':
										return { ...dasar, document: { id: p.mediaId, mime_type: p.mime ?? 'application/pdf', filename: p.namaBerkas, sha256: '' } }
									default:
										return { ...dasar, [p.jenis]: {} }
								}
							}),
						},
					},
				],
			},
		],
	}
}

/** `sha256=<hex>` of the body with the test app secret (or another secret, to forge one). */
export function tandaTanganWa(body: string, secret: string = WA_ENV.WA_APP_SECRET) {
	return `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`
}

/** A tiny JPEG as WhatsApp would serve it (the desk checks only the magic number). */
export const JPEG_KECIL = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])
