import { PassThrough, type Readable } from 'node:stream'
import ExcelJS from 'exceljs'

export type KolomExcel<Row> = { header: string; width?: number; value: (row: Row) => string | number | Date | null }

/**
 * Streams a one-sheet workbook of a list as rows arrive, so a long list (the audit trail) never
 * sits in memory whole. `rows` is consumed batch by batch.
 */
export function streamTabelExcel<Row>(params: {
	judul: string
	kolom: KolomExcel<Row>[]
	rows: AsyncIterable<Row[]>
}): Readable {
	const output = new PassThrough()
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true })
	const sheet = workbook.addWorksheet(params.judul.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
	sheet.columns = params.kolom.map((k) => ({ header: k.header, width: k.width ?? 20 }))
	sheet.getRow(1).font = { bold: true }
	void (async () => {
		try {
			for await (const batch of params.rows) {
				for (const row of batch) sheet.addRow(params.kolom.map((k) => k.value(row))).commit()
			}
			sheet.commit()
			await workbook.commit()
		} catch (error) {
			output.destroy(error instanceof Error ? error : new Error(String(error)))
		}
	})()
	return output
}
