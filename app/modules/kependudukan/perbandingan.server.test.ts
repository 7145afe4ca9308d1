import { beforeAll, describe, expect, it } from 'vitest'
import { DESA_A, DESA_B, sisipkanWarga, WARGA_UJI, type WargaUji } from '#test/agregat-kependudukan'
import { hitungAgregat } from './agregat.server'
import { KODE } from './kode'
import { AMBANG_PERSEN_BESAR, AMBANG_SELISIH_BESAR, bandingkanAgregat, pergerakanBesar } from './perbandingan.server'

const LAMA = 999
const BARU = 1000

/** 60 newcomers in Karangbolong, men of 22 each heading a family of their own. */
const PENDATANG: WargaUji[] = Array.from({ length: 60 }, (_, i) => ({
	...WARGA_UJI.find((w) => w.kodeDesa === DESA_B && w.hubunganKeluarga === KODE.kepalaKeluarga && w.jenisKelamin === KODE.lakiLaki)!,
	noKk: `33050299${String(i).padStart(8, '0')}`,
	nama: `Pendatang ${i + 1}`,
	tanggalLahir: '2004-01-15',
	umur: 22,
	statusKawin: KODE.belumKawin,
	aktaKawin: KODE.tidakAda,
	disabilitas: 0,
}))

/** The old import's 80-year-old woman of Argopeni died. */
const MENINGGAL = WARGA_UJI.findIndex((w) => w.kodeDesa === DESA_A && w.umur === 80)

beforeAll(async () => {
	await sisipkanWarga(LAMA, WARGA_UJI)
	await sisipkanWarga(BARU, [...WARGA_UJI.filter((_, i) => i !== MENINGGAL), ...PENDATANG])
	await hitungAgregat(LAMA)
	await hitungAgregat(BARU)
})

describe('bandingkanAgregat', () => {
	it('sets every kabupaten row of every table side by side', async () => {
		const { kabupaten } = await bandingkanAgregat({ imporBaru: BARU, imporLama: LAMA })
		expect(kabupaten.map((t) => t.kunci)[0]).toBe('ringkasan')
		expect(kabupaten).toHaveLength(16)
		const ringkasan = kabupaten[0]!.baris
		expect(ringkasan[0]).toEqual({ kategori: 'Penduduk', lama: 31, baru: 90, selisih: 59, persen: (59 / 31) * 100 })
		// 60 new families, and the one of the woman who died, who lived alone, is gone
		expect(ringkasan[1]).toEqual({ kategori: 'Kartu Keluarga', lama: 12, baru: 71, selisih: 59, persen: (59 / 12) * 100 })
		const umur = kabupaten.find((t) => t.kunci === 'kelompok-umur')!.baris
		// only Argopeni's woman of 20 before the newcomers
		expect(umur[4]).toEqual({ kategori: '20-24', lama: 1, baru: 61, selisih: 60, persen: 6000 })
		expect(umur[15]).toEqual({ kategori: '75+', lama: 2, baru: 1, selisih: -1, persen: -50 })
		expect(umur[6]).toEqual({ kategori: '30-34', lama: 2, baru: 2, selisih: 0, persen: 0 })
		// a row nobody is counted in on either side is still there
		expect(kabupaten.find((t) => t.kunci === 'golongan-darah')!.baris[1]).toEqual({ kategori: 'B', lama: 0, baru: 0, selisih: 0, persen: null })
	})

	it('lists the desa rows that moved most first, flagging the large ones', async () => {
		const { pergerakan } = await bandingkanAgregat({ imporBaru: BARU, imporLama: LAMA, limit: 500 })
		const selisih = pergerakan.map((g) => Math.abs(g.selisih))
		expect(selisih).toEqual([...selisih].sort((a, b) => b - a))
		expect(pergerakan.every((g) => g.selisih !== 0 && g.wilayahKode.length === 13)).toBe(true)

		const [teratas] = pergerakan
		expect(teratas).toMatchObject({ wilayahKode: DESA_B, wilayahNama: 'Karangbolong', selisih: 60, besar: true })
		const penduduk = pergerakan.find((g) => g.wilayahKode === DESA_B && g.tabel === 'ringkasan' && g.nomorKategori === 1)
		expect(penduduk).toEqual({
			wilayahKode: DESA_B,
			wilayahNama: 'Karangbolong',
			tabel: 'ringkasan',
			judulTabel: 'Ringkasan',
			kategori: 'Penduduk',
			nomorKategori: 1,
			lama: 15,
			baru: 75,
			selisih: 60,
			persen: 400,
			besar: true,
		})
		// a row that was empty: no percentage, judged on people alone
		expect(pergerakan.find((g) => g.wilayahKode === DESA_B && g.tabel === 'kelompok-umur' && g.kategori === '20-24')).toMatchObject({
			lama: 0,
			baru: 60,
			persen: null,
			besar: true,
		})
		// one death: −100% of a row of one, too few people to flag
		expect(pergerakan.find((g) => g.wilayahKode === DESA_A && g.tabel === 'kelompok-umur' && g.kategori === '75+')).toMatchObject({
			lama: 1,
			baru: 0,
			selisih: -1,
			persen: -100,
			besar: false,
		})
		expect(pergerakan.filter((g) => g.wilayahKode === DESA_A).every((g) => g.selisih === -1 && !g.besar)).toBe(true)
	})

	it('narrows to a level, a table and a number of rows', async () => {
		const kecamatan = await bandingkanAgregat({ imporBaru: BARU, imporLama: LAMA, tingkat: 'kecamatan', tabel: 'ringkasan', limit: 3 })
		expect(kecamatan.kabupaten.map((t) => t.kunci)).toEqual(['ringkasan'])
		expect(kecamatan.pergerakan).toHaveLength(3)
		expect(kecamatan.pergerakan.map((g) => [g.wilayahKode, g.wilayahNama, g.kategori, g.selisih])).toEqual([
			['33.05.02', 'Buayan', 'Penduduk', 60],
			['33.05.02', 'Buayan', 'Kartu Keluarga', 60],
			['33.05.02', 'Buayan', 'WNI', 60],
		])
		const sama = await bandingkanAgregat({ imporBaru: LAMA, imporLama: LAMA })
		expect(sama.pergerakan).toEqual([])
	})
})

describe('pergerakanBesar', () => {
	it('needs both the share and the number of people', () => {
		expect(pergerakanBesar(AMBANG_SELISIH_BESAR, AMBANG_PERSEN_BESAR)).toBe(true)
		expect(pergerakanBesar(-AMBANG_SELISIH_BESAR, -AMBANG_PERSEN_BESAR)).toBe(true)
		expect(pergerakanBesar(AMBANG_SELISIH_BESAR - 1, 100)).toBe(false)
		expect(pergerakanBesar(1000, AMBANG_PERSEN_BESAR - 0.1)).toBe(false)
		expect(pergerakanBesar(AMBANG_SELISIH_BESAR, null)).toBe(true)
	})
})
