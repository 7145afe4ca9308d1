import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { getUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { action as ubah, loader as rincian } from './$id'
import { action as tambah } from './baru'
import { loader as ekspor } from './ekspor'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Failure = { errors: Record<string, string[]>; values: Record<string, string> }

const form = (over: Record<string, string> = {}) => ({ kode: 'uji-1', nama: 'Unit Uji', jenis: 'seksi', indukId: '8', urutan: '5', aktif: '1', ...over })

describe('unit kerja pages', () => {
	it('shows the whole tree, and a search keeps the ancestors of each hit', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const all = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/unit-kerja', { cookie })))))
		expect(all.total).toBe(14)
		expect(all.pohon).toHaveLength(1)
		expect(all.pohon[0]!.kode).toBe('KADIS')
		expect(all.pohon[0]!.anak.map((a) => a.kode)).toEqual(['SEKRET', 'DAFDUK', 'CAPIL', 'PIAK'])

		const hit = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/unit-kerja?q=kelahiran', { cookie })))))
		expect(hit.total).toBe(1)
		expect(hit.pohon[0]!.anak).toHaveLength(1)
		expect(hit.pohon[0]!.anak[0]!.kode).toBe('CAPIL')
		expect(hit.pohon[0]!.anak[0]!.anak.map((a) => a.kode)).toEqual(['CAPIL-KLM'])
	})

	it('refuses a user without the permission with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/unit-kerja', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => tambah(args(makeRequest('/admin/unit-kerja/baru', { cookie, form: form() })))))).toBe(403)
	})

	it('lets a reader see a unit but not change it', async () => {
		const { cookie } = await loginAs('kasi.capil')
		const seen = payload<Awaited<ReturnType<typeof rincian>>>(await settle(() => rincian(args(makeRequest('/admin/unit-kerja/9', { cookie }), { id: '9' }))))
		expect(seen.unit.kode).toBe('CAPIL-KLM')
		expect(seen.bolehUbah).toBe(false)
		expect(seen.pilihanInduk.some((p) => p.value === 9)).toBe(false)
		const changed = await settle(() => ubah(args(makeRequest('/admin/unit-kerja/9', { cookie, form: { intent: 'hapus' } }), { id: '9' })))
		expect(statusOf(changed)).toBe(403)
	})

	it('keeps what was typed and names the field on a bad kode or a taken kode', async () => {
		const { cookie } = await loginAs('admin')
		const bad = await settle(() => tambah(args(makeRequest('/admin/unit-kerja/baru', { cookie, form: form({ kode: 'UJI 1', jenis: 'kantor' }) }))))
		expect(statusOf(bad)).toBe(400)
		const failure = payload<Failure>(bad)
		expect(failure.errors.kode?.[0]).toMatch(/huruf kapital, angka dan tanda hubung/)
		expect(failure.errors.jenis?.[0]).toBe('Pilih jenis unit kerja.')
		expect(failure.values.nama).toBe('Unit Uji')

		const taken = await settle(() => tambah(args(makeRequest('/admin/unit-kerja/baru', { cookie, form: form({ kode: 'capil' }) }))))
		expect(statusOf(taken)).toBe(400)
		expect(payload<Failure>(taken).errors.kode?.[0]).toBe('Kode ini sudah dipakai unit kerja lain.')
	})

	it('refuses to make a unit its own ancestor', async () => {
		const { cookie } = await loginAs('admin')
		const bidang = (await getUnitKerja(8))!
		const edit = (over: Record<string, string>) =>
			settle(() =>
				ubah(args(makeRequest('/admin/unit-kerja/8', { cookie, form: { ...form({ kode: 'CAPIL', nama: bidang.nama, jenis: 'bidang', version: String(bidang.version) }), ...over } }), { id: '8' })),
			)
		const loop = await edit({ indukId: '9' })
		expect(statusOf(loop)).toBe(400)
		expect(payload<Failure>(loop).errors.indukId?.[0]).toMatch(/berada di bawah unit kerja ini/)
		const self = await edit({ indukId: '8' })
		expect(payload<Failure>(self).errors.indukId?.[0]).toBe('Unit kerja tidak dapat menjadi induk dirinya sendiri.')
		expect((await getUnitKerja(8))!.indukId).toBe(1)
	})

	it('adds, changes and deletes a unit, and answers 409 to a stale form and 404 to a missing one', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const created = await settle(() => tambah(args(makeRequest('/admin/unit-kerja/baru', { cookie, form: form() }))))
		expect(statusOf(created)).toBe(302)
		const list = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/unit-kerja?q=UJI-1', { cookie })))))
		const unit = list.pohon[0]!.anak[0]!.anak[0]!
		expect(unit).toMatchObject({ kode: 'UJI-1', nama: 'Unit Uji', urutan: 5, aktif: true })
		const id = String(unit.id)

		const changed = await settle(() => ubah(args(makeRequest(`/admin/unit-kerja/${id}`, { cookie, form: form({ nama: 'Unit Uji Coba', version: '0', aktif: '' }) }), { id })))
		expect(statusOf(changed)).toBe(302)
		expect(await getUnitKerja(Number(id))).toMatchObject({ nama: 'Unit Uji Coba', aktif: false, version: 1 })

		const stale = await settle(() => ubah(args(makeRequest(`/admin/unit-kerja/${id}`, { cookie, form: form({ nama: 'Lama', version: '0' }) }), { id })))
		expect(statusOf(stale)).toBe(409)

		const removed = await settle(() => ubah(args(makeRequest(`/admin/unit-kerja/${id}`, { cookie, form: { intent: 'hapus' } }), { id })))
		expect(statusOf(removed)).toBe(302)
		const missing = await settle(() => ubah(args(makeRequest(`/admin/unit-kerja/${id}`, { cookie, form: { intent: 'hapus' } }), { id })))
		expect(statusOf(missing)).toBe(404)
		expect(statusOf(await settle(() => rincian(args(makeRequest(`/admin/unit-kerja/${id}`, { cookie }), { id }))))).toBe(404)
	})

	it('refuses to delete a unit that still has sub-units, jabatan or pegawai, and says so', async () => {
		const { cookie } = await loginAs('admin')
		const refused = await settle(() => ubah(args(makeRequest('/admin/unit-kerja/8', { cookie, form: { intent: 'hapus' } }), { id: '8' })))
		expect(statusOf(refused)).toBe(400)
		const message = payload<Failure>(refused).errors._form?.[0]
		expect(message).toBe('Unit kerja tidak dapat dihapus karena masih memiliki 2 sub-unit, 1 jabatan dan 1 pegawai. Nonaktifkan unit ini bila tidak dipakai lagi.')
	})

	it('exports the units as a flat Excel list with the induk name', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/unit-kerja/ekspor?q=seksi', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(4).value).toBe('Unit induk')
		expect(sheet.rowCount).toBe(1 + 7)
		const klm = sheet.getRows(2, 7)!.find((r) => r.getCell(1).value === 'CAPIL-KLM')!
		expect(klm.getCell(4).value).toBe('Bidang Pelayanan Pencatatan Sipil')
	})
})
