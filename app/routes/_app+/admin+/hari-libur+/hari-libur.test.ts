import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader as ekspor } from './ekspor'
import { action as ubah } from './$id'
import { action as tambah } from './baru'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

describe('hari libur', () => {
	it('lists the seeded holidays of a year with server-side paging', async () => {
		const { cookie } = await loginAs('admin')
		const result = await settle(() => daftar(args(makeRequest('/admin/hari-libur?tahun=2026&jenis=cuti-bersama', { cookie }))))
		const data = payload<Awaited<ReturnType<typeof daftar>>>(result)
		expect(data.total).toBe(8)
		expect(data.rows[0]).toMatchObject({ tanggal: '2026-02-16', jenis: 'cuti-bersama' })
		expect(data.bolehUbah).toBe(true)
	})

	it('refuses staff without the permission with 403', async () => {
		const { cookie } = await loginAs('loket')
		const result = await settle(() => daftar(args(makeRequest('/admin/hari-libur', { cookie }))))
		expect(statusOf(result)).toBe(403)
	})

	it('keeps what was typed and names the field on a bad date or a taken date', async () => {
		const { cookie } = await loginAs('admin')
		const bad = await settle(() =>
			tambah(args(makeRequest('/admin/hari-libur/baru', { cookie, form: { tanggal: '2027-02-30', nama: 'Hari Uji', jenis: 'libur-nasional' } }))),
		)
		expect(statusOf(bad)).toBe(400)
		const failure = payload<{ errors: Record<string, string[]>; values: Record<string, string> }>(bad)
		expect(failure.errors.tanggal?.[0]).toBe('Tanggal tidak ada di kalender.')
		expect(failure.values.nama).toBe('Hari Uji')

		const taken = await settle(() =>
			tambah(args(makeRequest('/admin/hari-libur/baru', { cookie, form: { tanggal: '2026-08-17', nama: 'Ganda', jenis: 'libur-nasional' } }))),
		)
		expect(payload<{ errors: Record<string, string[]> }>(taken).errors.tanggal?.[0]).toMatch(/sudah terdaftar/)
	})

	it('adds, changes and deletes a holiday', async () => {
		const { cookie } = await loginAs('admin')
		const created = await settle(() =>
			tambah(args(makeRequest('/admin/hari-libur/baru', { cookie, form: { tanggal: '2027-01-01', nama: 'Tahun Baru 2027 Masehi', jenis: 'libur-nasional' } }))),
		)
		expect(statusOf(created)).toBe(302)
		const list = payload<Awaited<ReturnType<typeof daftar>>>(
			await settle(() => daftar(args(makeRequest('/admin/hari-libur?tahun=2027', { cookie })))),
		)
		const id = String(list.rows[0]!.id)
		const changed = await settle(() =>
			ubah(args(makeRequest(`/admin/hari-libur/${id}`, { cookie, form: { tanggal: '2027-01-01', nama: 'Tahun Baru Masehi', jenis: 'libur-nasional', intent: 'simpan' } }), { id })),
		)
		expect(statusOf(changed)).toBe(302)
		const removed = await settle(() => ubah(args(makeRequest(`/admin/hari-libur/${id}`, { cookie, form: { intent: 'hapus' } }), { id })))
		expect(statusOf(removed)).toBe(302)
		const missing = await settle(() => ubah(args(makeRequest(`/admin/hari-libur/${id}`, { cookie, form: { intent: 'hapus' } }), { id })))
		expect(statusOf(missing)).toBe(404)
	})

	it('exports the filtered list as an Excel workbook', async () => {
		const { cookie } = await loginAs('admin')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/hari-libur/ekspor?tahun=2026', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(2).value).toBe('Nama')
		expect(sheet.rowCount).toBe(1 + 25)
	})
})
