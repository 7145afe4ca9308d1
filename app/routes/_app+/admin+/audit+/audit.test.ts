import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { LogAudit } from '#models/index'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader as ekspor } from './ekspor'
import { loader as daftar } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })
const base = { namaPengguna: null, atasNama: null, entitasId: null, perubahan: null, keterangan: null, ip: '10.0.0.5', userAgent: null, requestId: null }

async function list(query: string) {
	const { cookie } = await loginAs('admin')
	const result = await settle(() => daftar(args(makeRequest(`/admin/audit?${query}`, { cookie }))))
	return payload<Awaited<ReturnType<typeof daftar>>>(result)
}

async function workbookOf(response: Response) {
	const workbook = new ExcelJS.Workbook()
	await workbook.xlsx.load(await response.arrayBuffer())
	return workbook.worksheets[0]!
}

describe('/admin/audit', () => {
	it('filters by office dates (Asia/Jakarta), newest first', async () => {
		await LogAudit.bulkCreate([
			// 23:59:59 WIB on 1 March and 00:00:00 WIB on 2 March
			{ ...base, waktu: new Date('2020-03-01T16:59:59Z'), penggunaId: null, aksi: 'uji-tanggal', entitas: 'uji', entitasId: '1' },
			{ ...base, waktu: new Date('2020-03-01T17:00:00Z'), penggunaId: null, aksi: 'uji-tanggal', entitas: 'uji', entitasId: '2' },
			{ ...base, waktu: new Date('2020-03-02T16:59:59Z'), penggunaId: null, aksi: 'uji-tanggal', entitas: 'uji', entitasId: '3' },
			{ ...base, waktu: new Date('2020-03-02T17:00:00Z'), penggunaId: null, aksi: 'uji-tanggal', entitas: 'uji', entitasId: '4' },
		])
		const day = await list('aksi=uji-tanggal&dari=2020-03-02&sampai=2020-03-02')
		expect(day.rows.map((r) => r.entitasId)).toEqual(['3', '2'])
		expect((await list('aksi=uji-tanggal&dari=2020-03-02')).rows.map((r) => r.entitasId)).toEqual(['4', '3', '2'])
		expect((await list('aksi=uji-tanggal&sampai=2020-03-01')).rows.map((r) => r.entitasId)).toEqual(['1'])
		expect((await list('aksi=uji-tanggal&dari=2020-02-30')).total).toBe(4)
	})

	it('filters by user (username or name), action, entity and entity id; shows "atas nama"', async () => {
		await LogAudit.bulkCreate([
			{ ...base, waktu: new Date(), penggunaId: 1002, namaPengguna: 'Drs. Bambang Wicaksono, M.Si.', aksi: 'uji-orang', entitas: 'surat', entitasId: '7', perubahan: { perihal: { sebelum: 'A', sesudah: 'B' } } },
			{ ...base, waktu: new Date(), penggunaId: 1003, namaPengguna: 'Sri Lestari, S.H., M.H.', atasNama: 'Plt. Kepala Dinas (definitif: Drs. Bambang Wicaksono, M.Si.)', aksi: 'uji-orang', entitas: 'surat', entitasId: '8' },
			{ ...base, waktu: new Date(), penggunaId: null, namaPengguna: 'kadis', aksi: 'masuk-gagal', entitas: 'pengguna', entitasId: null },
		])
		expect((await list('aksi=uji-orang&pengguna=kadis')).rows.map((r) => r.entitasId)).toEqual(['7'])
		expect((await list('aksi=uji-orang&pengguna=Lestari')).rows.map((r) => r.entitasId)).toEqual(['8'])
		expect((await list('pengguna=kadis&aksi=masuk-gagal')).total).toBe(1)
		const plt = await list('entitas=surat&entitasId=8')
		expect(plt.rows).toHaveLength(1)
		expect(plt.rows[0]).toMatchObject({ aksi: 'uji-orang', atasNama: 'Plt. Kepala Dinas (definitif: Drs. Bambang Wicaksono, M.Si.)', ip: '10.0.0.5' })
		const seven = await list('entitas=surat&entitasId=7')
		expect(seven.rows[0]!.perubahan).toEqual({ perihal: { sebelum: 'A', sesudah: 'B' } })
		expect(seven.pilihan.aksi).toContainEqual({ value: 'uji-orang', label: 'uji-orang' })
		expect(seven.pilihan.aksi).toContainEqual({ value: 'atur-ulang-sandi', label: 'Atur ulang kata sandi' })
		expect(seven.pilihan.entitas).toContain('surat')
	})

	it('exports the filtered trail in keyset batches, newest first', async () => {
		const now = Date.now()
		await LogAudit.bulkCreate(
			Array.from({ length: 2345 }, (_, i) => ({
				...base,
				waktu: new Date(now + i),
				penggunaId: null,
				namaPengguna: 'Rina Kusumawati, S.Kom.',
				aksi: 'uji-ekspor',
				entitas: 'uji',
				entitasId: String(i),
				perubahan: { nomor: { sebelum: i, sesudah: i + 1 } },
			})),
		)
		const { cookie } = await loginAs('admin')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/audit/ekspor?aksi=uji-ekspor', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		expect(response.headers.get('Content-Disposition')).toMatch(/jejak-audit-\d{8}\.xlsx/)
		const sheet = await workbookOf(response)
		expect(sheet.getRow(1).getCell(2).value).toBe('Waktu')
		expect(sheet.rowCount).toBe(1 + 2345)
		const ids: number[] = []
		sheet.eachRow((row, n) => {
			if (n > 1) ids.push(Number(row.getCell(1).value))
		})
		expect(new Set(ids).size).toBe(2345)
		expect(ids).toEqual([...ids].sort((a, b) => b - a))
		expect(sheet.getRow(2).getCell(8).value).toBe('2344')
		expect(sheet.getRow(2).getCell(9).value).toBe('nomor: 2344 → 2345')
		expect(sheet.getRow(2).getCell(6).value).toBe('uji-ekspor')

		const dated = (await settle(() => ekspor(args(makeRequest('/admin/audit/ekspor?aksi=uji-tanggal&dari=2020-03-02&sampai=2020-03-02', { cookie }))))) as Response
		const dateSheet = await workbookOf(dated)
		expect(dateSheet.rowCount).toBe(1 + 2)
		expect(dateSheet.getRow(2).getCell(2).value).toBe('2020-03-02 23:59:59')
	})

	it('pages on the server', async () => {
		const page = await list('aksi=uji-ekspor&hal=3')
		expect(page.total).toBe(2345)
		expect(page.rows).toHaveLength(25)
		expect(page.rows[0]!.entitasId).toBe(String(2344 - 50))
	})

	it('refuses users without the permission with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/audit', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => ekspor(args(makeRequest('/admin/audit/ekspor', { cookie })))))).toBe(403)
		const kepegawaian = await loginAs('kepegawaian')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/audit', { cookie: kepegawaian.cookie })))))).toBe(403)
	})
})
