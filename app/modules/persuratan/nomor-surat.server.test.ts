import { Op } from 'sequelize'
import { describe, expect, it } from 'vitest'
import { JenisNaskah, NomorSuratKeluar, SuratKeluar } from '#models/index'
import { withRequestContext } from '#test/utils'
import { getStorage } from '~/integrations/storage/storage.server'
import { transaction } from '~/utils/db.server'
import { KonflikError } from '~/workflow/galat'
import { gunakanNomor, lepasNomor, listNomorSurat, pesanNomor, siapkanPenghitung, terbitkanNomorSurat } from './nomor-surat.server'
import { tandatanganiSuratManual } from './surat-keluar-tanda-tangan.server'
import { jenisNaskah, langkahSurat, nomorTerakhir, pengguna, suratSiapTandaTangan, tahunIni, teksPdf } from '#test/surat-keluar'

/**
 * Numbers of outgoing letters: issued at signing, one gapless sequence per jenis naskah and year,
 * unique under parallel signatures; reserved numbers that are released are taken again first.
 */
async function urutan(kode: string, tahun = tahunIni()) {
	const jenis = await jenisNaskah(kode)
	const rows = await NomorSuratKeluar.findAll({ where: { jenisNaskahId: jenis.id, tahun }, order: [['nomorUrut', 'ASC']] })
	return rows
}

const tandatangani = async (suratId: number, username = 'kadis', nomorDipesanId?: number) =>
	withRequestContext(async () => tandatanganiSuratManual({ suratId, pelaku: await pengguna(username), nomorDipesanId }))

describe('issuing at signing', () => {
	it('numbers the signed letter in the jenis naskah’s format, stores its PDF and moves it to dispatch', async () => {
		const awal = await nomorTerakhir('SB')
		const { id } = await suratSiapTandaTangan('SB')
		expect(await tandatangani(id)).toEqual({ ok: true })
		const { surat, langkah } = await langkahSurat(id)
		const tahun = tahunIni()
		expect(langkah).toBe('kirim')
		expect(surat).toMatchObject({ status: 'ditandatangani', caraTandaTangan: 'manual', tahun, nomorUrut: awal + 1, penandatanganNama: (await pengguna('kadis')).nama, penandatanganJabatan: 'Kepala Dinas' })
		expect(surat.nomor).toBe(`000.1.2/${String(awal + 1).padStart(3, '0')}/UMPEG/${tahun}`)
		expect(surat.kodeVerifikasi).toMatch(/^[A-HJKMNP-Z2-9]{12}$/)
		const pdf = (await getStorage().read(surat.kunciPdf!))!
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
		const teks = teksPdf(pdf)
		expect(teks).toContain(surat.nomor!)
		expect(teks).toContain('Permohonan narasumber sosialisasi IKD')
		expect(teks).toContain('Halaman 1 dari 1')
		expect(teks).toContain(`NIP. ${'196905121994031008'}`)
		const baris = (await urutan('SB')).at(-1)
		expect(baris).toMatchObject({ nomorUrut: awal + 1, status: 'terpakai', suratKeluarId: id, nomor: surat.nomor })
	})

	it('gives 20 parallel signatures of two jenis naskah unique, gapless numbers per jenis naskah', async () => {
		const awal = { SKET: await nomorTerakhir('SKET'), ND: await nomorTerakhir('ND') }
		const siap = []
		for (let i = 0; i < 12; i += 1) siap.push({ ...(await suratSiapTandaTangan('SKET', 'kadis', 'tu', { klasifikasiKode: '000.1.4' })), kode: 'SKET' })
		// another classification: with the same pattern, both sequences would print the same numbers
		for (let i = 0; i < 8; i += 1) siap.push({ ...(await suratSiapTandaTangan('ND', 'sekretaris', 'tu', { klasifikasiKode: '000.1.3' })), kode: 'ND' })
		const hasil = await Promise.allSettled(siap.map((s) => tandatangani(s.id, s.kode === 'ND' ? 'sekretaris' : 'kadis')))
		expect(hasil.filter((h) => h.status === 'rejected')).toEqual([])
		for (const [kode, jumlah] of [
			['SKET', 12],
			['ND', 8],
		] as const) {
			const harap = Array.from({ length: jumlah }, (_, i) => awal[kode] + i + 1)
			const baris = (await urutan(kode)).filter((b) => b.nomorUrut > awal[kode])
			expect(baris.map((b) => b.nomorUrut)).toEqual(harap)
			expect(baris.every((b) => b.status === 'terpakai')).toBe(true)
			const surat = await SuratKeluar.findAll({ where: { id: { [Op.in]: siap.filter((s) => s.kode === kode).map((s) => s.id) } } })
			expect(new Set(surat.map((s) => s.nomor)).size).toBe(jumlah)
			expect(surat.map((s) => s.nomorUrut).sort((a, b) => a! - b!)).toEqual(harap)
			expect(surat.every((s) => s.status === 'ditandatangani' && s.kunciPdf)).toBe(true)
		}
	}, 120_000)

	it('refuses a number another jenis naskah with the same pattern already printed, and gives the number back', async () => {
		// SE and SK count on their own; given the same pattern (the seed gives them their own codes),
		// their first numbers of one classification and unit are the same text
		await JenisNaskah.update({ formatNomor: '{klasifikasi}/{nomor}/{unit}/{tahun}' }, { where: { kode: ['SE', 'SK'] } })
		expect([await nomorTerakhir('SE'), await nomorTerakhir('SK')]).toEqual([0, 0])
		const se = await suratSiapTandaTangan('SE', 'kadis', 'tu', { klasifikasiKode: '000.1.9' })
		const sk = await suratSiapTandaTangan('SK', 'kadis', 'tu', { klasifikasiKode: '000.1.9' })
		await tandatangani(se.id)
		await expect(tandatangani(sk.id)).rejects.toThrow(/sudah dipakai surat lain/)
		expect((await langkahSurat(sk.id)).langkah).toBe('tanda-tangan')
		expect(await urutan('SK')).toEqual([])
	})

	it('keeps a sequence per year', async () => {
		const jenis = await jenisNaskah('ST')
		const bahan = (tahun: number) => ({ jenisNaskahId: jenis.id, jenisKode: 'ST', tahun, format: jenis.formatNomor, klasifikasi: '000.1.2', unit: 'UMPEG' })
		await siapkanPenghitung(jenis.id, 2031)
		await siapkanPenghitung(jenis.id, 2032)
		const { id } = await suratSiapTandaTangan('SB')
		const a = await transaction((t) => terbitkanNomorSurat({ suratKeluarId: id, bahan: bahan(2031), nomorDipesanId: null, sekarang: new Date(), transaction: t }))
		const b = await transaction((t) => terbitkanNomorSurat({ suratKeluarId: id, bahan: bahan(2031), nomorDipesanId: null, sekarang: new Date(), transaction: t }))
		const c = await transaction((t) => terbitkanNomorSurat({ suratKeluarId: id, bahan: bahan(2032), nomorDipesanId: null, sekarang: new Date(), transaction: t }))
		expect([a.nomorUrut, b.nomorUrut, c.nomorUrut]).toEqual([1, 2, 1])
		expect(c.nomor).toBe('000.1.2/001/ST/UMPEG/2032')
	})
})

describe('reservations (ambil nomor)', () => {
	it('reserves, uses and releases numbers; a released number is the next one taken, so the year has no gaps', async () => {
		const tu = await pengguna('tu')
		const jenis = await jenisNaskah('UND')
		const besok = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
		const pesan = (keperluan: string) => withRequestContext(() => pesanNomor({ jenisNaskahId: jenis.id, klasifikasiKode: '000.1.5', unitId: 3, keperluan, berlakuSampai: besok, pelakuId: tu.id }))

		const awal = await nomorTerakhir('UND')
		const n = (k: number) => awal + k
		const satu = await pesan('Undangan rapat koordinasi (ditandatangani basah)')
		const dua = await pesan('Undangan rakor kecamatan')
		const tiga = await pesan('Undangan sosialisasi')
		expect(satu).toMatchObject({ ok: true, nomor: `000.1.5/${String(n(1)).padStart(3, '0')}/UND/UMPEG/${tahunIni()}` })
		if (!satu.ok || !dua.ok || !tiga.ok) throw new Error('pesan gagal')
		expect(await gunakanNomor({ id: satu.id, perihal: 'Undangan rapat koordinasi pelayanan' })).toEqual({ ok: true })
		await lepasNomor({ id: dua.id })
		await expect(lepasNomor({ id: dua.id })).rejects.toBeInstanceOf(KonflikError)
		await expect(gunakanNomor({ id: satu.id, perihal: 'Lagi' })).rejects.toBeInstanceOf(KonflikError)

		// the next signature of the jenis naskah takes the released 2, not 4
		const surat1 = await suratSiapTandaTangan('UND', 'kadis', 'tu', { klasifikasiKode: '000.1.5' })
		await tandatangani(surat1.id)
		expect((await SuratKeluar.findByPk(surat1.id))!.nomorUrut).toBe(n(2))

		// a reservation past its validity is released when the numbers are listed, then reused
		await NomorSuratKeluar.update({ berlakuSampai: new Date(Date.now() - 60_000) }, { where: { id: tiga.id } })
		const daftar = await listNomorSurat({ jenisNaskahId: jenis.id, offset: 0, limit: 50 })
		expect(daftar.rows.find((r) => r.id === tiga.id)!.status).toBe('dilepas')
		const surat2 = await suratSiapTandaTangan('UND', 'kadis', 'tu', { klasifikasiKode: '000.1.5' })
		await tandatangani(surat2.id)
		expect((await SuratKeluar.findByPk(surat2.id))!.nomorUrut).toBe(n(3))

		// a number reserved for a letter signed on paper in SIMADU is used by choosing it at signing
		const empat = await pesan('Untuk undangan bimtek')
		if (!empat.ok) throw new Error('pesan gagal')
		const surat3 = await suratSiapTandaTangan('UND', 'kadis', 'tu', { klasifikasiKode: '000.1.5' })
		const surat4 = await suratSiapTandaTangan('UND', 'kadis', 'tu', { klasifikasiKode: '000.1.5' })
		await tandatangani(surat3.id)
		await tandatangani(surat4.id, 'kadis', empat.id)
		expect((await SuratKeluar.findByPk(surat3.id))!.nomorUrut).toBe(n(5))
		expect((await SuratKeluar.findByPk(surat4.id))!.nomorUrut).toBe(n(4))
		// a reservation already used cannot be chosen again
		const surat5 = await suratSiapTandaTangan('UND', 'kadis', 'tu', { klasifikasiKode: '000.1.5' })
		await expect(tandatangani(surat5.id, 'kadis', empat.id)).rejects.toBeInstanceOf(KonflikError)
		expect((await langkahSurat(surat5.id)).langkah).toBe('tanda-tangan')

		const baris = await urutan('UND')
		expect(baris.map((b) => [b.nomorUrut, b.status])).toEqual(Array.from({ length: n(5) }, (_, i) => [i + 1, 'terpakai']))
	})

	it('refuses a reservation with a past or far validity, an unknown classification or jenis naskah', async () => {
		const tu = await pengguna('tu')
		const jenis = await jenisNaskah('SK')
		const dasar = { jenisNaskahId: jenis.id, klasifikasiKode: '000.1.2', unitId: 3, keperluan: 'Uji', pelakuId: tu.id }
		expect(await pesanNomor({ ...dasar, berlakuSampai: '2020-01-01' })).toMatchObject({ ok: false, errors: { berlakuSampai: expect.any(Array) } })
		expect(await pesanNomor({ ...dasar, berlakuSampai: '2099-01-01' })).toMatchObject({ ok: false, errors: { berlakuSampai: expect.any(Array) } })
		expect(await pesanNomor({ ...dasar, klasifikasiKode: '999', berlakuSampai: new Date().toISOString().slice(0, 10) })).toMatchObject({ ok: false, errors: { klasifikasiKode: expect.any(Array) } })
		expect(await pesanNomor({ ...dasar, jenisNaskahId: 9999, berlakuSampai: new Date().toISOString().slice(0, 10) })).toMatchObject({ ok: false, errors: { jenisNaskahId: expect.any(Array) } })
		expect(await NomorSuratKeluar.count({ where: { jenisNaskahId: jenis.id } })).toBe(0)
	})
})
