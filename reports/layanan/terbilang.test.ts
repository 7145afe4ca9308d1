import { describe, expect, it } from 'vitest'
import { terbilang, terbilangRupiah } from './terbilang'

describe('terbilang', () => {
	it.each([
		[0, 'nol'],
		[1, 'satu'],
		[9, 'sembilan'],
		[10, 'sepuluh'],
		[11, 'sebelas'],
		[12, 'dua belas'],
		[19, 'sembilan belas'],
		[20, 'dua puluh'],
		[21, 'dua puluh satu'],
		[99, 'sembilan puluh sembilan'],
		[100, 'seratus'],
		[101, 'seratus satu'],
		[111, 'seratus sebelas'],
		[250, 'dua ratus lima puluh'],
		[1000, 'seribu'],
		[1001, 'seribu satu'],
		[1100, 'seribu seratus'],
		[2000, 'dua ribu'],
		[11_000, 'sebelas ribu'],
		[21_500, 'dua puluh satu ribu lima ratus'],
		[100_000, 'seratus ribu'],
		[125_000, 'seratus dua puluh lima ribu'],
		[999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
		[1_000_000, 'satu juta'],
		[1_001_000, 'satu juta seribu'],
		[2_500_000, 'dua juta lima ratus ribu'],
		[100_000_000, 'seratus juta'],
		[1_000_000_000, 'satu miliar'],
		[1_234_567_890, 'satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu delapan ratus sembilan puluh'],
		[3_000_000_000_000, 'tiga triliun'],
		[1_000_000_000_000_000, 'seribu triliun'],
	])('%i → %s', (n, kata) => {
		expect(terbilang(n)).toBe(kata)
	})

	it('writes an amount of Rupiah', () => {
		expect(terbilangRupiah(100_000)).toBe('seratus ribu rupiah')
		expect(terbilangRupiah(50_000)).toBe('lima puluh ribu rupiah')
	})

	it('refuses what is not a whole non-negative number', () => {
		expect(() => terbilang(-1)).toThrow(RangeError)
		expect(() => terbilang(1.5)).toThrow(RangeError)
	})
})
