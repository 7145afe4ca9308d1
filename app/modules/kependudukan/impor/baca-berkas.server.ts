import fs from 'node:fs'
import { Transform } from 'node:stream'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'

/**
 * Reads a DKB file row by row without holding it: CSV (`,` or `;`, told apart by the header line)
 * or the first sheet of an XLSX. Yields the header once, then each data row as strings with its
 * row number in the file (the header is row 1), and counts the bytes read from disk so the job
 * can show how far it is.
 */
export type BarisBerkas = { baris: number; nilai: string[] }
export type PembacaBerkas = { header: string[]; baris: AsyncIterable<BarisBerkas>; byteDibaca: () => number }

export class BerkasTidakTerbacaError extends Error {}

function penghitungByte() {
	let byte = 0
	const stream = new Transform({
		transform(chunk: Buffer, _enc, done) {
			byte += chunk.length
			done(null, chunk)
		},
	})
	return { stream, byte: () => byte }
}

/** The separator of the header line: whichever of `;` and `,` it has more of. */
async function pemisahCsv(file: string) {
	const handle = await fs.promises.open(file, 'r')
	try {
		const buffer = Buffer.alloc(64 * 1024)
		const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
		const awal = buffer.subarray(0, bytesRead).toString('utf8')
		const header = awal.split(/\r?\n/, 1)[0] ?? ''
		const hitung = (c: string) => header.split(c).length - 1
		return hitung(';') > hitung(',') ? ';' : ','
	} finally {
		await handle.close()
	}
}

function teksSel(nilai: unknown): string {
	if (nilai === null || nilai === undefined) return ''
	if (nilai instanceof Date) return nilai.toISOString().slice(0, 10)
	if (typeof nilai === 'object') {
		const v = nilai as { text?: unknown; result?: unknown; richText?: { text: string }[] }
		if (v.richText) return v.richText.map((r) => r.text).join('')
		if (v.text !== undefined) return String(v.text)
		if (v.result !== undefined) return teksSel(v.result)
		return ''
	}
	return String(nilai)
}

async function bacaCsv(file: string): Promise<PembacaBerkas> {
	const delimiter = await pemisahCsv(file)
	const hitung = penghitungByte()
	const parser = fs
		.createReadStream(file, { highWaterMark: 256 * 1024 })
		.pipe(hitung.stream)
		.pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }))
	const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>
	const pertama = await iterator.next()
	if (pertama.done) throw new BerkasTidakTerbacaError('Berkas kosong: baris judul kolom tidak ditemukan.')
	async function* baris(): AsyncGenerator<BarisBerkas> {
		let nomor = 1
		for (;;) {
			const next = await iterator.next()
			if (next.done) return
			nomor += 1
			yield { baris: nomor, nilai: next.value }
		}
	}
	return { header: pertama.value, baris: baris(), byteDibaca: hitung.byte }
}

async function bacaXlsx(file: string): Promise<PembacaBerkas> {
	const hitung = penghitungByte()
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file).pipe(hitung.stream), {
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		// cached styles tell a date cell from a number: without them a typed date reads as its serial number
		styles: 'cache',
		worksheets: 'emit',
	})
	async function* semuaBaris(): AsyncGenerator<BarisBerkas> {
		for await (const sheet of reader) {
			for await (const row of sheet) {
				const values = (row.values as unknown[]).slice(1).map(teksSel)
				if (values.every((v) => v.trim() === '')) continue
				yield { baris: row.number, nilai: values.map((v) => v.trim()) }
			}
			// only the first sheet holds the data
			return
		}
	}
	const iterator = semuaBaris()
	const pertama = await iterator.next()
	if (pertama.done) throw new BerkasTidakTerbacaError('Lembar pertama berkas Excel kosong: baris judul kolom tidak ditemukan.')
	return { header: pertama.value.nilai, baris: iterator, byteDibaca: hitung.byte }
}

/** XLSX by its zip signature, CSV otherwise. */
export async function bukaBerkasDkb(file: string): Promise<PembacaBerkas> {
	let awal: Buffer
	try {
		const handle = await fs.promises.open(file, 'r')
		try {
			awal = Buffer.alloc(4)
			await handle.read(awal, 0, 4, 0)
		} finally {
			await handle.close()
		}
	} catch {
		throw new BerkasTidakTerbacaError('Berkas tidak dapat dibuka.')
	}
	const zip = awal[0] === 0x50 && awal[1] === 0x4b
	try {
		return zip ? await bacaXlsx(file) : await bacaCsv(file)
	} catch (error) {
		if (error instanceof BerkasTidakTerbacaError) throw error
		throw new BerkasTidakTerbacaError(`Berkas tidak dapat dibaca sebagai ${zip ? 'Excel (XLSX)' : 'CSV'}: ${(error as Error).message}`)
	}
}
