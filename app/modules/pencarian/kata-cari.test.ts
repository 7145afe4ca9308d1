import { describe, expect, it } from 'vitest'
import { ekspresiBoolean, MAKS_KATA, pecahKata, potongSorotan } from './kata-cari'
import { adaFilter, bacaFilterCari } from './pencarian-surat.schema'

describe('pecahKata', () => {
	it('keeps letters and digits, lowercased and without repeats; everything else separates', () => {
		expect(pecahKata('+Undangan -rapat "KTP-el" (2026*) ~x@y <a> undangan')).toEqual(['undangan', 'rapat', 'ktp', 'el', '2026', 'x', 'y', 'a'])
		expect(pecahKata('Pemutakhiran Data Pemilih Éléctronique')).toEqual(['pemutakhiran', 'data', 'pemilih', 'éléctronique'])
		expect(pecahKata('+-*()~"@<>')).toEqual([])
		expect(pecahKata(undefined)).toEqual([])
		expect(pecahKata('a b c d e f g h i j k l')).toHaveLength(MAKS_KATA)
	})

	it('builds a boolean full-text query with every word required and a prefix', () => {
		expect(ekspresiBoolean(['undangan', 'ktp'])).toBe('+undangan* +ktp*')
	})
})

describe('potongSorotan', () => {
	it('marks where a searched word begins a word, whatever its case', () => {
		expect(potongSorotan('Undangan rapat koordinasi; RAPAT kedua', ['rapat', 'undang'])).toEqual([
			{ teks: 'Undang', sorot: true },
			{ teks: 'an ', sorot: false },
			{ teks: 'rapat', sorot: true },
			{ teks: ' koordinasi; ', sorot: false },
			{ teks: 'RAPAT', sorot: true },
			{ teks: ' kedua', sorot: false },
		])
		// not inside a word
		expect(potongSorotan('Penyerapan anggaran', ['rapat'])).toEqual([{ teks: 'Penyerapan anggaran', sorot: false }])
	})

	it('keeps markup in the text as text and regex characters as literals', () => {
		const potongan = potongSorotan('<script>alert(1)</script> data (a+b)', ['script', 'a'])
		expect(potongan.map((p) => p.teks).join('')).toBe('<script>alert(1)</script> data (a+b)')
		expect(potongan.filter((p) => p.sorot).map((p) => p.teks)).toEqual(['script', 'a', 'script', 'a'])
		expect(potongSorotan('axb a.b', ['a.b']).filter((p) => p.sorot).map((p) => p.teks)).toEqual(['a.b'])
		expect(potongSorotan('x', [])).toEqual([{ teks: 'x', sorot: false }])
		expect(potongSorotan('', ['x'])).toEqual([])
	})
})

describe('bacaFilterCari', () => {
	const baca = (q: string) => bacaFilterCari(new URL(`http://localhost/arsip/cari?${q}`))

	it('reads the filters, empty fields meaning none', () => {
		const hasil = baca('jenis=&teks=+undangan+&nomor=&pihak=puring&klasifikasi=400.12.&sifat=rahasia&dari=2025-01-01&sampai=2025-12-31')
		expect(hasil).toMatchObject({
			ok: true,
			filter: { jenis: 'semua', teks: 'undangan', pihak: 'puring', klasifikasi: '400.12', sifat: 'rahasia', dari: '2025-01-01', sampai: '2025-12-31' },
		})
		expect(hasil.ok && hasil.filter.nomor).toBeUndefined()
		expect(hasil.ok && adaFilter(hasil.filter)).toBe(true)
		const kosong = baca('')
		expect(kosong.ok && adaFilter(kosong.filter)).toBe(false)
	})

	it('names the field that is wrong and keeps what was typed', () => {
		const hasil = baca('jenis=surat&klasifikasi=4x&dari=2025-02-30&sampai=2024-01-01&sifat=rahasia-sekali')
		expect(hasil.ok).toBe(false)
		if (hasil.ok) return
		expect(Object.keys(hasil.errors).sort()).toEqual(['dari', 'jenis', 'klasifikasi', 'sifat'])
		expect(hasil.nilai).toMatchObject({ jenis: 'surat', klasifikasi: '4x', dari: '2025-02-30' })
		const terbalik = baca('dari=2025-02-01&sampai=2025-01-01')
		expect(terbalik.ok ? null : terbalik.errors.sampai).toEqual(['Tanggal akhir tidak boleh sebelum tanggal awal.'])
		expect(baca(`teks=${'a'.repeat(201)}`).ok).toBe(false)
	})
})
