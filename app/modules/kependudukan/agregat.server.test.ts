import { beforeAll, describe, expect, it } from 'vitest'
import { AgregatKependudukan } from '#models/index'
import { DESA_A, DESA_A2, DESA_B, sisipkanWarga, WARGA_UJI, type WargaUji } from '#test/agregat-kependudukan'
import { transaction } from '~/utils/db.server'
import { rentangUmur, RUMUS_TABEL, sqlTabelDesa } from './agregat-sql.server'
import type { BarisAgregat } from './agregat.schema'
import { bacaAgregat, bacaAgregatSemuaWilayah, hitungAgregat } from './agregat.server'
import { TABEL_AGREGAT, type KunciTabel } from './kode'

const IMPOR = 999

/** [l, p, jumlah] per row, in table order: short enough to read against the resident list. */
const angka = (baris: BarisAgregat[]) => baris.map((b) => [b.l, b.p, b.jumlah])

/**
 * The rules of docs/dkb.md written again the plain way, one resident at a time: the rows of a
 * table a resident counts in. Only the test does this; the app counts in SQL.
 */
function barisUntuk(kunci: KunciTabel, w: WargaUji): number[] {
	const wajibKtp = w.umur >= 17 || w.statusKawin !== 1
	const kode = (nilai: number, banyak: number) => (nilai >= 1 && nilai <= banyak ? [nilai] : [])
	switch (kunci) {
		case 'ringkasan':
			return [1, w.kewarganegaraan === 1 ? 3 : 4, ...(wajibKtp ? [5] : [])]
		case 'kelompok-umur':
			return [Math.min(Math.floor(w.umur / 5), 15) + 1]
		case 'usia-produktif':
			return [w.umur < 15 ? 1 : w.umur < 65 ? 2 : 3]
		case 'usia-sekolah':
			return w.umur < 4 || w.umur > 18 ? [] : [w.umur <= 6 ? 1 : w.umur <= 12 ? 2 : w.umur <= 15 ? 3 : 4]
		case 'agama':
			return kode(w.agama, 7)
		case 'pendidikan':
			return kode(w.pendidikan, 10)
		case 'pekerjaan':
			return kode(w.pekerjaan, 89)
		case 'status-perkawinan':
			return kode(w.statusKawin, 4)
		case 'golongan-darah':
			return kode(w.golonganDarah, 13)
		case 'hubungan-keluarga':
			return kode(w.hubunganKeluarga, 11)
		case 'disabilitas':
			return kode(w.disabilitas, 6)
		case 'ktp-el':
			if (!wajibKtp) return []
			return [1, ...(w.ktpEl >= 2 ? [2] : []), ...(w.ktpEl === 1 ? [3] : []), ...(w.ktpEl === 3 ? [4] : [])]
		case 'kia':
			return w.umur < 17 && w.statusKawin === 1 ? [1, w.kia === 2 ? 2 : 3] : []
		case 'akta-kelahiran':
			return [w.aktaLahir === 2 ? 1 : 2, ...(w.umur < 18 ? [w.aktaLahir === 2 ? 3 : 4] : [])]
		case 'akta-perkawinan':
			return w.statusKawin === 2 ? [w.aktaKawin === 2 ? 1 : 2] : []
		case 'akta-perceraian':
			return w.statusKawin === 3 ? [w.aktaCerai === 2 ? 1 : 2] : []
	}
}

function hitungManual(kodeWilayah: string) {
	const warga = WARGA_UJI.filter((w) => w.kodeDesa.startsWith(kodeWilayah))
	const tabel = Object.fromEntries(
		TABEL_AGREGAT.map((t) => {
			const baris = t.kategori.map((kategori) => ({ kategori, l: 0, p: 0, jumlah: 0 }))
			for (const w of warga) {
				for (const n of barisUntuk(t.kunci, w)) {
					baris[n - 1]!.jumlah++
					if (w.jenisKelamin === 1) baris[n - 1]!.l++
					else baris[n - 1]!.p++
				}
			}
			return [t.kunci, baris]
		}),
	) as Record<KunciTabel, BarisAgregat[]>
	const keluarga = new Set(warga.map((w) => w.noKk))
	const kepala = warga.filter((w) => w.hubunganKeluarga === 1)
	tabel.ringkasan[1] = {
		kategori: 'Kartu Keluarga',
		l: kepala.filter((w) => w.jenisKelamin === 1).length,
		p: kepala.filter((w) => w.jenisKelamin === 2).length,
		jumlah: keluarga.size,
	}
	return tabel
}

beforeAll(async () => {
	await sisipkanWarga(IMPOR, WARGA_UJI)
	// another import's residents must not leak into this one's figures
	await sisipkanWarga(IMPOR + 1, WARGA_UJI.slice(0, 3))
})

describe('the SQL built from kode.ts', () => {
	it('has a condition for every row of every overlapping table and reads the age ranges from the labels', () => {
		for (const t of TABEL_AGREGAT) {
			const rumus = RUMUS_TABEL[t.kunci]
			if (rumus.jenis === 'bersyarat') expect(rumus.syarat, t.kunci).toHaveLength(t.kategori.length)
		}
		expect(rentangUmur('00-04')).toEqual({ dari: 0, sampai: 4 })
		expect(rentangUmur('Tua (65+)')).toEqual({ dari: 65, sampai: null })
		expect(sqlTabelDesa('usia-sekolah')).toContain('umur BETWEEN 4 AND 18')
		expect(sqlTabelDesa('disabilitas')).toContain('disabilitas BETWEEN 1 AND 6')
	})
})

describe('hitungAgregat', () => {
	it('stores every non-zero row for every desa, kecamatan and the kabupaten, and replaces them when run again', async () => {
		const pertama = await hitungAgregat(IMPOR)
		expect(pertama.baris).toBeGreaterThan(0)
		expect(pertama.detik).toBeGreaterThanOrEqual(0)
		expect(await AgregatKependudukan.count({ where: { imporId: IMPOR } })).toBe(pertama.baris)
		expect(await AgregatKependudukan.count({ where: { imporId: IMPOR, jumlah: 0 } })).toBe(0)
		const wilayah = (await AgregatKependudukan.findAll({ where: { imporId: IMPOR }, attributes: ['wilayahKode'], group: ['wilayahKode'], raw: true }))
			.map((r) => r.wilayahKode)
			.sort()
		expect(wilayah).toEqual(['33.05', '33.05.01', DESA_A, DESA_A2, '33.05.02', DESA_B])

		const kedua = await hitungAgregat(IMPOR)
		expect(kedua.baris).toBe(pertama.baris)
	})

	it('counts a desa by the rules: 17 on the reference date, married at 16, a WNA, a family without kepala', async () => {
		await hitungAgregat(IMPOR)
		const a = (await bacaAgregat(IMPOR, DESA_A))!
		expect(a.wilayah).toEqual({ kode: DESA_A, nama: 'Argopeni', tingkat: 'desa' })
		// Penduduk; Kartu Keluarga (A3 has no kepala: 6 families, 3 + 2 by sex); WNI; WNA; Wajib KTP
		expect(angka(a.tabel.ringkasan)).toEqual([
			[8, 7, 15],
			[3, 2, 6],
			[7, 7, 14],
			[1, 0, 1],
			[5, 5, 10],
		])
		// Wajib KTP; Sudah Rekam (2 and 3); Belum Rekam; Sudah Cetak
		expect(angka(a.tabel['ktp-el'])).toEqual([
			[5, 5, 10],
			[4, 3, 7],
			[1, 2, 3],
			[3, 2, 5],
		])
		// the 17-year-old and the married 16-year-old are not wajib KIA
		expect(angka(a.tabel.kia)).toEqual([
			[3, 2, 5],
			[1, 2, 3],
			[2, 0, 2],
		])
		expect(angka(a.tabel['akta-kelahiran'])).toEqual([
			[7, 5, 12],
			[1, 2, 3],
			[4, 1, 5],
			[1, 1, 2],
		])
		expect(angka(a.tabel['akta-perkawinan'])).toEqual([
			[2, 1, 3],
			[1, 1, 2],
		])
		expect(angka(a.tabel['akta-perceraian'])).toEqual([
			[1, 0, 1],
			[0, 0, 0],
		])
		// Fisik; Netra/Buta; Rungu/Wicara; Mental/Jiwa; Fisik dan Mental; Lainnya
		expect(angka(a.tabel.disabilitas)).toEqual([
			[1, 0, 1],
			[0, 1, 1],
			[0, 0, 0],
			[0, 0, 0],
			[0, 1, 1],
			[0, 0, 0],
		])
		expect(angka(a.tabel['usia-sekolah'])).toEqual([
			[0, 0, 0],
			[1, 1, 2],
			[0, 0, 0],
			[2, 1, 3],
		])
		expect(angka(a.tabel['usia-produktif'])).toEqual([
			[3, 1, 4],
			[5, 4, 9],
			[0, 2, 2],
		])
		expect(a.tabel['kelompok-umur'][0]).toEqual({ kategori: '00-04', l: 2, p: 0, jumlah: 2 })
		expect(a.tabel['kelompok-umur'][3]).toEqual({ kategori: '15-19', l: 2, p: 1, jumlah: 3 })
		expect(a.tabel['kelompok-umur'][15]).toEqual({ kategori: '75+', l: 0, p: 1, jumlah: 1 })
		expect(a.tabel.pekerjaan[88]).toEqual({ kategori: 'LAINNYA', l: 1, p: 0, jumlah: 1 })
		expect(a.subwilayah).toEqual([])

		// a member of family A1 registered in the next desa: a family there without its kepala
		const a2 = (await bacaAgregat(IMPOR, DESA_A2))!
		expect(angka(a2.tabel.ringkasan).slice(0, 2)).toEqual([
			[0, 1, 1],
			[0, 0, 1],
		])
	})

	it('sums kecamatan and kabupaten from the desa, but counts each family once per area', async () => {
		await hitungAgregat(IMPOR)
		const ayah = (await bacaAgregat(IMPOR, '33.05.01'))!
		// family A1 lives in two desa of Ayah: 6 families, not 7
		expect(angka(ayah.tabel.ringkasan)).toEqual([
			[8, 8, 16],
			[3, 2, 6],
			[7, 8, 15],
			[1, 0, 1],
			[5, 6, 11],
		])
		expect(angka(ayah.tabel['ktp-el'])).toEqual([
			[5, 6, 11],
			[4, 4, 8],
			[1, 2, 3],
			[3, 3, 6],
		])

		const kabupaten = (await bacaAgregat(IMPOR, '33.05'))!
		expect(kabupaten.wilayah).toEqual({ kode: '33.05', nama: 'Kabupaten Kebumen', tingkat: 'kabupaten' })
		expect(angka(kabupaten.tabel.ringkasan)).toEqual([
			[15, 16, 31],
			[6, 5, 12],
			[14, 15, 29],
			[1, 1, 2],
			[9, 11, 20],
		])
		expect(angka(kabupaten.tabel.kia)).toEqual([
			[6, 5, 11],
			[3, 3, 6],
			[3, 2, 5],
		])
		expect(angka(kabupaten.tabel['akta-kelahiran'])).toEqual([
			[12, 14, 26],
			[3, 2, 5],
			[6, 4, 10],
			[2, 1, 3],
		])
		expect(angka(kabupaten.tabel.disabilitas)).toEqual([
			[2, 0, 2],
			[0, 1, 1],
			[0, 1, 1],
			[1, 0, 1],
			[0, 1, 1],
			[1, 0, 1],
		])
	})

	it('agrees with the rules counted resident by resident, for every table of every area', async () => {
		await hitungAgregat(IMPOR)
		for (const tingkat of ['kabupaten', 'kecamatan', 'desa'] as const) {
			for (const { wilayah, tabel } of await bacaAgregatSemuaWilayah(IMPOR, tingkat)) {
				expect(tabel, wilayah.kode).toEqual(hitungManual(wilayah.kode))
			}
		}
	})

	it('writes inside the caller’s transaction and leaves nothing when it rolls back', async () => {
		const lain = IMPOR + 1
		await expect(
			transaction(async (t) => {
				const { baris } = await hitungAgregat(lain, { transaction: t })
				expect(baris).toBeGreaterThan(0)
				expect(await AgregatKependudukan.count({ where: { imporId: lain }, transaction: t })).toBe(baris)
				throw new Error('batal')
			}),
		).rejects.toThrow('batal')
		expect(await AgregatKependudukan.count({ where: { imporId: lain } })).toBe(0)
	})
})

describe('bacaAgregat', () => {
	beforeAll(async () => {
		await hitungAgregat(IMPOR)
	})

	it('gives every table with every row in order, zeros included', async () => {
		const b = (await bacaAgregat(IMPOR, DESA_B))!
		expect(Object.keys(b.tabel)).toEqual(TABEL_AGREGAT.map((t) => t.kunci))
		for (const t of TABEL_AGREGAT) expect(b.tabel[t.kunci].map((r) => r.kategori)).toEqual([...t.kategori])
		expect(b.tabel.pekerjaan).toHaveLength(89)
		expect(b.tabel['kelompok-umur'][4]).toEqual({ kategori: '20-24', l: 0, p: 0, jumlah: 0 })
		expect(b.tabel['akta-perceraian']).toEqual([
			{ kategori: 'Cerai Hidup Memiliki Akta', l: 0, p: 1, jumlah: 1 },
			{ kategori: 'Cerai Hidup Belum Memiliki Akta', l: 0, p: 1, jumlah: 1 },
		])
	})

	it('lists the areas one level down with residents and families, zeros for the empty ones', async () => {
		const kabupaten = (await bacaAgregat(IMPOR, '33.05'))!
		expect(kabupaten.subwilayah).toHaveLength(26)
		expect(kabupaten.subwilayah.map((s) => s.kode)).toEqual([...kabupaten.subwilayah.map((s) => s.kode)].sort())
		expect(kabupaten.subwilayah.slice(0, 3)).toEqual([
			{ kode: '33.05.01', nama: 'Ayah', l: 8, p: 8, jumlah: 16, kk: 6 },
			{ kode: '33.05.02', nama: 'Buayan', l: 7, p: 8, jumlah: 15, kk: 6 },
			{ kode: '33.05.03', nama: expect.any(String), l: 0, p: 0, jumlah: 0, kk: 0 },
		])

		const ayah = (await bacaAgregat(IMPOR, '33.05.01'))!
		expect(ayah.wilayah).toEqual({ kode: '33.05.01', nama: 'Ayah', tingkat: 'kecamatan' })
		expect(ayah.subwilayah).toHaveLength(18)
		expect(ayah.subwilayah.slice(0, 3)).toEqual([
			{ kode: DESA_A, nama: 'Argopeni', l: 8, p: 7, jumlah: 15, kk: 6 },
			{ kode: DESA_A2, nama: 'Karangduwur', l: 0, p: 1, jumlah: 1, kk: 1 },
			{ kode: '33.05.01.2003', nama: 'Srati', l: 0, p: 0, jumlah: 0, kk: 0 },
		])
	})

	it('answers null for an unknown area, a province and an area outside the office’s kabupaten', async () => {
		expect(await bacaAgregat(IMPOR, '33.05.99')).toBeNull()
		expect(await bacaAgregat(IMPOR, '33.05.01.9999')).toBeNull()
		expect(await bacaAgregat(IMPOR, '33')).toBeNull()
		expect(await bacaAgregat(IMPOR, '35.75')).toBeNull()
		expect(await bacaAgregat(IMPOR, '35.75.01')).toBeNull()
	})

	it('gives an import without figures as zeros', async () => {
		const kosong = (await bacaAgregat(123456, '33.05'))!
		expect(kosong.tabel.ringkasan.every((b) => b.jumlah === 0)).toBe(true)
		expect(kosong.subwilayah.every((s) => s.jumlah === 0 && s.kk === 0)).toBe(true)
	})

	it('reads every area of a level for the workbook, in code order', async () => {
		const desa = await bacaAgregatSemuaWilayah(IMPOR, 'desa')
		expect(desa).toHaveLength(460)
		expect(desa.map((d) => d.wilayah.kode)).toEqual([...desa.map((d) => d.wilayah.kode)].sort())
		expect(desa.every((d) => d.wilayah.tingkat === 'desa' && d.wilayah.kode.startsWith('33.05.'))).toBe(true)
		expect(desa.find((d) => d.wilayah.kode === DESA_B)!.tabel.ringkasan[0]).toEqual({ kategori: 'Penduduk', l: 7, p: 8, jumlah: 15 })
		expect(await bacaAgregatSemuaWilayah(IMPOR, 'kecamatan')).toHaveLength(26)
		const [kabupaten, ...lain] = await bacaAgregatSemuaWilayah(IMPOR, 'kabupaten')
		expect(lain).toEqual([])
		expect(kabupaten!.wilayah.nama).toBe('Kabupaten Kebumen')
	})
})
