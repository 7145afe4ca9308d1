import crypto from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ambilTindakan, ambilTugas, baseUrl, launchBrowser, login, sebagai } from './browser'
import { RAHASIA_UJI, type PesanWaTerkirim } from './mitra-palsu'

/**
 * The WhatsApp-ticket SOP for a KK end to end, through the app's real channel code and the
 * stand-in WhatsApp, SMTP and TTE services of the e2e setup.
 */
let browser: Browser

beforeAll(async () => {
	browser = await launchBrowser()
})

afterAll(async () => {
	await browser?.close()
})

const NOMOR = '6281299990001'
const mitra = () => inject('mitraUrl')
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

type PesanMasuk = { jenis: 'text'; teks: string } | { jenis: 'image' | 'document'; isi: Buffer; mime: string; nama?: string }

/** A message from the citizen's phone: media go to the stand-in first, then the signed webhook call. */
async function kirimDariHp(pesan: PesanMasuk) {
	const id = `wamid.${crypto.randomBytes(8).toString('hex')}`
	let isi: Record<string, unknown>
	if (pesan.jenis === 'text') isi = { type: 'text', text: { body: pesan.teks } }
	else {
		const unggah = await fetch(`${mitra()}/_uji/media`, { method: 'POST', headers: { 'Content-Type': pesan.mime }, body: new Uint8Array(pesan.isi) })
		const { id: mediaId } = (await unggah.json()) as { id: string }
		isi = pesan.jenis === 'image' ? { type: 'image', image: { id: mediaId, mime_type: pesan.mime } } : { type: 'document', document: { id: mediaId, mime_type: pesan.mime, filename: pesan.nama } }
	}
	const body = JSON.stringify({
		object: 'whatsapp_business_account',
		entry: [
			{
				id: 'WABA-E2E',
				changes: [
					{
						field: 'messages',
						value: {
							messaging_product: 'whatsapp',
							metadata: { display_phone_number: '6280000000000', phone_number_id: RAHASIA_UJI.phoneNumberId },
							contacts: [{ profile: { name: 'Sari Wulandari' }, wa_id: NOMOR }],
							messages: [{ from: NOMOR, id, timestamp: String(Math.floor(Date.now() / 1000)), ...isi }],
						},
					},
				],
			},
		],
	})
	const tanda = `sha256=${crypto.createHmac('sha256', RAHASIA_UJI.appSecret).update(body).digest('hex')}`
	const response = await fetch(`${baseUrl()}/api/wa/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': tanda }, body })
	expect(response.status).toBe(200)
	return { id, body, tanda }
}

const pesanKeHp = async () => ((await (await fetch(`${mitra()}/_uji/wa`)).json()) as PesanWaTerkirim[]).filter((p) => p.ke === NOMOR)

/** Waits for the app's next WhatsApp message to the citizen that matches. */
async function tungguBalasan(cocok: (p: PesanWaTerkirim) => boolean) {
	let ditemukan: PesanWaTerkirim | undefined
	await expect
		.poll(
			async () => {
				ditemukan = (await pesanKeHp()).find(cocok)
				return Boolean(ditemukan)
			},
			{ timeout: 40_000, interval: 500 },
		)
		.toBe(true)
	return ditemukan!
}

describe('a KK by WhatsApp ticket', () => {
	it('is opened by a message, returned for a missing document, completed, signed by TTE and delivered as a PDF that verifies', { timeout: 180_000 }, async () => {
		// bad signatures and replays first: neither opens anything
		const palsu = await fetch(`${baseUrl()}/api/wa/webhook`, { method: 'POST', headers: { 'X-Hub-Signature-256': `sha256=${'0'.repeat(64)}` }, body: '{}' })
		expect(palsu.status).toBe(401)

		const kk = await kirimDariHp({ jenis: 'text', teks: ' kk ' })
		const balasan = await tungguBalasan((p) => Boolean(p.teks?.includes('Nomor tiket:')))
		const nomor = /Nomor tiket: (KK-BARU-\d{8}-\d{4})/.exec(balasan.teks!)![1]!
		const kode = /Kode lacak: ([A-Z2-9]{6})/.exec(balasan.teks!)![1]!
		// the same notification delivered twice by Meta opens no second request
		await fetch(`${baseUrl()}/api/wa/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': kk.tanda }, body: kk.body })

		await kirimDariHp({ jenis: 'image', isi: JPEG, mime: 'image/jpeg' })
		await kirimDariHp({ jenis: 'image', isi: JPEG, mime: 'image/jpeg' })
		await expect.poll(async () => (await pesanKeHp()).filter((p) => p.teks?.includes('Berkas diterima')).length, { timeout: 40_000 }).toBe(2)
		expect((await pesanKeHp()).filter((p) => p.teks?.includes('Nomor tiket:'))).toHaveLength(1)

		// the loket finds the request and returns it: a document is missing
		let halaman = ''
		await sebagai(browser, 'loket', `${baseUrl()}/permohonan?q=${nomor}`, async (page) => {
			await page.getByRole('link', { name: nomor }).click()
			await page.waitForURL(/\/permohonan\/\d+$/)
			halaman = page.url()
			expect(await page.locator('body').textContent()).toContain('Sari Wulandari')
			await ambilTugas(page)
			await page.getByRole('button', { name: 'Simpan ceklis' }).click()
			await page.getByTestId('ceklis-kurang').waitFor()
			await ambilTindakan(page, 'Tidak lengkap, kembalikan ke pemohon')
		})
		await tungguBalasan((p) => Boolean(p.teks && /dikembalikan|lengkapi/i.test(p.teks)))

		// the citizen sends the missing document; the request resumes at the loket
		await kirimDariHp({ jenis: 'document', isi: PDF, mime: 'application/pdf', nama: 'formulir-f101.pdf' })
		await expect.poll(async () => (await pesanKeHp()).filter((p) => p.teks?.includes('Berkas diterima')).length, { timeout: 40_000 }).toBe(3)

		await sebagai(browser, 'loket', halaman, async (page) => {
			await ambilTugas(page)
			for (const box of await page.locator('input[name="ceklis[]"]').all()) await box.check()
			await page.getByRole('button', { name: 'Simpan ceklis' }).click()
			await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toBeTruthy()
			await ambilTindakan(page, 'Lengkap, teruskan ke operator SIAK')
		})
		await sebagai(browser, 'operator.siak', halaman, async (page) => {
			await ambilTugas(page)
			const unggah = page.locator('form', { has: page.getByRole('button', { name: 'Unggah dokumen' }) })
			await unggah.getByLabel('Berkas PDF').setInputFiles({ name: 'kk-siak.pdf', mimeType: 'application/pdf', buffer: PDF })
			await unggah.getByLabel('Nomor dokumen').fill('3305012211260099')
			await unggah.getByRole('button', { name: 'Unggah dokumen' }).click()
			await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toBeTruthy()
			await ambilTindakan(page, 'Tanpa masalah, ajukan verifikasi')
		})
		await sebagai(browser, 'kasi.dafduk', halaman, async (page) => {
			await ambilTugas(page)
			await ambilTindakan(page, 'Lengkap, ajukan TTE')
		})
		await sebagai(browser, 'kadis', halaman, async (page) => {
			await ambilTugas(page)
			// a wrong passphrase leaves the request where it is, with the service's reason
			await page.getByLabel('NIK penandatangan').fill('3305010101700001')
			await page.getByLabel('Passphrase').fill('salah-sekali')
			await page.getByRole('button', { name: 'Tandatangani secara elektronik' }).click()
			await expect.poll(() => page.getByRole('alert').filter({ hasText: /[Pp]assphrase/ }).count()).toBeGreaterThan(0)
			expect(await page.getByLabel('Passphrase').inputValue()).toBe('')
			await page.getByLabel('NIK penandatangan').fill('3305010101700001')
			await page.getByLabel('Passphrase').fill(RAHASIA_UJI.passphrase)
			await page.getByRole('button', { name: 'Tandatangani secara elektronik' }).click()
			await expect.poll(() => page.locator('body').textContent(), { timeout: 20_000 }).toMatch(/Dicetak|Mencetak Kartu Keluarga/)
		})
		await sebagai(browser, 'operator.siak', halaman, async (page) => {
			await ambilTugas(page)
			await page.getByRole('button', { name: 'Catat pencetakan' }).click()
			await expect.poll(() => page.getByText(/REG\/\d{4}\/\d{6}/).count()).toBeGreaterThan(0)
			await ambilTindakan(page, 'Dicetak, serahkan ke loket')
		})
		await sebagai(browser, 'loket', halaman, async (page) => {
			await ambilTugas(page)
			await page.getByLabel('Diterima oleh').fill('Sari Wulandari')
			await page.getByLabel('Cara penyerahan').selectOption('wa')
			await page.getByRole('button', { name: 'Catat penyerahan' }).click()
			await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toMatch(/penyerahan/i)
			// no e-mail given: the PDF goes by WhatsApp
			await ambilTindakan(page, 'Diserahkan; kirim PDF lewat WA')
		})
		await sebagai(browser, 'operator.siak', halaman, async (page) => {
			await ambilTugas(page)
			await ambilTindakan(page, 'PDF terkirim lewat WA')
			await expect.poll(() => page.getByText('Selesai', { exact: true }).count()).toBeGreaterThan(0)
		})
		const dokumen = await tungguBalasan((p) => p.jenis === 'document')
		expect(dokumen.nama).toMatch(/\.pdf$/)

		// the verification page names the document and its signer, never the citizen
		const lacak = await fetch(`${baseUrl()}/api/v1/permohonan/${nomor}?kode=${kode}`)
		expect(((await lacak.json()) as { status: string }).status).toBe('selesai')
		const context = await browser.newContext()
		const page = await context.newPage()
		await page.goto(halaman.replace(/\/permohonan\/\d+$/, '/login'))
		await login(page, 'loket')
		await page.waitForURL(`${baseUrl()}/`)
		await page.goto(halaman)
		const tautan = page.getByRole('link', { name: /verifikasi/i }).first()
		const alamat = await tautan.getAttribute('href')
		await page.goto(alamat!.startsWith('http') ? alamat! : `${baseUrl()}${alamat}`)
		const isi = (await page.locator('main, body').first().textContent()) ?? ''
		expect(isi).toMatch(/Drs\. Bambang Wicaksono/)
		expect(isi).not.toContain('Sari Wulandari')
		await page.screenshot({ path: 'test-results/wa-verifikasi.png', fullPage: true })
		await context.close()
	})
})
