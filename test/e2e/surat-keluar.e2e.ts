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

const PERIHAL = 'Permohonan fasilitasi perekaman KTP-el di Kecamatan Sempor'
const TAMBAHAN = 'Perekaman direncanakan pada hari Sabtu di pendapa kecamatan.'

async function suksesBerisi(page: Page, pola: RegExp) {
	await expect.poll(() => page.locator('.alert-sukses, .alert-info').first().textContent()).toMatch(pola)
}

describe('an outgoing letter from draft to delivery', () => {
	it('is drafted, returned once, revised, approved along the chain, signed by hand, numbered, delivered and received', async () => {
		let halaman = ''
		await sebagai(browser, 'tu', `${baseUrl()}/surat-keluar/baru`, async (page) => {
			await page.getByLabel('Jenis naskah').selectOption({ label: 'Surat Biasa (SB)' })
			await page.getByRole('button', { name: 'Lanjut' }).click()
			await page.getByLabel('Kode klasifikasi').waitFor()
			expect(await page.getByLabel('Isi surat').inputValue()).toContain('Dengan hormat')
			// a missing addressee is said next to the field, the typed perihal stays
			await page.getByLabel('Kode klasifikasi').fill('400.12.2.1')
			await page.getByLabel('Perihal').fill(PERIHAL)
			await page.getByRole('button', { name: 'Simpan draf' }).click()
			await expect.poll(() => page.getByRole('alert').filter({ hasText: /Tujuan wajib/ }).count()).toBeGreaterThan(0)
			expect(await page.getByLabel('Perihal').inputValue()).toBe(PERIHAL)
			await page.getByLabel('Tujuan').fill('Camat Sempor')
			await page.getByLabel('Tembusan').fill('Kepala Dinas (sebagai laporan)')
			await page.getByRole('button', { name: 'Simpan draf' }).click()
			await page.waitForURL(/\/surat-keluar\/\d+$/)
			halaman = page.url()
			await page.getByRole('button', { name: 'Ajukan verifikasi' }).click()
			await suksesBerisi(page, /diajukan/)
			expect(await page.getByTestId('status-surat').textContent()).toBe('Verifikasi')
		})

		// the first verifier returns it with a reason, kept as a comment on version 1
		await sebagai(browser, 'kasubag.umum', halaman, async (page) => {
			await ambilTugas(page)
			await page.getByLabel('Alasan untuk “Kembalikan untuk revisi”').fill('Sebutkan tempat dan hari perekaman.')
			await ambilTindakan(page, 'Kembalikan untuk revisi')
			expect(await page.getByTestId('komentar-versi-1').textContent()).toContain('Sebutkan tempat dan hari perekaman.')
		})

		await sebagai(browser, 'tu', halaman, async (page) => {
			expect(await page.getByTestId('status-surat').textContent()).toBe('Revisi')
			await page.getByRole('link', { name: 'Ubah surat' }).click()
			await page.waitForURL(/\/ubah$/)
			const isi = await page.getByLabel('Isi surat').inputValue()
			await page.getByLabel('Isi surat').fill(`${isi}<p>${TAMBAHAN}</p>`)
			await page.getByLabel('Catatan perubahan (versi baru)').fill('Menambahkan tempat dan hari perekaman')
			await page.getByRole('button', { name: 'Simpan sebagai versi 2' }).click()
			await page.waitForURL(halaman)
			expect(await page.getByTestId('isi-surat').textContent()).toContain(TAMBAHAN)
			expect(await page.getByTestId('daftar-versi').locator('li').count()).toBe(2)
			await page.getByRole('button', { name: 'Bandingkan' }).click()
			await page.waitForURL(/\/versi\?/)
			expect((await page.getByTestId('perbandingan-versi').locator('ins').allTextContents()).join('')).toContain(TAMBAHAN)
			await page.screenshot({ path: 'test-results/surat-keluar-versi.png', fullPage: true })
			await page.goto(halaman)
			await ambilTugas(page)
			await ambilTindakan(page, 'Ajukan kembali untuk verifikasi')
		})

		await sebagai(browser, 'kasubag.umum', halaman, async (page) => {
			await ambilTugas(page)
			await ambilTindakan(page, 'Setuju, teruskan ke verifikator berikutnya')
		})
		await sebagai(browser, 'sekretaris', halaman, async (page) => {
			await ambilTugas(page)
			await ambilTindakan(page, 'Setuju, ajukan untuk ditandatangani')
		})

		let nomor = ''
		await sebagai(browser, 'kadis', halaman, async (page) => {
			await ambilTugas(page)
			// the plain action is not on the bar: signing goes through the panel
			expect(await page.getByRole('button', { name: 'Tandatangani surat', exact: true }).count()).toBe(0)
			await page.screenshot({ path: 'test-results/surat-keluar-tanda-tangan.png', fullPage: true })
			await page.getByRole('button', { name: 'Tandatangani manual (basah dan stempel)' }).click()
			await suksesBerisi(page, /ditandatangani manual/)
			nomor = (await page.getByTestId('nomor-surat').textContent())!.trim()
			expect(nomor).toMatch(/^400\.12\.2\.1\/\d{3}\/UMPEG\/\d{4}$/)
		})

		await sebagai(browser, 'tu', halaman, async (page) => {
			const pdf = await page.request.get(`${halaman}/surat.pdf`)
			expect(pdf.headers()['content-type']).toBe('application/pdf')
			expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
			await page.getByLabel('Cara pengiriman').selectOption('caraka')
			await page.getByLabel('Tujuan', { exact: true }).fill('Camat Sempor')
			await page.getByLabel('Alamat / e-mail').fill('Jl. Raya Sempor No. 1')
			await page.getByRole('button', { name: 'Catat pengiriman' }).click()
			await suksesBerisi(page, /buku ekspedisi/)
			expect(await page.getByTestId('status-surat').textContent()).toBe('Dikirim')
		})

		await sebagai(browser, 'caraka', `${baseUrl()}/surat-keluar/ekspedisi`, async (page) => {
			await page.getByRole('row').filter({ hasText: nomor }).getByRole('link', { name: 'Catat penerimaan' }).click()
			await page.getByLabel('Diterima oleh').fill('Sumarni (TU Kecamatan Sempor)')
			await page.getByRole('button', { name: 'Simpan penerimaan' }).click()
			await suksesBerisi(page, /Penerimaan surat dicatat/)
			expect(await page.getByRole('row').filter({ hasText: nomor }).textContent()).toContain('Sumarni (TU Kecamatan Sempor)')
			await page.screenshot({ path: 'test-results/surat-keluar-ekspedisi.png', fullPage: true })
		})

		await sebagai(browser, 'tu', halaman, async (page) => {
			await ambilTugas(page)
			await ambilTindakan(page, 'Surat sudah dikirim')
			expect(await page.getByTestId('status-surat').textContent()).toBe('Selesai')
			expect(await page.getByTestId('ekspedisi-surat').textContent()).toContain('Sumarni')
			await page.screenshot({ path: 'test-results/surat-keluar-selesai.png', fullPage: true })
			const tautan = await page.getByTestId('rincian-surat').getByRole('link', { name: /^[A-HJKMNP-Z2-9]{12}$/ }).getAttribute('href')
			const publik = await browser.newContext()
			const p = await publik.newPage()
			await p.goto(`${baseUrl()}${tautan}`)
			expect(await p.getByTestId('data-verifikasi-surat').textContent()).toContain(nomor)
			await publik.close()
		})
	})
})
