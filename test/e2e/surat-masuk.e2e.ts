import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ambilTindakan, baseUrl, launchBrowser, sebagai } from './browser'

let browser: Browser

beforeAll(async () => {
	browser = await launchBrowser()
})

afterAll(async () => {
	await browser?.close()
})

const PDF = { name: 'undangan-bappeda.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') }
const tanggalLalu = (hari: number) => new Date(Date.now() - hari * 86_400_000).toISOString().slice(0, 10)
const PERIHAL = 'Permintaan data agregat kependudukan untuk RKPD'

const sukses = (page: Page) => page.locator('.alert-sukses').first()

describe('an incoming letter from the tata usaha’s desk down the disposisi tree', () => {
	it('is registered with its scan, disposed by the Kadis to the Kabid, forwarded to the Kasi who finishes it', async () => {
		let halaman = ''
		let agenda = ''
		await sebagai(browser, 'tu', `${baseUrl()}/surat-masuk/baru`, async (page) => {
			await page.getByLabel('Nomor surat', { exact: true }).fill('050/412/Bappeda')
			await page.getByLabel('Tanggal surat', { exact: true }).fill(tanggalLalu(3))
			await page.getByLabel('Asal surat', { exact: true }).fill('Bappeda Kabupaten Kebumen')
			await page.getByLabel('Perihal', { exact: true }).fill(PERIHAL)
			await page.getByLabel('Kode klasifikasi', { exact: true }).fill('400.12.2.5')
			await page.getByLabel('Urgensi', { exact: true }).selectOption('segera')
			await page.getByLabel('Pindaian surat', { exact: true }).setInputFiles(PDF)
			await page.getByRole('button', { name: 'Simpan dan teruskan' }).click()
			await page.waitForURL(/\/surat-masuk\/\d+$/)
			await expect.poll(() => sukses(page).textContent()).toMatch(/nomor agenda \d{4}\/\d{4}/)
			agenda = (await page.getByTestId('nomor-agenda').textContent())!.trim()
			halaman = page.url()
			await page.screenshot({ path: 'test-results/surat-masuk-dicatat.png', fullPage: true })
		})
		expect(agenda).toMatch(/^\d{4}\/\d{4}$/)

		await sebagai(browser, 'kadis', `${baseUrl()}/tugas`, async (page) => {
			const baris = page.getByRole('row').filter({ hasText: `Surat masuk ${agenda}` })
			expect(await baris.count()).toBe(1)
			await baris.getByRole('button', { name: 'Ambil' }).click()
			await page.waitForURL(/\/alur\/\d+$/)
			await expect.poll(() => sukses(page).textContent()).toMatch(/Tugas diambil/)
			// the letter itself, from the agenda book
			await page.goto(`${baseUrl()}/surat-masuk`)
			await page.getByRole('link', { name: agenda, exact: true }).click()
			await page.waitForURL(halaman)
			expect(await page.getByText(PERIHAL).count()).toBeGreaterThan(0)
			await page.getByLabel(/^Agus Prasetyo/).check()
			await page.getByLabel('Tindak lanjuti', { exact: true }).check()
			await page.getByLabel('Koordinasikan', { exact: true }).check()
			await page.getByLabel('Catatan', { exact: true }).fill('Koordinasikan dengan Seksi Identitas Penduduk.')
			await page.getByRole('button', { name: 'Kirim disposisi' }).click()
			await expect.poll(() => sukses(page).textContent()).toMatch(/Disposisi dikirim kepada 1 penerima/)
			await ambilTindakan(page, 'Disposisi ke sekretaris')
			await expect.poll(() => page.getByTestId('riwayat-alur').textContent()).toContain('Disposisi ke sekretaris')
			await page.screenshot({ path: 'test-results/surat-masuk-disposisi.png', fullPage: true })
		})

		await sebagai(browser, 'kabid.dafduk', halaman, async (page) => {
			const simpul = page.locator('.tree li').filter({ hasText: 'Agus Prasetyo' }).first()
			await expect.poll(() => simpul.textContent()).toContain('Dibaca')
			await page.getByRole('link', { name: 'Teruskan', exact: true }).click()
			await page.getByLabel(/^Dwi Handayani/).check()
			await page.getByLabel('Siapkan jawaban', { exact: true }).check()
			await page.getByRole('button', { name: 'Kirim disposisi' }).click()
			await expect.poll(() => sukses(page).textContent()).toMatch(/Disposisi diteruskan kepada 1 penerima/)
		})

		await sebagai(browser, 'kasi.dafduk', halaman, async (page) => {
			expect(await page.getByText(PERIHAL).count()).toBeGreaterThan(0)
			const simpul = page.locator('.tree li li').filter({ hasText: 'Dwi Handayani' }).first()
			await simpul.locator('summary', { hasText: 'Selesai' }).click()
			await simpul.getByLabel('Laporan akhir (boleh dikosongkan)').fill('Data agregat dikirim ke Bappeda.')
			await simpul.getByRole('button', { name: 'Tandai selesai' }).click()
			await expect.poll(() => sukses(page).textContent()).toMatch(/Disposisi diselesaikan/)
			await expect.poll(() => page.locator('.tree li li').filter({ hasText: 'Dwi Handayani' }).first().locator('.badge-hijau').textContent()).toBe('Selesai')
			await page.screenshot({ path: 'test-results/surat-masuk-selesai.png', fullPage: true })
		})
	})
})
