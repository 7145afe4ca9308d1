import { describe, expect, it } from 'vitest'
import { InstansAlur, Jabatan, KomentarNaskah, SuratKeluar, SuratKeluarVersi, TugasAlur } from '#models/index'
import { withRequestContext } from '#test/utils'
import { KonflikError, TidakBerhakError } from '~/workflow/galat'
import { ambilTugas, jalankanAksi } from '~/workflow/mesin.server'
import { tanganiIntentAlur } from '~/workflow/subjek.server'
import { adaPerubahan } from './naskah-banding'
import { tandatanganiSuratManual } from './surat-keluar-tanda-tangan.server'
import { ambil, buatSurat, isianDraf, kerjakan, langkahSurat, pengguna, suratDiajukan, suratSiapTandaTangan } from '#test/surat-keluar'
import { ajukanVerifikasi, bandingkanVersi, batalkanSurat, getSuratKeluar, listSuratKeluar, tambahKomentar, ubahSurat } from './surat-keluar.server'
import type { UbahSuratInput } from './surat-keluar.schema'

/**
 * Outgoing letters from draft to signature on the shared engine: the chain of the jenis naskah,
 * who may act at each step, and the revise loop that keeps every version and its comments.
 */
async function isianUbah(id: number, ubah: Partial<UbahSuratInput> = {}): Promise<UbahSuratInput> {
	const s = (await SuratKeluar.findByPk(id))!
	const { jenisNaskahId: _, ...isian } = await isianDraf('SB')
	return { ...isian, perihal: s.perihal, isi: s.isi, klasifikasiKode: s.klasifikasiKode, jabatanPenandatanganId: s.jabatanPenandatanganId, version: s.version, catatan: null, ...ubah }
}

const ubah = async (id: number, oleh: string, isian: Partial<UbahSuratInput>) => withRequestContext(async () => ubahSurat(id, await isianUbah(id, isian), await pengguna(oleh)))

describe('drafting', () => {
	it('starts from the template, cleans the body, and overwrites version 1 until it is submitted', async () => {
		const { id } = await buatSurat('SB', 'tu', { isi: '<p onclick="x()">Isi <script>alert(1)</script><strong>penting</strong></p><img src=x onerror=alert(1)>' })
		const surat = (await SuratKeluar.findByPk(id))!
		expect(surat).toMatchObject({ status: 'draf', revisiKe: 1, unitKerjaId: 3, instansId: null, nomor: null })
		expect(surat.isi).toBe('<p>Isi <strong>penting</strong></p>')
		expect(await SuratKeluarVersi.count({ where: { suratKeluarId: id } })).toBe(1)

		expect(await ubah(id, 'tu', { perihal: 'Perihal diperbaiki sebelum diajukan' })).toEqual({ ok: true, id })
		expect(await ubah(id, 'tu', { isi: '<p>Isi kedua</p>' })).toEqual({ ok: true, id })
		const versi = await SuratKeluarVersi.findAll({ where: { suratKeluarId: id } })
		expect(versi).toHaveLength(1)
		expect(versi[0]).toMatchObject({ nomorVersi: 1, perihal: 'Perihal diperbaiki sebelum diajukan', isi: '<p>Isi kedua</p>' })
	})

	it('refuses a stale edit, another person’s edit, an empty body and an unknown classification', async () => {
		const { id } = await buatSurat()
		const lama = await isianUbah(id)
		expect(await ubah(id, 'tu', { perihal: 'Perubahan pertama' })).toMatchObject({ ok: true })
		expect(await withRequestContext(async () => ubahSurat(id, { ...lama, perihal: 'Dari halaman lama' }, await pengguna('tu')))).toMatchObject({ ok: false, konflik: true })
		await expect(ubah(id, 'kasubag.umum', { perihal: 'Bukan penyusun' })).rejects.toBeInstanceOf(TidakBerhakError)
		expect(await ubah(id, 'tu', { isi: '<script>alert(1)</script>' })).toMatchObject({ ok: false, errors: { isi: ['Isi surat wajib diisi.'] } })
		expect(await ubah(id, 'tu', { klasifikasiKode: '999.9' })).toMatchObject({ ok: false, errors: { klasifikasiKode: [expect.stringContaining('klasifikasi')] } })
		expect((await SuratKeluar.findByPk(id))!.perihal).toBe('Perubahan pertama')
	})

	it('submits along the jenis naskah’s chain: SB goes to the Kasubag Umum, then the Sekretaris, signed by the Kadis', async () => {
		const { id, instansId } = await suratDiajukan('SB')
		const instans = (await InstansAlur.findByPk(instansId))!
		expect(instans.konteks).toMatchObject({ jabatanVerifikator1: 'KASUBAG-UMPEG', jabatanVerifikator2: 'SEKRETARIS', jabatanPenandatangan: 'KADIS', versiDiajukan: 1 })
		expect(instans.konteks.jabatanVerifikator3).toBeUndefined()
		expect((await SuratKeluar.findByPk(id))!.status).toBe('verifikasi')
		const tugas = (await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } }))!
		expect(tugas).toMatchObject({ langkahKode: 'verifikasi-1', targetJenis: 'jabatan', targetJabatanId: (await Jabatan.findOne({ where: { kode: 'KASUBAG-UMPEG' } }))!.id })
		await expect(ubah(id, 'tu', { perihal: 'Saat diverifikasi' })).rejects.toBeInstanceOf(KonflikError)
		await expect(withRequestContext(async () => ajukanVerifikasi({ id, pelaku: await pengguna('tu') }))).rejects.toBeInstanceOf(KonflikError)

		await kerjakan(id, 'kasubag.umum', 'setujui')
		expect((await langkahSurat(id)).langkah).toBe('verifikasi-2')
		await kerjakan(id, 'sekretaris', 'setujui')
		const sekarang = await langkahSurat(id)
		expect(sekarang.langkah).toBe('tanda-tangan')
		expect(sekarang.surat.status).toBe('tanda-tangan')
		const ttd = (await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } }))!
		expect(ttd.targetJabatanId).toBe((await Jabatan.findOne({ where: { kode: 'KADIS' } }))!.id)
	})

	it('a nota dinas has a one-step chain and is signed by the Sekretaris', async () => {
		const { id, instansId } = await suratDiajukan('ND')
		expect((await InstansAlur.findByPk(instansId))!.konteks).toMatchObject({ jabatanVerifikator1: 'KASUBAG-UMPEG', jabatanPenandatangan: 'SEKRETARIS' })
		await kerjakan(id, 'kasubag.umum', 'setujui')
		expect((await langkahSurat(id)).langkah).toBe('tanda-tangan')
		await ambil(id, 'sekretaris')
	})
})

describe('who may act', () => {
	it('lets only the holder of each step act, and signs only through the signing panel', async () => {
		const { id, instansId } = await suratDiajukan('SB')
		const tugas1 = (await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } }))!
		for (const orang of ['tu', 'sekretaris', 'kadis', 'caraka']) {
			await expect(ambilTugas({ tugasId: tugas1.id, pelaku: await pengguna(orang) })).rejects.toBeInstanceOf(TidakBerhakError)
		}
		await kerjakan(id, 'kasubag.umum', 'setujui')
		const tugas2 = (await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } }))!
		await expect(ambilTugas({ tugasId: tugas2.id, pelaku: await pengguna('kasubag.umum') })).rejects.toBeInstanceOf(TidakBerhakError)
		await kerjakan(id, 'sekretaris', 'setujui')

		// nobody signs a task they do not hold
		await expect(withRequestContext(async () => tandatanganiSuratManual({ suratId: id, pelaku: await pengguna('kadis') }))).rejects.toBeInstanceOf(TidakBerhakError)
		const { tugas, pelaku: kadis } = await ambil(id, 'kadis')
		await expect(withRequestContext(async () => tandatanganiSuratManual({ suratId: id, pelaku: await pengguna('sekretaris') }))).rejects.toBeInstanceOf(TidakBerhakError)
		// the plain action is neither offered nor accepted from an action bar …
		const form = new FormData()
		for (const [k, v] of Object.entries({ intent: 'aksi', tugasId: String(tugas.id), aksiKode: 'tandatangani', kunci: 'k1' })) form.set(k, v)
		const ditolak = await withRequestContext(() => tanganiIntentAlur({ formData: form, instansId, user: kadis, kembaliKe: '/' })).catch((e: unknown) => e)
		expect(ditolak).toBeInstanceOf(Response)
		expect((ditolak as Response).status).toBe(409)
		// … and taken directly it moves nothing: no number, no file
		await expect(withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'tandatangani', pelaku: kadis }))).rejects.toBeInstanceOf(KonflikError)
		expect((await langkahSurat(id)).langkah).toBe('tanda-tangan')
		expect((await SuratKeluar.findByPk(id))!.nomor).toBeNull()
	})

	it('shows a letter to its drafter, those on its path and read:surat:any, and to nobody else', async () => {
		const { id } = await suratDiajukan('SB')
		for (const orang of ['tu', 'kasubag.umum', 'kadis', 'sekretaris']) expect(await getSuratKeluar({ id, user: await pengguna(orang) }), orang).not.toBeNull()
		expect(await getSuratKeluar({ id, user: await pengguna('kasi.dafduk') })).toBeNull()
		expect(await getSuratKeluar({ id, user: await pengguna('caraka') })).toBeNull()
		const tindakan = await listSuratKeluar({ user: await pengguna('kasubag.umum'), filter: { tab: 'tindakan' }, offset: 0, limit: 50 })
		expect(tindakan.rows.map((r) => r.id)).toContain(id)
		const bukan = await listSuratKeluar({ user: await pengguna('sekretaris'), filter: { tab: 'tindakan' }, offset: 0, limit: 50 })
		expect(bukan.rows.map((r) => r.id)).not.toContain(id)
		const lain = await listSuratKeluar({ user: await pengguna('kasi.dafduk'), filter: { tab: 'semua' }, offset: 0, limit: 50 })
		expect(lain.rows.map((r) => r.id)).not.toContain(id)
		const milik = await listSuratKeluar({ user: await pengguna('tu'), filter: { tab: 'saya', q: 'narasumber' }, offset: 0, limit: 50 })
		expect(milik.rows.map((r) => r.id)).toContain(id)
	})
})

describe('the revise loop', () => {
	it('keeps every version with its comments, and the comparison shows what changed', async () => {
		const { id, instansId } = await suratDiajukan('SB')
		await withRequestContext(async () => tambahKomentar({ id, isi: 'Perhatikan ejaan nama kecamatan.', user: await pengguna('kasubag.umum') }))
		await kerjakan(id, 'kasubag.umum', 'kembalikan', 'Tambahkan waktu pelaksanaan sosialisasi.')
		let keadaan = await langkahSurat(id)
		expect(keadaan).toMatchObject({ langkah: 'revisi', surat: { status: 'revisi', revisiKe: 1 } })

		// the first save of a round needs a change note and starts version 2
		expect(await ubah(id, 'tu', { isi: '<p>Sosialisasi dilaksanakan pada hari Senin.</p>' })).toMatchObject({ ok: false, errors: { catatan: expect.any(Array) } })
		expect(await ubah(id, 'tu', { isi: '<p>Sosialisasi dilaksanakan pada hari Senin.</p>', catatan: 'Menambah waktu pelaksanaan' })).toMatchObject({ ok: true })
		expect(await ubah(id, 'tu', { isi: '<p>Sosialisasi dilaksanakan pada hari Senin pukul 09.00.</p>' })).toMatchObject({ ok: true })
		keadaan = await langkahSurat(id)
		expect(keadaan.surat.revisiKe).toBe(2)
		await kerjakan(id, 'tu', 'ajukan')
		keadaan = await langkahSurat(id)
		expect(keadaan).toMatchObject({ langkah: 'verifikasi-1', surat: { status: 'verifikasi' } })
		expect((await InstansAlur.findByPk(instansId))!.konteks.versiDiajukan).toBe(2)

		await kerjakan(id, 'kasubag.umum', 'setujui')
		await kerjakan(id, 'sekretaris', 'kembalikan', 'Perihal terlalu umum.')
		expect(await ubah(id, 'tu', { perihal: 'Permohonan narasumber sosialisasi IKD bagi perangkat desa', catatan: 'Memperjelas perihal' })).toMatchObject({ ok: true })

		const versi = await SuratKeluarVersi.findAll({ where: { suratKeluarId: id }, order: [['nomorVersi', 'ASC']] })
		expect(versi.map((v) => [v.nomorVersi, v.catatan])).toEqual([
			[1, 'Draf awal'],
			[2, 'Menambah waktu pelaksanaan'],
			[3, 'Memperjelas perihal'],
		])
		// version 1 is still what was reviewed in round one
		expect(versi[0]!.isi).toContain('Dengan hormat')
		expect(versi[1]!.isi).toBe('<p>Sosialisasi dilaksanakan pada hari Senin pukul 09.00.</p>')
		const komentar = await KomentarNaskah.findAll({ where: { suratKeluarId: id }, order: [['id', 'ASC']] })
		expect(komentar.map((k) => [k.nomorVersi, k.langkah, k.isi])).toEqual([
			[1, 'verifikasi-1', 'Perhatikan ejaan nama kecamatan.'],
			[1, 'verifikasi-1', 'Dikembalikan untuk revisi: Tambahkan waktu pelaksanaan sosialisasi.'],
			[2, 'verifikasi-2', 'Dikembalikan untuk revisi: Perihal terlalu umum.'],
		])

		const banding = (await bandingkanVersi({ id, dari: 1, ke: 2 }))!
		const isi = banding.bidang.find((b) => b.label === 'Isi surat')!
		expect(adaPerubahan(isi.potongan)).toBe(true)
		expect(isi.potongan.filter((p) => p.jenis === 'tambah').map((p) => p.teks).join('')).toContain('Senin pukul 09.00.')
		expect(isi.potongan.filter((p) => p.jenis === 'hapus').map((p) => p.teks).join('')).toContain('Dengan hormat')
		expect(adaPerubahan(banding.bidang.find((b) => b.label === 'Perihal')!.potongan)).toBe(false)
		const perihal = (await bandingkanVersi({ id, dari: 2, ke: 3 }))!.bidang.find((b) => b.label === 'Perihal')!
		expect(perihal.potongan).toEqual([
			{ jenis: 'sama', teks: 'Permohonan narasumber sosialisasi IKD' },
			{ jenis: 'tambah', teks: ' bagi perangkat desa' },
		])
		const detail = (await getSuratKeluar({ id, user: await pengguna('sekretaris') }))!
		expect(detail.versi.map((v) => v.nomorVersi)).toEqual([1, 2, 3])
	})

	it('a return from the signer also comes back for revision', async () => {
		const { id } = await suratSiapTandaTangan('SB')
		const tugas = (await TugasAlur.findOne({ where: { status: 'diambil', instansId: (await langkahSurat(id)).instans!.id } }))!
		const pelaku = await pengguna('kadis')
		await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'kembalikan', alasan: 'Lampiran belum disebutkan.', pelaku }))
		expect((await langkahSurat(id)).surat.status).toBe('revisi')
		expect(await KomentarNaskah.count({ where: { suratKeluarId: id, langkah: 'tanda-tangan' } })).toBe(1)
	})

	it('the drafter may withdraw a letter not yet signed; its instance is cancelled with it', async () => {
		const { id, instansId } = await suratDiajukan('SB')
		await expect(withRequestContext(async () => batalkanSurat({ id, pelaku: await pengguna('kasubag.umum'), alasan: 'x' }))).rejects.toBeInstanceOf(TidakBerhakError)
		await withRequestContext(async () => batalkanSurat({ id, pelaku: await pengguna('tu'), alasan: 'Tidak jadi dikirim.' }))
		expect((await SuratKeluar.findByPk(id))!.status).toBe('dibatalkan')
		expect((await InstansAlur.findByPk(instansId))!.status).toBe('dibatalkan')
	})
})
