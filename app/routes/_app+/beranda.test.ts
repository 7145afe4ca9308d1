import { describe, expect, it } from 'vitest'
import { loginAs, makeRequest, payload, settle } from '#test/utils'
import { loader } from './_index'

describe('home page', () => {
	it("shows the loket their waiting tasks and no system panel", async () => {
		const { cookie } = await loginAs('loket')
		const data = payload<Awaited<ReturnType<typeof loader>>>(await settle(() => loader({ request: makeRequest('/', { cookie }), params: {}, context: {} })))
		const tugas = data.panels.find((p) => p.jenis === 'tugas')
		// the demo seed starts three KK requests waiting for the loket's verification
		expect(tugas).toMatchObject({ jenis: 'tugas', terbuka: 8, diambilSaya: 0 })
		expect(data.panels.some((p) => p.jenis === 'sistem')).toBe(false)
		expect(data.sapaan).toMatch(/^Selamat (pagi|siang|sore|malam)$/)
	})

	it('shows the administrator the state of the system', async () => {
		const { cookie } = await loginAs('admin')
		const data = payload<Awaited<ReturnType<typeof loader>>>(await settle(() => loader({ request: makeRequest('/', { cookie }), params: {}, context: {} })))
		const sistem = data.panels.find((p) => p.jenis === 'sistem')
		expect(sistem).toMatchObject({ jenis: 'sistem', penggunaAktif: 25 })
		expect(data.pintasan.map((p) => p.to)).toContain('/admin/pengguna')
	})
})
