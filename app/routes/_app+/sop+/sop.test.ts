import zlib from 'node:zlib'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { JabatanPeran } from '#models/index'
import { loginAs, makeRequest, payload, settle, statusOf, withRequestContext } from '#test/utils'
import { DEFINISI } from '~/workflow/definisi'
import { SOP_WA_SUMBER } from '~/workflow/definisi/__fixtures__/sop-wa-sumber'
import { SOP_WA_KK } from '~/workflow/definisi/p4/sop-wa-kk'
import { loader as detail } from './$kode'
import { loader as daftar } from './index'
import { loader as unduh } from './unduh.$berkas'

/**
 * The text of each page of a PDF from pdfkit: its content streams are deflated, and the standard
 * fonts write each word as a hex string inside a TJ array.
 */
function teksPerHalaman(pdf: Buffer): string[] {
	const latin1 = pdf.toString('latin1')
	const halaman: string[] = []
	for (const m of latin1.matchAll(/(?<!end)stream\r?\n/g)) {
		const awal = m.index + m[0].length
		const isi = zlib.inflateSync(pdf.subarray(awal, latin1.indexOf('endstream', awal))).toString('latin1')
		const kata = [...isi.matchAll(/\[([^\]]*)\] TJ/g)].map((tj) =>
			[...tj[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
		)
		if (kata.length) halaman.push(kata.join('').replace(/\s+/g, ' '))
	}
	return halaman
}

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

async function unduhSop(berkas: string) {
	const { cookie } = await loginAs('kasi.dafduk')
	return settle(() => unduh(args(makeRequest(`/sop/unduh/${berkas}`, { cookie }), { berkas })))
}

describe('katalog SOP', () => {
	it('lists the processes by area for any member of staff', async () => {
		const { cookie } = await loginAs('loket')
		const data = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/sop', { cookie })))))
		expect(data.total).toBeGreaterThan(0)
		expect(data.rows.find((r) => r.kode === 'SOP-WA-KK')).toMatchObject({ area: 'P4', jumlahLangkah: 11, totalWaktu: '1 menit' })
		expect(data.area.map((a) => a.value)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'])

		const saring = payload<Awaited<ReturnType<typeof daftar>>>(
			await settle(() => daftar(args(makeRequest('/sop?area=P4&q=kartu', { cookie })))),
		)
		expect(saring.filter).toEqual({ area: 'P4', q: 'kartu' })
		expect(saring.rows.every((r) => r.area === 'P4')).toBe(true)
	})

	it('shows one SOP with its table and 404 for an unknown code', async () => {
		const { cookie } = await loginAs('operator.siak')
		const sop = payload<Awaited<ReturnType<typeof detail>>>(
			await settle(() => detail(args(makeRequest('/sop/SOP-WA-KK', { cookie }), { kode: 'SOP-WA-KK' }))),
		)
		expect(sop.nama).toBe(SOP_WA_KK.nama)
		expect(sop.sumber).toBe(SOP_WA_KK.sumber)
		expect(sop.baris).toHaveLength(11)
		expect(sop.baris[0]!.statistik).toEqual({ berjalan: 0, medianProsesDetik: null, dalamStandar: null, jumlahDiukur: 0 })

		const missing = await settle(() => detail(args(makeRequest('/sop/P9.9', { cookie }), { kode: 'P9.9' })))
		expect(statusOf(missing)).toBe(404)
	})

	it('sends /sop/{kode}.xlsx and .pdf on to the download route', async () => {
		const { cookie } = await loginAs('loket')
		// process-map codes carry dots: the suffix after the last one decides
		for (const berkas of ['SOP-WA-KK.xlsx', 'SOP-WA-KK.pdf', 'P4.1.2.xlsx', 'P4.1.2.pdf']) {
			const result = await settle(() => detail(args(makeRequest(`/sop/${berkas}`, { cookie }), { kode: berkas })))
			expect(statusOf(result)).toBe(302)
			expect((result as Response).headers.get('Location')).toBe(`/sop/unduh/${berkas}`)
		}
	})

	it('sends anonymous visitors to the login page, pages and files alike', async () => {
		const calls: (() => Promise<unknown>)[] = [
			() => daftar(args(makeRequest('/sop'))),
			() => detail(args(makeRequest('/sop/SOP-WA-KK'), { kode: 'SOP-WA-KK' })),
			() => detail(args(makeRequest('/sop/SOP-WA-KK.xlsx'), { kode: 'SOP-WA-KK.xlsx' })),
			() => unduh(args(makeRequest('/sop/unduh/SOP-WA-KK.pdf'), { berkas: 'SOP-WA-KK.pdf' })),
		]
		for (const call of calls) {
			const result = await settle(call)
			expect(statusOf(result)).toBe(302)
			expect((result as Response).headers.get('Location')).toMatch(/^\/login\?redirectTo=/)
		}
	})

	it('refuses with 403 a user without read:sop:any', async () => {
		// the caraka's only role comes with the jabatan CARAKA (id 16)
		await withRequestContext(() => JabatanPeran.destroy({ where: { jabatanId: 16 } }))
		const { cookie } = await loginAs('caraka')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/sop', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => detail(args(makeRequest('/sop/SOP-WA-KK', { cookie }), { kode: 'SOP-WA-KK' }))))).toBe(403)
		expect(
			statusOf(await settle(() => unduh(args(makeRequest('/sop/unduh/SOP-WA-KK.xlsx', { cookie }), { berkas: 'SOP-WA-KK.xlsx' })))),
		).toBe(403)
	})

	it('answers 404 for an unknown code or file type', async () => {
		expect(statusOf(await unduhSop('P9.9.xlsx'))).toBe(404)
		expect(statusOf(await unduhSop('SOP-WA-KK.docx'))).toBe(404)
		expect(statusOf(await unduhSop('SOP-WA-KK'))).toBe(404)
	})

	it('serves a definition whose code has dots', async () => {
		const bertitik = DEFINISI.find((d) => d.kode.includes('.'))
		if (!bertitik) return
		const response = (await unduhSop(`${bertitik.kode}.pdf`)) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="SOP-${bertitik.kode}.pdf"`)
	})

	it("exports the KK SOP to Excel with the seed's text in every step row, like the printed SOP", async () => {
		const response = (await unduhSop('SOP-WA-KK.xlsx')) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="SOP-WA-KK.xlsx"')
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		expect(workbook.worksheets).toHaveLength(1)
		const sheet = workbook.worksheets[0]!
		const teks = (r: number, c: number) => sheet.getCell(r, c).value

		// title rows: the process and the office
		expect(teks(1, 1)).toBe(SOP_WA_KK.nama.toUpperCase())
		expect(String(teks(2, 1))).toMatch(/^DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL/)

		// the two-row header: NO | KEGIATAN | PELAKSANA ×5 | MUTU BAKU ×3 | KET.
		expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:K1', 'A2:K2', 'A4:A5', 'B4:B5', 'C4:G4', 'H4:J4', 'K4:K5']))
		// nothing else is merged in the table itself (only the title rows and the notes below it)
		expect(sheet.model.merges.filter((m) => /^[A-K]([3-9]|1[0-6]):/.test(m) && !['A4:A5', 'B4:B5', 'C4:G4', 'H4:J4', 'K4:K5'].includes(m))).toEqual([])
		expect([teks(4, 1), teks(4, 2), teks(4, 3), teks(4, 8), teks(4, 11)]).toEqual(['NO', 'KEGIATAN', 'PELAKSANA', 'MUTU BAKU', 'KET.'])
		expect([3, 4, 5, 6, 7].map((c) => teks(5, c))).toEqual(SOP_WA_KK.aktor)
		expect([8, 9, 10].map((c) => teks(5, c))).toEqual(['KELENGKAPAN', 'WAKTU', 'OUTPUT'])

		// every step row: the definition's text, which is the seed's (SOP_WA_SUMBER) word for word
		const sumber = SOP_WA_SUMBER['SOP-WA-KK']!
		expect(sumber).toHaveLength(SOP_WA_KK.langkah.length)
		SOP_WA_KK.langkah.forEach((langkah, i) => {
			const r = 6 + i
			const seed = sumber[i]!
			expect(teks(r, 1)).toBe(seed.no)
			expect(teks(r, 2)).toBe(langkah.kegiatan)
			expect(teks(r, 2)).toBe(seed.kegiatan)
			expect(teks(r, 8)).toBe(seed.kelengkapan)
			expect(teks(r, 9)).toBe(seed.waktu || '—')
			expect(teks(r, 10)).toBe(seed.output)
			SOP_WA_KK.aktor.forEach((aktor, j) => {
				expect(teks(r, 3 + j), `langkah ${i + 1}, ${aktor}`).toBe(langkah.aktor.includes(aktor) ? '■' : null)
			})
			if (seed.keterangan) expect(String(teks(r, 11))).toContain(seed.keterangan)
			for (let c = 1; c <= 11; c++) {
				const border = sheet.getCell(r, c).border
				expect(border?.top?.style && border.left?.style && border.bottom?.style && border.right?.style, `garis ${r}:${c}`).toBe('thin')
			}
		})
		// the decision of step 2 is in its KET. cell with where each branch leads
		expect(teks(7, 11)).toBe('Keputusan: lengkap? — Lengkap, teruskan ke operator SIAK → langkah 3; Tidak lengkap, kembalikan ke pemohon → langkah 1')
		expect(teks(6 + SOP_WA_KK.langkah.length, 1)).toBeNull()

		// landscape A4, fitted to the page width, the header repeated on every printed page
		expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' })
	})

	it('exports the SOP to a landscape A4 PDF with numbered pages', async () => {
		const response = (await unduhSop('SOP-WA-KK.pdf')) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('application/pdf')
		expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="SOP-WA-KK.pdf"')
		const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1')
		expect(pdf.startsWith('%PDF-')).toBe(true)
		const halaman = pdf.match(/\/MediaBox \[[^\]]*\]/g) ?? []
		expect(halaman.length).toBeGreaterThan(0)
		// A4 is 595.28 × 841.89 pt; landscape puts the long side across
		expect(new Set(halaman)).toEqual(new Set(['/MediaBox [0 0 841.89 595.28]']))

		// each page: the title or the repeated header, and its page number at the foot
		const teks = teksPerHalaman(Buffer.from(pdf, 'latin1'))
		expect(teks).toHaveLength(halaman.length)
		expect(teks[0]).toContain('STANDAR PELAYANAN PENERBITAN KARTU KELUARGA MELALUI WA TICKET')
		teks.forEach((t, i) => {
			expect(t).toContain('NOKEGIATANPELAKSANAMUTU BAKUKET.')
			expect(t).toContain(`Halaman ${i + 1} dari ${teks.length}`)
		})
		expect(teks.join('')).toContain(SOP_WA_KK.langkah[10]!.output)
	})
})
