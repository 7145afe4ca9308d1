import { describe, expect, it } from 'vitest'
import { formatNomorSurat, periksaFormatNomor } from './nomor-surat'

describe('formatNomorSurat', () => {
	it('fills the pattern, the sequence with at least three digits', () => {
		const bagian = { klasifikasi: '000.1.2', unit: 'UMPEG', tahun: 2026, jenis: 'ND' }
		expect(formatNomorSurat('{klasifikasi}/{nomor}/{unit}/{tahun}', { ...bagian, nomorUrut: 7 })).toBe('000.1.2/007/UMPEG/2026')
		expect(formatNomorSurat('{klasifikasi}/{nomor}/{jenis}/{tahun}', { ...bagian, nomorUrut: 1234 })).toBe('000.1.2/1234/ND/2026')
	})
})

describe('periksaFormatNomor', () => {
	it('requires {nomor} once and only known placeholders', () => {
		expect(periksaFormatNomor('{klasifikasi}/{nomor}/{unit}/{tahun}')).toBeNull()
		expect(periksaFormatNomor('ND-{nomor}/{jenis}/{tahun}')).toBeNull()
		expect(periksaFormatNomor('{klasifikasi}/{unit}/{tahun}')).toMatch(/\{nomor\}/)
		expect(periksaFormatNomor('{nomor}/{nomor}')).toMatch(/sekali/)
		expect(periksaFormatNomor('{nomor}/{bulan}')).toMatch(/\{bulan\}/)
		expect(periksaFormatNomor('{nomor}/{tahun')).toMatch(/kurawal/)
		expect(periksaFormatNomor('  ')).toMatch(/wajib/)
	})
})
