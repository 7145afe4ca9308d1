import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tulisDkbSintetis } from '~/modules/kependudukan/sintetis/tulis.server'
import { ambilTindakan, ambilTugas, baseUrl, launchBrowser, sebagai } from './browser'

let browser: Browser
let dir: string

beforeAll(async () => {
	browser = await launchBrowser()
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simadu-e2e-dkb-'))
})

afterAll(async () => {
	await browser?.close()
	fs.rmSync(dir, { recursive: true, force: true })
})

/** Kebumen's desa from the project's own wilayah list, as the office's server knows them. */
function desaKebumen() {
	return fs
		.readFileSync('seeders/data/wilayah.csv', 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split(','))
		.filter(([kode]) => /^33\.05\.\d{2}\.\d{4}$/.test(kode ?? ''))
		.map(([kode, nama]) => ({ kode: kode!, nama: nama! }))
}

const PENDUDUK = 600

describe('a semester DKB from upload to the public page', () => {
	it('is imported in the browser, approved along P7.2, published, and downloadable as a workbook', async () => {
		const berkas = path.join(dir, 'DKB_2025-1_KEBUMEN.csv')
		await tulisDkbSintetis({ penduduk: PENDUDUK, semester: '2025-1', desa: desaKebumen(), out: berkas, seed: 7 })
		// one broken row: the report names it
		fs.appendFileSync(berkas, '33050112345,3305010101250099,SALAH,1,KEBUMEN,2001-01-01,13,1,1,4,3,3,0,1,33,5,1,2001,DUSUN,001,001,2,1,1,1,1\n')

		let halamanPublikasi = ''
		await sebagai(browser, 'piak', `${baseUrl()}/kependudukan/impor`, async (page) => {
			await page.getByLabel('Semester', { exact: true }).selectOption('2025-1')
			await page.getByLabel('Berkas DKB', { exact: true }).setInputFiles(berkas)
			await page.getByRole('button', { name: 'Unggah dan impor' }).click()
			await page.waitForURL(/\/kependudukan\/impor\/\d+$/)
			// the page asks again by itself until the job ends
			await expect.poll(() => page.locator('[data-status]').first().getAttribute('data-status'), { timeout: 60_000 }).toBe('selesai')
			expect(await page.locator('dd').filter({ hasText: /^600$/ }).count()).toBeGreaterThan(0)
			await page.screenshot({ path: 'test-results/impor-dkb-selesai.png', fullPage: true })
			const laporan = page.waitForEvent('download')
			await page.getByRole('link', { name: /laporan baris ditolak/i }).click()
			expect((await laporan).suggestedFilename()).toMatch(/ditolak/)

			await page.getByRole('link', { name: 'Lihat draft agregat' }).click()
			await page.getByRole('link', { name: 'Semester I 2025', exact: true }).click()
			await page.waitForURL(/\/kependudukan\/agregat\/\d+$/)
			halamanPublikasi = page.url()
			await ambilTugas(page)
			await ambilTindakan(page, 'Draft tersusun, bahas bersama')
		})
		await sebagai(browser, 'kabid.piak', halamanPublikasi, async (page) => {
			await ambilTugas(page)
			await ambilTindakan(page, 'Ajukan ke Sekretaris')
		})
		await sebagai(browser, 'sekretaris', halamanPublikasi, async (page) => {
			expect(await page.locator('[data-status]').first().getAttribute('data-status')).toBe('menunggu-persetujuan')
			await ambilTugas(page)
			await ambilTindakan(page, 'Setujui, teruskan ke Kepala Dinas')
		})
		await sebagai(browser, 'kadis', halamanPublikasi, async (page) => {
			await ambilTugas(page)
			await ambilTindakan(page, 'Setujui finalisasi bahan publikasi')
			await expect.poll(() => page.locator('[data-status]').first().getAttribute('data-status')).toBe('terbit')
			await page.screenshot({ path: 'test-results/publikasi-agregat-terbit.png', fullPage: true })
		})

		// anyone: the public page and its workbook
		const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
		const page = await context.newPage()
		await page.goto(`${baseUrl()}/agregat?semester=2025-1`)
		await expect.poll(() => page.locator('body').textContent()).toContain('Semester I 2025')
		expect(await page.locator('canvas').count()).toBeGreaterThan(0)
		await page.screenshot({ path: 'test-results/agregat-publik.png', fullPage: true })
		const unduh = page.waitForEvent('download')
		await page.locator('a[href*="/agregat/2025-1.xlsx"]').first().click()
		const file = await (await unduh).path()
		const buku = new ExcelJS.Workbook()
		await buku.xlsx.readFile(file)
		expect(buku.worksheets.length).toBeGreaterThan(16)
		await context.close()

		const api = await fetch(`${baseUrl()}/api/v1/agregat/2025-1`)
		expect(api.status).toBe(200)
		const json = (await api.json()) as { status: string; tabel: { ringkasan: { kategori: string; jumlah: number }[] } }
		expect(json.status).toBe('terbit')
		expect(json.tabel.ringkasan[0]).toMatchObject({ kategori: 'Penduduk', jumlah: PENDUDUK })
	})
})
