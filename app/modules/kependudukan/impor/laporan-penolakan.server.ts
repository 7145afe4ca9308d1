import ExcelJS from 'exceljs'
import type { Penolakan } from './validasi'

/**
 * The rejected rows of an import as an Excel file (row, column, value, reason), written as the
 * rows are read: exceljs's streaming writer keeps only the current row in memory, so a file
 * rejected wholesale still produces its report.
 */
export type LaporanPenolakan = { tambah(baris: number, p: Penolakan[]): void; tutup(): Promise<number> }

export function bukaLaporanPenolakan(file: string, judul: string): LaporanPenolakan {
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true })
	const sheet = workbook.addWorksheet('Baris ditolak', { views: [{ state: 'frozen', ySplit: 2 }] })
	sheet.columns = [
		{ key: 'baris', width: 10 },
		{ key: 'kolom', width: 16 },
		{ key: 'nilai', width: 28 },
		{ key: 'alasan', width: 70 },
	]
	sheet.addRow([judul]).commit()
	const header = sheet.addRow(['Baris', 'Kolom', 'Nilai', 'Alasan'])
	header.font = { bold: true }
	header.eachCell((c) => {
		c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } }
		c.border = { bottom: { style: 'thin' } }
	})
	header.commit()
	let jumlah = 0
	return {
		tambah(baris, penolakan) {
			for (const p of penolakan) {
				sheet.addRow([baris, p.kolom, p.nilai, p.alasan]).commit()
				jumlah += 1
			}
		},
		async tutup() {
			sheet.commit()
			await workbook.commit()
			return jumlah
		},
	}
}
