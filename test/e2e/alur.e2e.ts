import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launchBrowser, login } from './browser'

let browser: Browser

beforeAll(async () => {
	browser = await launchBrowser()
})

afterAll(async () => {
	await browser?.close()
})

const JUDUL = 'Permohonan KK — Budi Santoso (contoh)'

describe('a KK request moves from the loket to the operator SIAK', () => {
	it('the loket claims and verifies it; the operator finds it in the inbox and is notified', async () => {
		const loketContext = await browser.newContext({ viewport: { width: 1366, height: 768 } })
		const loket = await loketContext.newPage()
		await login(loket, 'loket')
		await loket.waitForURL(`${baseUrl()}/`)
		await loket.goto(`${baseUrl()}/tugas`)
		expect(await loket.getByRole('heading', { level: 1 }).textContent()).toBe('Tugas saya')
		const row = loket.getByRole('row').filter({ hasText: JUDUL })
		expect(await row.count()).toBe(1)
		expect(await row.textContent()).toContain('Memverifikasi permohonan Kartu Keluarga')
		await row.getByRole('button', { name: 'Ambil' }).click()
		await loket.waitForURL(/\/alur\/\d+$/)
		const alurUrl = loket.url()
		await expect.poll(() => loket.getByRole('heading', { level: 1 }).textContent()).toBe(JUDUL)
		await expect.poll(() => loket.locator('.alert-sukses').textContent()).toMatch(/Tugas diambil/)
		// the step needs no reason to go on; sending it back would
		expect(await loket.getByLabel('Alasan untuk “Tidak lengkap, kembalikan ke pemohon”').isVisible()).toBe(true)
		await loket.screenshot({ path: 'test-results/alur-tindakan.png', fullPage: true })
		await loket.getByRole('button', { name: 'Lengkap, teruskan ke operator SIAK' }).click()
		await expect.poll(() => loket.locator('.alert-sukses').textContent()).toMatch(/Tindakan dicatat/)
		expect(loket.url()).toBe(alurUrl)
		await expect.poll(() => loket.getByTestId('riwayat-alur').textContent()).toContain('Lengkap, teruskan ke operator SIAK')
		expect(await loket.getByTestId('riwayat-alur').textContent()).toContain('Siti Nurjanah')
		expect(await loket.getByRole('button', { name: 'Ambil' }).count()).toBe(0)
		await loket.screenshot({ path: 'test-results/alur-loket.png', fullPage: true })
		await loketContext.close()

		const operatorContext = await browser.newContext({ viewport: { width: 1366, height: 768 } })
		const operator = await operatorContext.newPage()
		await login(operator, 'operator.siak')
		await operator.waitForURL(`${baseUrl()}/`)
		await operator.goto(`${baseUrl()}/tugas`)
		const operatorRow = operator.getByRole('row').filter({ hasText: JUDUL })
		expect(await operatorRow.count()).toBe(1)
		expect(await operatorRow.textContent()).toContain('Entry data dan verifikasi database')
		// the outbox delivers right after the commit, and every 15 s whatever is left
		await expect
			.poll(
				async () => {
					await operator.reload()
					const badge = operator.getByTestId('jumlah-notifikasi')
					return (await badge.count()) ? Number(await badge.textContent()) : 0
				},
				{ timeout: 40_000, interval: 1_000 },
			)
			.toBeGreaterThan(0)
		await operator.locator('.notif summary').click()
		const item = operator.locator('.notif .panel').getByRole('button', { name: `Tugas baru: ${JUDUL}` })
		await item.waitFor()
		await operator.screenshot({ path: 'test-results/alur-operator-notifikasi.png' })
		await item.click()
		await operator.waitForURL(alurUrl)
		expect(await operator.getByRole('button', { name: 'Ambil' }).count()).toBe(1)
		await operatorContext.close()
	})
})
