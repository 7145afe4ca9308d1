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
 * line. Every parent code must be in the file too, so the tree has no holes.
 */
export async function parseWilayahCsv(input: Readable | string) {
	const parser = parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true })
	const rows: BarisWilayah[] = []
	const errors: GalatWilayah[] = []
	const seen = new Set<string>()
	if (typeof input === 'string') {
		parser.end(input)
	} else {
		input.pipe(parser)
	}
	let line = 1
	try {
		for await (const record of parser as AsyncIterable<Record<string, string | undefined>>) {
			line += 1
			const kode = record.kode ?? ''
			const nama = record.nama ?? ''
			if (!POLA_KODE.test(kode)) {
				errors.push({ baris: line, pesan: `Kode "${kode}" tidak berformat kode wilayah Kemendagri.` })
				continue
			}
			if (!nama) {
				errors.push({ baris: line, pesan: `Nama wilayah ${kode} kosong.` })
				continue
			}
			if (seen.has(kode)) {
				errors.push({ baris: line, pesan: `Kode ${kode} muncul lebih dari sekali.` })
				continue
			}
			seen.add(kode)
			rows.push({ kode, nama, tingkat: tingkatDariKode(kode), indukKode: indukDariKode(kode) })
		}
	} catch (error) {
		errors.push({ baris: line + 1, pesan: `Berkas CSV tidak dapat dibaca: ${error instanceof Error ? error.message : String(error)}` })
	}
	if (line === 1 && errors.length === 0) errors.push({ baris: 1, pesan: 'Berkas tidak berisi baris data; kolom yang diharapkan: kode,nama.' })
	for (const row of rows) {
		if (row.indukKode && !seen.has(row.indukKode)) {
			errors.push({ baris: 0, pesan: `Induk ${row.indukKode} dari ${row.kode} tidak ada di berkas.` })
		}
	}
	return { rows, errors }
}
