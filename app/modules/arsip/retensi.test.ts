import { describe, expect, it } from 'vitest'
import { bandingkanKode, hitungTanggalRetensi, leluhur, penyetujuMusnah, retensiBerlaku, ringkasRetensi, type BarisRetensi } from './retensi'

const baris = (kode: string, aktif: number | null = null, inaktif: number | null = null, nasib: BarisRetensi['nasibAkhir'] = null, vital = false): BarisRetensi => ({
	kode,
	retensiAktif: aktif,
	retensiInaktif: inaktif,
	nasibAkhir: nasib,
	vital,
})

const peta = (...rows: BarisRetensi[]) => new Map(rows.map((r) => [r.kode, r]))

describe('retention of a classification code', () => {
	it('lists the ancestors of a code, nearest first', () => {
		expect(leluhur('400.12.2.1')).toEqual(['400.12.2', '400.12', '400'])
		expect(leluhur('800')).toEqual([])
	})

	it('uses the code’s own retention, else the nearest ancestor’s', () => {
		const p = peta(baris('400', 2, 3, 'musnah'), baris('400.12', 5, 10, 'permanen', true), baris('400.12.2'), baris('400.12.2.1'), baris('400.13'))
		expect(retensiBerlaku('400.12', p)).toEqual({ aktif: 5, inaktif: 10, nasibAkhir: 'permanen', vital: true, sumberKode: '400.12' })
		expect(retensiBerlaku('400.12.2.1', p)).toMatchObject({ aktif: 5, inaktif: 10, sumberKode: '400.12' })
		expect(retensiBerlaku('400.13', p)).toMatchObject({ aktif: 2, inaktif: 3, nasibAkhir: 'musnah', sumberKode: '400' })
		expect(retensiBerlaku('800.1', peta(baris('800'), baris('800.1')))).toBeNull()
	})

	it('ignores a half-set retention (all three values belong together)', () => {
		expect(retensiBerlaku('000.1', peta(baris('000', 1, 1, 'musnah'), baris('000.1', 3, null, null)))).toMatchObject({ sumberKode: '000' })
	})
})

describe('retention dates of a berkas', () => {
	it('counts whole years from the closing year: aktif to 31 Dec, inaktif after it', () => {
		expect(hitungTanggalRetensi('2021-06-30', { aktif: 2, inaktif: 3 })).toEqual({ aktifSampai: '2023-12-31', inaktifSampai: '2026-12-31' })
		expect(hitungTanggalRetensi('2019-01-01', { aktif: 0, inaktif: 1 })).toEqual({ aktifSampai: '2019-12-31', inaktifSampai: '2020-12-31' })
	})

	it('has no dates while the berkas is open or its code has no retention', () => {
		expect(hitungTanggalRetensi(null, { aktif: 2, inaktif: 3 })).toEqual({ aktifSampai: null, inaktifSampai: null })
		expect(hitungTanggalRetensi('2021-06-30', null)).toEqual({ aktifSampai: null, inaktifSampai: null })
	})

	it('computes the dates of sample codes through inheritance', () => {
		const p = peta(baris('800', 5, 5, 'musnah'), baris('800.1'), baris('800.1.2'), baris('400.12', 10, 20, 'permanen'), baris('400.12.2'))
		expect(hitungTanggalRetensi('2015-12-31', retensiBerlaku('800.1.2', p))).toEqual({ aktifSampai: '2020-12-31', inaktifSampai: '2025-12-31' })
		expect(hitungTanggalRetensi('2010-03-01', retensiBerlaku('400.12.2', p))).toEqual({ aktifSampai: '2020-12-31', inaktifSampai: '2040-12-31' })
	})
})

describe('who approves a destruction', () => {
	it('is the Kepala Daerah under 10 years and the Kepala ANRI from 10 years', () => {
		expect(penyetujuMusnah(5)).toBe('kepala-daerah')
		expect(penyetujuMusnah(9)).toBe('kepala-daerah')
		expect(penyetujuMusnah(10)).toBe('kepala-anri')
		expect(penyetujuMusnah(30)).toBe('kepala-anri')
	})
})

describe('reading codes', () => {
	it('orders codes segment by segment, parents first', () => {
		expect(['000.1.10', '000.1.2', '000.1', '000', '100'].sort(bandingkanKode)).toEqual(['000', '000.1', '000.1.2', '000.1.10', '100'])
	})

	it('summarises a retention', () => {
		expect(ringkasRetensi({ aktif: 2, inaktif: 3, nasibAkhir: 'musnah' })).toBe('2 th aktif + 3 th inaktif, musnah')
		expect(ringkasRetensi(null)).toBe('Belum ditetapkan')
	})
})
