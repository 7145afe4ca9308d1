import { describe, expect, it } from 'vitest'
import { withRequestContext } from '#test/utils'
import { createHariLibur, listTanggalLibur } from '~/modules/referensi/hari-libur.server'
import type { PengaturanKantorInput } from '~/modules/referensi/pengaturan-kantor.schema'
import { getJamLayananKantor, getPengaturanKantor, updatePengaturanKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { geserTanggal } from '~/utils/hari-kerja'
import type { Waktu } from './definisi/jenis'
import { dalamStandar, menitLayanan, statusWaktu, tenggat } from './waktu-standar'
import { getKalenderKantor, tenggatKantor } from './waktu-standar.server'

const wib = (waktu: string) => new Date(`${waktu.replace(' ', 'T')}:00+07:00`)
const wita = (waktu: string) => new Date(`${waktu.replace(' ', 'T')}:00+08:00`)

describe('getKalenderKantor', () => {
	it('loads the demo service hours, the zone and the holidays of the range', async () => {
		expect(await getJamLayananKantor()).toEqual({
			jamLayanan: [
				{ hari: 1, buka: '08:00', tutup: '15:00' },
				{ hari: 2, buka: '08:00', tutup: '15:00' },
				{ hari: 3, buka: '08:00', tutup: '15:00' },
				{ hari: 4, buka: '08:00', tutup: '15:00' },
				{ hari: 5, buka: '08:00', tutup: '11:00' },
			],
			zonaWaktu: 'Asia/Jakarta',
		})
		const kalender = await getKalenderKantor(wib('2026-03-17 14:50'), wib('2026-03-25 08:05'))
		expect(kalender.zonaWaktu).toBe('Asia/Jakarta')
		for (const tanggal of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']) expect(kalender.libur.has(tanggal)).toBe(true)
		expect(kalender.libur.has('2026-05-01')).toBe(false)
		expect(menitLayanan(wib('2026-03-17 14:50'), wib('2026-03-25 08:05'), kalender)).toBe(15)
	})

	it('serves statusWaktu and dalamStandar on the office calendar', async () => {
		const mulai = wib('2026-03-17 14:50')
		const batas = await tenggatKantor(mulai, { menit: 15 })
		const kalender = await getKalenderKantor(mulai, batas)
		// a week of holidays later, only 10 of the 15 minutes have passed
		expect(statusWaktu({ mulai, tenggat: batas, sekarang: wib('2026-03-24 12:00'), kalender })).toBe('dalam')
		expect(statusWaktu({ mulai, tenggat: batas, sekarang: wib('2026-03-25 08:03'), kalender })).toBe('hampir')
		expect(statusWaktu({ mulai, tenggat: batas, sekarang: wib('2026-03-25 08:06'), kalender })).toBe('lewat')
		expect(dalamStandar(mulai, wib('2026-03-25 08:05'), { menit: 15 }, kalender)).toBe(true)
		expect(dalamStandar(mulai, wib('2026-03-25 08:06'), { menit: 15 }, kalender)).toBe(false)
	})
})

describe('tenggatKantor with the seeded 2026 holidays', () => {
	it.each<[string, Waktu, string]>([
		// 10 minutes on Tuesday; 18–24 March are Nyepi, Idul Fitri, cuti bersama and a weekend
		['2026-03-17 14:50', { menit: 15 }, '2026-03-25 08:05'],
		// Friday closes at 11:00
		['2026-03-06 10:55', { menit: 10 }, '2026-03-09 08:05'],
		// Sunday 31 May Waisak, Monday 1 June Hari Lahir Pancasila
		['2026-05-29 10:55', { menit: 10 }, '2026-06-02 08:05'],
		// Wednesday 16:00 is after closing: the count starts on Thursday 08:00
		['2026-08-12 16:00', { menit: 60 }, '2026-08-13 09:00'],
		// Friday 14 August: 17 August (Monday) is Proklamasi
		['2026-08-14 10:30', { menit: 45 }, '2026-08-18 08:15'],
		['2026-03-16 09:00', { hariKerja: 1 }, '2026-03-17 15:00'],
		['2026-03-17 09:00', { hariKerja: 1 }, '2026-03-25 15:00'],
		// Thursday 24 December is cuti bersama: 25 Christmas, 26–27 the weekend
		['2026-12-24 10:00', { hariKerja: 1 }, '2026-12-28 15:00'],
		['2026-12-23 10:00', { hariKerja: 2 }, '2026-12-29 15:00'],
		// Kenaikan Yesus Kristus and its cuti bersama on 14–15 May
		['2026-05-13 10:00', { hariKerja: 2 }, '2026-05-19 15:00'],
		// Thursday 2 April + 1: Friday 3 April is Wafat Yesus Kristus
		['2026-04-02 10:00', { hariKerja: 1 }, '2026-04-06 15:00'],
		['2026-04-01 10:00', { hariKerja: 1 }, '2026-04-02 15:00'],
	])('%s %j → %s WIB', async (mulai, waktu, hasil) => {
		expect(await tenggatKantor(wib(mulai), waktu)).toEqual(wib(hasil))
	})

	it('agrees with the pure function given every holiday, for long standards', async () => {
		const libur = await listTanggalLibur('2025-01-01', '2028-12-31')
		const { jamLayanan, zonaWaktu } = await getJamLayananKantor()
		for (const waktu of [{ hariKerja: 60 }, { hariKerja: 200 }, { menit: 10_000 }, { menit: 60_000 }]) {
			const mulai = wib('2026-01-02 09:30')
			expect(await tenggatKantor(mulai, waktu)).toEqual(tenggat(mulai, waktu, { jamLayanan, zonaWaktu, libur }))
		}
	})

	it('widens the holiday range when a long run of holidays pushes the deadline past it', async () => {
		// two months of holidays at the start of 2028 (none are seeded for 2027)
		await withRequestContext(async () => {
			for (let d = '2028-01-01'; d <= '2028-02-29'; d = geserTanggal(d, 1)) {
				expect((await createHariLibur({ tanggal: d, nama: 'Libur uji panjang', jenis: 'libur-nasional' })).ok).toBe(true)
			}
		})
		// Friday 31 December 2027: 5 minutes before closing, the rest on Wednesday 1 March 2028
		expect(await tenggatKantor(wib('2027-12-31 10:55'), { menit: 15 })).toEqual(wib('2028-03-01 08:10'))
		expect(await tenggatKantor(wib('2027-12-31 10:00'), { hariKerja: 1 })).toEqual(wib('2028-03-01 15:00'))
	})
})

describe('a changed office profile', () => {
	async function simpanJamLayanan(zonaWaktu: PengaturanKantorInput['zonaWaktu'], jamLayanan: PengaturanKantorInput['jamLayanan']) {
		const p = await getPengaturanKantor()
		const { adaLogo: _adaLogo, ...isian } = p
		const hasil = await withRequestContext(() => updatePengaturanKantor({ ...isian, zonaWaktu, jamLayanan }))
		expect(hasil).toEqual({ ok: true })
	}

	it('uses the new zone and a Saturday service', async () => {
		await simpanJamLayanan('Asia/Makassar', [
			{ hari: 1, buka: '08:00', tutup: '15:00' },
			{ hari: 5, buka: '08:00', tutup: '11:00' },
			{ hari: 6, buka: '08:00', tutup: '12:00' },
		])
		expect(await tenggatKantor(wita('2026-03-06 10:55'), { menit: 10 })).toEqual(wita('2026-03-07 08:05'))
		expect(await tenggatKantor(wita('2026-03-07 10:00'), { hariKerja: 1 })).toEqual(wita('2026-03-09 15:00'))
		// 07:30 WIB is 08:30 WITA on a Monday: already open
		expect(await tenggatKantor(wib('2026-03-09 07:30'), { menit: 15 })).toEqual(wib('2026-03-09 07:45'))
		expect((await getKalenderKantor(wita('2026-03-06 08:00'), wita('2026-03-07 08:00'))).zonaWaktu).toBe('Asia/Makassar')
	})

	it('refuses to compute a deadline when the office has no service hours', async () => {
		await simpanJamLayanan('Asia/Jakarta', [])
		await expect(tenggatKantor(wib('2026-03-09 08:00'), { menit: 15 })).rejects.toThrow(/tidak memiliki hari buka/)
	})
})
