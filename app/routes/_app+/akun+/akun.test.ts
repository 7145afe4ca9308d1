import { describe, expect, it } from 'vitest'
import { LogAudit, Pengguna, Sesi } from '#models/index'
import { SANDI_DEMO } from '~/utils/password.server'
import { action as gantiSandi } from '~/routes/_app+/akun+/ganti-sandi'
import { loader as akunLoader } from '~/routes/_app+/akun+/index'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'

describe('/akun', () => {
	it('sends an anonymous visitor to the login page and back', async () => {
		const result = await settle(() => akunLoader({ request: makeRequest('/akun'), params: {}, context: {} }))
		expect(result).toBeInstanceOf(Response)
		expect((result as Response).headers.get('Location')).toBe('/login?redirectTo=%2Fakun')
	})

	it("shows the user's own account, roles and sessions", async () => {
		const { cookie } = await loginAs('kabid.piak')
		const result = await settle(() => akunLoader({ request: makeRequest('/akun', { cookie }), params: {}, context: {} }))
		const data = payload<Awaited<ReturnType<typeof akunLoader>>>(result)
		expect(data.akun.username).toBe('kabid.piak')
		expect(data.akun.jabatan).toBe('Kepala Bidang PIAK dan Pemanfaatan Data')
		expect(data.peran.map((p) => p.kode)).toEqual(expect.arrayContaining(['kabid', 'piak']))
		expect(data.sesi.filter((s) => s.ini)).toHaveLength(1)
	})
})

describe('/akun/ganti-sandi', () => {
	it('keeps the form values and names the field when the repeat differs', async () => {
		const { cookie } = await loginAs('tu')
		const result = await settle(() =>
			gantiSandi({
				request: makeRequest('/akun/ganti-sandi', {
					cookie,
					form: { sandiLama: SANDI_DEMO, sandiBaru: 'Rahasia-Baru-2026', ulangiSandi: 'Lain-Lagi-2026' },
				}),
				params: {},
				context: {},
			}),
		)
		expect(statusOf(result)).toBe(400)
		expect(payload<{ errors: Record<string, string[]> }>(result).errors.ulangiSandi?.[0]).toBe('Ulangan kata sandi tidak sama.')
	})

	it('refuses a password over 72 bytes instead of cutting it', async () => {
		const { cookie } = await loginAs('tu')
		const long = 'é'.repeat(37) // 74 bytes
		const result = await settle(() =>
			gantiSandi({
				request: makeRequest('/akun/ganti-sandi', { cookie, form: { sandiLama: SANDI_DEMO, sandiBaru: long, ulangiSandi: long } }),
				params: {},
				context: {},
			}),
		)
		expect(statusOf(result)).toBe(400)
		expect(payload<{ errors: Record<string, string[]> }>(result).errors.sandiBaru?.[0]).toMatch(/72 byte/)
	})

	it('changes the password, ends the other sessions and keeps this one', async () => {
		const other = await loginAs('caraka')
		const current = await loginAs('caraka')
		const result = await settle(() =>
			gantiSandi({
				request: makeRequest('/akun/ganti-sandi', {
					cookie: current.cookie,
					form: { sandiLama: SANDI_DEMO, sandiBaru: 'Caraka-Aman-2026', ulangiSandi: 'Caraka-Aman-2026' },
				}),
				params: {},
				context: {},
			}),
		)
		expect(statusOf(result)).toBe(302)
		expect((await Sesi.findByPk(other.sesiId))?.alasanBerakhir).toBe('sandi-diubah')
		expect((await Sesi.findByPk(current.sesiId))?.berakhirAt).toBeNull()
		const pengguna = await Pengguna.findOne({ where: { username: 'caraka' } })
		expect(pengguna?.sandiDemo).toBe(false)
		const trail = await LogAudit.findAll({ where: { entitas: 'pengguna', entitasId: String(pengguna!.id) } })
		expect(trail.map((t) => t.aksi)).toContain('ubah-sandi')
		expect(JSON.stringify(trail.map((t) => t.perubahan))).not.toMatch(/\$2[aby]\$/)
	})
})
