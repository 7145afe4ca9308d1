import { describe, expect, it } from 'vitest'
import { BerkasArsip, IsiBerkas, KlasifikasiArsip, LogAudit } from '#models/index'
import { getUserById } from '#test/alur'
import { buatSuratMasukUji } from '#test/persuratan'
import { withRequestContext } from '#test/utils'
import { berkaskanSurat, cariSuratBelumDiberkaskan, createBerkas, getBerkas, hapusIsiBerkas, listBerkas, listIsiBerkas, tambahItemBebas, updateBerkas } from './berkas.server'
import type { BerkasInput } from './berkas.schema'
import { getRetensiBerlaku, listKlasifikasi, ubahRetensi } from './klasifikasi.server'

const dasar: BerkasInput = {
	klasifikasiKode: '000.1.2.3',
	uraian: 'Berkas uji',
	unitKerjaId: 3,
	kurunAwal: '2020-01-02',
	kurunAkhir: '2020-12-30',
	jumlah: 1,
	satuan: 'bundel',
	tingkatPerkembangan: 'asli',
	lokasiGedung: 'Kantor Dinas',
	lokasiRuang: 'Ruang Uji',
	lokasiLemari: null,
	lokasiRak: null,
	lokasiBoks: null,
	lokasiFolder: null,
	status: 'aktif',
}

async function buatBerkas(ubah: Partial<BerkasInput> = {}) {
	const tu = await getUserById('tu')
	const hasil = await withRequestContext(() => createBerkas({ ...dasar, ...ubah }, tu))
	if (!hasil.ok) throw new Error(JSON.stringify(hasil))
	return (await BerkasArsip.findByPk(hasil.id))!
}

describe('retention dates of a berkas', () => {
	it('follows the demo schedule: own code, inherited from an ancestor, and open berkas', async () => {
		// 000.1.2.3 has none of its own: it inherits 000.1 (2 aktif + 3 inaktif, musnah)
		expect(await getRetensiBerlaku('000.1.2.3')).toMatchObject({ aktif: 2, inaktif: 3, nasibAkhir: 'musnah', sumberKode: '000.1' })
		const diwarisi = await buatBerkas()
		expect(diwarisi).toMatchObject({ aktifSampai: '2022-12-31', inaktifSampai: '2025-12-31', nasibAkhir: 'musnah', vital: false })
		expect(diwarisi.nomorBerkas).toMatch(/^BRK\/2020\/\d{4}$/)

		// 400.12.3.1 inherits 400.12.3 (10 + 20, permanen, vital)
		const vital = await buatBerkas({ klasifikasiKode: '400.12.3.1', kurunAwal: '2018-01-01', kurunAkhir: '2018-12-31' })
		expect(vital).toMatchObject({ aktifSampai: '2028-12-31', inaktifSampai: '2048-12-31', nasibAkhir: 'permanen', vital: true })

		const terbuka = await buatBerkas({ kurunAkhir: null })
		expect(terbuka).toMatchObject({ aktifSampai: null, inaktifSampai: null, nasibAkhir: 'musnah' })

		// no retention anywhere up the tree
		const tanpa = await buatBerkas({ klasifikasiKode: '900.1' })
		expect(tanpa).toMatchObject({ aktifSampai: null, inaktifSampai: null, nasibAkhir: null })
	})

	it('numbers berkas per year of the kurun without gaps', async () => {
		const a = await buatBerkas({ kurunAwal: '2003-05-01', kurunAkhir: '2003-06-01' })
		const b = await buatBerkas({ kurunAwal: '2003-07-01', kurunAkhir: null })
		expect([a.nomorBerkas, b.nomorBerkas]).toEqual(['BRK/2003/0001', 'BRK/2003/0002'])
	})

	it('refuses an unknown code next to the field and a stale edit', async () => {
		const tu = await getUserById('tu')
		expect(await withRequestContext(() => createBerkas({ ...dasar, klasifikasiKode: '999.9' }, tu))).toMatchObject({ ok: false, errors: { klasifikasiKode: [expect.stringMatching(/tidak ditemukan/)] } })
		const b = await buatBerkas()
		expect(await withRequestContext(() => updateBerkas(b.id, { ...dasar, kurunAkhir: '2021-03-01', version: b.version }))).toEqual({ ok: true, id: b.id })
		expect((await BerkasArsip.findByPk(b.id))!.aktifSampai).toBe('2023-12-31')
		expect(await withRequestContext(() => updateBerkas(b.id, { ...dasar, version: b.version }))).toEqual({ ok: false, konflik: true })
	})
})

describe('a code’s retention changes', () => {
	it('recomputes in SQL every berkas it governs, through inheritance, but not destroyed ones', async () => {
		const kode = await KlasifikasiArsip.findByPk('800.1.3')
		expect(kode).not.toBeNull()
		const cucu = await buatBerkas({ klasifikasiKode: '800.1.3.1', kurunAwal: '2015-01-01', kurunAkhir: '2016-06-30' })
		const terbuka = await buatBerkas({ klasifikasiKode: '800.1.3', kurunAwal: '2024-01-01', kurunAkhir: null })
		const musnah = await buatBerkas({ klasifikasiKode: '800.1.3', kurunAwal: '2001-01-01', kurunAkhir: '2001-12-31' })
		await musnah.update({ status: 'musnah' })
		// before: 800 (2 + 3, musnah) applies
		expect(cucu).toMatchObject({ aktifSampai: '2018-12-31', inaktifSampai: '2021-12-31' })

		const hasil = await withRequestContext(() =>
			ubahRetensi('800.1.3', { version: kode!.version, retensiAktif: 4, retensiInaktif: 6, nasibAkhir: 'permanen', vital: true, terapkanKeTurunan: false }),
		)
		expect(hasil).toMatchObject({ ok: true, berkasDihitung: 2 })
		await cucu.reload()
		await terbuka.reload()
		await musnah.reload()
		expect(cucu).toMatchObject({ aktifSampai: '2020-12-31', inaktifSampai: '2026-12-31', nasibAkhir: 'permanen', vital: true })
		expect(terbuka).toMatchObject({ aktifSampai: null, inaktifSampai: null, nasibAkhir: 'permanen' })
		expect(musnah).toMatchObject({ aktifSampai: '2003-12-31', nasibAkhir: 'musnah' })
		expect(await LogAudit.count({ where: { aksi: 'hitung-ulang-retensi' } })).toBeGreaterThan(0)

		// a child with its own retention keeps it
		await withRequestContext(() =>
			ubahRetensi('800.1.3.1', { version: 0, retensiAktif: 1, retensiInaktif: 1, nasibAkhir: 'musnah', vital: false, terapkanKeTurunan: false }),
		)
		await cucu.reload()
		expect(cucu).toMatchObject({ aktifSampai: '2017-12-31', inaktifSampai: '2018-12-31', nasibAkhir: 'musnah', vital: false })

		// clearing the parent's leaves the child's own in force
		const induk = (await KlasifikasiArsip.findByPk('800.1.3'))!
		expect(await withRequestContext(() => ubahRetensi('800.1.3', { version: induk.version, retensiAktif: null, retensiInaktif: null, nasibAkhir: null, vital: false, terapkanKeTurunan: false }))).toMatchObject({ ok: true })
		await terbuka.reload()
		await cucu.reload()
		expect(terbuka).toMatchObject({ nasibAkhir: 'musnah' })
		expect(cucu).toMatchObject({ aktifSampai: '2017-12-31' })
	})

	it('copies a retention to the codes below that have none, and refuses a stale form', async () => {
		const kode = (await KlasifikasiArsip.findByPk('900.1'))!
		const hasil = await withRequestContext(() => ubahRetensi('900.1', { version: kode.version, retensiAktif: 2, retensiInaktif: 8, nasibAkhir: 'musnah', vital: false, terapkanKeTurunan: true }))
		expect(hasil).toMatchObject({ ok: true })
		const anak = await KlasifikasiArsip.findAll({ where: { indukKode: '900.1' } })
		expect(anak.length).toBeGreaterThan(0)
		expect(anak.every((a) => a.retensiAktif === 2 && a.retensiInaktif === 8)).toBe(true)
		expect(await withRequestContext(() => ubahRetensi('900.1', { version: kode.version, retensiAktif: 1, retensiInaktif: 1, nasibAkhir: 'musnah', vital: false, terapkanKeTurunan: false }))).toEqual({ ok: false, konflik: true })
	})

	it('lists codes in reading order, by prefix or name, with what applies', async () => {
		const { rows, total } = await listKlasifikasi({ q: '400.12.2', offset: 0, limit: 10 })
		expect(total).toBe(6)
		expect(rows.map((r) => r.kode)).toEqual(['400.12.2', '400.12.2.1', '400.12.2.2', '400.12.2.3', '400.12.2.4', '400.12.2.5'])
		expect(rows[1]!.berlaku).toMatchObject({ sumberKode: '400.12.2' })
		const atas = await listKlasifikasi({ offset: 0, limit: 50 })
		expect(atas.rows.map((r) => r.kode)).toEqual(['000', '100', '200', '300', '400', '500', '600', '700', '800', '900'])
		expect(atas.rows[0]!.jumlahAnak).toBeGreaterThan(0)
		expect((await listKlasifikasi({ q: 'kependudukan dan catatan sipil', offset: 0, limit: 5 })).rows[0]!.kode).toBe('400.12')
	})
})

describe('filing', () => {
	it('files a letter once, numbers items 1..n and closes gaps when one is removed', async () => {
		const tu = await getUserById('tu')
		const berkas = await buatBerkas({ kurunAkhir: null })
		const surat = await buatSuratMasukUji({ dicatatOlehId: tu.id })
		const calon = await cariSuratBelumDiberkaskan({ jenisSurat: 'masuk', q: String(surat.nomorAgenda), penggunaId: tu.id })
		expect(calon.map((c) => c.id)).toContain(surat.id)

		const satu = await withRequestContext(() => berkaskanSurat({ berkasId: berkas.id, jenisSurat: 'masuk', suratId: surat.id, pelaku: tu }))
		expect(satu).toMatchObject({ ok: true, nomorItem: 1 })
		const lagi = await withRequestContext(() => berkaskanSurat({ berkasId: berkas.id, jenisSurat: 'masuk', suratId: surat.id, pelaku: tu }))
		expect(lagi).toMatchObject({ ok: false, errors: { suratId: [expect.stringMatching(/sudah diberkaskan di berkas BRK\//)] } })
		const lain = await buatBerkas({ kurunAkhir: null })
		expect(await withRequestContext(() => berkaskanSurat({ berkasId: lain.id, jenisSurat: 'masuk', suratId: surat.id, pelaku: tu }))).toMatchObject({ ok: false })
		expect(await cariSuratBelumDiberkaskan({ jenisSurat: 'masuk', q: String(surat.nomorAgenda), penggunaId: tu.id })).toEqual([])

		const bebas = { uraian: 'Daftar hadir rapat', tanggal: '2026-03-05', jumlah: 2, keterangan: null }
		expect(await withRequestContext(() => tambahItemBebas({ berkasId: berkas.id, input: bebas, pelaku: tu }))).toMatchObject({ ok: true, nomorItem: 2 })
		expect(await withRequestContext(() => tambahItemBebas({ berkasId: berkas.id, input: { ...bebas, uraian: 'Notula' }, pelaku: tu }))).toMatchObject({ ok: true, nomorItem: 3 })
		const isi = await listIsiBerkas(berkas.id)
		expect(isi.map((i) => [i.nomorItem, i.jenis])).toEqual([
			[1, 'surat-masuk'],
			[2, 'lain'],
			[3, 'lain'],
		])
		expect(await withRequestContext(() => hapusIsiBerkas({ berkasId: berkas.id, itemId: isi[1]!.id }))).toEqual({ ok: true })
		expect((await listIsiBerkas(berkas.id)).map((i) => [i.nomorItem, i.uraian])).toEqual([
			[1, surat.perihal],
			[2, 'Notula'],
		])
		expect(await IsiBerkas.count({ where: { berkasArsipId: berkas.id } })).toBe(2)
	})

	it('keeps a secret letter’s perihal out of the uraian and offers it only to who registered it', async () => {
		const tu = await getUserById('tu')
		const admin = await getUserById('admin')
		const surat = await buatSuratMasukUji({ dicatatOlehId: tu.id, sifat: 'rahasia', perihal: 'Perihal rahasia sekali' })
		expect(await cariSuratBelumDiberkaskan({ jenisSurat: 'masuk', q: 'rahasia sekali', penggunaId: admin.id })).toEqual([])
		expect((await cariSuratBelumDiberkaskan({ jenisSurat: 'masuk', q: 'rahasia sekali', penggunaId: tu.id })).map((c) => c.id)).toEqual([surat.id])
		const berkas = await buatBerkas({ kurunAkhir: null })
		await withRequestContext(() => berkaskanSurat({ berkasId: berkas.id, jenisSurat: 'masuk', suratId: surat.id, pelaku: tu }))
		const [item] = await listIsiBerkas(berkas.id)
		expect(item!.uraian).not.toContain('Perihal rahasia')
		expect(item!.uraian).toMatch(/rahasia nomor/)
	})

	it('does not file into a berkas that is no longer active', async () => {
		const tu = await getUserById('tu')
		const berkas = await buatBerkas({ status: 'inaktif' })
		const hasil = await withRequestContext(() => tambahItemBebas({ berkasId: berkas.id, input: { uraian: 'Tambahan', tanggal: '2026-01-01', jumlah: 1, keterangan: null }, pelaku: tu }))
		expect(hasil).toMatchObject({ ok: false, errors: { _form: [expect.stringMatching(/tidak aktif/)] } })
	})

	it('filters the daftar berkas by code, unit, status, kurun and location', async () => {
		const b = await buatBerkas({ klasifikasiKode: '400.12.4.1', unitKerjaId: 12, kurunAwal: '2009-01-01', kurunAkhir: '2009-12-31', lokasiBoks: 'Boks 777' })
		const cari = async (f: Parameters<typeof listBerkas>[0]) => (await listBerkas(f)).rows.map((r) => r.id)
		const semua = { offset: 0, limit: 100, q: undefined, klasifikasi: undefined, unitKerjaId: undefined, status: undefined, tahunDari: undefined, tahunSampai: undefined, lokasi: undefined }
		expect(await cari({ ...semua, klasifikasi: '400.12.4' })).toContain(b.id)
		expect(await cari({ ...semua, klasifikasi: '400.12.2' })).not.toContain(b.id)
		expect(await cari({ ...semua, unitKerjaId: 12, tahunDari: 2009, tahunSampai: 2009 })).toEqual([b.id])
		expect(await cari({ ...semua, lokasi: 'Boks 777' })).toEqual([b.id])
		expect(await cari({ ...semua, tahunDari: 2010, unitKerjaId: 12 })).not.toContain(b.id)
		const detail = await getBerkas(b.id)
		expect(detail).toMatchObject({ klasifikasiNama: expect.any(String), unitNama: expect.any(String), retensi: { aktif: 3, inaktif: 7 } })
	})
})
