import { describe, expect, it } from 'vitest'
import { JenisLayanan, PersyaratanLayanan, TarifDenda } from '#models/index'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import { getDb } from '~/utils/db.server'
import { DEFINISI } from '~/workflow/definisi'
import { down, up } from '../reference/20261122002000-layanan'
import { UNIT } from '../reference/20261122000300-organisasi'
import { JENIS_LAYANAN_AWAL, TARIF_DENDA_AWAL, UNIT_LAYANAN } from './layanan-katalog'

const definisi = new Map(DEFINISI.map((d) => [d.kode, d]))

/** The variant a service runs follows from its definition. */
function varianDari(definisiKode: string) {
	if (definisiKode === 'P4.1.1') return 'reguler-tanpa-verifikasi'
	if (definisiKode === 'P4.1.3') return 'inovasi-integrasi'
	if (definisiKode.startsWith('SOP-WA-')) return 'wa-ticket'
	return 'reguler-dengan-verifikasi'
}

describe('JENIS_LAYANAN_AWAL', () => {
	it('has unique codes of at most 20 capitals and hyphens', () => {
		const kode = JENIS_LAYANAN_AWAL.map((j) => j.kode)
		expect(new Set(kode).size).toBe(kode.length)
		for (const k of kode) {
			expect(k.length).toBeLessThanOrEqual(20)
			expect(k).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
		}
	})

	it('gives every service a seksi of its own bidang', () => {
		const seksi = new Map(UNIT.filter(([, , , jenis]) => jenis === 'seksi').map(([, kode]) => [kode, kode]))
		for (const j of JENIS_LAYANAN_AWAL) {
			const unit = UNIT_LAYANAN[j.kode]
			expect(unit && seksi.has(unit), j.kode).toBe(true)
			expect(unit!.startsWith(j.kelompok === 'pencatatan-sipil' ? 'CAPIL-' : 'DAFDUK-'), j.kode).toBe(true)
		}
	})

	it.each(JENIS_LAYANAN_AWAL.map((j) => [j.kode, j] as const))('%s is consistent', (_kode, j) => {
		for (const kode of [j.definisiKode, j.definisiWa]) {
			if (kode === null) continue
			expect(definisi.get(kode)?.jenisSubjek, kode).toBe('permohonan-layanan')
		}
		if (j.definisiWa) expect(j.definisiWa).toMatch(/^SOP-WA-/)
		expect(j.varian).toBe(varianDari(j.definisiKode))
		expect(j.kelompok).toBe(definisi.get(j.definisiKode)?.area === 'P5' ? 'pencatatan-sipil' : 'pendaftaran-penduduk')

		const skema = SKEMA_ISIAN[j.skema]
		expect(skema, j.skema).toBeDefined()
		if (j.peristiwa) {
			expect(skema?.tanggalPeristiwa).toBeTruthy()
			expect(TARIF_DENDA_AWAL.some((t) => t.peristiwa === j.peristiwa)).toBe(true)
		}

		expect(j.persyaratan.some((p) => p.wajib)).toBe(true)
		const namaSyarat = j.persyaratan.map((p) => p.nama)
		expect(new Set(namaSyarat).size).toBe(namaSyarat.length)
		// column sizes of the migration
		expect(j.nama.length).toBeLessThanOrEqual(200)
		expect(j.dokumenHasil.length).toBeLessThanOrEqual(300)
		for (const p of j.persyaratan) {
			expect(p.nama.length).toBeLessThanOrEqual(300)
			expect((p.keterangan ?? '').length).toBeLessThanOrEqual(300)
		}
	})

	it('covers every service definition of P4 and P5', () => {
		const dipakai = new Set(JENIS_LAYANAN_AWAL.flatMap((j) => [j.definisiKode, j.definisiWa]))
		const layanan = DEFINISI.filter((d) => d.jenisSubjek === 'permohonan-layanan').map((d) => d.kode)
		expect(layanan.filter((k) => !dipakai.has(k))).toEqual([])
	})
})

describe('TARIF_DENDA_AWAL', () => {
	it('has one fine per event with the statutory reporting limit', () => {
		expect(Object.fromEntries(TARIF_DENDA_AWAL.map((t) => [t.peristiwa, t.batasHari]))).toEqual({
			kelahiran: 60,
			'lahir-mati': 30,
			kematian: 30,
			perkawinan: 60,
			perceraian: 60,
		})
		for (const t of TARIF_DENDA_AWAL) {
			expect(Number.isInteger(t.nominal) && t.nominal > 0).toBe(true)
			expect(t.berlakuMulai).toBe('2026-01-01')
			expect(t.berlakuSampai).toBeNull()
			expect(t.dasarHukum).toMatch(/UU 23\/2006 jo\. UU 24\/2013 Pasal .*90.*Perda/)
			expect(t.dasarHukum.length).toBeLessThanOrEqual(300)
		}
	})

	it('fines only events some service reports', () => {
		const peristiwa = new Set(JENIS_LAYANAN_AWAL.map((j) => j.peristiwa))
		for (const t of TARIF_DENDA_AWAL) expect(peristiwa.has(t.peristiwa)).toBe(true)
	})
})

describe('the reference seeder', () => {
	it('fills the catalogue of a fresh database', async () => {
		expect(await JenisLayanan.count()).toBe(JENIS_LAYANAN_AWAL.length)
		expect(await PersyaratanLayanan.count()).toBe(JENIS_LAYANAN_AWAL.reduce((n, j) => n + j.persyaratan.length, 0))
		expect(await TarifDenda.count()).toBe(TARIF_DENDA_AWAL.length)

		const akta = await JenisLayanan.findOne({ where: { kode: 'AKTA-LAHIR' } })
		const awal = JENIS_LAYANAN_AWAL.findIndex((j) => j.kode === 'AKTA-LAHIR')
		expect(akta).toMatchObject({
			nama: 'Akta kelahiran',
			definisiKode: 'P5.1',
			definisiWa: null,
			varian: 'reguler-dengan-verifikasi',
			skema: 'kelahiran',
			peristiwa: 'kelahiran',
			daring: true,
			aktif: true,
			urutan: awal + 1,
			version: 0,
		})
		const syarat = await PersyaratanLayanan.findAll({ where: { jenisLayananId: akta!.id }, order: [['urutan', 'ASC']] })
		expect(syarat.map((s) => [s.urutan, s.nama, s.wajib, s.keterangan])).toEqual(
			JENIS_LAYANAN_AWAL[awal]!.persyaratan.map((p, i) => [i + 1, p.nama, p.wajib, p.keterangan ?? null]),
		)

		const kelahiran = await TarifDenda.findOne({ where: { peristiwa: 'kelahiran' } })
		expect(kelahiran).toMatchObject({ batasHari: 60, nominal: 100000, berlakuMulai: '2026-01-01', berlakuSampai: null })
	})

	it('removes exactly what it added and adds it again', async () => {
		const sequelize = getDb()
		const context = { queryInterface: sequelize.getQueryInterface(), sequelize }
		// the demo requests refer to the catalogue: a catalogue is only removed from an empty desk
		for (const table of ['berkas_permohonan', 'kuitansi_denda', 'register_dokumen', 'permohonan_layanan']) await context.queryInterface.bulkDelete(table, {})
		await down({ context })
		expect([await JenisLayanan.count(), await PersyaratanLayanan.count(), await TarifDenda.count()]).toEqual([0, 0, 0])
		await up({ context })
		expect(await JenisLayanan.count()).toBe(JENIS_LAYANAN_AWAL.length)
		expect(await TarifDenda.count()).toBe(TARIF_DENDA_AWAL.length)
	})
})
