import ExcelJS from 'exceljs'
import type { Definisi } from '~/workflow/definisi/jenis'
import { TANDA_AKTOR, barisSop, teksKet } from './sop-tabel'

/** Where the two header rows sit (1-based): title rows above, steps below. */
export const BARIS_HEADER_SOP = 4
export const BARIS_LANGKAH_PERTAMA_SOP = BARIS_HEADER_SOP + 2

const GARIS: Partial<ExcelJS.Borders> = {
	top: { style: 'thin' },
	left: { style: 'thin' },
	bottom: { style: 'thin' },
	right: { style: 'thin' },
}
const LATAR_HEADER: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } }
// ExcelJS declares PaperSize as a const enum, which isolatedModules cannot read: A4 is 9.
const KERTAS_A4 = 9 as ExcelJS.PaperSize

/**
 * The SOP as one sheet laid out like the printed SOP: the process and office name on top, the
 * two-row header with merged cells (NO | KEGIATAN | PELAKSANA × actors | MUTU BAKU × 3 | KET.),
 * one bordered row per step with ■ in its actors' columns, landscape A4 fitted to the page width
 * with the header repeated on every printed page.
 */
export async function sopExcel(params: { definisi: Definisi; namaKantor: string }): Promise<Buffer> {
	const { definisi, namaKantor } = params
	const baris = barisSop(definisi)
	const jumlahAktor = definisi.aktor.length
	const kolomAktor = 3
	const kolomMutu = kolomAktor + jumlahAktor
	const kolomKet = kolomMutu + 3
	const jumlahKolom = kolomKet

	const workbook = new ExcelJS.Workbook()
	workbook.creator = 'SIMADU'
	workbook.title = definisi.nama
	const sheet = workbook.addWorksheet('SOP', {
		pageSetup: {
			paperSize: KERTAS_A4,
			orientation: 'landscape',
			fitToPage: true,
			fitToWidth: 1,
			// 0 = as many pages tall as needed: only the width is fitted
			fitToHeight: 0,
			horizontalCentered: true,
			margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.3 },
			printTitlesRow: `${BARIS_HEADER_SOP}:${BARIS_HEADER_SOP + 1}`,
		},
		headerFooter: { oddFooter: `&L${definisi.kode}&RHalaman &P dari &N` },
		views: [{ state: 'frozen', ySplit: BARIS_HEADER_SOP + 1 }],
	})
	sheet.columns = [
		{ width: 5 },
		{ width: 46 },
		...definisi.aktor.map(() => ({ width: Math.max(10, Math.min(16, 44 / jumlahAktor)) })),
		{ width: 28 },
		{ width: 12 },
		{ width: 28 },
		{ width: 24 },
	]

	const judul = (nomor: number, teks: string, ukuran: number) => {
		sheet.mergeCells(nomor, 1, nomor, jumlahKolom)
		const cell = sheet.getCell(nomor, 1)
		cell.value = teks
		cell.font = { bold: true, size: ukuran }
		cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
		sheet.getRow(nomor).height = ukuran * 1.8
	}
	judul(1, definisi.nama.toUpperCase(), 13)
	judul(2, namaKantor.toUpperCase(), 11)

	const h1 = BARIS_HEADER_SOP
	const h2 = BARIS_HEADER_SOP + 1
	const isi = (r: number, c: number, teks: string) => {
		sheet.getCell(r, c).value = teks
	}
	// a range of one cell cannot be merged (a single actor's PELAKSANA spans only itself)
	const gabung = (r1: number, c1: number, r2: number, c2: number) => {
		if (r1 !== r2 || c1 !== c2) sheet.mergeCells(r1, c1, r2, c2)
	}
	gabung(h1, 1, h2, 1)
	isi(h1, 1, 'NO')
	gabung(h1, 2, h2, 2)
	isi(h1, 2, 'KEGIATAN')
	gabung(h1, kolomAktor, h1, kolomMutu - 1)
	isi(h1, kolomAktor, 'PELAKSANA')
	definisi.aktor.forEach((aktor, i) => isi(h2, kolomAktor + i, aktor))
	gabung(h1, kolomMutu, h1, kolomMutu + 2)
	isi(h1, kolomMutu, 'MUTU BAKU')
	isi(h2, kolomMutu, 'KELENGKAPAN')
	isi(h2, kolomMutu + 1, 'WAKTU')
	isi(h2, kolomMutu + 2, 'OUTPUT')
	gabung(h1, kolomKet, h2, kolomKet)
	isi(h1, kolomKet, 'KET.')
	for (const r of [h1, h2]) {
		const row = sheet.getRow(r)
		for (let c = 1; c <= jumlahKolom; c++) {
			const cell = row.getCell(c)
			cell.font = { bold: true }
			cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
			cell.fill = LATAR_HEADER
			cell.border = GARIS
		}
	}
	sheet.getRow(h2).height = 30

	baris.forEach((b, i) => {
		const row = sheet.getRow(BARIS_LANGKAH_PERTAMA_SOP + i)
		row.getCell(1).value = b.no
		row.getCell(2).value = b.kegiatan
		b.aktor.forEach((ada, j) => {
			row.getCell(kolomAktor + j).value = ada ? TANDA_AKTOR : null
		})
		row.getCell(kolomMutu).value = b.kelengkapan
		row.getCell(kolomMutu + 1).value = b.waktu
		row.getCell(kolomMutu + 2).value = b.output
		row.getCell(kolomKet).value = teksKet(b) || null
		for (let c = 1; c <= jumlahKolom; c++) {
			const cell = row.getCell(c)
			const tengah = c === 1 || c === kolomMutu + 1 || (c >= kolomAktor && c < kolomMutu)
			cell.alignment = { horizontal: tengah ? 'center' : 'left', vertical: tengah ? 'middle' : 'top', wrapText: true }
			cell.border = GARIS
		}
	})

	let bawah = BARIS_LANGKAH_PERTAMA_SOP + baris.length + 1
	for (const [label, teks] of [
		['Sumber', definisi.sumber],
		['Catatan', definisi.catatan],
	] as const) {
		if (!teks) continue
		sheet.mergeCells(bawah, 1, bawah, jumlahKolom)
		const cell = sheet.getCell(bawah, 1)
		cell.value = `${label}: ${teks}`
		cell.alignment = { wrapText: true, vertical: 'top' }
		cell.font = { italic: true, size: 9 }
		// merged cells do not grow with their text: give long notes room
		sheet.getRow(bawah).height = Math.max(15, Math.ceil(teks.length / 180) * 13)
		bawah += 1
	}

	return Buffer.from(await workbook.xlsx.writeBuffer())
}
