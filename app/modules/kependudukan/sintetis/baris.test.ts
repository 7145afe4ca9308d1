import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
	ADA,
	AGAMA,
	GOLONGAN_DARAH,
	HUBUNGAN_KELUARGA,
	JENIS_KELAMIN,
	KEWARGANEGARAAN,
	KODE,
	PEKERJAAN,
	PENDIDIKAN,
	STATUS_KAWIN,
	STATUS_KTP_EL,
	UMUR,
	DISABILITAS,
	tanggalAcuan,
	umurPada,
	wajibKtp,
} from '../kode'
import { barisSintetis, type DesaSintetis } from './baris'
import { KOLOM_DKB, type BarisDkb } from './kolom'

const DESA_KEBUMEN: DesaSintetis[] = (parse(fs.readFileSync('seeders/data/wilayah.csv'), { columns: true }) as DesaSintetis[]).filter((w) =>
	/^33\.05\.\d{2}\.\d{4}$/.test(w.kode),
)
/** a few desa and two kelurahan of two kecamatan */
const DESA_KECIL: DesaSintetis[] = [
	{ kode: '33.05.01.2001', nama: 'Argopeni' },
	{ kode: '33.05.01.2002', nama: 'Karangduwur' },
	{ kode: '33.05.12.1010', nama: 'Selang' },
	{ kode: '33.05.12.1013', nama: 'Panjer' },
	{ kode: '33.05.12.2001', nama: 'Desa Uji' },
]

const SEMESTER = '2026-1'
const ACUAN = tanggalAcuan(SEMESTER)!

function semua(penduduk: number, desa = DESA_KECIL, seed = 42) {
	return [...barisSintetis({ penduduk, semester: SEMESTER, desa, seed })]
}

const dua = (s: string) => s.padStart(2, '0')
const kodeDesa = (b: BarisDkb) => `${dua(b.NO_PROP)}.${dua(b.NO_KAB)}.${dua(b.NO_KEC)}.${b.NO_KEL.padStart(4, '0')}`
const digitKec = (b: BarisDkb) => `${dua(b.NO_PROP)}${dua(b.NO_KAB)}${dua(b.NO_KEC)}`

function tanggalAda(teks: string) {
	const d = new Date(`${teks}T00:00:00Z`)
	return /^\d{4}-\d{2}-\d{2}$/.test(teks) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === teks
}

/** Every rule of docs/dkb.md that makes the import reject a row, plus the codes' own consistency. */
function masalah(b: BarisDkb, desa: Set<string>): string[] {
	const hasil: string[] = []
	const dalam = (kolom: keyof BarisDkb, min: number, maks: number) => {
		const n = Number(b[kolom])
		if (!/^\d+$/.test(b[kolom]) || n < min || n > maks) hasil.push(`${kolom}=${b[kolom]}`)
	}
	if (!/^\d{16}$/.test(b.NIK)) hasil.push(`NIK=${b.NIK}`)
	if (!/^\d{16}$/.test(b.NO_KK)) hasil.push(`NO_KK=${b.NO_KK}`)
	for (const k of ['NAMA_LGKP', 'TMPT_LHR', 'ALAMAT'] as const) if (!b[k].trim()) hasil.push(`${k} kosong`)
	dalam('JENIS_KLMIN', 1, JENIS_KELAMIN.length)
	dalam('GOL_DRH', 1, GOLONGAN_DARAH.length)
	dalam('AGAMA', 1, AGAMA.length)
	dalam('STAT_KWN', 1, STATUS_KAWIN.length)
	dalam('STAT_HBKEL', 1, HUBUNGAN_KELUARGA.length)
	dalam('PDDK_AKH', 1, PENDIDIKAN.length)
	dalam('JENIS_PKRJN', 1, PEKERJAAN.length)
	dalam('PNYDNG_CACAT', 0, DISABILITAS.length)
	dalam('KWRNGRN', 1, KEWARGANEGARAAN.length)
	for (const k of ['AKTA_LHR', 'AKTA_KWN', 'AKTA_CRAI', 'KIA'] as const) dalam(k, 1, ADA.length)
	dalam('STAT_KTP_EL', 1, STATUS_KTP_EL.length)
	if (!tanggalAda(b.TGL_LHR) || b.TGL_LHR > ACUAN) hasil.push(`TGL_LHR=${b.TGL_LHR}`)
	if (!desa.has(kodeDesa(b))) hasil.push(`wilayah ${kodeDesa(b)}`)
	if (!/^\d{3}$/.test(b.NO_RT) || !/^\d{3}$/.test(b.NO_RW)) hasil.push(`RT/RW ${b.NO_RT}/${b.NO_RW}`)
	const umur = umurPada(b.TGL_LHR, ACUAN)
	const kawin = Number(b.STAT_KWN)
	if (!wajibKtp(umur, kawin) && Number(b.STAT_KTP_EL) !== KODE.ktpBelumRekam) hasil.push('KTP-el bukan wajib KTP')
	if (!(umur < UMUR.wajibKia && kawin === KODE.belumKawin) && Number(b.KIA) !== KODE.tidakAda) hasil.push('KIA bukan wajib KIA')
	if (kawin === KODE.belumKawin && Number(b.AKTA_KWN) !== KODE.tidakAda) hasil.push('akta kawin belum kawin')
	if (kawin !== KODE.ceraiHidup && Number(b.AKTA_CRAI) !== KODE.tidakAda) hasil.push('akta cerai bukan cerai hidup')
	return hasil
}

function keluarga(rows: BarisDkb[]) {
	const peta = new Map<string, BarisDkb[]>()
	for (const r of rows) {
		const daftar = peta.get(r.NO_KK)
		if (daftar) daftar.push(r)
		else peta.set(r.NO_KK, [r])
	}
	return peta
}

describe('synthetic DKB rows', () => {
	it('are the same for the same seed and options, and differ for another seed', () => {
		const a = semua(3000)
		expect(semua(3000)).toEqual(a)
		expect(semua(3000, DESA_KECIL, 43)).not.toEqual(a)
		expect(Object.keys(a[0]!)).toEqual([...KOLOM_DKB])
	})

	it('gives exactly the number asked for, even with more desa than people', () => {
		expect(semua(0, DESA_KEBUMEN)).toHaveLength(0)
		expect(semua(7, DESA_KEBUMEN)).toHaveLength(7)
		expect(semua(2500)).toHaveLength(2500)
	})

	it('refuses a bad semester or desa code', () => {
		expect(() => semua(10, [{ kode: '33.05.01', nama: 'Ayah' }])).toThrow(/tidak sah/)
		expect(() => [...barisSintetis({ penduduk: 10, semester: '2026-3', desa: DESA_KECIL })]).toThrow(/Semester/)
	})

	it('writes only rows the import accepts, with unique NIKs and one address per family', () => {
		const rows = semua(6000)
		const desa = new Set(DESA_KECIL.map((d) => d.kode))
		const salah = rows.flatMap((r, i) => masalah(r, desa).map((m) => `baris ${i + 2}: ${m}`))
		expect(salah).toEqual([])
		expect(new Set(rows.map((r) => r.NIK)).size).toBe(rows.length)

		const kk = keluarga(rows)
		let terakhir = ''
		let pindah = 0
		for (const r of rows) {
			if (r.NO_KK !== terakhir) pindah += 1
			terakhir = r.NO_KK
		}
		// a family's rows are consecutive, so a NO_KK never comes back
		expect(pindah).toBe(kk.size)
		for (const [noKk, anggota] of kk) {
			expect(anggota.length).toBeLessThanOrEqual(7)
			expect(new Set(anggota.map((a) => `${kodeDesa(a)}|${a.ALAMAT}|${a.NO_RT}|${a.NO_RW}`)).size).toBe(1)
			expect(anggota.filter((a) => Number(a.STAT_HBKEL) === KODE.kepalaKeluarga).length).toBeLessThanOrEqual(1)
			expect(noKk.slice(0, 6)).toBe(digitKec(anggota[0]!))
		}
	})

	it('encodes the kecamatan, birth date and sex in the NIK, numbering each prefix from 0001', () => {
		const rows = semua(6000)
		const urut = new Map<string, number[]>()
		for (const r of rows) {
			const [tahun, bulan, hari] = r.TGL_LHR.split('-').map(Number) as [number, number, number]
			const perempuan = Number(r.JENIS_KLMIN) === KODE.perempuan
			expect(r.NIK.slice(0, 6)).toBe(digitKec(r))
			expect(Number(r.NIK.slice(6, 8))).toBe(hari + (perempuan ? 40 : 0))
			expect(Number(r.NIK.slice(8, 10))).toBe(bulan)
			expect(Number(r.NIK.slice(10, 12))).toBe(tahun % 100)
			const prefiks = r.NIK.slice(0, 12)
			urut.set(prefiks, [...(urut.get(prefiks) ?? []), Number(r.NIK.slice(12))])
		}
		for (const nomor of urut.values()) expect(nomor.sort((a, b) => a - b)).toEqual(nomor.map((_, i) => i + 1))

		for (const noKk of keluarga(rows).keys()) {
			const terbit = `20${noKk.slice(10, 12)}-${noKk.slice(8, 10)}-${noKk.slice(6, 8)}`
			expect(tanggalAda(terbit) && terbit <= ACUAN, noKk).toBe(true)
		}
	})

	it('makes parents 18 to 45 years older than their children', () => {
		const kk = keluarga(semua(8000))
		const HUB = (label: string) => String(HUBUNGAN_KELUARGA.indexOf(label as (typeof HUBUNGAN_KELUARGA)[number]) + 1)
		let diperiksa = 0
		for (const anggota of kk.values()) {
			const orangTua = anggota.filter((a) => [HUB('Kepala Keluarga'), HUB('Istri'), HUB('Suami')].includes(a.STAT_HBKEL))
			for (const anak of anggota.filter((a) => a.STAT_HBKEL === HUB('Anak'))) {
				for (const o of orangTua) {
					const selisih = umurPada(o.TGL_LHR, anak.TGL_LHR)
					expect(selisih, `${o.NIK} → ${anak.NIK}`).toBeGreaterThanOrEqual(18)
					expect(selisih, `${o.NIK} → ${anak.NIK}`).toBeLessThanOrEqual(45)
					diperiksa += 1
				}
			}
			const kepala = anggota.find((a) => a.STAT_HBKEL === HUB('Kepala Keluarga'))
			for (const o of anggota.filter((a) => a.STAT_HBKEL === HUB('Orang Tua'))) {
				if (kepala) expect(umurPada(o.TGL_LHR, kepala.TGL_LHR)).toBeGreaterThanOrEqual(18)
			}
		}
		expect(diperiksa).toBeGreaterThan(1000)
	})

	it('looks like the population of a Central Java kabupaten on 20,000 rows', () => {
		const rows = semua(20_000, DESA_KEBUMEN, 2026)
		const n = rows.length
		const bagian = (f: (r: BarisDkb) => boolean) => rows.filter(f).length / n
		const umur = (r: BarisDkb) => umurPada(r.TGL_LHR, ACUAN)
		const laki = bagian((r) => Number(r.JENIS_KLMIN) === KODE.lakiLaki)
		const rasio = laki / (1 - laki)
		expect(rasio).toBeGreaterThan(0.95)
		expect(rasio).toBeLessThan(1.08)
		expect(bagian((r) => umur(r) < 15)).toBeGreaterThan(0.15)
		expect(bagian((r) => umur(r) < 15)).toBeLessThan(0.35)
		expect(bagian((r) => umur(r) >= 65)).toBeGreaterThan(0.04)
		expect(bagian((r) => umur(r) >= 65)).toBeLessThan(0.14)
		expect(Math.max(...rows.map(umur))).toBeGreaterThanOrEqual(90)
		expect(bagian((r) => Number(r.AGAMA) === AGAMA.indexOf('Islam') + 1)).toBeGreaterThan(0.95)
		expect(bagian((r) => Number(r.PNYDNG_CACAT) > 0)).toBeLessThan(0.03)
		expect(rows.some((r) => r.TGL_LHR.endsWith('-02-29'))).toBe(true)

		const kk = keluarga(rows)
		const tanpaKepala = [...kk.values()].filter((a) => !a.some((r) => Number(r.STAT_HBKEL) === KODE.kepalaKeluarga)).length
		expect(tanpaKepala).toBeGreaterThan(0)
		expect(tanpaKepala / kk.size).toBeLessThan(0.03)
		expect([...kk.values()].some((a) => a.length === 1)).toBe(true)
		expect(n / kk.size).toBeGreaterThan(2.5)
		expect(n / kk.size).toBeLessThan(4.5)

		// the busiest desa hold more people than the quietest
		const perDesa = new Map<string, number>()
		for (const r of rows) perDesa.set(kodeDesa(r), (perDesa.get(kodeDesa(r)) ?? 0) + 1)
		const jumlah = [...perDesa.values()].sort((a, b) => a - b)
		expect(perDesa.size).toBeGreaterThan(DESA_KEBUMEN.length * 0.9)
		expect(jumlah[Math.floor(jumlah.length * 0.9)]! / jumlah[Math.floor(jumlah.length * 0.1)]!).toBeGreaterThan(1.8)

		// schooling and work follow age: small children have neither, most wajib KTP have recorded
		const balita = rows.filter((r) => umur(r) < 5)
		expect(balita.every((r) => Number(r.PDDK_AKH) === 1 && Number(r.JENIS_PKRJN) === 1)).toBe(true)
		const wajib = rows.filter((r) => wajibKtp(umur(r), Number(r.STAT_KWN)))
		const rekam = wajib.filter((r) => Number(r.STAT_KTP_EL) !== KODE.ktpBelumRekam).length / wajib.length
		expect(rekam).toBeGreaterThan(0.93)
		const anak = rows.filter((r) => umur(r) < UMUR.anak)
		expect(anak.filter((r) => Number(r.AKTA_LHR) === KODE.ada).length / anak.length).toBeGreaterThan(0.85)
	})
})
