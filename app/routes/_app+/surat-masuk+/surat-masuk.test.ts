import zlib from 'node:zlib'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { Disposisi, SuratMasuk } from '#models/index'
import { getUserById } from '#test/alur'
import { PDF_KECIL } from '#test/layanan'
import { loginAs, makeRequest, payload, settle, statusOf, withRequestContext } from '#test/utils'
import { listAuditTentang } from '~/modules/audit/log-audit.server'
import { catatSuratMasuk } from '~/modules/persuratan/surat-masuk.server'
import { tanggalDiZona } from '~/utils/format'
import { action as detailAction, loader as detailLoader } from './$id'
import { loader as lembarLoader } from './$id_.lembar-disposisi'
import { loader as pindaianLoader } from './$id_.pindaian'
import { action as baruAction, loader as baruLoader } from './baru'
import { loader as eksporLoader } from './ekspor'
import { loader as daftarLoader } from './index'

type Detail = Awaited<ReturnType<typeof detailLoader>>
type Daftar = Awaited<ReturnType<typeof daftarLoader>>
type Baru = Awaited<ReturnType<typeof baruLoader>>
type Gagal = { ok: false; errors: Record<string, string[]>; values: Record<string, string | string[]> }

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
const hariLalu = (n: number) => tanggalDiZona(new Date(Date.now() - n * 86_400_000))

/**
 * The text of each page of a PDF from pdfkit: its content streams are deflated, and the standard
 * fonts write each word as a hex string inside a TJ array (as in the SOP export's test).
 */
function teksPdf(pdf: Buffer): string {
	const latin1 = pdf.toString('latin1')
	const halaman: string[] = []
	for (const m of latin1.matchAll(/(?<!end)stream\r?\n/g)) {
		const awal = m.index + m[0].length
		const isi = zlib.inflateSync(pdf.subarray(awal, latin1.indexOf('endstream', awal))).toString('latin1')
		const kata = [...isi.matchAll(/\[([^\]]*)\] TJ/g)].map((tj) => [...tj[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''))
		if (kata.length) halaman.push(kata.join('').replace(/\s+/g, ' '))
	}
	return halaman.join(' ')
}

const ISIAN: Record<string, string> = {
	nomorSurat: '470/77/Disdukcapil-Prov',
	tanggalSurat: hariLalu(3),
	tanggalDiterima: hariLalu(1),
	asalJenis: 'instansi',
	asal: 'Dinas Kependudukan dan Pencatatan Sipil Provinsi Jawa Tengah',
	perihal: 'Rekonsiliasi data kependudukan semester I',
	ringkasan: '',
	sifat: 'biasa',
	urgensi: 'biasa',
	klasifikasiKode: '400.12.2.5',
	lampiran: '',
	tujuanJabatanId: '',
}

/** The registration form as a browser sends it: multipart with the scan. */
function formBaru(ubah: Record<string, string> = {}, berkas: { nama: string; isi: Uint8Array; tipe: string } = { nama: 'surat.pdf', isi: PDF_KECIL, tipe: 'application/pdf' }) {
	const body = new FormData()
	for (const [k, v] of Object.entries({ ...ISIAN, ...ubah })) body.set(k, v)
	body.set('pindaian', new File([new Uint8Array(berkas.isi)], berkas.nama, { type: berkas.tipe }))
	return body
}

async function catatLewatHalaman(ubah: Record<string, string> = {}) {
	const { cookie } = await loginAs('tu')
	const result = await settle(() => baruAction(args(makeRequest('/surat-masuk/baru', { cookie, body: formBaru(ubah) }))))
	expect(statusOf(result)).toBe(302)
	const lokasi = (result as Response).headers.get('Location')!
	expect(lokasi).toMatch(/^\/surat-masuk\/\d+$/)
	return Number(lokasi.split('/').pop())
}

async function halaman(username: string, id: number, query = '') {
	const { cookie } = await loginAs(username)
	const result = await settle(() => detailLoader(args(makeRequest(`/surat-masuk/${id}${query}`, { cookie }), { id: String(id) })))
	return { cookie, result, data: payload<Detail>(result) }
}

async function kirim(cookie: string, id: number, form: Record<string, string | string[]>) {
	return settle(() => detailAction(args(makeRequest(`/surat-masuk/${id}`, { cookie, form }), { id: String(id) })))
}

describe('/surat-masuk/baru', () => {
	it('is for the tata usaha only, and offers the addressee (Kepala Dinas by default) and classification codes', async () => {
		const { cookie } = await loginAs('tu')
		const form = payload<Baru>(await settle(() => baruLoader(args(makeRequest('/surat-masuk/baru', { cookie })))))
		expect(form.tujuan.pilihan.find((p) => p.value === form.tujuan.bakuId)?.label).toBe('Kepala Dinas')
		expect(form.klasifikasi.some((k) => k.kode === '400.12.2.1')).toBe(true)
		const kabid = await loginAs('kabid.dafduk')
		expect(statusOf(await settle(() => baruLoader(args(makeRequest('/surat-masuk/baru', { cookie: kabid.cookie })))))).toBe(403)
	})

	it('keeps what was typed and names the fields at fault: an HTML file named .pdf, a future date', async () => {
		const { cookie } = await loginAs('tu')
		const sebelum = await SuratMasuk.count()
		const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>')
		const result = await settle(() =>
			baruAction(args(makeRequest('/surat-masuk/baru', { cookie, body: formBaru({ tanggalDiterima: hariLalu(-2), klasifikasiKode: '400.12.2.5' }, { nama: 'surat.pdf', isi: html, tipe: 'application/pdf' }) }))),
		)
		expect(statusOf(result)).toBe(400)
		const gagal = payload<Gagal>(result)
		expect(gagal.errors.pindaian?.[0]).toMatch(/surat\.pdf: bukan PDF, JPEG atau PNG/)
		expect(gagal.errors.tanggalDiterima?.[0]).toMatch(/tidak boleh sesudah hari ini/)
		expect(gagal.values).toMatchObject({ perihal: ISIAN.perihal, asal: ISIAN.asal, nomorSurat: ISIAN.nomorSurat })

		const tidakDikenal = await settle(() => baruAction(args(makeRequest('/surat-masuk/baru', { cookie, body: formBaru({ klasifikasiKode: '123.45' }) }))))
		expect(statusOf(tidakDikenal)).toBe(400)
		expect(payload<Gagal>(tidakDikenal).errors.klasifikasiKode?.[0]).toMatch(/tidak ada dalam daftar klasifikasi/)
		expect(await SuratMasuk.count()).toBe(sebelum)
	})
})

describe('/surat-masuk/:id', () => {
	it('takes a letter from registration through the Kadis’s disposisi to the Kabid and the Kasi who finishes it', async () => {
		const id = await catatLewatHalaman()
		const [kabid, kasi] = await Promise.all([getUserById('kabid.dafduk'), getUserById('kasi.dafduk')])

		// the Kadis may not close the step before disposing
		const kadis = await halaman('kadis', id)
		expect(kadis.data.bolehDisposisi).toBe(true)
		expect(kadis.data.halaman?.langkahAktif?.kode).toBe('disposisi')
		const tugasId = kadis.data.halaman!.actionBar.dapatDiambil!.tugasId
		expect(statusOf(await kirim(kadis.cookie, id, { intent: 'ambil', tugasId: String(tugasId) }))).toBe(302)
		const dipegang = (await halaman('kadis', id)).data.halaman!.actionBar
		const aksi = { intent: 'aksi', tugasId: String(tugasId), aksiKode: 'disposisi', ke: 'tindak-lanjut-sekretaris', kunci: dipegang.kunci, versi: String(dipegang.versi) }
		const dini = await kirim(kadis.cookie, id, aksi)
		expect(statusOf(dini)).toBe(400)
		expect(payload<Gagal>(dini).errors._form?.[0]).toMatch(/Buat disposisi terlebih dahulu/)

		const tanpaPenerima = await kirim(kadis.cookie, id, { intent: 'disposisi-baru', 'instruksi[]': ['tindak-lanjuti'], catatan: 'Mohon ditindaklanjuti.' })
		expect(statusOf(tanpaPenerima)).toBe(400)
		expect(payload<Gagal>(tanpaPenerima)).toMatchObject({ errors: { kepada: [expect.any(String)] }, values: { catatan: 'Mohon ditindaklanjuti.' } })
		expect(statusOf(await kirim(kadis.cookie, id, { intent: 'disposisi-baru', 'kepada[]': [String(kabid.id)], 'instruksi[]': ['tindak-lanjuti', 'koordinasikan'], catatan: 'Mohon ditindaklanjuti.', tenggat: hariLalu(-5) }))).toBe(302)
		expect(statusOf(await kirim(kadis.cookie, id, aksi))).toBe(302)

		// the Kabid's page reads his disposisi and offers the forward
		const keKabid = (await Disposisi.findOne({ where: { subjekJenis: 'surat-masuk', subjekId: String(id), kePenggunaId: kabid.id } }))!
		const kabidHal = await halaman('kabid.dafduk', id, `?teruskan=${keKabid.id}`)
		expect(statusOf(kabidHal.result)).toBe(200)
		expect(kabidHal.data.teruskan).toEqual({ indukId: keKabid.id, tenggat: hariLalu(-5) })
		expect(kabidHal.data.penerima.flatMap((g) => g.pilihan).some((p) => p.value === kasi.id)).toBe(true)
		expect(kabidHal.data.bolehDisposisi).toBe(false)
		const lewatTenggat = await kirim(kabidHal.cookie, id, { intent: 'teruskan', indukId: String(keKabid.id), 'kepada[]': [String(kasi.id)], 'instruksi[]': ['siapkan-jawaban'], tenggat: hariLalu(-9) })
		expect(payload<Gagal>(lewatTenggat).errors.tenggat?.[0]).toMatch(/melewati tenggat/)
		expect(statusOf(await kirim(kabidHal.cookie, id, { intent: 'teruskan', indukId: String(keKabid.id), 'kepada[]': [String(kasi.id)], 'instruksi[]': ['siapkan-jawaban'], tenggat: hariLalu(-3) }))).toBe(302)

		// the Kasi opens it from the notification's link, reports and finishes
		const keKasi = (await Disposisi.findOne({ where: { subjekJenis: 'surat-masuk', subjekId: String(id), kePenggunaId: kasi.id } }))!
		const kasiHal = await halaman('kasi.dafduk', id)
		expect(statusOf(kasiHal.result)).toBe(200)
		const simpul = kasiHal.data.pohon[0]!.anak[0]!
		expect(simpul).toMatchObject({ id: keKasi.id, status: 'dibaca' })
		expect(statusOf(await kirim(kasiHal.cookie, id, { intent: 'tindak-lanjut', id: String(keKasi.id), version: String(simpul.version), laporan: 'Data rekonsiliasi disiapkan.' }))).toBe(302)
		const selesai = (await Disposisi.findByPk(keKasi.id))!
		expect(statusOf(await kirim(kasiHal.cookie, id, { intent: 'selesai', id: String(keKasi.id), version: String(selesai.version), laporan: 'Dikirim ke provinsi.' }))).toBe(302)
		const akhir = (await halaman('kadis', id)).data
		expect(akhir.pohon[0]).toMatchObject({ ke: { id: kabid.id }, status: 'dibaca' })
		expect(akhir.pohon[0]!.anak[0]).toMatchObject({ ke: { id: kasi.id }, status: 'selesai', laporan: 'Data rekonsiliasi disiapkan.\n\nDikirim ke provinsi.' })
		expect(akhir.halaman?.langkahAktif?.kode).toBe('tindak-lanjut-sekretaris')

		// a node of another letter cannot be worked from this page
		const lain = await catatLewatHalaman({ nomorSurat: 'LAIN/1' })
		expect(statusOf(await kirim(kasiHal.cookie, lain, { intent: 'selesai', id: String(keKasi.id), version: '0' }))).toBe(404)
		expect((await listAuditTentang({ entitas: ['surat_masuk'], entitasId: id })).some((a) => a.aksi === 'baca' && a.namaPengguna === kasi.nama)).toBe(true)
	})

	it('answers 404 for a Rahasia letter to anyone off its path, for the page, the scan and the lembar disposisi', async () => {
		const id = await catatLewatHalaman({ nomorSurat: 'R/1', sifat: 'rahasia', perihal: 'Rahasia: hasil pemeriksaan' })
		for (const username of ['sekretaris', 'kabid.capil', 'caraka']) {
			const { cookie } = await loginAs(username)
			expect(statusOf((await halaman(username, id)).result), username).toBe(404)
			expect(statusOf(await settle(() => pindaianLoader(args(makeRequest(`/surat-masuk/${id}/pindaian`, { cookie }), { id: String(id) })))), username).toBe(404)
			expect(statusOf(await settle(() => lembarLoader(args(makeRequest(`/surat-masuk/${id}/lembar-disposisi`, { cookie }), { id: String(id) })))), username).toBe(404)
			const daftar = payload<Daftar>(await settle(() => daftarLoader(args(makeRequest('/surat-masuk?q=R%2F1', { cookie })))))
			expect(daftar.total, username).toBe(0)
		}
		expect(statusOf((await halaman('kadis', id)).result)).toBe(200)
		expect(statusOf((await halaman('tu', id)).result)).toBe(200)
		const kabid = await loginAs('kabid.dafduk')
		expect(statusOf(await kirim(kabid.cookie, id, { intent: 'pengantaran', kepada: 'Bidang', diterimaOleh: 'Agus', diterimaAt: `${hariLalu(0)}T00:01` }))).toBe(403)
	})

	it('serves the scan as an attachment that is never sniffed', async () => {
		const id = await catatLewatHalaman({ nomorSurat: 'UNDUH/1' })
		const { cookie } = await loginAs('sekretaris')
		const response = (await settle(() => pindaianLoader(args(makeRequest(`/surat-masuk/${id}/pindaian`, { cookie }), { id: String(id) })))) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('application/pdf')
		expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="surat\.pdf"/)
		expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(PDF_KECIL))
	})
})

describe('lembar disposisi', () => {
	it('is an A4 PDF with the letterhead, the agenda number, the particulars and each disposisi', async () => {
		const tu = await getUserById('tu')
		const hasil = await withRequestContext(() =>
			catatSuratMasuk({ isian: { ...ISIAN, nomorSurat: 'LEMBAR/1' }, pindaian: { nama: 'surat.pdf', bytes: PDF_KECIL, persyaratanId: null }, pelaku: tu }),
		)
		if (!hasil.ok) throw new Error(JSON.stringify(hasil.errors))
		const { cookie } = await loginAs('tu')
		const unduh = async () => (await settle(() => lembarLoader(args(makeRequest(`/surat-masuk/${hasil.id}/lembar-disposisi`, { cookie }), { id: String(hasil.id) })))) as Response
		const kosong = await unduh()
		expect(kosong.status).toBe(200)
		expect(kosong.headers.get('Content-Type')).toBe('application/pdf')
		expect(kosong.headers.get('Content-Disposition')).toMatch(/^inline; .*lembar-disposisi-\d{4}-\d{4}\.pdf/)
		const pdfKosong = Buffer.from(await kosong.arrayBuffer())
		expect(pdfKosong.subarray(0, 5).toString('latin1')).toBe('%PDF-')
		const teksKosong = teksPdf(pdfKosong)
		expect(teksKosong).toContain('LEMBAR DISPOSISI')
		expect(teksKosong).toContain(hasil.nomorAgendaLabel)
		expect(teksKosong).toContain('KEPENDUDUKAN DAN PENCATATAN SIPIL')

		const kadis = await loginAs('kadis')
		const kabid = await getUserById('kabid.dafduk')
		expect(statusOf(await kirim(kadis.cookie, hasil.id, { intent: 'disposisi-baru', 'kepada[]': [String(kabid.id)], 'instruksi[]': ['hadiri-wakili'], catatan: 'Wakili saya pada rapat.' }))).toBe(302)
		const teks = teksPdf(Buffer.from(await (await unduh()).arrayBuffer()))
		for (const bagian of [hasil.nomorAgendaLabel, 'LEMBAR/1', ISIAN.perihal, kabid.nama, 'Wakili saya pada rapat.', 'Hadiri/wakili', 'Arsipkan']) expect(teks).toContain(bagian)
	})
})

describe('/surat-masuk', () => {
	it('lists with filters and paging, and exports what is shown to Excel', async () => {
		await catatLewatHalaman({ nomorSurat: 'EKSPOR/1', asal: 'Badan Pusat Statistik', urgensi: 'amat-segera' })
		await catatLewatHalaman({ nomorSurat: 'EKSPOR/2', asal: 'Badan Pusat Statistik' })
		const { cookie } = await loginAs('sekretaris')
		const daftar = payload<Daftar>(await settle(() => daftarLoader(args(makeRequest('/surat-masuk?q=Statistik&urgensi=amat-segera&sifat=zzz', { cookie })))))
		expect(daftar.filter).toMatchObject({ q: 'Statistik', urgensi: 'amat-segera', sifat: undefined })
		expect(daftar.rows.map((r) => r.nomorSurat)).toEqual(['EKSPOR/1'])
		expect(daftar.bolehCatat).toBe(false)

		const ekspor = (await settle(() => eksporLoader(args(makeRequest('/surat-masuk/ekspor?q=Statistik', { cookie }))))) as Response
		expect(ekspor.headers.get('Content-Disposition')).toMatch(/^attachment; filename="surat-masuk-\d{8}\.xlsx"$/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await ekspor.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(1).value).toBe('Nomor agenda')
		const nomor: unknown[] = []
		sheet.eachRow((row, n) => n > 1 && nomor.push(row.getCell(3).value))
		expect(nomor).toEqual(['EKSPOR/2', 'EKSPOR/1'])
	})
})
