import { describe, expect, it } from 'vitest'
import { getUserById } from '#test/alur'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { mulaiAlur } from '~/workflow/mesin.server'
import { hitungBelumDibaca, listNotifikasi, tandaiDibaca } from '~/workflow/notifikasi.server'
import { kirimOutbox } from '~/workflow/outbox.server'
import { loader as layout } from '../_layout'
import { action, loader } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })
type Data = Awaited<ReturnType<typeof loader>>
type Layout = { notifikasi: { belumDibaca: number } | null }

async function mulaiKk() {
	const instans = await mulaiAlur({
		definisiKode: 'SOP-WA-KK',
		subjekJenis: 'uji-notifikasi',
		subjekId: `${Date.now()}-${Math.random()}`,
		judul: 'Permohonan KK — uji notifikasi',
		pemrakarsa: await getUserById('loket'),
		unitId: 6,
		langsungAksi: 'ajukan',
	})
	await kirimOutbox()
	return instans.id
}

describe('notifikasi', () => {
	it('counts unread in the header, lists the latest, opens one (marked read) and marks all read', async () => {
		const id = await mulaiKk()
		const { cookie, penggunaId } = await loginAs('loket')
		const shell = payload<Layout>(await settle(() => layout(args(makeRequest('/', { cookie })))))
		const awal = shell.notifikasi!.belumDibaca
		expect(awal).toBeGreaterThan(0)
		expect(awal).toBe(await hitungBelumDibaca(penggunaId))

		const panel = payload<Data>(await settle(() => loader(args(makeRequest('/notifikasi?ringkas=1', { cookie })))))
		expect(panel.rows.length).toBeLessThanOrEqual(5)
		const baru = panel.rows.find((r) => r.tautan === `/alur/${id}`)!
		expect(baru).toMatchObject({ judul: 'Tugas baru: Permohonan KK — uji notifikasi', dibacaAt: null })

		const opened = await settle(() => action(args(makeRequest('/notifikasi?index', { cookie, form: { intent: 'buka', id: String(baru.id) } }))))
		expect(statusOf(opened)).toBe(302)
		expect((opened as Response).headers.get('Location')).toBe(`/alur/${id}`)
		expect(await hitungBelumDibaca(penggunaId)).toBe(awal - 1)

		const list = payload<Data>(await settle(() => loader(args(makeRequest('/notifikasi', { cookie })))))
		expect(list.rows.find((r) => r.id === baru.id)?.dibacaAt).not.toBeNull()
		expect(list.total).toBeGreaterThanOrEqual(list.rows.length)

		const all = await settle(() => action(args(makeRequest('/notifikasi?index', { cookie, form: { intent: 'baca-semua' } }))))
		expect(statusOf(all)).toBe(302)
		expect(await hitungBelumDibaca(penggunaId)).toBe(0)
		const after = payload<Layout>(await settle(() => layout(args(makeRequest('/', { cookie })))))
		expect(after.notifikasi?.belumDibaca).toBe(0)
	})

	it("never lets one user read or mark another's notification", async () => {
		const id = await mulaiKk()
		const loket = await loginAs('loket')
		const milikLoket = (await listNotifikasi({ userId: loket.penggunaId, offset: 0, limit: 50 })).rows.find((r) => r.tautan === `/alur/${id}`)!
		const tu = await loginAs('tu')
		expect(statusOf(await settle(() => action(args(makeRequest('/notifikasi?index', { cookie: tu.cookie, form: { intent: 'buka', id: String(milikLoket.id) } })))))).toBe(404)
		expect(await tandaiDibaca(tu.penggunaId, milikLoket.id)).toBeNull()
		const listTu = payload<Data>(await settle(() => loader(args(makeRequest('/notifikasi', { cookie: tu.cookie })))))
		expect(listTu.rows.some((r) => r.id === milikLoket.id)).toBe(false)
		expect((await listNotifikasi({ userId: loket.penggunaId, offset: 0, limit: 50 })).rows.find((r) => r.id === milikLoket.id)?.dibacaAt).toBeNull()
	})

	it('marks one read and goes back to the page it was on; pages the list', async () => {
		await mulaiKk()
		await mulaiKk()
		const { cookie, penggunaId } = await loginAs('loket')
		const first = (await listNotifikasi({ userId: penggunaId, offset: 0, limit: 1 })).rows[0]!
		const result = await settle(() =>
			action(args(makeRequest('/notifikasi?index', { cookie, form: { intent: 'baca', id: first.id.toString(), kembali: '/notifikasi?hal=2' } }))),
		)
		expect((result as Response).headers.get('Location')).toBe('/notifikasi?hal=2')
		const bad = await settle(() => action(args(makeRequest('/notifikasi?index', { cookie, form: { intent: 'baca', id: first.id.toString(), kembali: '//jahat.example' } }))))
		expect((bad as Response).headers.get('Location')).toBe('/notifikasi')
		expect(statusOf(await settle(() => action(args(makeRequest('/notifikasi?index', { cookie, form: { intent: 'hapus', id: '1' } })))))).toBe(400)
		const page = payload<Data>(await settle(() => loader(args(makeRequest('/notifikasi?hal=1', { cookie })))))
		expect(page.rows[0]!.id).toBe(first.id)
		expect(page.rows[0]!.dibacaAt).not.toBeNull()
	})
})
