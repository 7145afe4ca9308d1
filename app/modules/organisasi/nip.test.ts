import { describe, expect, it } from 'vitest'
import { periksaNip } from './nip'

const HARI_INI = new Date('2026-11-22T00:00:00Z')

describe('periksaNip', () => {
	it('accepts the NIP of the demo staff', () => {
		expect(periksaNip('196905121994031008', HARI_INI)).toBeNull()
		expect(periksaNip('199001052015032001', HARI_INI)).toBeNull()
	})

	it('names the rule a NIP breaks', () => {
		expect(periksaNip('19690512199403100', HARI_INI)).toBe('NIP harus tepat 18 digit angka.')
		expect(periksaNip('19690512199403100A', HARI_INI)).toBe('NIP harus tepat 18 digit angka.')
		expect(periksaNip('193905121994031008', HARI_INI)).toMatch(/antara 1940 dan 2026/)
		expect(periksaNip('202705121994031008', HARI_INI)).toMatch(/antara 1940 dan 2026/)
		expect(periksaNip('199002301994031008', HARI_INI)).toMatch(/ada di kalender/)
		expect(periksaNip('199013011994031008', HARI_INI)).toMatch(/ada di kalender/)
		expect(periksaNip('202612011994031008', HARI_INI)).toBe('Tanggal lahir pada NIP tidak boleh setelah hari ini.')
		expect(periksaNip('196905121994131008', HARI_INI)).toMatch(/bulan TMT CPNS/)
		expect(periksaNip('196905121994001008', HARI_INI)).toMatch(/bulan TMT CPNS/)
		expect(periksaNip('196905121994033008', HARI_INI)).toBe('Digit ke-15 NIP harus 1 (pria) atau 2 (wanita).')
	})

	it('knows leap days', () => {
		expect(periksaNip('198802291994031008', HARI_INI)).toBeNull()
		expect(periksaNip('198702291994031008', HARI_INI)).toMatch(/ada di kalender/)
	})
})
