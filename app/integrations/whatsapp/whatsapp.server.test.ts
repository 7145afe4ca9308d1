import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Outbox } from '#models/index'
import { buatWaMock, JPEG_KECIL, lepasEnvWa, pasangEnvWa, tandaTanganWa, waGagal, WA_ENV } from '#test/mocks/whatsapp'
import { getStorage } from '~/integrations/storage/storage.server'
import { getDb } from '~/utils/db.server'
import { enqueue, kirimOutbox } from '~/workflow/outbox.server'
import { daftarkanPengirimWa, teksPesanWa } from './pengirim.server'
import { bacaNotifikasi, kirimDokumen, kirimTeks, unduhMedia, verifikasiTandaTangan, waAktif, WaApiError, WaMediaTerlaluBesarError, WaNonaktifError } from './whatsapp.server'

const wa = buatWaMock()
const server = setupServer(...wa.handlers)

beforeAll(() => {
	server.listen({ onUnhandledRequest: 'error' })
	pasangEnvWa()
	daftarkanPengirimWa()
})
afterEach(() => {
	server.resetHandlers()
	pasangEnvWa()
})
afterAll(() => {
	server.close()
	lepasEnvWa()
})

describe('WhatsApp Cloud API client', () => {
	it('is off without the phone number id or the token', async () => {
		expect(waAktif()).toBe(true)
		pasangEnvWa({ WA_ACCESS_TOKEN: undefined })
		expect(waAktif()).toBe(false)
		await expect(kirimTeks('6281200000001', 'halo')).rejects.toBeInstanceOf(WaNonaktifError)
	})

	it('uploads a document, then sends it by its media id', async () => {
		const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')
		const hasil = await kirimDokumen('6281200000001', { bytes: pdf, nama: 'kk.pdf', mime: 'application/pdf', keterangan: 'Kartu Keluarga Anda' })
		expect(hasil.messageId).toMatch(/^wamid\.keluar\./)
		const unggah = wa.unggahan.at(-1)!
		expect(unggah).toMatchObject({ mime: 'application/pdf', nama: 'kk.pdf' })
		expect(Buffer.from(unggah.bytes).equals(Buffer.from(pdf))).toBe(true)
		expect(wa.terkirim.at(-1)).toEqual({ ke: '6281200000001', jenis: 'document', mediaId: unggah.id, namaBerkas: 'kk.pdf', keterangan: 'Kartu Keluarga Anda' })
	})

	it('downloads received media, refusing one larger than allowed before the download', async () => {
		wa.tambahMedia('m-1', JPEG_KECIL, 'image/jpeg')
		const media = await unduhMedia('m-1')
		expect(media.mime).toBe('image/jpeg')
		expect(Buffer.from(media.bytes).equals(Buffer.from(JPEG_KECIL))).toBe(true)
		await expect(unduhMedia('m-1', { maksBytes: 4 })).rejects.toBeInstanceOf(WaMediaTerlaluBesarError)
	})

	it("reports the API's error without the token or phone numbers", async () => {
		server.use(waGagal.pesan500)
		const galat = await kirimTeks('6281200000001', 'halo').catch((e: unknown) => e)
		expect(galat).toBeInstanceOf(WaApiError)
		expect((galat as WaApiError).status).toBe(500)
		expect((galat as Error).message).toContain('Service temporarily unavailable')
		expect((galat as Error).message).not.toContain('6281234567890')
		server.resetHandlers()
		pasangEnvWa({ WA_ACCESS_TOKEN: 'token-yang-salah-sekali' })
		const salahToken = await kirimTeks('6281200000001', 'halo').catch((e: unknown) => e)
		expect((salahToken as Error).message).toContain('Invalid OAuth access token')
		expect((salahToken as Error).message).not.toContain('token-yang-salah-sekali')
	})

	it('checks the webhook signature over the raw bytes', () => {
		const body = '{"object":"whatsapp_business_account"}'
		expect(verifikasiTandaTangan(body, tandaTanganWa(body))).toBe(true)
		expect(verifikasiTandaTangan(new TextEncoder().encode(body), tandaTanganWa(body).toUpperCase().replace('SHA256=', 'sha256='))).toBe(true)
		expect(verifikasiTandaTangan(body, tandaTanganWa(body, 'lain'))).toBe(false)
		expect(verifikasiTandaTangan(body, tandaTanganWa(body).slice(0, -2))).toBe(false)
		expect(verifikasiTandaTangan(body, null)).toBe(false)
		pasangEnvWa({ WA_APP_SECRET: undefined })
		expect(verifikasiTandaTangan(body, tandaTanganWa(body))).toBe(false)
	})

	it('reads messages from a notification and skips status updates and other numbers', () => {
		const pesan = bacaNotifikasi({
			object: 'whatsapp_business_account',
			entry: [
				{
					changes: [
						{ value: { metadata: { phone_number_id: WA_ENV.WA_PHONE_NUMBER_ID }, statuses: [{ id: 'x', status: 'read' }] } },
						{ value: { metadata: { phone_number_id: 'nomor-lain' }, messages: [{ id: 'w0', from: '6281', type: 'text', text: { body: 'KK' } }] } },
						{
							value: {
								metadata: { phone_number_id: WA_ENV.WA_PHONE_NUMBER_ID },
								contacts: [{ wa_id: '6281200000001', profile: { name: 'Budi' } }],
								messages: [
									{ id: 'w1', from: '6281200000001', type: 'text', text: { body: 'KK' } },
									{ id: 'w2', from: '6281200000001', type: 'document', document: { id: 'd1', mime_type: 'application/pdf', filename: 'a.pdf', caption: 'akta' } },
								],
							},
						},
					],
				},
			],
		})
		expect(pesan).toEqual([
			{ id: 'w1', dari: '6281200000001', nama: 'Budi', jenis: 'text', teks: 'KK', media: null },
			{ id: 'w2', dari: '6281200000001', nama: 'Budi', jenis: 'document', teks: 'akta', media: { id: 'd1', mime: 'application/pdf', nama: 'a.pdf' } },
		])
		expect(bacaNotifikasi({ object: 'page', entry: [] })).toEqual([])
		expect(bacaNotifikasi(null)).toEqual([])
	})
})

describe('outbox sender for kanal wa', () => {
	it('sends a row with a lampiran as a document from storage, and others as text', async () => {
		const pdf = new TextEncoder().encode('%PDF-1.4\nhasil\n%%EOF\n')
		const kunci = await getStorage().save(pdf, 'pdf', { folder: 'uji' })
		await getDb().transaction((t) =>
			enqueue(
				[
					{ kanal: 'wa', tujuan: '6281277770007', judul: 'Dokumen Anda', isi: 'Kartu Keluarga terlampir.', lampiran: { kunci, nama: 'KK-BARU.pdf', mime: 'application/pdf' } },
					{ kanal: 'wa', tujuan: '6281277770007', judul: 'Permohonan selesai', isi: 'Terima kasih.' },
				],
				t,
			),
		)
		await kirimOutbox()
		const keWarga = wa.terkirim.filter((t) => t.ke === '6281277770007')
		expect(keWarga).toEqual([
			{ ke: '6281277770007', jenis: 'document', mediaId: expect.any(String), namaBerkas: 'KK-BARU.pdf', keterangan: 'Dokumen Anda\nKartu Keluarga terlampir.' },
			{ ke: '6281277770007', jenis: 'text', teks: 'Permohonan selesai\nTerima kasih.' },
		])
		expect(Buffer.from(wa.unggahan.at(-1)!.bytes).equals(Buffer.from(pdf))).toBe(true)
	})

	it('keeps a row for a bad number waiting with an error that does not repeat it', async () => {
		await getDb().transaction((t) => enqueue([{ kanal: 'wa', tujuan: '08-12', judul: 'x' }], t))
		await kirimOutbox()
		const row = (await Outbox.findOne({ where: { kanal: 'wa', tujuan: '08-12' } }))!
		expect(row).toMatchObject({ status: 'menunggu', percobaan: 1, galatTerakhir: 'Nomor WhatsApp tujuan tidak sah.' })
	})

	it('links relative paths only when the public address is known', () => {
		expect(teksPesanWa({ judul: 'A', isi: null, tautan: '/lacak' })).toBe('A')
		process.env.APP_URL = 'https://simadu.contoh.go.id/'
		pasangEnvWa()
		try {
			expect(teksPesanWa({ judul: 'A', isi: 'B', tautan: '/lacak' })).toBe('A\nB\nhttps://simadu.contoh.go.id/lacak')
		} finally {
			delete process.env.APP_URL
			pasangEnvWa()
		}
	})
})
