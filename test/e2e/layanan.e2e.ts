import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ambilTindakan, ambilTugas, baseUrl, launchBrowser, sebagai } from './browser'

let browser: Browser

beforeAll(async () => {
	browser = await launchBrowser()
})

afterAll(async () => {
	await browser?.close()
})

const PDF = { name: 'pindaian.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') }
const tanggalLalu = (hari: number) => new Date(Date.now() - hari * 86_400_000).toISOString().slice(0, 10)

/** Takes the step's task from the action bar, records the step's panel if given, then acts. */
async function kerjakan(page: Page, tombolAksi: string, panel?: () => Promise<void>) {
	await ambilTugas(page)
	if (panel) await panel()
	await ambilTindakan(page, tombolAksi)
}

describe('a citizen applies on the web and tracks the request', () => {
	it('gets field errors with the typed values kept, then a ticket and code that open the tracking page', async () => {
		const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
		const page = await context.newPage()
		await page.goto(`${baseUrl()}/layanan`)
		await page.getByRole('link', { name: /Kartu Identitas Anak/ }).first().click()
		await page.getByRole('link', { name: 'Ajukan permohonan' }).click()
		await page.waitForURL(/\/layanan\/KIA\/ajukan$/i)

		await page.getByLabel('Nama pemohon').fill('Rina Wulandari')
		await page.getByLabel('NIK pemohon').fill('3305016504900002')
		await page.getByLabel('Nomor HP/WhatsApp').fill('0812 3456 7890')
		await page.getByLabel('Alasan permohonan').selectOption({ index: 1 })
		// sixteen digits, but day 99 does not exist: only the server can say so
		await page.getByLabel('NIK anak').fill('3305019913200001')
		await page.getByLabel('Nama anak').fill('Bima Arya')
		await page.getByLabel('Tanggal lahir anak').fill(tanggalLalu(900))
		await page.getByLabel('Nomor akta kelahiran').fill('3305-LT-01012024-0001')
		await page.getByLabel('Nomor KK').fill('3305011201900001')
		await page.getByLabel('Nama ayah/ibu/wali').fill('Rina Wulandari')
		await page.locator('input[type=file]').first().setInputFiles(PDF)
		await page.getByRole('button', { name: 'Kirim permohonan' }).click()
		await expect.poll(() => page.getByRole('alert').filter({ hasText: /NIK/ }).count()).toBeGreaterThan(0)
		expect(await page.getByLabel('Nama anak').inputValue()).toBe('Bima Arya')

		await page.getByLabel('NIK anak').fill('3305014506200001')
		await page.locator('input[type=file]').first().setInputFiles(PDF)
		await page.getByRole('button', { name: 'Kirim permohonan' }).click()
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Permohonan terkirim')
		const nomor = (await page.getByTestId('nomor-tiket').textContent())!.trim()
		const kode = (await page.getByTestId('kode-lacak').textContent())!.trim()
		expect(nomor).toMatch(/^KIA-\d{8}-\d{4}$/)
		expect(kode).toMatch(/^[A-Z2-9]{6}$/)
		expect(page.url()).not.toContain(kode)
		await page.screenshot({ path: 'test-results/layanan-terkirim.png', fullPage: true })

		await page.goto(`${baseUrl()}/lacak`)
		await page.getByLabel('Nomor tiket').fill(nomor)
		await page.getByLabel('Kode lacak').fill(kode)
		await page.getByRole('button', { name: 'Lacak' }).click()
		await expect.poll(() => page.getByTestId('status-lacak').textContent()).toBe('Sedang diproses')
		expect(await page.getByRole('heading', { level: 2, name: `Permohonan ${nomor}` }).count()).toBe(1)
		expect(await page.content()).not.toContain('Rina Wulandari')
		await page.screenshot({ path: 'test-results/layanan-lacak.png', fullPage: true })
		await context.close()
	})
})

describe('a KK request from the loket to the hand-over', () => {
	it('goes loket → verifikator → Kadis → operator SIAK → operator pengambilan, into the buku register', async () => {
		let halaman = ''
		let nomor = ''
		await sebagai(browser, 'loket', `${baseUrl()}/permohonan/baru?layanan=KK-BARU`, async (page) => {
			await page.getByLabel('Nama pemohon').fill('Joko Widodo Santoso')
			await page.getByLabel(/^NIK pemohon/).fill('3305011201900001')
			await page.getByLabel('Alasan permohonan').selectOption({ index: 1 })
			await page.getByLabel('NIK kepala keluarga', { exact: true }).fill('3305011201900001')
			await page.getByLabel('Nama kepala keluarga', { exact: true }).fill('Joko Widodo Santoso')
			await page.getByLabel('Alamat', { exact: true }).fill('Jl. Pemuda 12')
			await page.getByLabel('RT', { exact: true }).fill('3')
			await page.getByLabel('RW', { exact: true }).fill('5')
			await page.getByLabel('Desa/kelurahan', { exact: true }).fill('Panjer')
			await page.getByLabel('Kecamatan', { exact: true }).fill('Kebumen')
			await page.getByLabel('Jumlah anggota keluarga', { exact: true }).fill('3')
			for (const box of await page.locator('input[name="ceklis[]"]').all()) await box.check()
			await page.locator('input[type=file]').first().setInputFiles(PDF)
			await page.getByRole('button', { name: 'Daftarkan permohonan' }).click()
			await page.getByTestId('kode-lacak').waitFor()
			nomor = (await page.locator('strong', { hasText: /^KK-BARU-\d{8}-\d{4}$/ }).first().textContent())!
			await page.getByRole('link', { name: 'Buka permohonan' }).click()
			await page.waitForURL(/\/permohonan\/\d+$/)
			halaman = page.url()
			await kerjakan(page, 'Lengkap, proses')
			await kerjakan(page, 'Ajukan verifikasi', async () => {
				await page.getByLabel('Nomor hasil SIAK (tidak wajib)').fill('3305012211260007')
				await page.getByRole('button', { name: 'Simpan hasil SIAK' }).click()
				await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toMatch(/SIAK/)
			})
		})
		expect(nomor).toMatch(/^KK-BARU-/)
		await sebagai(browser, 'kasi.dafduk', halaman, (page) => kerjakan(page, 'Sesuai, ajukan TTE'))
		// the wet-signature path: recorded as such, the request moves on to printing
		await sebagai(browser, 'kadis', halaman, async (page) => {
			await ambilTugas(page)
			expect(await page.getByRole('button', { name: 'Tandatangani (TTE)', exact: true }).count()).toBe(0)
			await page.getByRole('button', { name: 'Tandatangani manual (basah dan stempel)' }).click()
			await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toMatch(/manual/i)
		})
		await sebagai(browser, 'operator.siak', halaman, (page) =>
			kerjakan(page, 'Dicetak, serahkan ke operator pengambilan', async () => {
				await page.getByRole('button', { name: 'Catat pencetakan' }).click()
				await expect.poll(() => page.getByText(/REG\/\d{4}\/\d{6}/).count()).toBeGreaterThan(0)
			}),
		)
		await sebagai(browser, 'pengambilan', halaman, async (page) => {
			await kerjakan(page, 'Bagus, siap diserahkan', async () => {
				await page.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click()
				await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toBeTruthy()
			})
			await kerjakan(page, 'Diserahkan kepada pemohon', async () => {
				await page.getByLabel('Diterima oleh').fill('Joko Widodo Santoso')
				await page.getByRole('button', { name: 'Catat penyerahan' }).click()
				await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toMatch(/penyerahan/i)
			})
			await expect.poll(() => page.getByText('Selesai', { exact: true }).count()).toBeGreaterThan(0)
			await page.screenshot({ path: 'test-results/layanan-selesai.png', fullPage: true })
			await page.goto(`${baseUrl()}/permohonan/register`)
			expect(await page.getByRole('row').filter({ hasText: nomor }).count()).toBe(1)
		})
	})
})

describe('the desk is administered and reported on', () => {
	it('shows the service dashboard, a service with its checklist, the fines and the deliveries to the administrator', async () => {
		await sebagai(browser, 'admin', `${baseUrl()}/permohonan/laporan`, async (page) => {
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dasbor pelayanan')
			await page.screenshot({ path: 'test-results/layanan-dasbor.png', fullPage: true })
			for (const [url, judul] of [
				['/admin/layanan/KK-BARU', /Kartu Keluarga baru/],
				['/admin/tarif-denda', /Tarif denda/i],
				['/admin/pengiriman', /[Pp]engiriman/],
			] as const) {
				const response = await page.goto(`${baseUrl()}${url}`)
				expect(response?.status(), url).toBe(200)
				expect(await page.getByRole('heading', { level: 1 }).textContent(), url).toMatch(judul)
				await page.screenshot({ path: `test-results/admin-${url.split('/').filter(Boolean).join('-')}.png`, fullPage: true })
			}
		})
	})
})
