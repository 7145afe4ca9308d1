import { describe, expect, it } from 'vitest'
import { getDefinisi } from './definisi'
import { formatDurasi, namaLangkah } from './tampilan'

describe('tampilan alur', () => {
	it('says durations the way people do', () => {
		expect(formatDurasi(null)).toBeNull()
		expect(formatDurasi(20)).toBe('kurang dari 1 menit')
		expect(formatDurasi(12 * 60 + 30)).toBe('12 menit')
		expect(formatDurasi(2 * 3600)).toBe('2 jam')
		expect(formatDurasi(2 * 3600 + 5 * 60)).toBe('2 jam 5 menit')
		expect(formatDurasi(3 * 86_400 + 59)).toBe('3 hari')
		expect(formatDurasi(86_400 + 4 * 3600 + 10 * 60)).toBe('1 hari 4 jam')
	})

	it('names steps and ends', () => {
		const definisi = getDefinisi('SOP-WA-KK')
		expect(namaLangkah('verifikasi-permohonan', definisi)).toBe('Verifikasi permohonan')
		expect(namaLangkah('tte', definisi)).toBe('TTE')
		expect(namaLangkah('selesai', definisi)).toBe('Selesai')
		expect(namaLangkah('ditolak')).toBe('Ditolak')
		expect(namaLangkah(null)).toBeNull()
		expect(namaLangkah('tidak-ada', definisi)).toBe('tidak-ada')
	})
})
