import { describe, expect, it } from 'vitest'
import { pilihanSemester } from './label'

describe('pilihanSemester', () => {
	it('offers the semesters that have ended, newest first', () => {
		expect(pilihanSemester('2026-11-22', 3).map((p) => p.value)).toEqual(['2026-1', '2025-2', '2025-1'])
		expect(pilihanSemester('2026-06-30', 2).map((p) => p.value)).toEqual(['2026-1', '2025-2'])
		expect(pilihanSemester('2026-06-29', 2).map((p) => p.value)).toEqual(['2025-2', '2025-1'])
		expect(pilihanSemester('2026-12-31', 1)).toEqual([{ value: '2026-2', label: 'Semester II 2026' }])
	})
})
