import { chromium, type Browser, type Page } from 'playwright-core'
import { expect, inject } from 'vitest'

/** Debian's Chromium, headless, with the flags this machine needs; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
	})
}

export const baseUrl = () => inject('baseUrl')

export const SANDI_DEMO = 'Simadu#Demo2026'

export async function login(page: Page, username: string, password = SANDI_DEMO) {
	await page.goto(`${baseUrl()}/login`)
	await page.getByLabel('Username').fill(username)
	await page.getByLabel('Kata sandi').fill(password)
	await page.getByRole('button', { name: 'Masuk' }).click()
}

/** Signs in as `username` in a context of its own, opens `url`, does `kerja`, and closes it. */
export async function sebagai(browser: Browser, username: string, url: string, kerja: (page: Page) => Promise<void>) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
	const page = await context.newPage()
	await login(page, username)
	await page.waitForURL(`${baseUrl()}/`)
	await page.goto(url)
	await kerja(page)
	await context.close()
}

/** "Ambil" on the action bar of a workflow page. */
export async function ambilTugas(page: Page) {
	await page.getByRole('button', { name: 'Ambil', exact: true }).click()
	await expect.poll(() => page.locator('.alert-sukses').first().textContent()).toMatch(/diambil/i)
}

/** An action of the action bar, once the page has settled; a refusal is named in the failure. */
export async function ambilTindakan(page: Page, label: string) {
	await page.waitForLoadState('networkidle')
	await page.getByRole('button', { name: label, exact: true }).click()
	await expect.poll(async () => (await page.locator('.alert-sukses, .alert-galat, [role=alert]').allTextContents()).join(' | ')).toMatch(/Tindakan dicatat/)
}
