import { describe, expect, it } from 'vitest'
import { createHariLibur, listTanggalLibur } from '~/modules/referensi/hari-libur.server'
import { geserTanggal, tambahHariKerja } from './hari-kerja'
import { hitungHariKerjaKantor, isHariKerjaKantor, tambahHariKerjaKantor } from './hari-kerja.server'

describe('hari kerja kantor', () => {
	it('uses the seeded 2026 holidays', async () => {
		expect(await tambahHariKerjaKantor('2026-03-17', 5)).toBe('2026-03-31')
		expect(await tambahHariKerjaKantor('2026-03-31', -5)).toBe('2026-03-17')
		expect(await tambahHariKerjaKantor('2026-05-13', 2)).toBe('2026-05-19')
		expect(await hitungHariKerjaKantor('2026-03-17', '2026-03-31')).toBe(5)
		expect(await isHariKerjaKantor('2026-08-17')).toBe(false)
		expect(await isHariKerjaKantor('2026-08-18')).toBe(true)
	})

	it('matches the pure function over a long span', async () => {
		const libur = await listTanggalLibur('2026-01-01', '2027-12-31')
		expect(await tambahHariKerjaKantor('2026-01-02', 200)).toBe(tambahHariKerja('2026-01-02', 200, libur))
	})

	it('widens the holiday range when a long run of holidays pushes the answer past it', async () => {
		// 1 working day after 31 Dec 2027 first loads 32 days; 60 holidays in a row need more.
		for (let d = '2028-01-01'; d <= '2028-02-29'; d = geserTanggal(d, 1)) {
			const hasil = await createHariLibur({ tanggal: d, nama: 'Libur uji panjang', jenis: 'libur-nasional' })
			expect(hasil.ok).toBe(true)
		}
		expect(await tambahHariKerjaKantor('2027-12-31', 1)).toBe('2028-03-01')
		expect(await tambahHariKerjaKantor('2028-03-01', -1)).toBe('2027-12-31')
	})
})
