import { describe, expect, it } from 'vitest'
import { bacaPerintah } from './wa-tiket.server'

const KODE = ['KK-BARU', 'KTP-BARU', 'KTP-HILANG', 'KIA', 'SKPWNI', 'AKTA-LAHIR', 'AKTA-MATI', 'AKTA-KAWIN', 'AKTA-CERAI', 'BATAL-KAWIN', 'PINDAH-DATANG']

describe('bacaPerintah', () => {
	it.each([
		['KK', 'KK-BARU'],
		[' kk. ', 'KK-BARU'],
		['Ktp', 'KTP-BARU'],
		['KIA', 'KIA'],
		['pindah', 'SKPWNI'],
		['Pindah datang', 'PINDAH-DATANG'],
		['akta  lahir', 'AKTA-LAHIR'],
		['AKTA-MATI', 'AKTA-MATI'],
		['akta kawin!', 'AKTA-KAWIN'],
		['Akta Cerai', 'AKTA-CERAI'],
		['kk baru', 'KK-BARU'],
		['ktp-hilang', 'KTP-HILANG'],
		['BATAL KAWIN', 'BATAL-KAWIN'],
	])('%j names %s', (teks, kode) => {
		expect(bacaPerintah(teks, KODE)).toEqual({ jenis: 'layanan', kode })
	})

	it('reads STATUS and BATAL with a ticket number however it is typed', () => {
		expect(bacaPerintah('status kk-baru-20261122-0001', KODE)).toEqual({ jenis: 'status', nomor: 'KK-BARU-20261122-0001' })
		expect(bacaPerintah('STATUS  KK BARU 20261122 0001', KODE)).toEqual({ jenis: 'status', nomor: 'KK-BARU-20261122-0001' })
		expect(bacaPerintah('Batal KK-BARU-20261122-0001', KODE)).toEqual({ jenis: 'batal', nomor: 'KK-BARU-20261122-0001' })
	})

	it('gives help for anything else, and for services not active', () => {
		expect(bacaPerintah('selamat pagi', KODE)).toEqual({ jenis: 'bantuan' })
		expect(bacaPerintah('STATUS', KODE)).toEqual({ jenis: 'bantuan' })
		expect(bacaPerintah('BATAL', KODE)).toEqual({ jenis: 'bantuan' })
		expect(bacaPerintah('KK', ['KTP-BARU'])).toEqual({ jenis: 'bantuan' })
	})
})
