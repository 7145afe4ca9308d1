import { describe, expect, it } from 'vitest'
import { Pengguna } from '#models/index'
import { assertNoDemoPasswords } from './bootstrap.server'
import { hashSandi } from './password.server'

describe('production start', () => {
	it('refuses while an active account still has the demo password', async () => {
		await expect(assertNoDemoPasswords()).rejects.toThrow(/25 akun aktif masih memakai kata sandi demo/)
	})

	it('starts once every demo password is changed or its account disabled', async () => {
		const hash = await hashSandi('Sandi-Produksi-2026')
		await Pengguna.update({ sandiDemo: false, passwordHash: hash }, { where: { username: 'admin' } })
		await Pengguna.update({ aktif: false }, { where: { sandiDemo: true } })
		await expect(assertNoDemoPasswords()).resolves.toBeUndefined()
	})
})
