import { beforeAll, describe, expect, it } from 'vitest'
import { seedLaporanLayanan } from '#test/laporan-layanan'
import { geserTanggal } from '~/utils/hari-kerja'
import { susunPerHari } from './laporan.schema'
import {
	bebanPerLangkah,
	bebanPerPetugas,
	dalamStandarPerLangkah,
	dendaDiterima,
	hariIniKantor,
	listRegister,
	permohonanHarian,
	permohonanPerHari,
	rekapHarian,
} from './laporan.server'

const ZONA = 'Asia/Jakarta'
let hariIni: string
let seed: Awaited<ReturnType<typeof seedLaporanLayanan>>

/** The demo office already has a few requests of today: the reports are checked by what the seed adds. */
async function potret() {
	const rentang = { dari: hariIni, sampai: hariIni }
	const [perHari, langkah, petugas, rekap, denda] = await Promise.all([
		permohonanPerHari(rentang),
		bebanPerLangkah(),
		bebanPerPetugas(),
		rekapHarian(hariIni, ZONA),
		dendaDiterima(rentang, ZONA),
	])
	return { perHari, langkah, petugas, rekap, denda }
}
let awal: Awaited<ReturnType<typeof potret>>

/** `after − before` of a numeric field, per key. */
function selisih<T>(sebelum: T[], sesudah: T[], kunci: (r: T) => string, nilai: (r: T) => number) {
	const hasil: Record<string, number> = {}
	for (const r of sesudah) hasil[kunci(r)] = (hasil[kunci(r)] ?? 0) + nilai(r)
	for (const r of sebelum) hasil[kunci(r)] = (hasil[kunci(r)] ?? 0) - nilai(r)
	return Object.fromEntries(Object.entries(hasil).filter(([, v]) => v !== 0))
}

beforeAll(async () => {
	hariIni = await hariIniKantor()
	awal = await potret()
	seed = await seedLaporanLayanan()
})

describe('laporan layanan', () => {
	it('counts requests per service per reporting day, and nothing outside the range', async () => {
		const rows = await permohonanPerHari({ dari: geserTanggal(hariIni, -29), sampai: hariIni })
		expect(rows.every((r) => r.tanggal === hariIni)).toBe(true)
		expect(rows.find((r) => r.jenisKode === 'KTP-BARU')).toMatchObject({ jenisNama: expect.stringMatching(/KTP/) })
		expect(selisih(awal.perHari, rows, (r) => r.jenisKode, (r) => r.jumlah)).toEqual({ 'KTP-BARU': 2, 'AKTA-LAHIR': 1 })
		expect(await permohonanPerHari({ dari: geserTanggal(hariIni, -30), sampai: geserTanggal(hariIni, -1) })).toEqual([])

		const tabel = susunPerHari(rows, { dari: geserTanggal(hariIni, -2), sampai: hariIni })
		const ktp = rows.find((r) => r.jenisKode === 'KTP-BARU')!.jumlah
		expect(tabel.tanggal).toEqual([geserTanggal(hariIni, -2), geserTanggal(hariIni, -1), hariIni])
		expect(tabel.layanan.find((l) => l.kode === 'KTP-BARU')).toMatchObject({ jumlah: ktp, perHari: [0, 0, ktp] })
		expect(tabel.total).toBe(rows.reduce((s, r) => s + r.jumlah, 0))
		expect(tabel.totalPerHari).toEqual([0, 0, tabel.total])
	})

	it('gives the within-standard share per step of the request SOPs, named by the step', async () => {
		const rows = await dalamStandarPerLangkah({ dari: hariIni, sampai: hariIni }, ZONA)
		const cetak = rows.find((r) => r.definisiKode === 'P4.1.1' && r.langkahKode === 'cetak')
		expect(cetak).toMatchObject({ selesai: 1, dinilai: 1, dalamStandar: 1, rasio: 1 })
		expect(cetak?.kegiatan).toMatch(/^Mencetak dokumen/)
		// the loket's check ran three times today: two KTP-el (one returned) and the akta
		const cek = rows.filter((r) => r.langkahKode === 'verifikasi-kelengkapan').reduce((s, r) => s + r.selesai, 0)
		expect(cek).toBe(3)
		// P4.1.1 comes before P5.1 in the catalogue, and steps keep their SOP order
		const urutan = rows.map((r) => `${r.definisiKode}/${r.langkahKode}`)
		expect(urutan.indexOf('P4.1.1/cetak')).toBeLessThan(urutan.indexOf('P4.1.1/serahkan'))
		expect(urutan.indexOf('P4.1.1/serahkan')).toBeLessThan(urutan.findIndex((u) => u.startsWith('P5.1/')))
		expect(await dalamStandarPerLangkah({ dari: geserTanggal(hariIni, -5), sampai: geserTanggal(hariIni, -1) }, ZONA)).toEqual([])
	})

	it('shows the open work per step and per officer', async () => {
		const langkah = await bebanPerLangkah()
		const kunci = (l: { definisiKode: string; langkahKode: string }) => `${l.definisiKode}/${l.langkahKode}`
		expect(selisih(awal.langkah, langkah, kunci, (l) => l.terbuka)).toEqual({ 'P4.1.1/ajukan': 1 })
		expect(selisih(awal.langkah, langkah, kunci, (l) => l.diambil)).toEqual({ 'P5.1/input-siak': 1 })
		expect(langkah.find((l) => kunci(l) === 'P5.1/input-siak')?.kegiatan).toMatch(/^Menginput berkas/)

		const petugas = await bebanPerPetugas()
		expect(selisih(awal.petugas, petugas, (p) => p.nama, (p) => p.jumlah)).toEqual({ 'Fajar Ramadhan, A.Md.': 1 })
		expect(petugas.find((p) => p.nama === 'Fajar Ramadhan, A.Md.')).toMatchObject({ penggunaId: expect.any(Number), lewat: 0 })
	})

	it('sums the fines received at the loket in the range', async () => {
		const denda = await dendaDiterima({ dari: hariIni, sampai: hariIni }, ZONA)
		expect({ jumlah: denda.jumlah - awal.denda.jumlah, total: denda.total - awal.denda.total }).toEqual({ jumlah: 1, total: 100_000 })
		expect(await dendaDiterima({ dari: geserTanggal(hariIni, 1), sampai: geserTanggal(hariIni, 2) }, ZONA)).toEqual({ jumlah: 0, total: 0 })
	})

	it('recaps the day per service and lists its requests with the NIK masked', async () => {
		const rekap = await rekapHarian(hariIni, ZONA)
		const ukuran = ['masuk', 'selesai', 'ditolak', 'dikembalikan', 'dendaKuitansi', 'dendaNominal'] as const
		const tambah = Object.fromEntries(ukuran.map((u) => [u, selisih(awal.rekap, rekap, (r) => r.kode, (r) => r[u])]))
		expect(tambah).toEqual({
			masuk: { 'KTP-BARU': 2, 'AKTA-LAHIR': 1 },
			selesai: { 'KTP-BARU': 1 },
			ditolak: {},
			dikembalikan: { 'KTP-BARU': 1 },
			dendaKuitansi: { 'AKTA-LAHIR': 1 },
			dendaNominal: { 'AKTA-LAHIR': 100_000 },
		})
		// every active service has a line, busy or not
		expect(rekap.find((r) => r.kode === 'KUTIPAN-KEDUA')).toMatchObject({ masuk: 0, selesai: 0 })
		expect((await rekapHarian(geserTanggal(hariIni, -1), ZONA)).every((r) => r.masuk + r.selesai + r.dendaKuitansi === 0)).toBe(true)

		const tiket = [seed.selesai.nomorTiket, seed.kembali.nomorTiket, seed.denda.nomorTiket]
		const daftar = (await permohonanHarian(hariIni, ZONA)).filter((d) => tiket.includes(d.nomorTiket))
		expect(daftar.map((d) => d.nomorTiket)).toEqual(tiket)
		expect(daftar[0]).toMatchObject({ pemohonNama: 'Budi Santoso', pemohonNikSamar: '3305••••••••0002', statusLabel: 'Selesai', kanal: 'loket' })
		expect(daftar[1]!.statusLabel).toMatch(/^Dikembalikan/)
		expect(daftar[2]).toMatchObject({ denda: 100_000, dendaLunas: true, statusLabel: 'Sedang diproses' })
		expect(JSON.stringify(daftar)).not.toContain('3305011207900002')
	})

	it('lists the buku register with its request, filtered by print date, service and hand-over', async () => {
		const semua = await listRegister({ offset: 0, limit: 25 })
		expect(semua.total).toBe(1)
		expect(semua.rows[0]).toMatchObject({
			nomorRegister: expect.stringMatching(/^REG\/\d{4}\/000001$/),
			nomorTiket: seed.selesai.nomorTiket,
			pemohonNama: 'Budi Santoso',
			diterimaOleh: 'Budi Santoso',
			cara: 'ambil',
			kondisi: 'baik',
		})
		expect((await listRegister({ diserahkan: 'ya', dari: hariIni, sampai: hariIni, jenisKode: 'KTP-BARU', offset: 0, limit: 25 })).total).toBe(1)
		expect((await listRegister({ diserahkan: 'belum', offset: 0, limit: 25 })).total).toBe(0)
		expect((await listRegister({ jenisKode: 'AKTA-LAHIR', offset: 0, limit: 25 })).rows).toEqual([])
		expect((await listRegister({ dari: geserTanggal(hariIni, 1), offset: 0, limit: 25 })).total).toBe(0)
	})
})
