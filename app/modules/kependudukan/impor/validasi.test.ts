import { describe, expect, it } from 'vitest'
import { bacaTanggal, NikTerlihat, petakanKolom } from './validasi'

describe('NikTerlihat', () => {
	it('finds every repeat among many NIKs, across its growth, and no false one', () => {
		const nik = new NikTerlihat()
		const semua: string[] = []
		for (let i = 0; i < 200_000; i++) {
			// sequences near each other, and NIKs from the highest province codes (beyond a double's exact range)
			const awal = i % 2 ? '33050141' : '96710125'
			semua.push(`${awal}${String(i * 37).padStart(8, '0')}`)
		}
		expect(semua.map((n) => nik.tambah(n)).some(Boolean)).toBe(false)
		expect(semua.filter((_, i) => i % 997 === 0).every((n) => nik.tambah(n))).toBe(true)
		expect(nik.tambah('9671012599999999')).toBe(false)
		expect(nik.tambah('9671012599999998')).toBe(false)
		expect(nik.tambah('9671012599999999')).toBe(true)
	})
})

describe('bacaTanggal', () => {
	it('reads both forms and refuses dates that do not exist', () => {
		expect(bacaTanggal('2012-02-29')).toBe('2012-02-29')
		expect(bacaTanggal('29-02-2012')).toBe('2012-02-29')
		expect(bacaTanggal('2023-02-29')).toBeNull()
		expect(bacaTanggal('1900-02-29')).toBeNull()
		expect(bacaTanggal('2000-02-29')).toBe('2000-02-29')
		expect(bacaTanggal('31-04-2000')).toBeNull()
		expect(bacaTanggal('2000/01/01')).toBeNull()
	})
})

describe('petakanKolom', () => {
	it('matches names whatever their case and order, and names the required ones missing', () => {
		const { peta, hilang } = petakanKolom(['\uFEFFnik', 'Nama_Lgkp', 'NO_KK'])
		expect(peta.get('NIK')).toBe(0)
		expect(peta.get('NAMA_LGKP')).toBe(1)
		expect(hilang).toContain('TGL_LHR')
		expect(hilang).not.toContain('NIK')
	})
})
