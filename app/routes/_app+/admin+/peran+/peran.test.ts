import { KATALOG_IZIN, KATALOG_PERAN } from '~/modules/akses/katalog-izin'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { LogAudit, Pengguna, PenggunaPeran, Peran } from '#models/index'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader as ubahLoader, action as ubah } from './$id'
import { loader as baruLoader, action as tambah } from './baru'
import { loader as ekspor } from './ekspor'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Failure = { errors: Record<string, string[]>; values: Record<string, string | string[]> }
const idOf = async (kode: string) => String((await Peran.findOne({ where: { kode } }))!.id)
const post = (path: string, cookie: string, form: Record<string, string | string[]>) => makeRequest(path, { cookie, form })

const JUMLAH_IZIN = Object.keys(KATALOG_IZIN).length

describe('/admin/peran', () => {
	it('lists the roles with how many users, jabatan and permissions each has', async () => {
		const { cookie } = await loginAs('admin')
		const data = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/peran?q=a', { cookie })))))
		expect(data.bolehUbah).toBe(true)
		const all = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/peran?hal=1', { cookie })))))
		expect(all.total).toBe(19)
		const admin = all.rows.find((r) => r.kode === 'admin')
		expect(admin).toMatchObject({ nama: 'Administrator', sistem: true, jumlahPengguna: 1, jumlahJabatan: 0, jumlahIzin: JUMLAH_IZIN })
		expect(all.rows.find((r) => r.kode === 'kabid')).toMatchObject({ jumlahPengguna: 0, jumlahJabatan: 3, jumlahIzin: new Set(KATALOG_PERAN.find((p) => p.kode === 'kabid')!.izin).size })
		const found = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/peran?q=loket', { cookie })))))
		expect(found.rows.map((r) => r.kode)).toEqual(['petugas-loket'])
	})

	it('exports the list as an Excel workbook', async () => {
		const { cookie } = await loginAs('admin')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/peran/ekspor?q=kepala', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(1).value).toBe('Kode')
		expect(sheet.rowCount).toBe(1 + 3)
		expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value)).toEqual(['kabid', 'kadis', 'kasi'])
	})

	it('refuses users without the permission with 403, and answers 404 for a missing role', async () => {
		const { cookie } = await loginAs('loket')
		const id = await idOf('kasi')
		const results = [
			await settle(() => daftar(args(makeRequest('/admin/peran', { cookie })))),
			await settle(() => ekspor(args(makeRequest('/admin/peran/ekspor', { cookie })))),
			await settle(() => baruLoader(args(makeRequest('/admin/peran/baru', { cookie })))),
			await settle(() => tambah(args(post('/admin/peran/baru', cookie, { kode: 'coba', nama: 'Coba' })))),
			await settle(() => ubahLoader(args(makeRequest(`/admin/peran/${id}`, { cookie }), { id }))),
			await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'hapus' }), { id }))),
		]
		expect(results.map(statusOf)).toEqual([403, 403, 403, 403, 403, 403])
		const admin = await loginAs('admin')
		expect(statusOf(await settle(() => ubahLoader(args(makeRequest('/admin/peran/9999', { cookie: admin.cookie }), { id: '9999' }))))).toBe(404)
		expect(statusOf(await settle(() => ubah(args(post('/admin/peran/9999', admin.cookie, { intent: 'hapus', version: '0' }), { id: '9999' }))))).toBe(404)
	})

	it('creates, edits and deletes an office role; codes are checked', async () => {
		const { cookie } = await loginAs('admin')
		const form = await settle(() => baruLoader(args(makeRequest('/admin/peran/baru', { cookie }))))
		const izin = payload<Awaited<ReturnType<typeof baruLoader>>>(form).izin
		expect(izin).toHaveLength(JUMLAH_IZIN)
		expect(izin).toContainEqual({ kode: 'read:audit:any', deskripsi: 'Melihat dan mengekspor jejak audit' })

		const bad = await settle(() => tambah(args(post('/admin/peran/baru', cookie, { kode: 'Petugas Arsip', nama: 'Petugas Arsip', 'izin[]': ['read:organisasi:any'] }))))
		expect(statusOf(bad)).toBe(400)
		expect(payload<Failure>(bad).errors.kode?.[0]).toMatch(/huruf kecil/)
		expect(payload<Failure>(bad).values).toMatchObject({ nama: 'Petugas Arsip', 'izin[]': ['read:organisasi:any'] })

		const taken = await settle(() => tambah(args(post('/admin/peran/baru', cookie, { kode: 'admin', nama: 'Admin kedua' }))))
		expect(payload<Failure>(taken).errors.kode?.[0]).toBe('Kode peran ini sudah dipakai.')
		const unknown = await settle(() => tambah(args(post('/admin/peran/baru', cookie, { kode: 'arsip', nama: 'Arsip', 'izin[]': ['terbang:ke:any'] }))))
		expect(payload<Failure>(unknown).errors.izin?.[0]).toBe('Ada izin yang tidak dikenal.')

		const created = await settle(() =>
			tambah(args(post('/admin/peran/baru', cookie, { kode: 'petugas-arsip', nama: 'Petugas Arsip', deskripsi: 'Mengelola arsip', 'izin[]': ['read:organisasi:any'] }))),
		)
		expect(statusOf(created)).toBe(302)
		const id = await idOf('petugas-arsip')
		expect((created as Response).headers.get('Location')).toBe(`/admin/peran/${id}`)

		const edited = await settle(() =>
			ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'simpan', nama: 'Petugas Kearsipan', deskripsi: '', 'izin[]': ['read:referensi:any', 'read:pengaturan:any'], version: '0' }), { id })),
		)
		expect(statusOf(edited)).toBe(302)
		const detail = payload<Awaited<ReturnType<typeof ubahLoader>>>(await settle(() => ubahLoader(args(makeRequest(`/admin/peran/${id}`, { cookie }), { id }))))
		expect(detail.peran).toMatchObject({ kode: 'petugas-arsip', nama: 'Petugas Kearsipan', deskripsi: null, sistem: false, izin: ['read:pengaturan:any', 'read:referensi:any'], version: 1 })
		const trail = await LogAudit.findAll({ where: { entitas: 'peran_izin', entitasId: id } })
		expect(trail.map((t) => t.aksi).sort()).toEqual(['buat', 'buat', 'buat', 'hapus'])

		// in use: it cannot go
		const pengguna = await Pengguna.findOne({ where: { username: 'tu' } })
		await PenggunaPeran.create({ penggunaId: pengguna!.id, peranId: Number(id) })
		const used = await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'hapus', version: '1' }), { id })))
		expect(statusOf(used)).toBe(400)
		expect(payload<Failure>(used).errors._form?.[0]).toMatch(/masih dipakai oleh 1 pengguna dan 0 jabatan/)
		await PenggunaPeran.destroy({ where: { penggunaId: pengguna!.id, peranId: Number(id) } })

		const removed = await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'hapus', version: '1' }), { id })))
		expect(statusOf(removed)).toBe(302)
		expect(await Peran.findByPk(Number(id))).toBeNull()
		expect(statusOf(await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'hapus', version: '1' }), { id }))))).toBe(404)
	})

	it('keeps system roles, and keeps the admin role able to manage access', async () => {
		const { cookie } = await loginAs('admin')
		const kadis = await idOf('kadis')
		const system = await settle(() => ubah(args(post(`/admin/peran/${kadis}`, cookie, { intent: 'hapus', version: '0' }), { id: kadis })))
		expect(statusOf(system)).toBe(400)
		expect(payload<Failure>(system).errors._form?.[0]).toBe('Peran bawaan sistem tidak dapat dihapus.')

		const admin = await idOf('admin')
		const stripped = await settle(() =>
			ubah(args(post(`/admin/peran/${admin}`, cookie, { intent: 'simpan', nama: 'Administrator', 'izin[]': ['read:peran:any', 'update:pengguna:any'], version: '0' }), { id: admin })),
		)
		expect(statusOf(stripped)).toBe(400)
		expect(payload<Failure>(stripped).errors.izin?.[0]).toMatch(/update:peran:any dan update:pengguna:any/)
		const detail = payload<Awaited<ReturnType<typeof ubahLoader>>>(await settle(() => ubahLoader(args(makeRequest(`/admin/peran/${admin}`, { cookie }), { id: admin }))))
		expect(detail.peran.izin).toHaveLength(JUMLAH_IZIN)

		const trimmed = await settle(() =>
			ubah(args(
				post(`/admin/peran/${admin}`, cookie, { intent: 'simpan', nama: 'Administrator Sistem', 'izin[]': ['update:peran:any', 'update:pengguna:any', 'read:peran:any'], version: '0' }),
				{ id: admin },
			)),
		)
		expect(statusOf(trimmed)).toBe(302)
		const after = payload<Awaited<ReturnType<typeof ubahLoader>>>(await settle(() => ubahLoader(args(makeRequest(`/admin/peran/${admin}`, { cookie }), { id: admin }))))
		expect(after.peran).toMatchObject({ nama: 'Administrator Sistem', izin: ['read:peran:any', 'update:pengguna:any', 'update:peran:any'] })
	})

	it('answers 409 to a stale edit or delete, also after a change of permissions only, and changes nothing', async () => {
		const { cookie } = await loginAs('admin')
		const dibuat = await settle(() => tambah(args(post('/admin/peran/baru', cookie, { kode: 'petugas-loket-2', nama: 'Petugas Loket 2', 'izin[]': ['read:organisasi:any'] }))))
		expect(statusOf(dibuat)).toBe(302)
		const id = await idOf('petugas-loket-2')
		const buka = async () => payload<Awaited<ReturnType<typeof ubahLoader>>>(await settle(() => ubahLoader(args(makeRequest(`/admin/peran/${id}`, { cookie }), { id })))).peran
		const versi = String((await buka()).version)
		expect(versi).toBe('0')

		// the first admin only ticks one more permission: name and description stay as they were
		const isian = { intent: 'simpan', nama: 'Petugas Loket 2', deskripsi: '' }
		const pertama = await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { ...isian, 'izin[]': ['read:organisasi:any', 'read:referensi:any'], version: versi }), { id })))
		expect(statusOf(pertama)).toBe(302)
		const sesudahPertama = await buka()
		expect(sesudahPertama).toMatchObject({ izin: ['read:organisasi:any', 'read:referensi:any'], version: 1 })

		// the second admin's page still carries version 0
		const kedua = await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { ...isian, nama: 'Loket Kedua', 'izin[]': [], version: versi }), { id })))
		expect(statusOf(kedua)).toBe(409)
		const hapusBasi = await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'hapus', version: versi }), { id })))
		expect(statusOf(hapusBasi)).toBe(409)
		expect(await buka()).toEqual(sesudahPertama)

		// saving the same values again changes nothing, so the version stays
		expect(statusOf(await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { ...isian, 'izin[]': ['read:organisasi:any', 'read:referensi:any'], version: '1' }), { id }))))).toBe(302)
		expect((await buka()).version).toBe(1)

		// a delete without a version is a bad form, not a delete
		expect(statusOf(await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'hapus' }), { id }))))).toBe(400)
		expect(statusOf(await settle(() => ubah(args(post(`/admin/peran/${id}`, cookie, { intent: 'hapus', version: '1' }), { id }))))).toBe(302)
		expect(await Peran.findByPk(Number(id))).toBeNull()
	})
})
