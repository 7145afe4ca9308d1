import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

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
