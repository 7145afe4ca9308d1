import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { blokTandaTangan, kopSurat, renderPdf, tabelIsian, winAnsi, type Kop } from './kertas'

export type IsiTandaTerima = {
	kop: Kop & { tempat: string }
	zonaWaktu: string
	nomorRegister: string
	dokumen: string
	nomorDokumen: string | null
	diterimaOleh: string
	cara: 'ambil' | 'email' | 'wa' | null
	diserahkanAt: Date
	penyerah: string
	nomorTiket: string
	pemohonNama: string
	jenisNama: string
}

const LABEL_CARA = { ambil: 'Diambil di loket', email: 'Dikirim lewat e-mail', wa: 'Dikirim lewat WhatsApp' } as const

/** A4 portrait, in points */
const LEBAR = 595.28
const TEPI = 56

/**
 * The hand-over receipt (tanda terima penyerahan dokumen): the buku register line it belongs to,
 * the document and its number, who received it and when, signed by both sides.
 */
export function tandaTerimaPdf(isi: IsiTandaTerima): Promise<Buffer> {
	const dokumen: TDocumentDefinitions = {
		pageSize: 'A4',
		pageMargins: [TEPI, 48, TEPI, 48],
		info: { title: winAnsi(`Tanda terima ${isi.nomorRegister}`), subject: 'Tanda terima penyerahan dokumen', creator: 'SIMADU', producer: 'SIMADU' },
		content: [
			...kopSurat(isi.kop, LEBAR - 2 * TEPI),
			{ text: 'TANDA TERIMA PENYERAHAN DOKUMEN', alignment: 'center', bold: true, fontSize: 12 },
			{ text: winAnsi(`Nomor register: ${isi.nomorRegister}`), alignment: 'center', margin: [0, 2, 0, 10] },
			{ text: 'Telah diserahkan dokumen kependudukan dengan keterangan sebagai berikut:' },
			tabelIsian([
				['Nomor tiket permohonan', isi.nomorTiket],
				['Layanan', isi.jenisNama],
				['Nama pemohon', isi.pemohonNama],
				['Dokumen', isi.dokumen],
				['Nomor dokumen', isi.nomorDokumen ?? '-'],
				['Cara penyerahan', isi.cara ? LABEL_CARA[isi.cara] : '-'],
				['Diterima oleh', isi.diterimaOleh],
				['Waktu penyerahan', formatWaktu(isi.diserahkanAt, isi.zonaWaktu)],
			]),
			{ text: 'Dokumen telah diperiksa oleh penerima dan diterima dalam keadaan baik.', margin: [0, 0, 0, 16] },
			{
				columns: [
					blokTandaTangan({ tempatTanggal: ' ', peran: 'Yang menyerahkan,', nama: isi.penyerah }),
					blokTandaTangan({
						tempatTanggal: [isi.kop.tempat, formatTanggal(isi.diserahkanAt, isi.zonaWaktu)].filter(Boolean).join(', '),
						peran: 'Yang menerima,',
						nama: isi.diterimaOleh,
					}),
				],
			},
		],
		footer: { text: 'Dicetak dari SIMADU.', fontSize: 7, alignment: 'center', margin: [TEPI, 16, TEPI, 0] },
	}
	return renderPdf(dokumen)
}
