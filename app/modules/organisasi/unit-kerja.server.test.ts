import { describe, expect, it } from 'vitest'
import { createUnitKerja, getUnitKerja, listPilihanUnitKerja, updateUnitKerja } from './unit-kerja.server'

describe('unit kerja service', () => {
	it('refuses a cycle however deep the new induk sits', async () => {
		const kadis = (await getUnitKerja(1))!
		const result = await updateUnitKerja(1, { ...kadis, indukId: 9 })
		expect(result).toEqual({ ok: false, errors: { indukId: [expect.stringMatching(/berada di bawah unit kerja ini/)] } })
	})

	it('refuses a missing induk, and a stale version', async () => {
		const base = { kode: 'UPTD-1', nama: 'UPTD Uji', jenis: 'uptd' as const, urutan: 0, aktif: true }
		expect(await createUnitKerja({ ...base, indukId: 999 })).toEqual({ ok: false, errors: { indukId: ['Unit induk tidak ditemukan.'] } })
		const seksi = (await getUnitKerja(6))!
		expect(await updateUnitKerja(6, { ...seksi, version: seksi.version + 1 })).toEqual({ ok: false, konflik: true })
		expect(await updateUnitKerja(999, { ...seksi })).toBeNull()
	})

	it('offers the units in tree order, indented, without the unit being edited', async () => {
		const pilihan = await listPilihanUnitKerja({ kecuali: 5 })
		expect(pilihan[0]).toEqual({ value: 1, label: 'Kepala Dinas' })
		expect(pilihan[1]!.label).toBe('\u00a0\u00a0Sekretariat')
		expect(pilihan[2]!.label).toBe('\u00a0\u00a0\u00a0\u00a0Subbagian Umum dan Kepegawaian')
		// unit 5 and its seksi (6, 7) cannot become its own induk
		expect(pilihan.map((p) => p.value)).not.toEqual(expect.arrayContaining([5]))
		expect(pilihan).toHaveLength(11)
	})
})
