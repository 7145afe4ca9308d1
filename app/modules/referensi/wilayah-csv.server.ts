import { parse } from 'csv-parse'
import type { Readable } from 'node:stream'
import type { TingkatWilayah } from '#models/referensi/Wilayah'

export type BarisWilayah = { kode: string; nama: string; tingkat: TingkatWilayah; indukKode: string | null }
export type GalatWilayah = { baris: number; pesan: string }

const TINGKAT: TingkatWilayah[] = ['provinsi', 'kabupaten', 'kecamatan', 'desa']
/** 33 · 33.05 · 33.05.01 · 33.05.01.2001 */
const POLA_KODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/

export function tingkatDariKode(kode: string): TingkatWilayah {
	return TINGKAT[kode.split('.').length - 1]!
}

export function indukDariKode(kode: string): string | null {
	const parts = kode.split('.')
	return parts.length > 1 ? parts.slice(0, -1).join('.') : null
}

/**
 * Reads a `kode,nama` CSV (the shape of the Kemendagri list) into rows, with a message per bad
 * line (its line number in the file). Every parent code must be in the file too, so the tree has
 * no holes. A name holding a comma must be quoted; a line with another number of columns is an
 * error rather than a silently cut name.
 */
export async function parseWilayahCsv(input: Readable | string) {
	const parser = parse({ skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, bom: true, relax_column_count: true, info: true })
	const rows: BarisWilayah[] = []
	const errors: GalatWilayah[] = []
	const barisKode = new Map<string, number>()
	if (typeof input === 'string') {
		parser.end(input)
	} else {
		input.pipe(parser)
	}
	let kolom: { kode: number; nama: number; jumlah: number } | null = null
	let line = 0
	try {
		for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
			line = info.lines
			if (!kolom) {
				const header = record.map((h) => h.toLowerCase())
				const kode = header.indexOf('kode')
				const nama = header.indexOf('nama')
				if (kode < 0 || nama < 0) {
					errors.push({ baris: line, pesan: 'Baris pertama harus berisi judul kolom kode,nama.' })
					break
				}
				kolom = { kode, nama, jumlah: header.length }
				continue
			}
			if (record.length !== kolom.jumlah) {
				errors.push({ baris: line, pesan: `Baris berisi ${record.length} kolom, seharusnya ${kolom.jumlah}; nama yang memuat koma harus diapit tanda kutip.` })
				continue
			}
			const kode = record[kolom.kode] ?? ''
			const nama = record[kolom.nama] ?? ''
			if (!POLA_KODE.test(kode)) {
				errors.push({ baris: line, pesan: `Kode "${kode.slice(0, 30)}" tidak berformat kode wilayah Kemendagri.` })
				continue
			}
			if (!nama) {
				errors.push({ baris: line, pesan: `Nama wilayah ${kode} kosong.` })
				continue
			}
			if (nama.length > 120) {
				errors.push({ baris: line, pesan: `Nama wilayah ${kode} lebih dari 120 karakter.` })
				continue
			}
			const sebelumnya = barisKode.get(kode)
			if (sebelumnya !== undefined) {
				errors.push({ baris: line, pesan: `Kode ${kode} sudah ada di baris ${sebelumnya}.` })
				continue
			}
			barisKode.set(kode, line)
			rows.push({ kode, nama, tingkat: tingkatDariKode(kode), indukKode: indukDariKode(kode) })
		}
	} catch (error) {
		// csv-parse names the line it stopped at; an unclosed quote swallows the rest of the file.
		const baris = (error as { lines?: unknown }).lines
		errors.push({
			baris: typeof baris === 'number' && baris > line ? baris : line + 1,
			pesan: `Berkas CSV tidak dapat dibaca: ${error instanceof Error ? error.message : String(error)}`,
		})
	}
	if (!kolom && errors.length === 0) errors.push({ baris: 1, pesan: 'Berkas kosong; kolom yang diharapkan: kode,nama.' })
	else if (kolom && rows.length === 0 && errors.length === 0) errors.push({ baris: 2, pesan: 'Berkas tidak berisi baris data.' })
	for (const row of rows) {
		if (row.indukKode && !barisKode.has(row.indukKode)) {
			errors.push({ baris: barisKode.get(row.kode)!, pesan: `Induk ${row.indukKode} dari ${row.kode} tidak ada di berkas.` })
		}
	}
	errors.sort((a, b) => a.baris - b.baris)
	return { rows, errors }
}
