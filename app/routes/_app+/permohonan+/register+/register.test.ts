import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedLaporanLayanan } from '#test/laporan-layanan'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { hariIniKantor } from '~/modules/layanan/laporan.server'
import { loader as ekspor } from './ekspor[.]xlsx'
import { loader as daftar } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })

let hariIni: string
let seed: Awaited<ReturnType<typeof seedLaporanLayanan>>

beforeAll(async () => {
	seed = await seedLaporanLayanan()
	hariIni = await hariIniKantor()
})

describe('buku register', () => {
	it('lists printed documents with their request, paged and filtered', async () => {
		const { cookie } = await loginAs('loket')
		const semua = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/permohonan/register', { cookie })))))
		expect(semua.total).toBe(1)
		expect(semua.rows[0]).toMatchObject({ nomorTiket: seed.selesai.nomorTiket, pemohonNama: 'Budi Santoso', diterimaOleh: 'Budi Santoso', jenisNama: expect.stringMatching(/KTP/) })
		expect(semua.layanan.some((l) => l.value === 'KTP-BARU')).toBe(true)

		const saring = (q: string) => settle(() => daftar(args(makeRequest(`/permohonan/register?${q}`, { cookie }))))
		expect(payload<Awaited<ReturnType<typeof daftar>>>(await saring(`dari=${hariIni}&sampai=${hariIni}&layanan=ktp-baru&diserahkan=ya`)).total).toBe(1)
		const belum = payload<Awaited<ReturnType<typeof daftar>>>(await saring('diserahkan=belum'))
		expect(belum.total).toBe(0)
		expect(belum.filter).toEqual({ diserahkan: 'belum' })
		expect(payload<Awaited<ReturnType<typeof daftar>>>(await saring('layanan=AKTA-LAHIR')).total).toBe(0)
	})

	it('exports the register with the same filters as a streamed workbook', async () => {
		const { cookie } = await loginAs('kasi.dafduk')
		const response = (await settle(() => ekspor(args(makeRequest('/permohonan/register/ekspor.xlsx?diserahkan=ya', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="buku-register-\d{8}\.xlsx"$/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.rowCount).toBe(2)
		expect(sheet.getRow(1).getCell(1).value).toBe('Nomor register')
		const baris = sheet.getRow(2)
		expect(baris.getCell(1).value).toMatch(/^REG\/\d{4}\/000001$/)
		expect(baris.getCell(2).value).toBe(seed.selesai.nomorTiket)
		expect(baris.getCell(4).value).toBe('Budi Santoso')
		expect(baris.getCell(8).value).toBe('Baik')
		expect(baris.getCell(10).value).toBe('Budi Santoso')
		expect(baris.getCell(11).value).toBe('Diambil di loket')

		const kosong = (await settle(() => ekspor(args(makeRequest('/permohonan/register/ekspor.xlsx?diserahkan=belum', { cookie }))))) as Response
		const kosongBook = new ExcelJS.Workbook()
		await kosongBook.xlsx.load(await kosong.arrayBuffer())
		expect(kosongBook.worksheets[0]!.rowCount).toBe(1)
	})

	it('refuses a user without read:laporan-layanan:any with 403', async () => {
		const { cookie } = await loginAs('operator.siak')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/permohonan/register', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => ekspor(args(makeRequest('/permohonan/register/ekspor.xlsx', { cookie })))))).toBe(403)
	})
})
