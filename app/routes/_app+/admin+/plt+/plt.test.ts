import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { action as ubah, loader as rincian } from './$id'
import { action as tambah, loader as formBaru } from './baru'
import { loader as ekspor } from './ekspor'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Failure = { errors: Record<string, string[]>; values: Record<string, string> }
type Daftar = Awaited<ReturnType<typeof daftar>>
const list = (cookie: string, query: string) => settle(() => daftar(args(makeRequest(`/admin/plt${query}`, { cookie })))).then((r) => payload<Daftar>(r))

function geser(tanggal: string, hari: number) {
	const d = new Date(`${tanggal}T00:00:00Z`)
	d.setUTCDate(d.getUTCDate() + hari)
	return d.toISOString().slice(0, 10)
}

// kasi.dafduk (1005) acts for Kabid Capil (8); loket (1009) for Kasi KLM (9)
const form = (over: Record<string, string> = {}) => ({ penggunaId: '1005', jabatanId: '8', jenis: 'Plh', mulai: '', selesai: '', nomorSurat: '800/45/2026', keterangan: 'Kabid cuti tahunan', ...over })

describe('Plt/Plh pages', () => {
	it('refuses a user without the permission with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/plt', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => formBaru(args(makeRequest('/admin/plt/baru', { cookie })))))).toBe(403)
	})

	it('offers active users by name and today as the default dates', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const data = payload<Awaited<ReturnType<typeof formBaru>>>(await settle(() => formBaru(args(makeRequest('/admin/plt/baru', { cookie })))))
		expect(data.hariIni).toBe(await hariIniKantor())
		expect(data.pilihan.pengguna).toContainEqual({ value: 1005, label: 'Dwi Handayani, S.E. (kasi.dafduk)' })
	})

	it('keeps the values and names the field on bad dates, a definitive holder or an overlap', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const hariIni = await hariIniKantor()
		const submit = (over: Record<string, string>) => settle(() => tambah(args(makeRequest('/admin/plt/baru', { cookie, form: form(over) }))))

		const mundur = await submit({ mulai: hariIni, selesai: geser(hariIni, -1) })
		expect(statusOf(mundur)).toBe(400)
		expect(payload<Failure>(mundur).errors.selesai?.[0]).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.')
		expect(payload<Failure>(mundur).values.nomorSurat).toBe('800/45/2026')

		const definitif = await submit({ penggunaId: '1006', mulai: hariIni, selesai: hariIni })
		expect(payload<Failure>(definitif).errors.penggunaId?.[0]).toMatch(/sudah memangku jabatan ini/)

		expect(statusOf(await submit({ mulai: hariIni, selesai: geser(hariIni, 2) }))).toBe(302)
		const bentrok = await submit({ penggunaId: '1009', jenis: 'Plt', mulai: geser(hariIni, 2), selesai: geser(hariIni, 3) })
		expect(statusOf(bentrok)).toBe(400)
		expect(payload<Failure>(bentrok).errors.mulai?.[0]).toMatch(/bertabrakan dengan Plh\. Dwi Handayani, S\.E\./)
	})

	it('lists by status and jabatan, edits, deletes and answers 404 for a missing one', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const hariIni = await hariIniKantor()
		const created = await settle(() => tambah(args(makeRequest('/admin/plt/baru', { cookie, form: form({ penggunaId: '1009', jabatanId: '9', jenis: 'Plt', mulai: geser(hariIni, 10), selesai: geser(hariIni, 40) }) }))))
		expect(statusOf(created)).toBe(302)
		const list = (query: string) => settle(() => daftar(args(makeRequest(`/admin/plt${query}`, { cookie })))).then((r) => payload<Daftar>(r))

		const aktif = await list('?status=aktif')
		expect(aktif.rows.map((r) => [r.jabatanId, r.namaPegawai])).toEqual([[8, 'Dwi Handayani, S.E.']])
		const akanDatang = await list('?status=akan-datang&jabatanId=9')
		expect(akanDatang.rows).toHaveLength(1)
		expect((await list('?status=selesai')).total).toBe(0)
		const id = String(akanDatang.rows[0]!.id)

		const seen = payload<Awaited<ReturnType<typeof rincian>>>(await settle(() => rincian(args(makeRequest(`/admin/plt/${id}`, { cookie }), { id }))))
		expect(seen.penugasan).toMatchObject({ jenis: 'Plt', namaJabatan: 'Kepala Seksi Kelahiran dan Kematian', username: 'loket', status: 'akan-datang' })

		expect(seen.penugasan.version).toBe(0)

		const edited = await settle(() =>
			ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: form({ penggunaId: '1009', jabatanId: '9', jenis: 'Plt', mulai: geser(hariIni, -30), selesai: geser(hariIni, -1), version: '0' }) }), { id })),
		)
		expect(statusOf(edited)).toBe(302)
		expect((await list('?status=selesai')).rows.map((r) => r.id)).toEqual([Number(id)])

		expect(statusOf(await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: { intent: 'hapus', version: '1' } }), { id }))))).toBe(302)
		expect(statusOf(await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: { intent: 'hapus', version: '1' } }), { id }))))).toBe(404)
		expect(statusOf(await settle(() => rincian(args(makeRequest(`/admin/plt/${id}`, { cookie }), { id }))))).toBe(404)
		const hilang = await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: form({ mulai: hariIni, selesai: hariIni, version: '0' }) }), { id })))
		expect(statusOf(hilang)).toBe(404)
	})

	it('answers 409 to a stale edit or delete and changes nothing', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const hariIni = await hariIniKantor()
		const isian = form({ penggunaId: '1009', jabatanId: '9', jenis: 'Plt', mulai: geser(hariIni, 100), selesai: geser(hariIni, 110) })
		expect(statusOf(await settle(() => tambah(args(makeRequest('/admin/plt/baru', { cookie, form: isian })))))).toBe(302)
		const id = String((await list(cookie, `?status=akan-datang&jabatanId=9`)).rows.find((r) => r.mulai === geser(hariIni, 100))!.id)
		const buka = async () => payload<Awaited<ReturnType<typeof rincian>>>(await settle(() => rincian(args(makeRequest(`/admin/plt/${id}`, { cookie }), { id })))).penugasan
		const versi = String((await buka()).version)

		// two admins opened the same page; the first saves
		const pertama = await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: { ...isian, keterangan: 'Perubahan pertama', version: versi } }), { id })))
		expect(statusOf(pertama)).toBe(302)
		const sesudahPertama = await buka()

		const kedua = await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: { ...isian, keterangan: 'Perubahan kedua', version: versi } }), { id })))
		expect(statusOf(kedua)).toBe(409)
		const hapusBasi = await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: { intent: 'hapus', version: versi } }), { id })))
		expect(statusOf(hapusBasi)).toBe(409)
		expect(await buka()).toEqual(sesudahPertama)
		expect(sesudahPertama.keterangan).toBe('Perubahan pertama')

		// a delete without a version is refused as a bad form, not carried out
		expect(statusOf(await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: { intent: 'hapus' } }), { id }))))).toBe(400)
		expect(statusOf(await settle(() => ubah(args(makeRequest(`/admin/plt/${id}`, { cookie, form: { intent: 'hapus', version: String(sesudahPertama.version) } }), { id }))))).toBe(302)
	})

	it('exports the filtered list as an Excel workbook', async () => {
		const { cookie } = await loginAs('kepegawaian')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/plt/ekspor?status=aktif', { cookie }))))) as Response
		expect(response.headers.get('Content-Disposition')).toMatch(/penugasan-plt-\d{8}\.xlsx/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(3).value).toBe('Pegawai')
		expect(sheet.rowCount).toBe(2)
		expect(sheet.getRow(2).getCell(1).value).toBe('Plh')
		expect(sheet.getRow(2).getCell(2).value).toBe('Kepala Bidang Pelayanan Pencatatan Sipil')
		expect(sheet.getRow(2).getCell(8).value).toBe('Berlaku hari ini')
	})
})
