import http from 'node:http'
import type { AddressInfo } from 'node:net'
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

describe('signing in and out', () => {
	it('logs in, shows the shell with name, jabatan and menu, and logs out', async () => {
		const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
		const page = await context.newPage()
		await page.goto(`${baseUrl()}/akun`)
		expect(new URL(page.url()).pathname).toBe('/login')
		expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/akun')
		await page.getByLabel('Username').fill('kadis')
		await page.getByLabel('Kata sandi').fill('Simadu#Demo2026')
		await page.getByRole('button', { name: 'Masuk' }).click()
		await page.waitForURL(`${baseUrl()}/akun`)
		await expect.poll(() => page.getByTestId('nama-pengguna').textContent()).toBe('Drs. Bambang Wicaksono, M.Si.')
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Akun saya')
		expect(await page.locator('.topbar').textContent()).toContain('Kepala Dinas')
		await page.getByRole('button', { name: 'Keluar' }).click()
		await page.waitForURL(`${baseUrl()}/login`)
		await page.goto(`${baseUrl()}/akun`)
		expect(new URL(page.url()).pathname).toBe('/login')
		await context.close()
	})

	it('says the same for an unknown user and a wrong password, and keeps the username', async () => {
		const page = await browser.newPage()
		await login(page, 'bukan.pegawai', 'salah-sekali-123')
		await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('Username atau kata sandi salah.')
		await login(page, 'kabid.capil', 'salah-sekali-123')
		await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('Username atau kata sandi salah.')
		expect(await page.getByLabel('Username').inputValue()).toBe('kabid.capil')
		await page.close()
	})

	it('locks the account after five failures and says until when', async () => {
		const page = await browser.newPage()
		// each failure must reach the server before the next attempt reloads the page, or it is lost
		for (let i = 0; i < 5; i++) {
			const jawaban = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/login'))
			await login(page, 'pengambilan', `salah-${i}-abcdefg`)
			await jawaban
		}
		await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Coba lagi setelah pukul \d{2}\.\d{2} WIB\./)
		await login(page, 'pengambilan')
		await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Terlalu banyak percobaan masuk/)
		expect(new URL(page.url()).pathname).toBe('/login')
		await page.close()
	})
})

describe('refusals', () => {
	it('refuses a cross-site form post', async () => {
		const context = await browser.newContext()
		const page = await context.newPage()
		await login(page, 'sekretaris')
		await page.waitForURL(`${baseUrl()}/`)
		// a page on another origin that posts a form to SIMADU, as a forged request would
		const target = `${baseUrl()}/akun/ganti-sandi`
		const evil = http.createServer((_req, res) => {
			res.setHeader('Content-Type', 'text/html')
			res.end(`<form method="post" action="${target}"><input name="sandiLama" value="Simadu#Demo2026"><input name="sandiBaru" value="Diambil-Alih-2026"><input name="ulangiSandi" value="Diambil-Alih-2026"><button>Kirim</button></form>`)
		})
		await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
		const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`
		try {
			await page.goto(evilUrl)
			const [response] = await Promise.all([page.waitForResponse(target), page.getByRole('button', { name: 'Kirim' }).click()])
			expect(response.status()).toBe(403)
			expect(await response.text()).toMatch(/Permintaan ditolak/)
		} finally {
			evil.close()
		}
		// the password did not change: the demo password still works
		const check = await context.newPage()
		await context.clearCookies()
		await login(check, 'sekretaris')
		await check.waitForURL(`${baseUrl()}/`)
		await context.close()
	})

	it('shows the 404 page for an unknown address', async () => {
		const page = await browser.newPage()
		const response = await page.goto(`${baseUrl()}/tidak-ada-halaman-ini`)
		expect(response?.status()).toBe(404)
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Halaman tidak ditemukan')
		await page.close()
	})

	it('shows the 403 page when a user opens a page outside their permissions', async () => {
		const page = await browser.newPage()
		await login(page, 'loket')
		await page.waitForURL(`${baseUrl()}/`)
		const response = await page.goto(`${baseUrl()}/admin/hari-libur`)
		expect(response?.status()).toBe(403)
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Akses ditolak')
		expect(await page.locator('.error-page').textContent()).toContain('read:referensi:any')
		await page.close()
	})

	it('works on a phone: the menu opens from its button', async () => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 } })
		const page = await context.newPage()
		await login(page, 'admin')
		await page.waitForURL(`${baseUrl()}/`)
		expect(await page.locator('#menu-utama').isVisible()).toBe(false)
		await page.getByRole('button', { name: 'Menu' }).click()
		expect(await page.locator('#menu-utama').isVisible()).toBe(true)
		await page.screenshot({ path: 'test-results/beranda-ponsel.png' })
		await context.close()
	})
})
