import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
import { barisSintetis, type DesaSintetis } from './baris'
import { KOLOM_DKB } from './kolom'
import { tulisDkbSintetis } from './tulis.server'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dkb-sintetis-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const DESA: DesaSintetis[] = [
	{ kode: '33.05.01.2001', nama: 'Argopeni' },
	{ kode: '33.05.12.1013', nama: 'Panjer' },
	{ kode: '33.05.12.1024', nama: 'Kebumen' },
]
const OPSI = { penduduk: 4000, semester: '2026-2', desa: DESA, seed: 9 }

describe('writing a synthetic DKB file', () => {
	it('writes a CSV with the header that parses back to the same rows', async () => {
		const out = path.join(folder, 'dkb.csv')
		const hasil = await tulisDkbSintetis({ ...OPSI, out })
		const teks = fs.readFileSync(out, 'utf8')
		expect(teks.split('\n', 1)[0]).toBe(KOLOM_DKB.join(','))
		const rows = parse(teks, { columns: true }) as Record<string, string>[]
		const harapan = [...barisSintetis(OPSI)]
		expect(rows).toEqual(harapan)
		expect(hasil).toEqual({ penduduk: 4000, keluarga: new Set(harapan.map((r) => r.NO_KK)).size, byte: fs.statSync(out).size })
		// names with a degree hold a comma: those fields, and only those, are quoted
		const dikutip = teks.split('\n').filter((l) => l.includes('"'))
		expect(dikutip.length).toBeGreaterThan(0)
		expect(dikutip.every((l) => /"[^"]*, [A-Z.]+"/.test(l))).toBe(true)
	})

	it('writes a byte-identical file for the same seed', async () => {
		const a = path.join(folder, 'a.csv')
		const b = path.join(folder, 'b.csv')
		await tulisDkbSintetis({ ...OPSI, out: a })
		await tulisDkbSintetis({ ...OPSI, out: b })
		expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true)
	})

	it('can use ; as the separator', async () => {
		const out = path.join(folder, 'titik-koma.csv')
		await tulisDkbSintetis({ ...OPSI, penduduk: 500, out, pemisah: ';' })
		const rows = parse(fs.readFileSync(out), { columns: true, delimiter: ';' }) as Record<string, string>[]
		expect(rows).toHaveLength(500)
		expect(Object.keys(rows[0]!)).toEqual([...KOLOM_DKB])
		expect(rows).toEqual([...barisSintetis({ ...OPSI, penduduk: 500 })])
	})

	it('refuses bad options before creating the file', async () => {
		const out = path.join(folder, 'salah.csv')
		await expect(tulisDkbSintetis({ ...OPSI, semester: '2026', out })).rejects.toThrow(/Semester/)
		expect(fs.existsSync(out)).toBe(false)
		await expect(tulisDkbSintetis({ ...OPSI, out: path.join(folder, 'tidak-ada', 'x.csv') })).rejects.toThrow(/ENOENT/)
	})
})
