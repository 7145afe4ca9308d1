import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { Op } from 'sequelize'
import { afterAll, describe, expect, it } from 'vitest'
import { Wilayah } from '#models/index'
import { WilayahSintetisError, tulisDkbSintetisKantor } from './kantor.server'
import { type BarisDkb } from './kolom'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dkb-kantor-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const baca = (file: string) => parse(fs.readFileSync(file), { columns: true }) as BarisDkb[]
const kodeDesa = (r: BarisDkb) => `${r.NO_PROP.padStart(2, '0')}.${r.NO_KAB.padStart(2, '0')}.${r.NO_KEC.padStart(2, '0')}.${r.NO_KEL.padStart(4, '0')}`

describe("a synthetic DKB file for the office's kabupaten", () => {
	it('spreads the residents over the demo office’s 460 desa/kelurahan of Kebumen', async () => {
		const out = path.join(folder, 'kebumen.csv')
		const hasil = await tulisDkbSintetisKantor({ penduduk: 5000, semester: '2026-1', out, seed: 3 })
		expect(hasil).toMatchObject({ penduduk: 5000, desa: 460, wilayah: { kode: '33.05', nama: 'Kabupaten Kebumen' } })

		const desa = new Set(
			(await Wilayah.findAll({ where: { tingkat: 'desa', kode: { [Op.like]: '33.05.%' } } })).map((w) => w.kode),
		)
		expect(desa.size).toBe(460)
		const rows = baca(out)
		expect(rows).toHaveLength(5000)
		expect(rows.every((r) => desa.has(kodeDesa(r)))).toBe(true)
		expect(new Set(rows.map(kodeDesa)).size).toBeGreaterThan(400)
		expect(rows.filter((r) => r.TMPT_LHR === 'KEBUMEN').length / rows.length).toBeGreaterThan(0.7)
	})

	it('takes another kabupaten/kota when told, with its own town and kelurahan streets', async () => {
		const out = path.join(folder, 'pasuruan.csv')
		const hasil = await tulisDkbSintetisKantor({ penduduk: 800, semester: '2025-2', out, wilayah: '35.75' })
		expect(hasil).toMatchObject({ penduduk: 800, desa: 34, wilayah: { kode: '35.75' } })
		const rows = baca(out)
		expect(rows.every((r) => r.NIK.startsWith('3575') && r.TGL_LHR <= '2025-12-31')).toBe(true)
		expect(rows.some((r) => r.TMPT_LHR === 'PASURUAN')).toBe(true)
		expect(rows.every((r) => r.ALAMAT.startsWith('JL. '))).toBe(true)
	})

	it('refuses a code that is not a kabupaten/kota', async () => {
		const out = path.join(folder, 'salah.csv')
		await expect(tulisDkbSintetisKantor({ penduduk: 10, semester: '2026-1', out, wilayah: '33.99' })).rejects.toBeInstanceOf(WilayahSintetisError)
		await expect(tulisDkbSintetisKantor({ penduduk: 10, semester: '2026-1', out, wilayah: '33.05.01' })).rejects.toThrow(/bukan kabupaten/)
		expect(fs.existsSync(out)).toBe(false)
	})
})
