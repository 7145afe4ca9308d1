import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { geserTanggal, hitungHariKerja, isHariKerja, tambahHariKerja } from './hari-kerja'

/** The 2026 holidays as seeded (SKB 3 Menteri). */
const LIBUR = new Set(
	fs
		.readFileSync('seeders/data/hari-libur.csv', 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split(',')[0]!)
		.filter(Boolean),
)

describe('tambahHariKerja', () => {
	it('skips Nyepi, Idul Fitri and cuti bersama (18–24 March 2026) and the weekend', () => {
		// Tue 17 → Wed 25 (1), Thu 26 (2), Fri 27 (3), Mon 30 (4), Tue 31 (5)
		expect(tambahHariKerja('2026-03-17', 5, LIBUR)).toBe('2026-03-31')
		expect(tambahHariKerja('2026-03-17', 4, LIBUR)).toBe('2026-03-30')
		expect(tambahHariKerja('2026-03-17', 1, LIBUR)).toBe('2026-03-25')
		// without holidays the same five days end on Tuesday the 24th
		expect(tambahHariKerja('2026-03-17', 5, new Set())).toBe('2026-03-24')
	})

	it('never counts the start day; Friday plus one is Monday, a weekend start counts from Monday', () => {
		expect(tambahHariKerja('2026-03-06', 1, LIBUR)).toBe('2026-03-09')
		expect(tambahHariKerja('2026-03-07', 1, LIBUR)).toBe('2026-03-09')
		expect(tambahHariKerja('2026-03-17', 0, LIBUR)).toBe('2026-03-17')
	})

	it('crosses Christmas and the year end', () => {
		// Wed 23 Dec: 24 cuti bersama, 25 Natal, 26–27 weekend → Mon 28 (1), Tue 29 (2)
		expect(tambahHariKerja('2026-12-23', 2, LIBUR)).toBe('2026-12-29')
		expect(tambahHariKerja('2026-12-31', 1, LIBUR)).toBe('2027-01-01')
	})

	it('goes backwards for a negative n', () => {
		expect(tambahHariKerja('2026-03-25', -1, LIBUR)).toBe('2026-03-17')
		expect(tambahHariKerja('2026-03-31', -5, LIBUR)).toBe('2026-03-17')
	})

	it('refuses a date that is not on the calendar and a fractional n', () => {
		expect(() => tambahHariKerja('2026-02-30', 1, LIBUR)).toThrow(RangeError)
		expect(() => tambahHariKerja('17-03-2026', 1, LIBUR)).toThrow(RangeError)
		expect(() => tambahHariKerja('2026-03-17', 1.5, LIBUR)).toThrow(RangeError)
	})
})

describe('hitungHariKerja', () => {
	it('counts the days after `dari` up to and including `sampai`', () => {
		expect(hitungHariKerja('2026-03-17', '2026-03-31', LIBUR)).toBe(5)
		expect(hitungHariKerja('2026-03-17', '2026-03-17', LIBUR)).toBe(0)
		expect(hitungHariKerja('2026-03-06', '2026-03-09', LIBUR)).toBe(1)
		expect(hitungHariKerja('2026-03-17', '2026-03-24', LIBUR)).toBe(0)
		expect(hitungHariKerja('2026-03-31', '2026-03-17', LIBUR)).toBe(-5)
	})

	it('is the inverse of tambahHariKerja and agrees with a day-by-day count through 2026', () => {
		for (let awal = '2025-12-20'; awal <= '2027-01-05'; awal = geserTanggal(awal, 1)) {
			for (const n of [0, 1, 3, 5, 10, 14, 30]) {
				expect(hitungHariKerja(awal, tambahHariKerja(awal, n, LIBUR), LIBUR)).toBe(n)
			}
			const akhir = geserTanggal(awal, 40)
			let manual = 0
			for (let d = geserTanggal(awal, 1); d <= akhir; d = geserTanggal(d, 1)) if (isHariKerja(d, LIBUR)) manual += 1
			expect(hitungHariKerja(awal, akhir, LIBUR)).toBe(manual)
		}
	})

	it('knows weekends and holidays', () => {
		expect(isHariKerja('2026-03-19', LIBUR)).toBe(false)
		expect(isHariKerja('2026-03-28', LIBUR)).toBe(false)
		expect(isHariKerja('2026-03-25', LIBUR)).toBe(true)
		expect(geserTanggal('2026-02-28', 1)).toBe('2026-03-01')
	})
})
