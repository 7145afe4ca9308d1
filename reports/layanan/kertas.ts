import PdfPrinter from 'pdfmake'
import type { Content, ContentStack, TDocumentDefinitions } from 'pdfmake/interfaces'
import { winAnsi } from '../alur/sop-pdf'

/**
 * What the desk's printed papers share: the standard PDF fonts (nothing to embed, see
 * `reports/alur/sop-pdf.ts`), the office letterhead, a label–value table and the rendering.
 */
const printer = new PdfPrinter({
	Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
})

export type Kop = { namaPemda: string; namaDinas: string; alamat: string; kontak: string }

/** The letterhead, closed by a double rule across the printable width. */
export function kopSurat(kop: Kop, lebar: number): Content[] {
	return [
		...(kop.namaPemda ? [{ text: winAnsi(kop.namaPemda.toUpperCase()), alignment: 'center' as const, fontSize: 11, bold: true }] : []),
		{ text: winAnsi(kop.namaDinas.toUpperCase()), alignment: 'center', fontSize: 12, bold: true },
		...(kop.alamat ? [{ text: winAnsi(kop.alamat), alignment: 'center' as const, fontSize: 8.5 }] : []),
		...(kop.kontak ? [{ text: winAnsi(kop.kontak), alignment: 'center' as const, fontSize: 8.5 }] : []),
		{
			canvas: [
				{ type: 'line', x1: 0, y1: 4, x2: lebar, y2: 4, lineWidth: 1.5 },
				{ type: 'line', x1: 0, y1: 6.5, x2: lebar, y2: 6.5, lineWidth: 0.5 },
			],
			margin: [0, 0, 0, 10],
		},
	]
}

/** Label : value rows without rules, the way a receipt lists its particulars. */
export function tabelIsian(baris: [label: string, nilai: string | Content][]): Content {
	return {
		table: {
			widths: [130, 8, '*'],
			body: baris.map(([label, nilai]) => [{ text: winAnsi(label) }, { text: ':' }, typeof nilai === 'string' ? { text: winAnsi(nilai) } : nilai]),
		},
		layout: 'noBorders',
		margin: [0, 4, 0, 8],
	}
}

/** A signature block: the place and date line (optional), the role, room to sign, the name. */
export function blokTandaTangan(p: { tempatTanggal?: string; peran: string; nama: string }): ContentStack {
	return {
		stack: [
			{ text: winAnsi(p.tempatTanggal ?? ' ') },
			{ text: winAnsi(p.peran) },
			{ text: ' ', margin: [0, 0, 0, 36] },
			{ text: winAnsi(p.nama), bold: true, decoration: 'underline' },
		],
		alignment: 'center',
	}
}

export function renderPdf(dokumen: TDocumentDefinitions): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const doc = printer.createPdfKitDocument({ ...dokumen, defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.15, ...dokumen.defaultStyle } })
		const potongan: Buffer[] = []
		doc.on('data', (chunk: Buffer) => potongan.push(chunk))
		doc.on('end', () => resolve(Buffer.concat(potongan)))
		doc.on('error', reject)
		doc.end()
	})
}

export { winAnsi }
