import type { Model, ModelStatic } from 'sequelize'
import { describe, expect, it } from 'vitest'
import {
	BerkasArsip,
	EkspedisiSurat,
	IsiBerkas,
	Jabatan,
	JenisNaskah,
	KlasifikasiArsip,
	KomentarNaskah,
	NomorSuratKeluar,
	PeminjamanArsip,
	PengantaranSurat,
	Pengguna,
	SuratKeluar,
	SuratKeluarVersi,
	SuratMasuk,
	UsulPenyusutan,
	UsulPenyusutanItem,
} from '#models/index'
import { withRequestContext } from '#test/utils'
import { getDb } from '~/utils/db.server'

describe('persuratan and arsip models', () => {
	it('map every column of their tables, and nothing else', async () => {
		const models = [
			KlasifikasiArsip,
			SuratMasuk,
			PengantaranSurat,
			JenisNaskah,
			SuratKeluar,
			SuratKeluarVersi,
			KomentarNaskah,
			NomorSuratKeluar,
			EkspedisiSurat,
			BerkasArsip,
			IsiBerkas,
			PeminjamanArsip,
			UsulPenyusutan,
			UsulPenyusutanItem,
		] as unknown as ModelStatic<Model>[]
		for (const model of models) {
			const kolom = Object.keys(await getDb().getQueryInterface().describeTable(model.tableName)).sort()
			const atribut = Object.values(model.getAttributes()).map((a) => a.field!).sort()
			expect(atribut, model.name).toEqual(kolom)
		}
	})

	it('map a surat masuk with its klasifikasi, and a klasifikasi with its induk', async () => {
		const jabatan = (await Jabatan.findOne({ where: { kode: 'SEKRETARIS' } }))!
		const pencatat = (await Pengguna.findOne({ where: { username: 'tu' } }))!
		const { id } = await withRequestContext(async () => {
			await KlasifikasiArsip.create({ kode: '000.1.UJI', nama: 'Klasifikasi uji', indukKode: '000.1', tingkat: 3, retensiAktif: 2, retensiInaktif: 3, nasibAkhir: 'musnah' })
			return SuratMasuk.create({
				tahun: 2026,
				nomorAgenda: 9001, // clear of the demo letters' agenda numbers
				tanggalDiterima: '2026-11-23',
				nomorSurat: '005/123/DISDIK/2026',
				tanggalSurat: '2026-11-20',
				asalJenis: 'instansi',
				asal: 'Dinas Pendidikan',
				perihal: 'Undangan rapat koordinasi',
				ringkasan: null,
				sifat: 'biasa',
				urgensi: 'segera',
				klasifikasiKode: '000.1.UJI',
				lampiran: null,
				tujuanJabatanId: jabatan.id,
				kunciPindaian: null,
				namaPindaian: null,
				tipePindaian: null,
				ukuranPindaian: null,
				dicatatOlehId: pencatat.id,
				instansId: null,
			})
		})

		const surat = (await SuratMasuk.findByPk(id, {
			include: [{ model: KlasifikasiArsip, as: 'klasifikasi', include: [{ model: KlasifikasiArsip, as: 'induk' }] }],
		}))!
		expect(surat.tanggalDiterima).toBe('2026-11-23')
		expect(surat.version).toBe(0)
		expect(surat.klasifikasi?.nama).toBe('Klasifikasi uji')
		expect(surat.klasifikasi?.nasibAkhir).toBe('musnah')
		expect(surat.klasifikasi?.vital).toBe(false)
		expect(surat.klasifikasi?.induk?.kode).toBe('000.1')
	})

	it('reads the verification chain of a jenis naskah as an array', async () => {
		const jenis = (await JenisNaskah.findOne({ where: { kode: 'SB' } }))!
		expect(jenis.rantaiVerifikasi).toEqual(['KASUBAG-UMPEG', 'SEKRETARIS'])
	})
})
