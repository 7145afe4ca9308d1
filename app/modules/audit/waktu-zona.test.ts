import { describe, expect, it } from 'vitest'
import { awalHariUtc, formatWaktuDetik, hariBerikutnya, isTanggal } from './waktu-zona'

describe('office dates', () => {
	it('finds the UTC instant of an office midnight in each Indonesian zone', () => {
		expect(awalHariUtc('2026-03-01', 'Asia/Jakarta').toISOString()).toBe('2026-02-28T17:00:00.000Z')
		expect(awalHariUtc('2026-03-01', 'Asia/Makassar').toISOString()).toBe('2026-02-28T16:00:00.000Z')
		expect(awalHariUtc('2026-03-01', 'Asia/Jayapura').toISOString()).toBe('2026-02-28T15:00:00.000Z')
		expect(awalHariUtc('2026-03-01', 'Bukan/Zona').toISOString()).toBe('2026-02-28T17:00:00.000Z')
	})

	it('checks calendar dates and steps to the next day', () => {
		expect(isTanggal('2024-02-29')).toBe(true)
		expect(isTanggal('2026-02-29')).toBe(false)
		expect(isTanggal('2026-1-01')).toBe(false)
		expect(hariBerikutnya('2026-12-31')).toBe('2027-01-01')
	})

	it('shows an instant to the second in the office zone', () => {
		expect(formatWaktuDetik('2026-02-28T17:00:05Z', 'Asia/Jakarta')).toBe('2026-03-01 00:00:05')
	})
})
