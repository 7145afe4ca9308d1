import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedLaporanLayanan } from '#test/laporan-layanan'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { BARIS_HEADER_PERMOHONAN, BARIS_HEADER_REKAP } from '#reports/layanan/laporan-harian'
import { hariIniKantor } from '~/modules/layanan/laporan.server'
import { geserTanggal } from '~/utils/hari-kerja'
import { loader as harian } from './harian[.]xlsx'
import { loader as dasbor } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })

let hariIni: string
let seed: Awaited<ReturnType<typeof seedLaporanLayanan>>

beforeAll(async () => {
	seed = await seedLaporanLayanan()
	hariIni = await hariIniKantor()
})

describe('dasbor pelayanan', () => {
	it('shows the last 30 days by default: per service per day, steps, officers and fines', async () => {
		const { cookie } = await loginAs('kasi.dafduk')
		const data = payload<Awaited<ReturnType<typeof dasbor>>>(await settle(() => dasbor(args(makeRequest('/permohonan/laporan', { cookie })))))
		expect(data.rentang).toMatchObject({ dari: geserTanggal(hariIni, -29), sampai: hariIni, dipotong: false })
		expect(data.perHari.tanggal).toHaveLength(30)
		expect(data.perHari.layanan.find((l) => l.kode === 'KTP-BARU')?.perHari.at(-1)).toBeGreaterThanOrEqual(2)
		expect(data.dalamStandar.some((l) => l.definisiKode === 'P4.1.1' && l.langkahKode === 'cetak' && l.rasio === 1)).toBe(true)
		expect(data.perLangkah.some((l) => l.langkahKode === 'input-siak' && l.diambil === 1)).toBe(true)
		expect(data.perPetugas.map((p) => p.nama)).toContain('Fajar Ramadhan, A.Md.')
		expect(data.denda.total).toBeGreaterThanOrEqual(100_000)
	})

	it('takes a date range, swaps reversed bounds and cuts a range longer than a year', async () => {
		const { cookie } = await loginAs('kasi.dafduk')
		const kemarin = geserTanggal(hariIni, -1)
		const terbalik = payload<Awaited<ReturnType<typeof dasbor>>>(
			await settle(() => dasbor(args(makeRequest(`/permohonan/laporan?dari=${hariIni}&sampai=${geserTanggal(hariIni, -3)}`, { cookie })))),
		)
		expect(terbalik.rentang).toMatchObject({ dari: geserTanggal(hariIni, -3), sampai: hariIni })
		const lalu = payload<Awaited<ReturnType<typeof dasbor>>>(
			await settle(() => dasbor(args(makeRequest(`/permohonan/laporan?dari=${geserTanggal(hariIni, -10)}&sampai=${kemarin}`, { cookie })))),
		)
		expect(lalu.perHari.total).toBe(0)
		expect(lalu.denda).toEqual({ jumlah: 0, total: 0 })
		const panjang = payload<Awaited<ReturnType<typeof dasbor>>>(
			await settle(() => dasbor(args(makeRequest(`/permohonan/laporan?dari=2020-01-01&sampai=${hariIni}`, { cookie })))),
		)
		expect(panjang.rentang).toMatchObject({ dari: geserTanggal(hariIni, -365), dipotong: true })
	})

	it('refuses a user without read:laporan-layanan:any with 403', async () => {
		const { cookie } = await loginAs('operator.siak')
		expect(statusOf(await settle(() => dasbor(args(makeRequest('/permohonan/laporan', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => harian(args(makeRequest(`/permohonan/laporan/harian.xlsx?tanggal=${hariIni}`, { cookie })))))).toBe(403)
	})
})

describe('laporan harian pelayanan', () => {
	it('downloads the day as Excel: the recap per service and the requests with masked NIK', async () => {
		const { cookie } = await loginAs('loket')
		const response = (await settle(() => harian(args(makeRequest(`/permohonan/laporan/harian.xlsx?tanggal=${hariIni}`, { cookie }))))) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="laporan-harian-pelayanan-${hariIni}.xlsx"`)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())

		const rekap = workbook.getWorksheet('Rekap')!
		const baris = new Map<string, ExcelJS.CellValue[]>()
		rekap.eachRow((row, nomor) => {
			if (nomor > BARIS_HEADER_REKAP) baris.set(String(row.getCell(2).value ?? row.getCell(3).value), (row.values as ExcelJS.CellValue[]).slice(1))
		})
		// masuk, selesai, ditolak, dikembalikan, kuitansi, denda: the demo office adds requests of its own, never finished
		expect(baris.get('KTP-BARU')?.slice(4, 7)).toEqual([1, 0, 1])
		expect(baris.get('AKTA-LAHIR')?.slice(7, 9)).toEqual([1, 100_000])

		const daftar = workbook.getWorksheet('Permohonan')!
		const tiket: string[] = []
		daftar.eachRow((row, nomor) => {
			if (nomor > BARIS_HEADER_PERMOHONAN) tiket.push(String(row.getCell(2).value))
		})
		expect(tiket).toEqual(expect.arrayContaining([seed.selesai.nomorTiket, seed.kembali.nomorTiket, seed.denda.nomorTiket]))
		const nik: string[] = []
		daftar.eachRow((row, nomor) => {
			if (nomor > BARIS_HEADER_PERMOHONAN) nik.push(String(row.getCell(7).value))
		})
		expect(nik.every((n) => n === '—' || /^\d{4}•{8}\d{4}$/.test(n))).toBe(true)
	})

	it('answers 400 to a date that is not on the calendar', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => harian(args(makeRequest('/permohonan/laporan/harian.xlsx?tanggal=2026-02-30', { cookie })))))).toBe(400)
	})
})
