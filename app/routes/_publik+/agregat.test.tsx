import { createRemixStub } from '@remix-run/testing'
import ExcelJS from 'exceljs'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buatPublikasiAgregat, terbitkanKoreksi } from '#test/agregat'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import HalamanAgregat, { headers, loader } from './agregat'
import { loader as unduhPdf } from './agregat_.$semester[.]pdf'
import { loader as unduhXlsx } from './agregat_.$semester[.]xlsx'

/**
 * The public page and the two downloads from real rows: the empty state before anything is
 * published, the kabupaten with its charts and tables, the drill-down to a desa, older versions,
 * the 404s, the workbook read back and the book. The tests run in order: the first one needs an
 * empty publication table.
 */
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

type Isi = Extract<Awaited<ReturnType<typeof loader>>['data'], { kosong: false }>

async function muat(query = '') {
	return settle(() => loader(args(makeRequest(`/agregat${query}`))))
}

function render(path: string, loaderData: unknown) {
	const Stub = createRemixStub([{ id: 'halaman', path: '/agregat', Component: HalamanAgregat }])
	// React marks the joins of adjacent text with empty comments; the reader sees one text
	return renderToString(<Stub initialEntries={[path]} hydrationData={{ loaderData: { halaman: loaderData } }} />).replaceAll('<!-- -->', '')
}

async function unduh(jenis: 'xlsx' | 'pdf', semester: string, query = '', cookie?: string) {
	const fn = jenis === 'xlsx' ? unduhXlsx : unduhPdf
	const result = await settle(() => fn(args(makeRequest(`/agregat/${semester}.${jenis}${query}`, { cookie }), { semester })))
	if (!(result instanceof Response)) throw new Error('unduhan harus menjawab Response')
	return result
}

const headerDari = (result: unknown) => new Headers((result as { init?: { headers?: HeadersInit } }).init?.headers)

describe('/agregat', () => {
	// the router's layout effects warn under renderToString; nothing else from React is silenced
	const asli = console.error
	beforeAll(() => {
		vi.spyOn(console, 'error').mockImplementation((...pesan: unknown[]) => {
			if (!String(pesan[0]).includes('useLayoutEffect does nothing on the server')) asli(...pesan)
		})
	})
	afterAll(() => vi.restoreAllMocks())

	it('shows a friendly empty state while nothing is published, and the downloads answer 404', async () => {
		await buatPublikasiAgregat({ semester: '2026-2', status: 'draft' })
		const result = await muat()
		expect(statusOf(result)).toBe(200)
		const data = payload<{ kosong: boolean; namaWilayah: string }>(result)
		expect(data).toEqual({ kosong: true, namaWilayah: 'Kabupaten Kebumen' })
		const html = render('/agregat', data)
		expect(html).toContain('Belum ada agregat kependudukan yang diterbitkan untuk Kabupaten Kebumen')
		expect((await unduh('xlsx', '2026-2')).status).toBe(404)
		expect((await unduh('pdf', '2026-2')).status).toBe(404)
	})

	it('shows the newest published semester of the kabupaten with its charts, tables and downloads, cacheable', async () => {
		await buatPublikasiAgregat({ semester: '2025-2' })
		await buatPublikasiAgregat({ semester: '2026-1', faktor: 2 })
		const result = await muat()
		expect(statusOf(result)).toBe(200)
		expect(headerDari(result).get('Cache-Control')).toBe('public, max-age=300')
		expect(headers({ loaderHeaders: headerDari(result) } as Parameters<typeof headers>[0])).toEqual({ 'Cache-Control': 'public, max-age=300' })
		const data = payload<Isi>(result)
		expect(data.kosong).toBe(false)
		expect(data.semesterPilihan).toEqual([
			{ value: '2026-1', label: 'Semester I 2026' },
			{ value: '2025-2', label: 'Semester II 2025' },
		])
		expect(data.publikasi).toMatchObject({ semester: '2026-1', versi: 1, tanggalAcuan: '2026-06-30', terbaru: true })
		expect(data.wilayah).toEqual({ kode: '33.05', nama: 'Kabupaten Kebumen', tingkat: 'kabupaten' })
		expect(data.rantai).toEqual([])
		expect(data.subwilayah).toHaveLength(26)
		expect(data.tabel.ringkasan[0]).toEqual({ kategori: 'Penduduk', l: 600, p: 540, jumlah: 1140 })
		expect(data.unduhan).toEqual({ xlsx: '/agregat/2026-1.xlsx', pdf: '/agregat/2026-1.pdf' })

		const html = render('/agregat', data)
		expect(html).toContain('Agregat Kependudukan Kabupaten Kebumen')
		for (const judul of ['Piramida penduduk', 'Penduduk per kecamatan', 'Agama', 'Pendidikan terakhir', 'Sepuluh pekerjaan terbanyak', 'Kepemilikan dokumen kependudukan']) {
			expect(html).toContain(judul)
		}
		expect((html.match(/<canvas/g) ?? []).length).toBe(6)
		// numbers in id-ID, the drill-down link, every table, the downloads
		expect(html).toContain('1.140')
		expect(html).toContain('href="/agregat?semester=2026-1&amp;wilayah=33.05.01"')
		expect((html.match(/<details/g) ?? []).length).toBe(16)
		expect(html).toContain('PETANI/PEKEBUN')
		expect(html).toContain('href="/agregat/2026-1.xlsx"')
		expect(html).toContain('href="/agregat/2026-1.pdf"')
		// KTP-el recorded among wajib KTP: 220 of 260 per base unit
		expect(html).toContain('84,6%')
	})

	it('drills down to a kecamatan and a desa, and shows an older version on request', async () => {
		await buatPublikasiAgregat({ semester: '2024-1' })
		await terbitkanKoreksi('2024-1', 2, 3, 'Perbaikan kode desa Karangduwur')
		const desa = payload<Isi>(await muat('?semester=2024-1&wilayah=33.05.01.2001'))
		expect(desa.wilayah).toEqual({ kode: '33.05.01.2001', nama: 'Argopeni', tingkat: 'desa' })
		expect(desa.rantai).toEqual([
			{ kode: '33.05', nama: 'Kabupaten Kebumen' },
			{ kode: '33.05.01', nama: 'Ayah' },
		])
		expect(desa.subwilayah).toEqual([])
		expect(desa.publikasi).toMatchObject({ versi: 2, alasanKoreksi: 'Perbaikan kode desa Karangduwur', terbaru: true })
		expect(desa.versiLain).toEqual([{ versi: 1, terbaru: false }])
		const html = render('/agregat?semester=2024-1&wilayah=33.05.01.2001', desa)
		expect(html).toContain('href="/agregat?semester=2024-1&amp;wilayah=33.05.01"')
		expect(html).toContain('Perbaikan kode desa Karangduwur')
		expect(html).not.toContain('Penduduk per desa')

		const lama = payload<Isi>(await muat('?semester=2024-1&wilayah=33.05.01&versi=1'))
		expect(lama.publikasi).toMatchObject({ versi: 1, terbaru: false })
		expect(lama.tabel.ringkasan[0]!.jumlah).toBe(570)
		expect(lama.subwilayah[0]).toMatchObject({ kode: '33.05.01.2001', jumlah: 190 })
		expect(lama.unduhan).toEqual({ xlsx: '/agregat/2024-1.xlsx?versi=1', pdf: '/agregat/2024-1.pdf?versi=1' })
		// links inside an older version stay in that version
		expect(render('/agregat?semester=2024-1&wilayah=33.05.01&versi=1', lama)).toContain('href="/agregat?semester=2024-1&amp;wilayah=33.05.01.2001&amp;versi=1"')
	})

	it('answers 404 for an unknown or unpublished semester and an area outside the office, and never shows a draft', async () => {
		await buatPublikasiAgregat({ semester: '2023-1' })
		await buatPublikasiAgregat({ semester: '2023-1', versi: 2, status: 'draft', faktor: 5 })
		for (const query of ['?semester=2023-3', '?semester=2022-2', '?semester=2023-1&wilayah=35.75', '?semester=2023-1&wilayah=33.05.77']) {
			expect(statusOf(await muat(query)), query).toBe(404)
		}
		const piak = await loginAs('piak')
		const result = await settle(() => loader(args(makeRequest('/agregat?semester=2023-1&draft=1', { cookie: piak.cookie }))))
		expect(payload<Isi>(result).publikasi.versi).toBe(1)
		expect(payload<Isi>(result).tabel.ringkasan[0]!.jumlah).toBe(570)
	})

	it('streams the workbook: every sheet, the figures, the formatted header', async () => {
		await buatPublikasiAgregat({ semester: '2022-1', faktor: 2 })
		const response = await unduh('xlsx', '2022-1')
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
		expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="agregat-kependudukan-2022-1-v1.xlsx"')
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=300')
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const nama = workbook.worksheets.map((w) => w.name)
		expect(nama).toHaveLength(49)
		expect(nama.slice(0, 5)).toEqual(['Sampul', 'Ringkasan - Kab', 'Ringkasan - Kec', 'Ringkasan - Desa', 'Kelompok Umur - Kab'])
		expect(nama.at(-1)).toBe('Akta Perceraian - Desa')

		const sampul = workbook.getWorksheet('Sampul')!.getSheetValues().flat().filter(Boolean).map(String)
		expect(sampul).toEqual(expect.arrayContaining(['Semester I 2022', 'Kabupaten Kebumen', 'Terbit']))

		const kab = workbook.getWorksheet('Ringkasan - Kab')!
		expect(kab.getRow(2).values).toEqual([undefined, 'Penduduk', 600, 540, 1140])
		expect(kab.getCell('A1').font?.bold).toBe(true)
		expect(kab.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' })
		expect(kab.getCell('C2').numFmt).toBe('#,##0')

		// every kecamatan and desa of Kebumen, zeros included
		expect(workbook.getWorksheet('Ringkasan - Kec')!.rowCount).toBe(1 + 26 * 5)
		const desa = workbook.getWorksheet('Ringkasan - Desa')!
		expect(desa.rowCount).toBe(1 + 460 * 5)
		expect(desa.getRow(2 + 5).values).toEqual([undefined, '33.05.01.2002', 'Karangduwur', 'Penduduk', 400, 360, 760])
		expect(desa.getRow(2 + 10).values).toEqual([undefined, '33.05.01.2003', 'Srati', 'Penduduk', 0, 0, 0])
	})

	it('renders the book as PDF', async () => {
		await buatPublikasiAgregat({ semester: '2021-2' })
		const response = await unduh('pdf', '2021-2')
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('application/pdf')
		expect(response.headers.get('Content-Disposition')).toMatch(/^inline; filename="agregat-kependudukan-2021-2-v1.pdf"/)
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=300')
		const pdf = Buffer.from(await response.arrayBuffer())
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
		expect(pdf.length).toBeGreaterThan(20_000)
	})

	it('serves the draft downloads only to staff with read:agregat:any', async () => {
		await buatPublikasiAgregat({ semester: '2021-1', status: 'draft' })
		expect((await unduh('xlsx', '2021-1')).status).toBe(404)
		expect((await unduh('xlsx', '2021-1', '?draft=1')).status).toBe(404)
		expect((await unduh('xlsx', 'tahun-1')).status).toBe(404)
		const loket = await loginAs('loket')
		expect((await unduh('pdf', '2021-1', '?draft=1', loket.cookie)).status).toBe(404)
		const piak = await loginAs('piak')
		const pdf = await unduh('pdf', '2021-1', '?draft=1', piak.cookie)
		expect(pdf.status).toBe(200)
		expect(pdf.headers.get('Cache-Control')).toBe('private, no-store')
		expect(pdf.headers.get('Content-Disposition')).toContain('agregat-kependudukan-2021-1-v1-draft.pdf')
		const xlsx = await unduh('xlsx', '2021-1', '?draft=1', piak.cookie)
		expect(xlsx.status).toBe(200)
		expect(xlsx.headers.get('Cache-Control')).toBe('private, no-store')
		expect(xlsx.headers.get('Content-Disposition')).toContain('agregat-kependudukan-2021-1-v1-draft.xlsx')
		// a zip archive (the workbook itself is read back above)
		expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK')
	})
})
