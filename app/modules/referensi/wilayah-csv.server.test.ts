import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseWilayahCsv } from './wilayah-csv.server'

describe('parseWilayahCsv', () => {
	it('reads the seed file without errors', async () => {
		const { rows, errors } = await parseWilayahCsv(fs.createReadStream('seeders/data/wilayah.csv'))
		expect(errors).toEqual([])
		expect(rows).toHaveLength(528)
	})

	it('accepts a BOM, header case, CRLF, quoted commas and blank lines, and counts real line numbers', async () => {
		const { rows, errors } = await parseWilayahCsv('\uFEFFNama,KODE\r\nJawa Tengah,33\r\n\r\n"Kabupaten X, Baru",33.99\r\n99.01,salah\r\n')
		expect(rows.map((r) => [r.kode, r.nama, r.indukKode])).toEqual([
			['33', 'Jawa Tengah', null],
			['33.99', 'Kabupaten X, Baru', '33'],
		])
		expect(errors).toEqual([{ baris: 5, pesan: 'Kode "salah" tidak berformat kode wilayah Kemendagri.' }])
	})

	it('names the header, an empty file and an unclosed quote', async () => {
		expect((await parseWilayahCsv('id,label\n1,a\n')).errors).toEqual([{ baris: 1, pesan: 'Baris pertama harus berisi judul kolom kode,nama.' }])
		expect((await parseWilayahCsv('')).errors[0]?.pesan).toMatch(/kosong/)
		expect((await parseWilayahCsv('kode,nama\n')).errors[0]?.pesan).toMatch(/tidak berisi baris data/)
		const { errors } = await parseWilayahCsv('kode,nama\n33,Jawa Tengah\n"33.05,Kebumen\n')
		expect(errors).toHaveLength(1)
		expect(errors[0]?.pesan).toMatch(/tidak dapat dibaca/)
	})
})
