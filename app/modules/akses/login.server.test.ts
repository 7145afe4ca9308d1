import { describe, expect, it } from 'vitest'
import { KunciMasuk, LogAudit, Sesi } from '#models/index'
import { SANDI_DEMO } from '~/utils/password.server'
import { withRequestContext } from '#test/utils'
import { BATAS_GAGAL_AKUN, BATAS_GAGAL_ALAMAT, login } from './login.server'

const attempt = (username: string, password: string, ip = '10.0.0.1') =>
	withRequestContext(() => login({ username, password, ip, userAgent: 'vitest' }), { ip })

describe('login', () => {
	it('opens a database session for the right password', async () => {
		const result = await attempt('kadis', SANDI_DEMO)
		expect(result.status).toBe('berhasil')
		if (result.status !== 'berhasil') return
		expect(result.cookie).toMatch(/^simadu_sesi=/)
		expect(result.cookie).toMatch(/HttpOnly/i)
		expect(result.cookie).toMatch(/SameSite=Lax/i)
		expect(await Sesi.count({ where: { penggunaId: result.penggunaId, berakhirAt: null } })).toBe(1)
		expect(await LogAudit.count({ where: { aksi: 'masuk', penggunaId: result.penggunaId } })).toBe(1)
	})

	it('answers an unknown user and a wrong password the same way', async () => {
		expect(await attempt('tidak.ada', SANDI_DEMO, '10.0.0.2')).toEqual({ status: 'gagal' })
		expect(await attempt('sekretaris', 'salah-sekali-123', '10.0.0.2')).toEqual({ status: 'gagal' })
	})

	it('locks an account after 5 failures in 15 minutes, even for the right password', async () => {
		for (let i = 1; i < BATAS_GAGAL_AKUN; i++) {
			expect((await attempt('tu', `salah-${i}-abcdefgh`, `10.1.0.${i}`)).status).toBe('gagal')
		}
		const fifth = await attempt('tu', 'salah-5-abcdefgh', '10.1.0.9')
		expect(fifth.status).toBe('terkunci')
		const right = await attempt('tu', SANDI_DEMO, '10.1.0.10')
		expect(right.status).toBe('terkunci')
		if (right.status === 'terkunci') {
			const minutes = (right.sampai.getTime() - Date.now()) / 60_000
			expect(minutes).toBeGreaterThan(14)
			expect(minutes).toBeLessThanOrEqual(15)
		}
		expect(await LogAudit.count({ where: { aksi: 'kunci-akun' } })).toBe(1)
	})

	it('locks an address after 20 failures across accounts', async () => {
		for (let i = 1; i < BATAS_GAGAL_ALAMAT; i++) {
			expect((await attempt(`orang${i}`, 'salah-sekali-123', '10.9.9.9')).status).toBe('gagal')
		}
		expect((await attempt('orang20', 'salah-sekali-123', '10.9.9.9')).status).toBe('terkunci')
		expect((await attempt('caraka', SANDI_DEMO, '10.9.9.9')).status).toBe('terkunci')
		expect((await attempt('caraka', SANDI_DEMO, '10.9.9.8')).status).toBe('berhasil')
		expect(await KunciMasuk.count({ where: { jenis: 'alamat', kunci: '10.9.9.9' } })).toBe(1)
	})
})
