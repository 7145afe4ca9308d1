import { describe, expect, it } from 'vitest'
import { adaPerubahan, bandingkanTeks, BATAS_SEL } from './naskah-banding'

describe('bandingkanTeks', () => {
	it('marks the words added and removed and keeps the rest', () => {
		expect(bandingkanTeks('Rapat dilaksanakan hari Senin.', 'Rapat dilaksanakan hari Selasa pukul 09.00.')).toEqual([
			{ jenis: 'sama', teks: 'Rapat dilaksanakan hari' },
			{ jenis: 'hapus', teks: ' Senin.' },
			{ jenis: 'tambah', teks: ' Selasa pukul 09.00.' },
		])
	})

	it('shows added and removed lines', () => {
		const hasil = bandingkanTeks('Dengan hormat,\nIsi lama.\nPenutup.', 'Dengan hormat,\nPenutup.\nTembusan baru.')
		expect(hasil.filter((p) => p.jenis === 'hapus').map((p) => p.teks.trim())).toEqual(['Isi lama.'])
		expect(hasil.filter((p) => p.jenis === 'tambah').map((p) => p.teks.trim())).toEqual(['Tembusan baru.'])
		expect(hasil.map((p) => p.teks).filter((_, i) => hasil[i]!.jenis !== 'hapus').join('')).toBe('Dengan hormat,\nPenutup.\nTembusan baru.')
	})

	it('says when nothing changed, and handles empty texts', () => {
		expect(adaPerubahan(bandingkanTeks('sama persis', 'sama persis'))).toBe(false)
		expect(bandingkanTeks('', 'baru')).toEqual([{ jenis: 'tambah', teks: 'baru' }])
		expect(bandingkanTeks('lama', '')).toEqual([{ jenis: 'hapus', teks: 'lama' }])
		expect(bandingkanTeks('', '')).toEqual([])
	})

	it('falls back to whole lines for very long texts, and still rebuilds both sides', () => {
		const sisi = Math.ceil(Math.sqrt(BATAS_SEL)) + 10
		const lama = Array.from({ length: sisi }, (_, i) => `kata${i}`).join(' ')
		const baru = Array.from({ length: sisi }, (_, i) => `lain${i}`).join(' ')
		const hasil = bandingkanTeks(lama, baru)
		expect(hasil.filter((p) => p.jenis !== 'tambah').map((p) => p.teks).join('')).toBe(lama)
		expect(hasil.filter((p) => p.jenis !== 'hapus').map((p) => p.teks).join('')).toBe(baru)
	})
})
