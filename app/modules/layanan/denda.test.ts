import { describe, expect, it } from 'vitest'
import { hitungDenda, selisihHari, tarifBerlaku, type Tarif } from './denda'

const tarif: Tarif[] = [
	{ peristiwa: 'kelahiran', batasHari: 60, nominal: 50_000, berlakuMulai: '2020-01-01', berlakuSampai: '2025-12-31' },
	{ peristiwa: 'kelahiran', batasHari: 60, nominal: 100_000, berlakuMulai: '2026-01-01', berlakuSampai: null },
	{ peristiwa: 'kematian', batasHari: 30, nominal: 75_000, berlakuMulai: '2026-01-01', berlakuSampai: null },
]

describe('denda keterlambatan', () => {
	it.each([
		// event, report, expected fine, days late
		['2026-01-01', '2026-03-02', 0, 0], // day 60: still in time
		['2026-01-01', '2026-03-03', 100_000, 1], // day 61
		['2025-10-01', '2025-12-31', 50_000, 31], // the rate of the reporting date, not of the event
		['2025-10-01', '2026-01-01', 100_000, 32],
		['2026-05-10', '2026-05-10', 0, 0],
	])('kelahiran %s dilaporkan %s → Rp%i', (peristiwa, lapor, nominal, terlambat) => {
		expect(hitungDenda({ peristiwa: 'kelahiran', tanggalPeristiwa: peristiwa, tanggalLapor: lapor, tarif })).toMatchObject({ nominal, terlambatHari: terlambat })
	})

	it('uses the deadline of the event: a death after 31 days is late', () => {
		expect(hitungDenda({ peristiwa: 'kematian', tanggalPeristiwa: '2026-02-01', tanggalLapor: '2026-03-04', tarif }).nominal).toBe(75_000)
		expect(hitungDenda({ peristiwa: 'kematian', tanggalPeristiwa: '2026-02-01', tanggalLapor: '2026-03-03', tarif }).nominal).toBe(0)
	})

	it('charges nothing without an event, a date or a valid rate', () => {
		expect(hitungDenda({ peristiwa: null, tanggalPeristiwa: '2020-01-01', tanggalLapor: '2026-01-01', tarif }).nominal).toBe(0)
		expect(hitungDenda({ peristiwa: 'kelahiran', tanggalPeristiwa: null, tanggalLapor: '2026-01-01', tarif }).nominal).toBe(0)
		expect(hitungDenda({ peristiwa: 'perkawinan', tanggalPeristiwa: '2020-01-01', tanggalLapor: '2026-01-01', tarif }).nominal).toBe(0)
		expect(tarifBerlaku(tarif, 'kelahiran', '2019-12-31')).toBeNull()
	})

	it('counts calendar days across a leap day', () => {
		expect(selisihHari('2028-02-28', '2028-03-01')).toBe(2)
	})
})
