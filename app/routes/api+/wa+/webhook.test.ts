import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BerkasPermohonan, InstansAlur, Outbox, PermohonanLayanan, PesanWaMasuk, RiwayatAlur } from '#models/index'
import { ambilLangkah } from '#test/layanan'
import { buatWaMock, JPEG_KECIL, lepasEnvWa, notifikasiWa, pasangEnvWa, tandaTanganWa, waGagal, WA_ENV, type PesanUji } from '#test/mocks/whatsapp'
import { settle } from '#test/utils'
import { daftarkanPengirimWa } from '~/integrations/whatsapp/pengirim.server'
import { lacakPermohonan } from '~/modules/layanan/baca.server'
import { LABEL_STATUS } from '~/modules/layanan/status-permohonan'
import { kirimOutbox } from '~/workflow/outbox.server'
import { prosesUlangPesanWa } from '~/modules/layanan/wa-tiket.server'
import { action, loader } from './webhook'

const wa = buatWaMock()
const server = setupServer(...wa.handlers)

beforeAll(() => {
	server.listen({ onUnhandledRequest: 'error' })
	pasangEnvWa()
	daftarkanPengirimWa()
})
afterEach(() => server.resetHandlers())
afterAll(() => {
	server.close()
	lepasEnvWa()
})

const URL_WEBHOOK = 'http://localhost:3000/api/wa/webhook'

function posting(body: string, tandaTangan: string | null = tandaTanganWa(body)) {
	const headers = new Headers({ 'Content-Type': 'application/json' })
	if (tandaTangan) headers.set('X-Hub-Signature-256', tandaTangan)
	return settle(() => action({ request: new Request(URL_WEBHOOK, { method: 'POST', body, headers }), params: {}, context: {} })) as Promise<Response>
}

let urutPesan = 0
/** Sends messages from one number through the webhook and delivers the replies. */
type TanpaId<T> = T extends unknown ? Omit<T, 'id'> : never
async function kirim(dari: string, ...pesan: (string | TanpaId<Extract<PesanUji, { jenis: 'image' | 'document' }>>)[]) {
	const body = JSON.stringify(
		notifikasiWa({
			dari,
			nama: 'Siti Aminah',
			pesan: pesan.map((p): PesanUji => (typeof p === 'string' ? { id: `wamid.masuk.${++urutPesan}`, jenis: 'text', teks: p } : ({ ...p, id: `wamid.masuk.${++urutPesan}` }) as PesanUji)),
		}),
	)
	const sebelum = wa.teksKe(dari).length
	const response = await posting(body)
	expect(response.status).toBe(200)
	await kirimOutbox()
	return wa.teksKe(dari).slice(sebelum)
}

function nomorDanKode(teks: string) {
	const nomor = /Nomor tiket: (\S+)/.exec(teks)?.[1]
	const kode = /Kode lacak: (\S+)/.exec(teks)?.[1]
	if (!nomor || !kode) throw new Error(`Balasan tanpa nomor tiket atau kode lacak: ${teks}`)
	return { nomor, kode }
}

describe('GET /api/wa/webhook (handshake)', () => {
	const handshake = (query: string) => settle(() => loader({ request: new Request(`${URL_WEBHOOK}?${query}`), params: {}, context: {} })) as Promise<Response>

	it('echoes the challenge for the right verify token', async () => {
		const response = await handshake(`hub.mode=subscribe&hub.verify_token=${WA_ENV.WA_VERIFY_TOKEN}&hub.challenge=1158201444`)
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/)
		expect(await response.text()).toBe('1158201444')
	})

	it('refuses a wrong token or mode with 403', async () => {
		expect((await handshake('hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1')).status).toBe(403)
		expect((await handshake(`hub.mode=unsubscribe&hub.verify_token=${WA_ENV.WA_VERIFY_TOKEN}&hub.challenge=1`)).status).toBe(403)
		expect((await handshake('')).status).toBe(403)
	})
})

describe('POST /api/wa/webhook', () => {
	const body = JSON.stringify(notifikasiWa({ dari: '6281299990000', pesan: [{ id: 'wamid.palsu.1', jenis: 'text', teks: 'KK' }] }))

	it('refuses a missing or forged signature with 401 and handles nothing', async () => {
		expect((await posting(body, null)).status).toBe(401)
		expect((await posting(body, tandaTanganWa(body, 'rahasia-lain'))).status).toBe(401)
		expect((await posting(body, 'sha256=zz')).status).toBe(401)
		expect((await posting(`${body} `, tandaTanganWa(body))).status).toBe(401)
		expect(await PesanWaMasuk.count({ where: { messageId: 'wamid.palsu.1' } })).toBe(0)
		expect(await PermohonanLayanan.count({ where: { pemohonTelepon: '6281299990000' } })).toBe(0)
	})

	it('answers 503 while the channel is off', async () => {
		pasangEnvWa({ WA_APP_SECRET: undefined })
		try {
			expect((await posting(body)).status).toBe(503)
		} finally {
			pasangEnvWa()
		}
	})
})

describe('the WhatsApp ticket', () => {
	const warga = '6281211110001'
	const lain = '6281233330003'
	let nomorKk = ''

	it('opens a request for "KK" and replies once with ticket, tracking code and requirements; a replay is ignored', async () => {
		const body = JSON.stringify(notifikasiWa({ dari: warga, nama: 'Siti Aminah', pesan: [{ id: 'wamid.kk.1', jenis: 'text', teks: '  kk ' }] }))
		expect((await posting(body)).status).toBe(200)
		// Meta delivers the same notification again
		expect((await posting(body)).status).toBe(200)
		expect(await kirimOutbox()).toBeGreaterThan(0)

		const permohonan = await PermohonanLayanan.findAll({ where: { pemohonTelepon: warga } })
		expect(permohonan).toHaveLength(1)
		expect(permohonan[0]).toMatchObject({ kanal: 'wa', pemohonNama: 'Siti Aminah', pengiriman: 'wa' })
		expect((await InstansAlur.findByPk(permohonan[0]!.instansId!))!.definisiKode).toBe('SOP-WA-KK')

		const balasan = wa.teksKe(warga)
		expect(balasan).toHaveLength(1)
		expect(balasan[0]).toContain('Persyaratan:')
		expect(balasan[0]).toContain('foto atau PDF')
		const { nomor, kode } = nomorDanKode(balasan[0]!)
		expect(nomor).toBe(permohonan[0]!.nomorTiket)
		const lacak = await lacakPermohonan({ nomorTiket: nomor, kode, alamat: '127.0.0.1' })
		expect(lacak.ok).toBe(true)
		expect(await PesanWaMasuk.findOne({ where: { messageId: 'wamid.kk.1' } })).toMatchObject({ dari: warga, jenis: 'text', galat: null })
		expect((await PesanWaMasuk.findOne({ where: { messageId: 'wamid.kk.1' } }))!.diprosesAt).toBeInstanceOf(Date)
		nomorKk = nomor
	})

	it('attaches two photos to the open request and confirms each', async () => {
		wa.tambahMedia('media-foto-1', JPEG_KECIL, 'image/jpeg')
		wa.tambahMedia('media-foto-2', JPEG_KECIL, 'image/jpeg')
		const balasan = await kirim(warga, { jenis: 'image', mediaId: 'media-foto-1' }, { jenis: 'image', mediaId: 'media-foto-2' })
		expect(balasan).toHaveLength(2)
		for (const b of balasan) expect(b).toMatch(new RegExp(`^Layanan WA Ticket Disdukcapil\\nBerkas diterima: .+\\. Permohonan ${nomorKk} `))
		const p = (await PermohonanLayanan.findOne({ where: { nomorTiket: nomorKk } }))!
		const berkas = await BerkasPermohonan.findAll({ where: { permohonanId: p.id } })
		expect(berkas.map((b) => [b.mime, b.sumber])).toEqual([
			['image/jpeg', 'pemohon'],
			['image/jpeg', 'pemohon'],
		])
	})

	it('refuses an HTML file sent as a document, with the reason', async () => {
		wa.tambahMedia('media-html', new TextEncoder().encode('<html><body>bukan berkas</body></html>'), 'text/html')
		const balasan = await kirim(warga, { jenis: 'document', mediaId: 'media-html', mime: 'text/html', namaBerkas: 'formulir.html' })
		expect(balasan).toHaveLength(1)
		expect(balasan[0]).toContain('Berkas tidak diterima')
		expect(balasan[0]).toContain('formulir.html: bukan PDF, JPEG atau PNG')
		const p = (await PermohonanLayanan.findOne({ where: { nomorTiket: nomorKk } }))!
		expect(await BerkasPermohonan.count({ where: { permohonanId: p.id } })).toBe(2)
	})

	it('keeps a message whose media could not be downloaded, and handles it when delivered again', async () => {
		wa.tambahMedia('media-pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'application/pdf')
		const body = JSON.stringify(notifikasiWa({ dari: warga, pesan: [{ id: 'wamid.pdf.1', jenis: 'document', mediaId: 'media-pdf', namaBerkas: 'akta.pdf' }] }))
		server.use(waGagal.infoMedia500)
		expect((await posting(body)).status).toBe(200)
		const baris = (await PesanWaMasuk.findOne({ where: { messageId: 'wamid.pdf.1' } }))!
		expect(baris.diprosesAt).toBeNull()
		expect(baris.galat).toContain('HTTP 500')
		server.resetHandlers()
		expect((await posting(body)).status).toBe(200)
		expect((await PesanWaMasuk.findOne({ where: { messageId: 'wamid.pdf.1' } }))!.diprosesAt).toBeInstanceOf(Date)
		await kirimOutbox()
		expect(wa.teksKe(warga).at(-1)).toContain('Berkas diterima: akta.pdf')
		// a third delivery of a handled message does nothing
		expect((await posting(body)).status).toBe(200)
		const p = (await PermohonanLayanan.findOne({ where: { nomorTiket: nomorKk } }))!
		expect(await BerkasPermohonan.count({ where: { permohonanId: p.id } })).toBe(3)
	})

	it('retries by itself a message whose media download failed in an outage, once the time comes', async () => {
		wa.tambahMedia('media-foto-ulang', JPEG_KECIL, 'image/jpeg')
		const body = JSON.stringify(notifikasiWa({ dari: warga, pesan: [{ id: 'wamid.ulang.1', jenis: 'image', mediaId: 'media-foto-ulang' }] }))
		server.use(waGagal.infoMedia500)
		expect((await posting(body)).status).toBe(200)
		let baris = (await PesanWaMasuk.findOne({ where: { messageId: 'wamid.ulang.1' } }))!
		expect(baris).toMatchObject({ diprosesAt: null, percobaan: 1 })
		expect(baris.isi).toMatchObject({ jenis: 'image', media: { id: 'media-foto-ulang' } })
		// not yet due: nothing happens
		expect(await prosesUlangPesanWa()).toBe(0)
		server.resetHandlers()
		await PesanWaMasuk.update({ berikutnyaAt: new Date(Date.now() - 1000) }, { where: { id: baris.id } })
		expect(await prosesUlangPesanWa()).toBe(1)
		baris = (await PesanWaMasuk.findByPk(baris.id))!
		expect(baris.diprosesAt).toBeInstanceOf(Date)
		expect(baris.isi).toBeNull()
		await kirimOutbox()
		expect(wa.teksKe(warga).at(-1)).toContain('Berkas diterima')
		// handled once: a later pass and a late redelivery do nothing
		const diterima = () => wa.teksKe(warga).filter((t) => t.includes('Berkas diterima')).length
		const sekali = diterima()
		expect(await prosesUlangPesanWa()).toBe(0)
		expect((await posting(body)).status).toBe(200)
		await kirimOutbox()
		expect(diterima()).toBe(sekali)
	})

	it('takes up a message whose handling was cut off by a stopped process, after its lease', async () => {
		wa.tambahMedia('media-foto-putus', JPEG_KECIL, 'image/jpeg')
		// as the webhook leaves it when the process dies mid-way: recorded, leased, not handled
		const pesan = { id: 'wamid.putus.1', dari: warga, nama: null, jenis: 'image', teks: null, media: { id: 'media-foto-putus', mime: 'image/jpeg', nama: null } }
		const baris = await PesanWaMasuk.create({ messageId: pesan.id, dari: warga, jenis: 'image', diterimaAt: new Date(), diprosesAt: null, galat: null, isi: pesan, berikutnyaAt: new Date(Date.now() + 60_000) })
		expect(await prosesUlangPesanWa()).toBe(0)
		await baris.update({ berikutnyaAt: new Date(Date.now() - 1000) })
		expect(await prosesUlangPesanWa()).toBe(1)
		expect((await PesanWaMasuk.findByPk(baris.id))!.diprosesAt).toBeInstanceOf(Date)
		await kirimOutbox()
		expect(wa.teksKe(warga).at(-1)).toContain('Berkas diterima')
	})

	it('answers STATUS only for the number that opened the ticket', async () => {
		const [milik] = await kirim(warga, `status ${nomorKk.toLowerCase()}`)
		expect(milik).toContain(`Permohonan ${nomorKk}`)
		expect(milik).toContain(`Status: ${LABEL_STATUS.diproses}`)
		expect(milik).toContain('Langkah sekarang: ')
		const [orangLain] = await kirim(lain, `STATUS ${nomorKk}`)
		expect(orangLain).toContain(`Permohonan ${nomorKk} tidak ditemukan`)
		expect(orangLain).not.toContain('Status:')
	})

	it('cancels with BATAL a request nobody has started, and refuses one already taken or of another number', async () => {
		const [dibuka] = await kirim(lain, 'Akta-Lahir')
		const { nomor } = nomorDanKode(dibuka!)
		expect(nomor).toMatch(/^AKTA-LAHIR-/)
		const [bukanMilik] = await kirim(warga, `BATAL ${nomor}`)
		expect(bukanMilik).toContain('tidak ditemukan')
		const [batal] = await kirim(lain, `batal ${nomor}`)
		expect(batal).toContain(`Permohonan ${nomor} dibatalkan.`)
		const p = (await PermohonanLayanan.findOne({ where: { nomorTiket: nomor } }))!
		expect((await InstansAlur.findByPk(p.instansId!))!.status).toBe('dibatalkan')
		expect(await RiwayatAlur.findOne({ where: { instansId: p.instansId!, aksi: 'batalkan' } })).toMatchObject({ penggunaId: null, namaPengguna: 'Pemohon (WhatsApp)' })

		const kk = (await PermohonanLayanan.findOne({ where: { nomorTiket: nomorKk } }))!
		await ambilLangkah(kk.instansId!)
		const [ditolak] = await kirim(warga, `BATAL ${nomorKk}`)
		expect(ditolak).toContain('tidak dapat dibatalkan')
		expect((await InstansAlur.findByPk(kk.instansId!))!.status).toBe('berjalan')
	})

	it('answers anything else with the help text, and a photo without an open request too', async () => {
		const [bantuan] = await kirim('6281244440004', 'selamat pagi')
		expect(bantuan).toContain('STATUS <nomor tiket>')
		expect(bantuan).toContain('BATAL <nomor tiket>')
		wa.tambahMedia('media-foto-x', JPEG_KECIL, 'image/jpeg')
		const [tanpa] = await kirim('6281244440004', { jenis: 'image', mediaId: 'media-foto-x' })
		expect(tanpa).toContain('Belum ada permohonan')
	})

	it('keeps replies waiting through a WhatsApp outage and delivers them once afterwards', async () => {
		const nomor = '6281255550005'
		server.use(waGagal.pesan500)
		const body = JSON.stringify(notifikasiWa({ dari: nomor, pesan: [{ id: 'wamid.gangguan.1', jenis: 'text', teks: 'halo' }] }))
		expect((await posting(body)).status).toBe(200)
		await kirimOutbox()
		const row = (await Outbox.findOne({ where: { kanal: 'wa', tujuan: nomor } }))!
		expect(row).toMatchObject({ status: 'menunggu', percobaan: 1 })
		expect(row.galatTerakhir).toContain('HTTP 500')
		expect(row.galatTerakhir).not.toContain(nomor)
		expect(row.galatTerakhir).not.toContain(WA_ENV.WA_ACCESS_TOKEN)
		expect(wa.teksKe(nomor)).toHaveLength(0)

		server.resetHandlers()
		// the backoff has passed
		await row.update({ berikutnyaAt: new Date(Date.now() - 1000) })
		await kirimOutbox()
		await kirimOutbox()
		expect(wa.teksKe(nomor)).toHaveLength(1)
		expect((await row.reload()).status).toBe('terkirim')
	})
})
