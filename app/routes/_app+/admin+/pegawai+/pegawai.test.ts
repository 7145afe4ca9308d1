import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { getPegawai } from '~/modules/organisasi/pegawai.server'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { action as ubah, loader as rincian } from './$id'
import { action as tambah } from './baru'
import { loader as ekspor } from './ekspor'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Failure = { errors: Record<string, string[]>; values: Record<string, string> }
type Daftar = Awaited<ReturnType<typeof daftar>>

const form = (over: Record<string, string> = {}) => ({
	nip: '199506122020122001',
	nama: 'Maya Safitri, S.Kom.',
	unitId: '12',
	jabatanId: '28',
	email: 'maya@contoh.go.id',
	telepon: '0812-3456-7890',
	...over,
})

describe('pegawai pages', () => {
	it('finds pegawai by name or NIP and filters by unit, with their account', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const list = (query: string) => settle(() => daftar(args(makeRequest(`/admin/pegawai${query}`, { cookie })))).then((r) => payload<Daftar>(r))
		const byNama = await list('?q=astuti')
		expect(byNama.rows).toHaveLength(1)
		expect(byNama.rows[0]).toMatchObject({ nip: '198306232009012004', username: 'kasi.capil', penggunaId: 1007, namaJabatan: 'Kepala Seksi Kelahiran dan Kematian' })
		expect((await list('?q=19690512')).rows.map((r) => r.nama)).toEqual(['Drs. Bambang Wicaksono, M.Si.'])
		const unit6 = await list('?unitId=6&jabatanId=24')
		expect(unit6.rows.map((r) => r.nama)).toEqual(['Siti Nurjanah'])
		expect((await list('?unitId=6')).total).toBe(4)
		expect((await list('?aktif=tidak')).total).toBe(0)
	})

	it('refuses a user without the permission with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/pegawai', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => rincian(args(makeRequest('/admin/pegawai/1009', { cookie }), { id: '1009' }))))).toBe(403)
	})

	it('checks the NIP and keeps what was typed', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const submit = (over: Record<string, string>) => settle(() => tambah(args(makeRequest('/admin/pegawai/baru', { cookie, form: form(over) }))))
		const short = await submit({ nip: '1995061220201220', email: 'bukan-email' })
		expect(statusOf(short)).toBe(400)
		const failure = payload<Failure>(short)
		expect(failure.errors.nip?.[0]).toBe('NIP harus tepat 18 digit angka.')
		expect(failure.errors.email?.[0]).toBe('Alamat email tidak sah.')
		expect(failure.values).toMatchObject({ nama: 'Maya Safitri, S.Kom.', nip: '1995061220201220' })

		expect(payload<Failure>(await submit({ nip: '199502302020122001' })).errors.nip?.[0]).toMatch(/tanggal lahir yang ada di kalender/)
		expect(payload<Failure>(await submit({ nip: '193502122020122001' })).errors.nip?.[0]).toMatch(/antara 1940 dan/)
		expect(payload<Failure>(await submit({ nip: '199506122020132001' })).errors.nip?.[0]).toMatch(/bulan TMT CPNS/)
		expect(payload<Failure>(await submit({ nip: '199506122020123001' })).errors.nip?.[0]).toBe('Digit ke-15 NIP harus 1 (pria) atau 2 (wanita).')
		expect(payload<Failure>(await submit({ nip: '198306232009012004' })).errors.nip?.[0]).toBe('NIP ini sudah terdaftar untuk pegawai lain.')
		expect(payload<Failure>(await submit({ jabatanId: '999' })).errors.jabatanId?.[0]).toBe('Jabatan tidak ditemukan.')
	})

	it('shows whether a pegawai has an account', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const seen = payload<Awaited<ReturnType<typeof rincian>>>(await settle(() => rincian(args(makeRequest('/admin/pegawai/1007', { cookie }), { id: '1007' }))))
		expect(seen.pegawai).toMatchObject({ username: 'kasi.capil', penggunaId: 1007, aktif: true })
		expect(seen.bolehUbah).toBe(true)
		expect(statusOf(await settle(() => rincian(args(makeRequest('/admin/pegawai/99999', { cookie }), { id: '99999' }))))).toBe(404)
	})

	it('adds, edits and deactivates a pegawai, never deletes, and answers 409 to a stale form', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const created = (await settle(() => tambah(args(makeRequest('/admin/pegawai/baru', { cookie, form: form({ nip: '1995 0612 2020 12 2 001' }) }))))) as Response
		expect(created.status).toBe(302)
		const id = created.headers.get('Location')!.split('/').at(-1)!
		const baru = (await getPegawai(Number(id)))!
		expect(baru).toMatchObject({ nip: '199506122020122001', penggunaId: null, username: null, telepon: '0812-3456-7890', version: 0 })

		const edited = await settle(() => ubah(args(makeRequest(`/admin/pegawai/${id}`, { cookie, form: form({ nama: 'Maya Safitri, S.Kom., M.T.', email: '', version: '0' }) }), { id })))
		expect(statusOf(edited)).toBe(302)
		expect(await getPegawai(Number(id))).toMatchObject({ nama: 'Maya Safitri, S.Kom., M.T.', email: null, version: 1 })

		const stale = await settle(() => ubah(args(makeRequest(`/admin/pegawai/${id}`, { cookie, form: { intent: 'nonaktifkan', version: '0' } }), { id })))
		expect(statusOf(stale)).toBe(409)
		const off = await settle(() => ubah(args(makeRequest(`/admin/pegawai/${id}`, { cookie, form: { intent: 'nonaktifkan', version: '1' } }), { id })))
		expect(statusOf(off)).toBe(302)
		expect((await getPegawai(Number(id)))!.aktif).toBe(false)
		const inactive = payload<Daftar>(await settle(() => daftar(args(makeRequest('/admin/pegawai?aktif=tidak', { cookie })))))
		expect(inactive.rows.map((r) => r.nip)).toEqual(['199506122020122001'])

		const hapus = await settle(() => ubah(args(makeRequest(`/admin/pegawai/${id}`, { cookie, form: { intent: 'hapus' } }), { id })))
		expect(statusOf(hapus)).toBe(400)
		expect(await getPegawai(Number(id))).not.toBeNull()
		expect(statusOf(await settle(() => ubah(args(makeRequest('/admin/pegawai/99999', { cookie, form: { intent: 'aktifkan', version: '0' } }), { id: '99999' }))))).toBe(404)
	})

	it('exports the filtered list as an Excel workbook', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/pegawai/ekspor?unitId=3', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(1).value).toBe('NIP')
		expect(sheet.rowCount).toBe(1 + 5)
		const caraka = sheet.getRows(2, 5)!.find((r) => r.getCell(7).value === 'caraka')!
		expect(caraka.getCell(1).value).toBe('197612012008011005')
		expect(caraka.getCell(3).value).toBe('Caraka')
	})
})
