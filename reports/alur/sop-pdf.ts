import PdfPrinter from 'pdfmake'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Definisi } from '~/workflow/definisi/jenis'
import { barisSop, teksKet } from './sop-tabel'

/**
 * The PDF's fonts are the 14 standard PDF fonts, which every reader has: nothing to embed or
 * ship. Their encoding is WinAnsi, so text is mapped to it first (see `winAnsi`).
 */
const printer = new PdfPrinter({
	Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
})

/** The characters of WinAnsi above Latin-1's control range (0x80–0x9F). */
const WIN_ANSI_EKSTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

/** Text the standard fonts can draw: the arrow becomes », anything else outside WinAnsi a "?". */
export function winAnsi(teks: string): string {
	return Array.from(teks.replaceAll('→', '»'), (c) => {
		const kode = c.codePointAt(0)!
		return (kode < 0x80 || (kode >= 0xa0 && kode <= 0xff) || WIN_ANSI_EKSTRA.has(c)) && !(kode < 0x20 && c !== '\n') ? c : '?'
	}).join('')
}

const TEPI = 28
const LEBAR_HALAMAN = 841.89
/** pdfmake pads each cell 4 pt left and right; the rules are 0.6 pt */
const PADDING = 8
const GARIS = 0.6
/** NO, KELENGKAPAN, WAKTU, OUTPUT, KET. */
const LEBAR_TETAP = [18, 95, 42, 95, 85] as const
const KEGIATAN_MIN = 150
const TANDA = 7

/**
 * The SOP as a landscape A4 PDF: the process and office name, then the table with the printed
 * SOP's two-row header (repeated on every page), a filled square in each actor column of a step,
 * and "Halaman n dari m" at the foot of each page.
 */
export function sopPdf(params: { definisi: Definisi; namaKantor: string }): Promise<Buffer> {
	const { definisi, namaKantor } = params
	const baris = barisSop(definisi)
	const n = definisi.aktor.length
	const kosong = (): TableCell => ({ text: '' })
	const kepala = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text: winAnsi(text), style: 'kepala', ...extra })
	// the actor columns share what is left once KEGIATAN has its minimum width
	const [lebarNo, lebarKelengkapan, lebarWaktu, lebarOutput, lebarKet] = LEBAR_TETAP
	const kolom = n + LEBAR_TETAP.length + 1
	const sisa = LEBAR_HALAMAN - 2 * TEPI - kolom * PADDING - (kolom + 1) * GARIS - LEBAR_TETAP.reduce((a, b) => a + b, 0) - KEGIATAN_MIN
	const lebarAktor = Math.max(30, Math.min(62, sisa / Math.max(n, 1)))
	// A new node each time: pdfmake moves a canvas's vectors in place while laying it out. Its canvas
	// alignment measures against the page, not the cell, so the square is centred by hand.
	const tanda = (): Content => ({ canvas: [{ type: 'rect', x: (lebarAktor - TANDA) / 2, y: 2, w: TANDA, h: TANDA, color: '#000000' }] })

	const header1: TableCell[] = [
		kepala('NO', { rowSpan: 2 }),
		kepala('KEGIATAN', { rowSpan: 2 }),
		kepala('PELAKSANA', { colSpan: n }),
		...Array.from({ length: n - 1 }, kosong),
		kepala('MUTU BAKU', { colSpan: 3 }),
		kosong(),
		kosong(),
		kepala('KET.', { rowSpan: 2 }),
	]
	const header2: TableCell[] = [kosong(), kosong(), ...definisi.aktor.map((a) => kepala(a, { fontSize: 7 })), kepala('KELENGKAPAN'), kepala('WAKTU'), kepala('OUTPUT'), kosong()]
	const body: TableCell[][] = baris.map((b) => [
		{ text: String(b.no), alignment: 'center' },
		{ text: winAnsi(b.kegiatan) },
		...b.aktor.map((ada): TableCell => (ada ? tanda() : kosong())),
		{ text: winAnsi(b.kelengkapan) },
		{ text: winAnsi(b.waktu), alignment: 'center' },
		{ text: winAnsi(b.output) },
		{ text: winAnsi(teksKet(b, '»')) },
	])

	const dokumen: TDocumentDefinitions = {
		pageSize: 'A4',
		pageOrientation: 'landscape',
		pageMargins: [TEPI, TEPI, TEPI, 36],
		info: { title: winAnsi(definisi.nama), subject: winAnsi(`SOP ${definisi.kode}`), creator: 'SIMADU', producer: 'SIMADU' },
		defaultStyle: { font: 'Helvetica', fontSize: 8, lineHeight: 1.1 },
		styles: {
			judul: { fontSize: 12, bold: true, alignment: 'center' },
			kantor: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 2, 0, 10] },
			kepala: { bold: true, alignment: 'center', fillColor: '#e7ecf3' },
			catatan: { fontSize: 7.5, italics: true, margin: [0, 6, 0, 0] },
		},
		footer: (halaman, jumlah) => ({
			columns: [
				{ text: winAnsi(definisi.kode), alignment: 'left' },
				{ text: `Halaman ${halaman} dari ${jumlah}`, alignment: 'right' },
			],
			fontSize: 8,
			margin: [TEPI, 12, TEPI, 0],
		}),
		content: [
			{ text: winAnsi(definisi.nama.toUpperCase()), style: 'judul' },
			{ text: winAnsi(namaKantor.toUpperCase()), style: 'kantor' },
			{
				table: {
					headerRows: 2,
					dontBreakRows: true,
					widths: [lebarNo, '*', ...definisi.aktor.map(() => lebarAktor), lebarKelengkapan, lebarWaktu, lebarOutput, lebarKet],
					body: [header1, header2, ...body],
				},
				layout: { hLineWidth: () => GARIS, vLineWidth: () => GARIS, paddingTop: () => 3, paddingBottom: () => 3 },
			},
			{ text: winAnsi(`Sumber: ${definisi.sumber}`), style: 'catatan' },
			...(definisi.catatan ? [{ text: winAnsi(`Catatan: ${definisi.catatan}`), style: 'catatan' }] : []),
		],
	}

	return new Promise((resolve, reject) => {
		const doc = printer.createPdfKitDocument(dokumen)
		const potongan: Buffer[] = []
		doc.on('data', (chunk: Buffer) => potongan.push(chunk))
		doc.on('end', () => resolve(Buffer.concat(potongan)))
		doc.on('error', reject)
		doc.end()
	})
}
