import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { LogAudit, Sesi } from '#models/index'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader as ekspor } from './ekspor'
import { action as akhiri, loader as daftar } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })

describe('/admin/sesi', () => {
	it('lists the active sessions by a short reference, never the session id', async () => {
		const a = await loginAs('caraka')
		const b = await loginAs('caraka')
		const ended = await loginAs('caraka')
		await Sesi.update({ berakhirAt: new Date(), alasanBerakhir: 'keluar' }, { where: { id: ended.sesiId } })
		const { cookie, sesiId } = await loginAs('admin')
		const result = await settle(() => daftar(args(makeRequest('/admin/sesi?q=caraka', { cookie }))))
		const data = payload<Awaited<ReturnType<typeof daftar>>>(result)
		expect(data.total).toBe(2)
		expect(data.rows.map((r) => r.ref).sort()).toEqual([a.sesiId.slice(0, 12), b.sesiId.slice(0, 12)].sort())
		expect(data.rows[0]).toMatchObject({ username: 'caraka', nama: 'Slamet Riyadi', ip: '127.0.0.1', userAgent: 'vitest', ini: false })
		expect(data.rows[0]).not.toHaveProperty('id')
		expect(JSON.stringify(data)).not.toContain(a.sesiId)
		expect(data.bolehAkhiri).toBe(true)

		const byName = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/sesi?q=Rina', { cookie })))))
		expect(byName.rows.find((r) => r.ini)?.ref).toBe(sesiId.slice(0, 12))
	})

	it('ends one session by its reference and writes it to the audit trail', async () => {
		const target = await loginAs('pengambilan')
		const other = await loginAs('pengambilan')
		const { cookie } = await loginAs('admin')
		const result = await settle(() =>
			akhiri(args(makeRequest('/admin/sesi?q=pengambilan', { cookie, form: { intent: 'akhiri', sesi: target.sesiId.slice(0, 12) } }))),
		)
		expect(statusOf(result)).toBe(302)
		expect((result as Response).headers.get('Location')).toBe('/admin/sesi?q=pengambilan')
		const sesi = await Sesi.findByPk(target.sesiId)
		expect(sesi?.berakhirAt).toBeInstanceOf(Date)
		expect(sesi?.alasanBerakhir).toBe('diakhiri-admin')
		expect((await Sesi.findByPk(other.sesiId))?.berakhirAt).toBeNull()
		const trail = await LogAudit.findAll({ where: { aksi: 'akhiri-sesi', entitas: 'sesi', entitasId: String(target.penggunaId) } })
		expect(trail).toHaveLength(1)
		expect(trail[0]!.keterangan).toContain('pengambilan')
		expect(trail[0]!.keterangan).not.toContain(target.sesiId)

		// already ended, unknown, malformed, or the admin's own: nothing happens
		for (const sesi of [target.sesiId.slice(0, 12), '0123456789ab', 'zz', target.sesiId]) {
			const again = await settle(() => akhiri(args(makeRequest('/admin/sesi', { cookie, form: { intent: 'akhiri', sesi } }))))
			expect(statusOf(again)).toBe(302)
		}
		expect(await LogAudit.count({ where: { aksi: 'akhiri-sesi' } })).toBe(1)
	})

	it("does not end the admin's own session from here", async () => {
		const { cookie, sesiId } = await loginAs('admin')
		const result = await settle(() => akhiri(args(makeRequest('/admin/sesi', { cookie, form: { intent: 'akhiri', sesi: sesiId.slice(0, 12) } }))))
		expect(statusOf(result)).toBe(302)
		expect((await Sesi.findByPk(sesiId))?.berakhirAt).toBeNull()
	})

	it('refuses users without the permission with 403', async () => {
		const target = await loginAs('caraka')
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/sesi', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => ekspor(args(makeRequest('/admin/sesi/ekspor', { cookie })))))).toBe(403)
		const result = await settle(() => akhiri(args(makeRequest('/admin/sesi', { cookie, form: { intent: 'akhiri', sesi: target.sesiId.slice(0, 12) } }))))
		expect(statusOf(result)).toBe(403)
		expect((await Sesi.findByPk(target.sesiId))?.berakhirAt).toBeNull()
	})

	it('exports the filtered sessions as an Excel workbook', async () => {
		await loginAs('bendahara')
		const { cookie } = await loginAs('admin')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/sesi/ekspor?q=bendahara', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.rowCount).toBe(2)
		expect(sheet.getRow(2).getCell(1).value).toBe('bendahara')
		expect(sheet.getRow(2).getCell(2).value).toBe('Lina Marlina, S.E.')
	})
})
