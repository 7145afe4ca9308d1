import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatRupiah, formatTanggal } from '~/utils/format'
import { blokTandaTangan, kopSurat, renderPdf, tabelIsian, winAnsi, type Kop } from './kertas'
import { terbilangRupiah } from './terbilang'

export type IsiKuitansi = {
	kop: Kop & { tempat: string }
	zonaWaktu: string
	nomor: string
	nominal: number
	dibayarAt: Date
	nomorTiket: string
	pemohonNama: string
	jenisNama: string
	penerima: string
}

/** A5 landscape: 148 × 210 mm, in points */
const LEBAR = 595.28
const TEPI = 36

/**
 * The receipt of an administrative fine (kuitansi denda), on A5 landscape: the letterhead, the
 * receipt number, from whom, the amount in figures and in words, what for, and who received it.
 */
export function kuitansiPdf(isi: IsiKuitansi): Promise<Buffer> {
	const tanggal = formatTanggal(isi.dibayarAt, isi.zonaWaktu)
	const dokumen: TDocumentDefinitions = {
		pageSize: 'A5',
		pageOrientation: 'landscape',
		pageMargins: [TEPI, 28, TEPI, 28],
		info: { title: winAnsi(`Kuitansi ${isi.nomor}`), subject: 'Kuitansi denda administratif', creator: 'SIMADU', producer: 'SIMADU' },
		content: [
			...kopSurat(isi.kop, LEBAR - 2 * TEPI),
			{ text: 'KUITANSI PEMBAYARAN DENDA ADMINISTRATIF', alignment: 'center', bold: true, fontSize: 11 },
			{ text: winAnsi(`Nomor: ${isi.nomor}`), alignment: 'center', margin: [0, 2, 0, 6] },
			tabelIsian([
				['Telah terima dari', isi.pemohonNama],
				['Uang sejumlah', { text: winAnsi(formatRupiah(isi.nominal)), bold: true }],
				['Terbilang', { text: winAnsi(terbilangRupiah(isi.nominal)), italics: true }],
				['Untuk pembayaran', `Denda administratif keterlambatan pelaporan, permohonan ${isi.jenisNama}`],
				['Nomor tiket permohonan', isi.nomorTiket],
				['Tanggal pembayaran', tanggal],
			]),
			{
				columns: [
					{ width: '*', text: '' },
					{ width: 200, ...blokTandaTangan({ tempatTanggal: [isi.kop.tempat, tanggal].filter(Boolean).join(', '), peran: 'Yang menerima,', nama: isi.penerima }) },
				],
			},
		],
		footer: { text: 'Dicetak dari SIMADU. Simpan kuitansi ini sebagai bukti pembayaran.', fontSize: 7, alignment: 'center', margin: [TEPI, 8, TEPI, 0] },
	}
	return renderPdf(dokumen)
}
