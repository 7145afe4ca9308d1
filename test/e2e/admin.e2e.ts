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

describe('an administrator brings a new member of staff in', () => {
	it('creates the pegawai and the account with a role; the new user changes the password and sees only their menu', async () => {
		const admin = await browser.newContext({ viewport: { width: 1366, height: 768 } })
		const page = await admin.newPage()
		await login(page, 'admin')
		await page.waitForURL(`${baseUrl()}/`)

		// a wrong NIP is refused next to the field and what was typed stays
		await page.goto(`${baseUrl()}/admin/pegawai/baru`)
		await page.getByLabel('NIP').fill('12345')
		await page.getByLabel('Nama lengkap dan gelar').fill('Putri Maharani, S.Kom.')
		await page.getByLabel('Unit kerja').selectOption({ value: '6' })
		await page.getByRole('button', { name: 'Simpan' }).click()
		await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/18 digit/)
		expect(await page.getByLabel('Nama lengkap dan gelar').inputValue()).toBe('Putri Maharani, S.Kom.')

		await page.getByLabel('NIP').fill('199208172020122001')
		await page.getByRole('button', { name: 'Simpan' }).click()
		await page.waitForURL((url) => !url.pathname.endsWith('/baru'))

		await page.goto(`${baseUrl()}/admin/pengguna/baru`)
		await page.getByLabel('Pegawai', { exact: true }).selectOption({ label: 'Putri Maharani, S.Kom. — 199208172020122001' })
		await page.getByLabel('Username').fill('putri')
		await page.getByLabel('Kata sandi awal').fill('Sandi-Awal-Putri-2026')
		await page.getByRole('checkbox', { name: /Pengelola Kepegawaian/ }).check()
		await page.getByRole('button', { name: 'Simpan' }).click()
		await page.waitForURL((url) => !url.pathname.endsWith('/baru'))
		await admin.close()

		const staff = await browser.newContext({ viewport: { width: 1366, height: 768 } })
		const own = await staff.newPage()
		await login(own, 'putri', 'Sandi-Awal-Putri-2026')
		await own.waitForURL(`${baseUrl()}/akun/ganti-sandi`)
		await own.getByLabel('Kata sandi saat ini').fill('Sandi-Awal-Putri-2026')
		await own.getByLabel('Kata sandi baru', { exact: true }).fill('Putri-Sandi-Sendiri-2026')
		await own.getByLabel('Ulangi kata sandi baru').fill('Putri-Sandi-Sendiri-2026')
		await own.getByRole('button', { name: 'Simpan kata sandi' }).click()
		await own.waitForURL(`${baseUrl()}/akun`)
		await expect.poll(() => own.locator('.alert-sukses').textContent()).toMatch(/berhasil diganti/)

		const menu = await own.locator('#menu-utama a').allTextContents()
		expect(menu).toEqual(['Beranda', 'Akun saya', 'Tugas saya', 'Disposisi', 'Katalog SOP', 'Surat masuk', 'Surat keluar', 'Unit kerja', 'Jabatan', 'Pegawai', 'Plt / Plh'])
		const response = await own.goto(`${baseUrl()}/admin/pengguna`)
		expect(response?.status()).toBe(403)
		await staff.close()
	})

	it('shows the admin home and lists at 1366×768', async () => {
		const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
		const page = await context.newPage()
		await login(page, 'admin')
		await page.waitForURL(`${baseUrl()}/`)
		// the address changes before the new page is drawn: wait for the heading itself
		await page.getByRole('heading', { name: 'Keadaan sistem' }).waitFor()
		await page.screenshot({ path: 'test-results/beranda-admin.png' })
		await page.goto(`${baseUrl()}/admin/audit`)
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/audit/i)
		await page.screenshot({ path: 'test-results/jejak-audit.png' })
		await page.goto(`${baseUrl()}/admin/unit-kerja`)
		await page.screenshot({ path: 'test-results/unit-kerja.png' })
		await context.close()
	})
})
