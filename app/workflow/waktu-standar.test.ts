import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { geserTanggal, isHariKerja, tambahHariKerja } from '~/utils/hari-kerja'
import {
	dalamStandar,
	kapasitasPekan,
	menitLayanan,
	statusWaktu,
	tambahMenitLayanan,
	tanggalLokal,
	tenggat,
	tenggatHariKerja,
	type JamLayananHari,
	type Kalender,
} from './waktu-standar'

/** The 2026 holidays as seeded (SKB 3 Menteri). */
const LIBUR = new Set(
	fs
		.readFileSync('seeders/data/hari-libur.csv', 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split(',')[0]!)
		.filter(Boolean),
)

/** The demo office: Monday–Thursday 08:00–15:00, Friday 08:00–11:00. */
const JAM_DEMO: JamLayananHari[] = [
	{ hari: 1, buka: '08:00', tutup: '15:00' },
	{ hari: 2, buka: '08:00', tutup: '15:00' },
	{ hari: 3, buka: '08:00', tutup: '15:00' },
	{ hari: 4, buka: '08:00', tutup: '15:00' },
	{ hari: 5, buka: '08:00', tutup: '11:00' },
]
const KANTOR: Kalender = { jamLayanan: JAM_DEMO, libur: LIBUR, zonaWaktu: 'Asia/Jakarta' }

/** `2026-03-17 14:50` in a fixed offset (WIB by default). */
function pada(waktu: string, offset = '+07:00') {
	const [tanggal, jam = '00:00'] = waktu.split(' ')
	return new Date(`${tanggal}T${jam.length === 5 ? `${jam}:00` : jam}${offset}`)
}
const wib = (waktu: string) => pada(waktu)

describe('tambahMenitLayanan', () => {
	it.each([
		// Nyepi, Idul Fitri and cuti bersama 18–24 March: 10 minutes on Tuesday, 5 on Wednesday the 25th
		['2026-03-17 14:50', 15, '2026-03-25 08:05'],
		// Friday closes at 11:00
		['2026-03-06 10:55', 10, '2026-03-09 08:05'],
		// Sunday 31 May is Waisak, Monday 1 June Hari Lahir Pancasila
		['2026-05-29 10:55', 10, '2026-06-02 08:05'],
		['2026-03-09 07:00', 0, '2026-03-09 08:00'],
		['2026-03-09 07:00', 15, '2026-03-09 08:15'],
		['2026-03-09 09:00', 60, '2026-03-09 10:00'],
		['2026-03-09 09:17', 0, '2026-03-09 09:17'],
		// work that fills the day exactly ends at closing, not at the next opening
		['2026-03-09 14:50', 10, '2026-03-09 15:00'],
		['2026-03-09 16:00', 10, '2026-03-10 08:10'],
		['2026-03-07 10:00', 30, '2026-03-09 08:30'],
		// Mon, Tue, Wed: 3 × 420 = 1260; 180 more on Thursday
		['2026-03-09 08:00', 1440, '2026-03-12 11:00'],
		// Thu 60 + Fri 180 + Mon 60
		['2026-03-12 14:00', 300, '2026-03-16 09:00'],
		// Christmas: 24 (cuti bersama) and 25, then the weekend
		['2026-12-23 14:30', 45, '2026-12-28 08:15'],
	])('%s + %i menit → %s', (mulai, menit, hasil) => {
		expect(tambahMenitLayanan(wib(mulai), menit, KANTOR)).toEqual(wib(hasil))
	})

	it('counts in the office zone, holidays by the local date', () => {
		const wit: Kalender = { ...KANTOR, zonaWaktu: 'Asia/Jayapura' }
		// 08:05 WIT on the 25th is 23:05 UTC on the 24th, a holiday in UTC terms but not locally
		expect(tambahMenitLayanan(pada('2026-03-17 14:50', '+09:00'), 15, wit)).toEqual(pada('2026-03-25 08:05', '+09:00'))
		expect(tambahMenitLayanan(pada('2026-03-06 10:55', '+09:00'), 10, wit)).toEqual(pada('2026-03-09 08:05', '+09:00'))
		const wita: Kalender = { ...KANTOR, zonaWaktu: 'Asia/Makassar' }
		// 07:30 WIB is 08:30 WITA: already open in Makassar
		expect(tambahMenitLayanan(wib('2026-03-09 07:30'), 15, wita)).toEqual(wib('2026-03-09 07:45'))
		expect(tambahMenitLayanan(wib('2026-03-09 07:30'), 15, KANTOR)).toEqual(wib('2026-03-09 08:15'))
	})

	it('follows a daylight-saving change in a zone that has one', () => {
		const berlin: Kalender = { jamLayanan: JAM_DEMO.map((j) => ({ ...j, tutup: '15:00' })), libur: new Set(), zonaWaktu: 'Europe/Berlin' }
		// Friday 14:00 CET + 120 minutes: one on Friday, one on Monday after the switch to CEST
		expect(tambahMenitLayanan(pada('2026-03-27 14:00', '+01:00'), 120, berlin)).toEqual(pada('2026-03-30 09:00', '+02:00'))
		expect(menitLayanan(pada('2026-03-27 08:00', '+01:00'), pada('2026-03-30 15:00', '+02:00'), berlin)).toBe(2 * 420)
	})

	it('is the inverse of menitLayanan and gives the earliest such instant', () => {
		for (let ms = wib('2026-03-01 00:00').getTime(); ms < wib('2026-04-10 00:00').getTime(); ms += 97 * 60_000) {
			const mulai = new Date(ms)
			for (const menit of [0, 1, 15, 60, 420, 1000, 5000]) {
				const hasil = tambahMenitLayanan(mulai, menit, KANTOR)
				expect(menitLayanan(mulai, hasil, KANTOR)).toBe(menit)
				if (menit > 0) expect(menitLayanan(mulai, new Date(hasil.getTime() - 60_000), KANTOR)).toBe(menit - 1)
			}
		}
	})
})

describe('menitLayanan', () => {
	it.each([
		['2026-03-17 14:50', '2026-03-25 08:05', 15],
		['2026-03-09 07:00', '2026-03-09 16:00', 420],
		// four long days and a short Friday
		['2026-03-09 08:00', '2026-03-16 08:00', 4 * 420 + 180],
		['2026-03-06 10:55', '2026-03-09 08:05', 10],
		['2026-03-07 00:00', '2026-03-09 00:00', 0],
		['2026-03-18 00:00', '2026-03-25 00:00', 0],
		// the wrong way round
		['2026-03-10 09:00', '2026-03-09 09:00', 0],
		['2026-03-09 08:00:00', '2026-03-09 08:00:30', 0.5],
	])('%s → %s = %s menit', (dari, sampai, menit) => {
		expect(menitLayanan(wib(dari), wib(sampai), KANTOR)).toBe(menit)
	})

	it('handles a whole year quickly (a step per day)', () => {
		const t0 = performance.now()
		const menit = menitLayanan(wib('2026-01-01 00:00'), wib('2027-01-01 00:00'), KANTOR)
		let harapan = 0
		for (let d = '2026-01-01'; d <= '2026-12-31'; d = geserTanggal(d, 1)) {
			if (isHariKerja(d, LIBUR)) harapan += new Date(`${d}T00:00:00Z`).getUTCDay() === 5 ? 180 : 420
		}
		expect(menit).toBe(harapan)
		expect(tambahMenitLayanan(wib('2026-01-01 00:00'), harapan, KANTOR)).toEqual(wib('2026-12-31 15:00'))
		expect(performance.now() - t0).toBeLessThan(2000)
	})
})

describe('tenggatHariKerja', () => {
	it.each([
		// the day of arrival never counts, whatever the hour
		['2026-03-16 09:00', 1, '2026-03-17 15:00'],
		['2026-03-16 20:00', 1, '2026-03-17 15:00'],
		['2026-03-17 10:00', 1, '2026-03-25 15:00'],
		['2026-03-17 10:00', 5, '2026-03-31 15:00'],
		// Thursday 24 December is cuti bersama, 25 Christmas, then the weekend
		['2026-12-24 10:00', 1, '2026-12-28 15:00'],
		['2026-12-23 10:00', 2, '2026-12-29 15:00'],
		// Friday closes at 11:00
		['2026-03-05 10:00', 1, '2026-03-06 11:00'],
		['2026-03-06 10:00', 1, '2026-03-09 15:00'],
		['2026-03-07 10:00', 1, '2026-03-09 15:00'],
		['2026-05-13 10:00', 2, '2026-05-19 15:00'],
		// n = 0: by closing today, or the next open day's closing
		['2026-03-09 10:00', 0, '2026-03-09 15:00'],
		['2026-03-09 16:00', 0, '2026-03-10 15:00'],
		['2026-03-07 10:00', 0, '2026-03-09 15:00'],
	])('%s + %i hari kerja → %s', (mulai, n, hasil) => {
		expect(tenggatHariKerja(wib(mulai), n, KANTOR)).toEqual(wib(hasil))
	})

	it('lands on the same date as tambahHariKerja through 2026', () => {
		for (let d = '2025-12-20'; d <= '2027-01-05'; d = geserTanggal(d, 1)) {
			for (const n of [1, 2, 5, 10, 30]) {
				expect(tanggalLokal(tenggatHariKerja(wib(`${d} 10:00`), n, KANTOR), 'Asia/Jakarta')).toBe(tambahHariKerja(d, n, LIBUR))
			}
		}
	})
})

describe('other calendars', () => {
	it('counts Saturday when the office serves on Saturday', () => {
		const sabtu: Kalender = { ...KANTOR, jamLayanan: [...JAM_DEMO, { hari: 6, buka: '08:00', tutup: '12:00' }] }
		expect(tambahMenitLayanan(wib('2026-03-06 10:55'), 10, sabtu)).toEqual(wib('2026-03-07 08:05'))
		expect(tenggatHariKerja(wib('2026-03-06 10:00'), 1, sabtu)).toEqual(wib('2026-03-07 12:00'))
		expect(kapasitasPekan(sabtu.jamLayanan)).toEqual({ hari: 6, menit: 4 * 420 + 180 + 240 })
	})

	it('skips a break and merges overlapping hours of one day', () => {
		const istirahat: Kalender = {
			...KANTOR,
			jamLayanan: [
				{ hari: 1, buka: '13:00', tutup: '15:00' },
				{ hari: 1, buka: '08:00', tutup: '12:00' },
			],
		}
		expect(tambahMenitLayanan(wib('2026-03-09 11:55'), 10, istirahat)).toEqual(wib('2026-03-09 13:05'))
		expect(menitLayanan(wib('2026-03-09 11:00'), wib('2026-03-09 14:00'), istirahat)).toBe(120)
		expect(tenggatHariKerja(wib('2026-03-06 10:00'), 1, istirahat)).toEqual(wib('2026-03-09 15:00'))
		const tumpang = [
			{ hari: 1, buka: '08:00', tutup: '12:00' },
			{ hari: 1, buka: '10:00', tutup: '13:00' },
		]
		expect(menitLayanan(wib('2026-03-09 00:00'), wib('2026-03-10 00:00'), { ...KANTOR, jamLayanan: tumpang })).toBe(300)
		expect(kapasitasPekan(tumpang)).toEqual({ hari: 1, menit: 300 })
	})

	it('walks past a long run of closed days when only one weekday is open', () => {
		// Monday only; the next three Mondays are holidays
		const senin: Kalender = { jamLayanan: [JAM_DEMO[0]!], libur: new Set(['2026-03-16', '2026-03-23', '2026-03-30']), zonaWaktu: 'Asia/Jakarta' }
		expect(tenggatHariKerja(wib('2026-03-09 10:00'), 1, senin)).toEqual(wib('2026-04-06 15:00'))
		expect(tambahMenitLayanan(wib('2026-03-09 14:55'), 10, senin)).toEqual(wib('2026-04-06 08:05'))
	})
})

describe('tenggat and dalamStandar', () => {
	it('dispatches on the kind of standard', () => {
		expect(tenggat(wib('2026-03-17 14:50'), { menit: 15 }, KANTOR)).toEqual(wib('2026-03-25 08:05'))
		expect(tenggat(wib('2026-12-24 10:00'), { hariKerja: 1 }, KANTOR)).toEqual(wib('2026-12-28 15:00'))
	})

	it.each([
		['2026-03-17 14:50', { menit: 15 }, '2026-03-25 08:05', true],
		['2026-03-17 14:50', { menit: 15 }, '2026-03-25 08:06', false],
		['2026-03-17 14:50', { menit: 15 }, '2026-03-17 14:51', true],
		['2026-03-16 09:00', { hariKerja: 1 }, '2026-03-17 15:00', true],
		['2026-03-16 09:00', { hariKerja: 1 }, '2026-03-17 15:01', false],
	] as const)('%s %j done %s → %s', (mulai, waktu, selesai, hasil) => {
		expect(dalamStandar(wib(mulai), wib(selesai), waktu, KANTOR)).toBe(hasil)
	})
})

describe('statusWaktu', () => {
	it.each([
		['2026-03-09 08:00', 'dalam'],
		['2026-03-09 09:19', 'dalam'],
		['2026-03-09 09:20', 'hampir'],
		['2026-03-09 09:40', 'hampir'],
		['2026-03-09 09:41', 'lewat'],
	] as const)('100 minutes from 08:00, at %s → %s', (sekarang, status) => {
		expect(statusWaktu({ mulai: wib('2026-03-09 08:00'), tenggat: wib('2026-03-09 09:40'), sekarang: wib(sekarang) })).toBe(status)
	})

	it('measures in service minutes when given the calendar', () => {
		// 15 service minutes from Monday 14:50 are due Tuesday 08:05
		const mulai = wib('2026-03-09 14:50')
		const batas = tenggat(mulai, { menit: 15 }, KANTOR)
		expect(batas).toEqual(wib('2026-03-10 08:05'))
		expect(statusWaktu({ mulai, tenggat: batas, sekarang: wib('2026-03-10 07:00') })).toBe('hampir')
		expect(statusWaktu({ mulai, tenggat: batas, sekarang: wib('2026-03-10 07:00'), kalender: KANTOR })).toBe('dalam')
		expect(statusWaktu({ mulai, tenggat: batas, sekarang: wib('2026-03-10 08:02'), kalender: KANTOR })).toBe('hampir')
		expect(statusWaktu({ mulai, tenggat: batas, sekarang: wib('2026-03-10 08:06'), kalender: KANTOR })).toBe('lewat')
	})

	it('treats a zero span as nearly due until it passes', () => {
		const t = wib('2026-03-09 08:00')
		expect(statusWaktu({ mulai: t, tenggat: t, sekarang: t })).toBe('hampir')
		expect(statusWaktu({ mulai: t, tenggat: t, sekarang: new Date(t.getTime() + 1) })).toBe('lewat')
	})
})

describe('bad input', () => {
	const tanpaLayanan: Kalender = { jamLayanan: [], libur: new Set(), zonaWaktu: 'Asia/Jakarta' }

	it('throws a clear error for a calendar without an open day instead of looping', () => {
		const mulai = wib('2026-03-09 08:00')
		expect(() => tambahMenitLayanan(mulai, 10, tanpaLayanan)).toThrow(/tidak memiliki hari buka/)
		expect(() => tenggatHariKerja(mulai, 1, tanpaLayanan)).toThrow(/tidak memiliki hari buka/)
		expect(() => menitLayanan(mulai, wib('2026-03-10 08:00'), tanpaLayanan)).toThrow(/tidak memiliki hari buka/)
		// a holiday set that claims every date: the walk stops instead of running forever
		class SemuaLibur extends Set<string> {
			override has() {
				return true
			}
		}
		const semuaLibur: Kalender = { ...KANTOR, libur: new SemuaLibur() }
		expect(() => tambahMenitLayanan(mulai, 10, semuaLibur)).toThrow(/tidak memiliki hari buka setelah 2026-03-09/)
		expect(() => tenggatHariKerja(mulai, 1, semuaLibur)).toThrow(/tidak memiliki hari buka/)
	})

	it('refuses malformed hours, amounts, instants and zones', () => {
		const mulai = wib('2026-03-09 08:00')
		expect(() => tambahMenitLayanan(mulai, 10, { ...KANTOR, jamLayanan: [{ hari: 1, buka: '8:00', tutup: '15:00' }] })).toThrow(RangeError)
		expect(() => tambahMenitLayanan(mulai, 10, { ...KANTOR, jamLayanan: [{ hari: 1, buka: '15:00', tutup: '08:00' }] })).toThrow(/harus setelah jam buka/)
		expect(() => tambahMenitLayanan(mulai, 10, { ...KANTOR, jamLayanan: [{ hari: 8, buka: '08:00', tutup: '15:00' }] })).toThrow(RangeError)
		expect(() => tambahMenitLayanan(mulai, -1, KANTOR)).toThrow(RangeError)
		expect(() => tambahMenitLayanan(mulai, Number.NaN, KANTOR)).toThrow(RangeError)
		expect(() => tenggatHariKerja(mulai, 1.5, KANTOR)).toThrow(RangeError)
		expect(() => tenggatHariKerja(mulai, -1, KANTOR)).toThrow(RangeError)
		expect(() => tenggat(new Date(Number.NaN), { menit: 5 }, KANTOR)).toThrow(/Waktu mulai tidak sah/)
		expect(() => tambahMenitLayanan(mulai, 10, { ...KANTOR, zonaWaktu: 'Asia/Atlantis' })).toThrow(/Zona waktu tidak dikenal/)
	})
})
