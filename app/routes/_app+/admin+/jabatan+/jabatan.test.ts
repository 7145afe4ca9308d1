import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { getJabatan, listPilihanPeran } from '~/modules/organisasi/jabatan.server'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { action as ubah, loader as rincian } from './$id'
import { action as tambah, loader as formBaru } from './baru'
import { loader as ekspor } from './ekspor'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Failure = { errors: Record<string, string[]>; values: Record<string, string | string[]> }
type Daftar = Awaited<ReturnType<typeof daftar>>

async function peranId(kode: string) {
	return String((await listPilihanPeran()).find((p) => p.hint === kode)!.value)
}

const form = (over: Record<string, string | string[]> = {}) => ({
	kode: 'ANALIS-KEPENDUDUKAN',
	nama: 'Analis Kependudukan',
	jenis: 'fungsional',
	unitId: '13',
	atasanId: '13',
	aktif: '1',
	...over,
})

describe('jabatan pages', () => {
	it('lists jabatan with unit, atasan and the number of holders, filtered and paged', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const filtered = payload<Daftar>(await settle(() => daftar(args(makeRequest('/admin/jabatan?unitId=3&jenis=pelaksana', { cookie })))))
		expect(filtered.rows.map((r) => r.kode)).toEqual(['PENGADMINISTRASI-UMUM', 'CARAKA', 'PENGURUS-BARANG'])
		expect(filtered.rows[0]).toMatchObject({ namaUnit: 'Subbagian Umum dan Kepegawaian', namaAtasan: 'Kepala Subbagian Umum dan Kepegawaian', jumlahPegawai: 1 })

		const found = payload<Daftar>(await settle(() => daftar(args(makeRequest('/admin/jabatan?q=bendahara', { cookie })))))
		expect(found.rows.map((r) => r.kode)).toEqual(['BENDAHARA'])

		const page2 = payload<Daftar>(await settle(() => daftar(args(makeRequest('/admin/jabatan?hal=2', { cookie })))))
		expect(page2.total).toBe(28)
		expect(page2.rows).toHaveLength(3)
	})

	it('refuses a user without the permission with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/jabatan', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => formBaru(args(makeRequest('/admin/jabatan/baru', { cookie })))))).toBe(403)
	})

	it('adds a jabatan with its roles, then changes them', async () => {
		const { cookie } = await loginAs('admin')
		const [kasi, piak, kabid] = await Promise.all([peranId('kasi'), peranId('piak'), peranId('kabid')])
		const created = await settle(() => tambah(args(makeRequest('/admin/jabatan/baru', { cookie, form: form({ kode: 'analis-kependudukan', 'peran[]': [kasi, piak] }) }))))
		expect(statusOf(created)).toBe(302)
		const list = payload<Daftar>(await settle(() => daftar(args(makeRequest('/admin/jabatan?q=ANALIS-KEPENDUDUKAN', { cookie })))))
		const id = String(list.rows[0]!.id)
		const jabatan = (await getJabatan(Number(id)))!
		expect(jabatan).toMatchObject({ kode: 'ANALIS-KEPENDUDUKAN', atasanId: 13, version: 0 })
		expect(jabatan.peran.map(String).sort()).toEqual([kasi, piak].sort())

		const changed = await settle(() => ubah(args(makeRequest(`/admin/jabatan/${id}`, { cookie, form: form({ version: '0', 'peran[]': [kabid] }) }), { id })))
		expect(statusOf(changed)).toBe(302)
		expect((await getJabatan(Number(id)))!.peran.map(String)).toEqual([kabid])

		const stale = await settle(() => ubah(args(makeRequest(`/admin/jabatan/${id}`, { cookie, form: form({ version: '0' }) }), { id })))
		expect(statusOf(stale)).toBe(409)

		const removed = await settle(() => ubah(args(makeRequest(`/admin/jabatan/${id}`, { cookie, form: { intent: 'hapus' } }), { id })))
		expect(statusOf(removed)).toBe(302)
		expect(statusOf(await settle(() => rincian(args(makeRequest(`/admin/jabatan/${id}`, { cookie }), { id }))))).toBe(404)
		expect(statusOf(await settle(() => ubah(args(makeRequest(`/admin/jabatan/${id}`, { cookie, form: form({ version: '1' }) }), { id }))))).toBe(404)
	})

	it('keeps the values and names the field on bad input, a taken kode or a missing unit', async () => {
		const { cookie } = await loginAs('admin')
		const bad = await settle(() => tambah(args(makeRequest('/admin/jabatan/baru', { cookie, form: form({ nama: 'AB', jenis: 'honorer', unitId: '' }) }))))
		expect(statusOf(bad)).toBe(400)
		const failure = payload<Failure>(bad)
		expect(failure.errors).toMatchObject({ nama: ['Nama jabatan minimal 3 karakter.'], jenis: ['Pilih jenis jabatan.'], unitId: ['Pilih unit kerja.'] })
		expect(failure.values.kode).toBe('ANALIS-KEPENDUDUKAN')

		const taken = await settle(() => tambah(args(makeRequest('/admin/jabatan/baru', { cookie, form: form({ kode: 'CARAKA' }) }))))
		expect(payload<Failure>(taken).errors.kode?.[0]).toBe('Kode ini sudah dipakai jabatan lain.')
		const noUnit = await settle(() => tambah(args(makeRequest('/admin/jabatan/baru', { cookie, form: form({ unitId: '999' }) }))))
		expect(payload<Failure>(noUnit).errors.unitId?.[0]).toBe('Unit kerja tidak ditemukan.')
	})

	it('refuses an atasan that is the jabatan itself or below it', async () => {
		const { cookie } = await loginAs('admin')
		const kabid = (await getJabatan(5))!
		const edit = (atasanId: string) =>
			settle(() =>
				ubah(args(makeRequest('/admin/jabatan/5', { cookie, form: { ...form({ kode: kabid.kode, nama: kabid.nama, jenis: 'struktural', unitId: '5' }), atasanId, version: String(kabid.version) } }), { id: '5' })),
			)
		const self = await edit('5')
		expect(statusOf(self)).toBe(400)
		expect(payload<Failure>(self).errors.atasanId?.[0]).toBe('Jabatan tidak dapat menjadi atasan dirinya sendiri.')
		const loop = await edit('24')
		expect(payload<Failure>(loop).errors.atasanId?.[0]).toMatch(/atasan \(langsung atau tidak langsung\)/)
		expect((await getJabatan(5))!.atasanId).toBe(1)
	})

	it('refuses to delete a jabatan that is held or is an atasan', async () => {
		const { cookie } = await loginAs('admin')
		const refused = await settle(() => ubah(args(makeRequest('/admin/jabatan/1', { cookie, form: { intent: 'hapus' } }), { id: '1' })))
		expect(statusOf(refused)).toBe(400)
		expect(payload<Failure>(refused).errors._form?.[0]).toBe(
			'Jabatan tidak dapat dihapus karena masih dipegang 1 pegawai dan masih menjadi atasan 4 jabatan. Nonaktifkan jabatan ini bila tidak dipakai lagi.',
		)
	})

	it('exports the filtered list as an Excel workbook', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/jabatan/ekspor?unitId=4', { cookie }))))) as Response
		expect(response.headers.get('Content-Disposition')).toMatch(/jabatan-\d{8}\.xlsx/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(5).value).toBe('Atasan')
		expect(sheet.rowCount).toBe(1 + 5)
		expect(sheet.getRow(2).getCell(1).value).toBe('KASUBAG-RENKEU')
		expect(sheet.getRow(2).getCell(5).value).toBe('Sekretaris')
	})
})
