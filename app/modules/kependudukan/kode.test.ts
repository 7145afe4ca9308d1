import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PEKERJAAN, labelSemester, semesterSebelumnya, tanggalAcuan, umurPada, wajibKtp } from './kode'

describe('kode DKB', () => {
	it('has the 89 occupations of the project\'s own list, in code order', () => {
		const baris = fs.readFileSync('seeders/data/kode-pekerjaan.csv', 'utf8').trim().split('\n').slice(1)
		expect(baris.map((b) => b.slice(b.indexOf(',') + 1))).toEqual([...PEKERJAAN])
		expect(PEKERJAAN).toHaveLength(89)
	})

	it('names a semester by its reference date and knows the one before', () => {
		expect(tanggalAcuan('2026-1')).toBe('2026-06-30')
		expect(tanggalAcuan('2026-2')).toBe('2026-12-31')
		expect(tanggalAcuan('2026-3')).toBeNull()
		expect(semesterSebelumnya('2026-1')).toBe('2025-2')
		expect(semesterSebelumnya('2026-2')).toBe('2026-1')
		expect(labelSemester('2025-2')).toBe('Semester II 2025')
	})

	it('counts completed years, a 29 February birthday falling on 1 March in other years', () => {
		expect(umurPada('2009-06-30', '2026-06-30')).toBe(17)
		expect(umurPada('2009-07-01', '2026-06-30')).toBe(16)
		expect(umurPada('2008-02-29', '2025-02-28')).toBe(16)
		expect(umurPada('2008-02-29', '2025-03-01')).toBe(17)
		expect(umurPada('2008-02-29', '2024-02-29')).toBe(16)
	})

	it('makes the married wajib KTP whatever their age', () => {
		expect(wajibKtp(17, 1)).toBe(true)
		expect(wajibKtp(16, 1)).toBe(false)
		expect(wajibKtp(16, 2)).toBe(true)
		expect(wajibKtp(15, 4)).toBe(true)
	})
})
