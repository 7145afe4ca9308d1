import { afterAll, describe, expect, it } from 'vitest'
import { lepasEnvWa, pasangEnvWa, WA_ENV } from '#test/mocks/whatsapp'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader } from './whatsapp'

afterAll(() => lepasEnvWa())

const muat = async (username: string) => {
	const { cookie } = await loginAs(username)
	return settle(() => loader({ request: makeRequest('/admin/whatsapp', { cookie }), params: {}, context: {} }))
}

describe('/admin/whatsapp', () => {
	it('names the missing variables without showing any value', async () => {
		pasangEnvWa({ WA_ACCESS_TOKEN: undefined, WA_APP_SECRET: undefined })
		const hasil = payload<Record<string, unknown>>(await muat('admin'))
		expect(hasil).toMatchObject({ kirimAktif: false, webhookAktif: false, kurang: ['WA_ACCESS_TOKEN', 'WA_APP_SECRET'], webhookUrl: 'http://localhost:3000/api/wa/webhook' })
		const teks = JSON.stringify(hasil)
		for (const nilai of [WA_ENV.WA_PHONE_NUMBER_ID, WA_ENV.WA_VERIFY_TOKEN]) expect(teks).not.toContain(nilai)
	})

	it('says the channel is on when everything is set', async () => {
		pasangEnvWa()
		expect(payload(await muat('admin'))).toMatchObject({ kirimAktif: true, webhookAktif: true, kurang: [] })
	})

	it('is for catalogue administrators only', async () => {
		expect(statusOf(await muat('loket'))).toBe(403)
	})
})
