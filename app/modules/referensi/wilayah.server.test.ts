import { describe, expect, it } from 'vitest'
import { LogAudit, Wilayah } from '#models/index'
import { withRequestContext } from '#test/utils'
import { imporWilayahCsv, listWilayah } from './wilayah.server'

describe('imporWilayahCsv', () => {
	it('writes one audit row for the whole import and none per row', async () => {
		const hasil = await withRequestContext(() =>
			imporWilayahCsv({ teks: 'kode,nama\n35,Jawa Timur\n35.75,Kota Pasuruan\n35.75.05,Kecamatan Uji\n', namaBerkas: 'C:\\Users\\admin\\wilayah-baru.csv' }),
		)
		expect(hasil).toEqual({ ok: true, baru: 1, berubah: 0, jumlah: 3 })
		const log = await LogAudit.findAll({ where: { entitas: 'wilayah' }, raw: true })
		expect(log).toHaveLength(1)
		expect(log[0]).toMatchObject({ aksi: 'impor', keterangan: '1 baru, 0 berubah, 3 baris, file wilayah-baru.csv' })
		expect(await Wilayah.findByPk('35.75.05', { raw: true })).toEqual({ kode: '35.75.05', nama: 'Kecamatan Uji', tingkat: 'kecamatan', indukKode: '35.75' })
	})

	it('changes nothing when the same file comes again', async () => {
		const teks = 'kode,nama\n35,Jawa Timur\n35.75,Kota Pasuruan\n35.75.05,Kecamatan Uji\n'
		expect(await imporWilayahCsv({ teks, namaBerkas: 'ulang.csv' })).toEqual({ ok: true, baru: 0, berubah: 0, jumlah: 3 })
	})

	it('saves nothing and writes no audit row when a line is bad', async () => {
		const before = await LogAudit.count({ where: { entitas: 'wilayah' } })
		const hasil = await imporWilayahCsv({ teks: 'kode,nama\n35,Jatim\n35.99.01,Tanpa induk\n', namaBerkas: 'salah.csv' })
		expect(hasil.ok).toBe(false)
		expect((await Wilayah.findByPk('35'))?.nama).toBe('Jawa Timur')
		expect(await LogAudit.count({ where: { entitas: 'wilayah' } })).toBe(before)
	})

	it('imports a list of thousands of rows in batches', async () => {
		const lines = ['kode,nama', '35,Jawa Timur', '35.75,Kota Pasuruan', '35.75.06,Kecamatan Besar']
		for (let i = 1; i <= 1800; i++) lines.push(`35.75.06.${String(i).padStart(4, '0')},Desa ${i}`)
		const hasil = await imporWilayahCsv({ teks: lines.join('\n'), namaBerkas: 'besar.csv' })
		expect(hasil).toEqual({ ok: true, baru: 1801, berubah: 0, jumlah: 1803 })
		const { rows, total } = await listWilayah({ induk: '35.75', q: undefined, tingkat: undefined, offset: 0, limit: 25 })
		expect(total).toBe(6)
		expect(rows.find((r) => r.kode === '35.75.06')?.jumlahAnak).toBe(1800)
	})
})
