import ExcelJS from 'exceljs'

/**
 * The daily service report (laporan harian pelayanan) as a workbook: a recap per service (new
 * requests, finished, rejected, returned to the applicant, fines received) and the day's requests
 * with the applicant's NIK masked. Pure: rows in, file out.
 */
export type RekapLayananHarian = {
	kode: string
	nama: string
	masuk: number
	selesai: number
	ditolak: number
	dikembalikan: number
	dendaKuitansi: number
	dendaNominal: number
}

export type PermohonanHarian = {
	nomorTiket: string
	/** `HH.MM` in the office's zone */
	jam: string
	jenisNama: string
	kanal: string
	pemohonNama: string
	pemohonNikSamar: string | null
	statusLabel: string
	denda: number
	dendaLunas: boolean
}

/** Rows (1-based) where each sheet's header sits; the data starts on the next row. */
export const BARIS_HEADER_REKAP = 5
export const BARIS_HEADER_PERMOHONAN = 4

const GARIS: Partial<ExcelJS.Borders> = {
	top: { style: 'thin' },
	left: { style: 'thin' },
	bottom: { style: 'thin' },
	right: { style: 'thin' },
}
const LATAR_HEADER: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } }
const FORMAT_RUPIAH = '"Rp"#,##0'
const FORMAT_ANGKA = '#,##0'
// ExcelJS declares PaperSize as a const enum, which isolatedModules cannot read: A4 is 9.
const KERTAS_A4 = 9 as ExcelJS.PaperSize

const LABEL_KANAL: Record<string, string> = { loket: 'Loket', web: 'Web', wa: 'WhatsApp', integrasi: 'Integrasi' }

type Kolom = { header: string; width: number; numFmt?: string }

function lembar(workbook: ExcelJS.Workbook, nama: string, kolom: Kolom[], barisHeader: number, judul: string[]) {
	const sheet = workbook.addWorksheet(nama, {
		pageSetup: { paperSize: KERTAS_A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${barisHeader}:${barisHeader}` },
		views: [{ state: 'frozen', ySplit: barisHeader }],
	})
	sheet.columns = kolom.map((k) => ({ width: k.width, style: k.numFmt ? { numFmt: k.numFmt } : {} }))
	judul.forEach((teks, i) => {
		sheet.mergeCells(i + 1, 1, i + 1, kolom.length)
		const cell = sheet.getCell(i + 1, 1)
		cell.value = teks
		cell.font = { bold: i === 0, size: i === 0 ? 13 : 11 }
		cell.alignment = { horizontal: 'center' }
	})
	const header = sheet.getRow(barisHeader)
	kolom.forEach((k, i) => {
		const cell = header.getCell(i + 1)
		cell.value = k.header
		cell.font = { bold: true }
		cell.fill = LATAR_HEADER
		cell.border = GARIS
		cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
	})
	return sheet
}

function isiBaris(sheet: ExcelJS.Worksheet, nomor: number, nilai: (string | number | null)[], tebal = false) {
	const row = sheet.getRow(nomor)
	nilai.forEach((v, i) => {
		const cell = row.getCell(i + 1)
		cell.value = v
		cell.border = GARIS
		if (tebal) cell.font = { bold: true }
	})
}

export async function laporanHarianExcel(params: {
	/** `YYYY-MM-DD` */
	tanggal: string
	/** the date as people read it: "22 November 2026" */
	tanggalLabel: string
	namaKantor: string
	rekap: RekapLayananHarian[]
	permohonan: PermohonanHarian[]
}): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook()
	workbook.creator = 'SIMADU'
	workbook.title = `Laporan harian pelayanan ${params.tanggal}`
	const judul = ['LAPORAN HARIAN PELAYANAN', params.namaKantor.toUpperCase(), `Tanggal ${params.tanggalLabel}`]

	const rekap = lembar(
		workbook,
		'Rekap',
		[
			{ header: 'No', width: 5 },
			{ header: 'Kode', width: 18 },
			{ header: 'Layanan', width: 44 },
			{ header: 'Masuk', width: 10, numFmt: FORMAT_ANGKA },
			{ header: 'Selesai', width: 10, numFmt: FORMAT_ANGKA },
			{ header: 'Ditolak', width: 10, numFmt: FORMAT_ANGKA },
			{ header: 'Dikembalikan', width: 13, numFmt: FORMAT_ANGKA },
			{ header: 'Kuitansi denda', width: 12, numFmt: FORMAT_ANGKA },
			{ header: 'Denda diterima', width: 16, numFmt: FORMAT_RUPIAH },
		],
		BARIS_HEADER_REKAP,
		judul,
	)
	const total = { masuk: 0, selesai: 0, ditolak: 0, dikembalikan: 0, dendaKuitansi: 0, dendaNominal: 0 }
	params.rekap.forEach((r, i) => {
		isiBaris(rekap, BARIS_HEADER_REKAP + 1 + i, [i + 1, r.kode, r.nama, r.masuk, r.selesai, r.ditolak, r.dikembalikan, r.dendaKuitansi, r.dendaNominal])
		for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k]
	})
	isiBaris(
		rekap,
		BARIS_HEADER_REKAP + 1 + params.rekap.length,
		[null, null, 'Jumlah', total.masuk, total.selesai, total.ditolak, total.dikembalikan, total.dendaKuitansi, total.dendaNominal],
		true,
	)

	const daftar = lembar(
		workbook,
		'Permohonan',
		[
			{ header: 'No', width: 5 },
			{ header: 'Nomor tiket', width: 26 },
			{ header: 'Jam', width: 8 },
			{ header: 'Layanan', width: 36 },
			{ header: 'Kanal', width: 11 },
			{ header: 'Nama pemohon', width: 30 },
			{ header: 'NIK', width: 20 },
			{ header: 'Status', width: 34 },
			{ header: 'Denda', width: 14, numFmt: FORMAT_RUPIAH },
			{ header: 'Denda lunas', width: 11 },
		],
		BARIS_HEADER_PERMOHONAN,
		[`DAFTAR PERMOHONAN MASUK TANGGAL ${params.tanggalLabel.toUpperCase()}`, params.namaKantor.toUpperCase()],
	)
	params.permohonan.forEach((p, i) => {
		isiBaris(daftar, BARIS_HEADER_PERMOHONAN + 1 + i, [
			i + 1,
			p.nomorTiket,
			p.jam,
			p.jenisNama,
			LABEL_KANAL[p.kanal] ?? p.kanal,
			p.pemohonNama,
			p.pemohonNikSamar ?? '—',
			p.statusLabel,
			p.denda,
			p.denda > 0 ? (p.dendaLunas ? 'Ya' : 'Belum') : '—',
		])
	})
	if (params.permohonan.length === 0) {
		daftar.mergeCells(BARIS_HEADER_PERMOHONAN + 1, 1, BARIS_HEADER_PERMOHONAN + 1, 10)
		daftar.getCell(BARIS_HEADER_PERMOHONAN + 1, 1).value = 'Tidak ada permohonan masuk pada tanggal ini.'
	}

	return Buffer.from(await workbook.xlsx.writeBuffer())
}
