import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { BerkasArsip, KlasifikasiArsip, UsulPenyusutan } from '#models/index'
import { getUserById } from '#test/alur'
import { buatSuratMasukUji } from '#test/persuratan'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { action as ubahBerkas, loader as rincianBerkas } from './$id'
import { loader as isiPdf } from './$id_.isi[.]pdf'
import { loader as isiXlsx } from './$id_.isi[.]xlsx'
import { action as tambahBerkas } from './baru'
import { loader as daftarPdf } from './daftar[.]pdf'
import { loader as ekspor } from './ekspor'
import { loader as daftarBerkas } from './index'
import { action as ubahRetensi, loader as rincianKlasifikasi } from './klasifikasi+/$kode'
import { loader as eksporKlasifikasi } from './klasifikasi+/ekspor'
import { loader as daftarKlasifikasi } from './klasifikasi+/index'
import { loader as rincianPinjam } from './peminjaman+/$id'
import { action as catatPinjam } from './peminjaman+/baru'
import { loader as eksporPinjam } from './peminjaman+/ekspor'
import { loader as daftarPinjam } from './peminjaman+/index'
import { loader as rincianPengarsipan } from './pengarsipan+/$id'
import { loader as daftarPengarsipan } from './pengarsipan+/index'
import { action as aksiUsulan, loader as rincianUsulan } from './penyusutan+/$id'
import { loader as daftarUsulanPdf } from './penyusutan+/$id_.daftar[.]pdf'
import { action as buatUsulan, loader as penyusutan } from './penyusutan+/index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

const berkasBaru = {
	klasifikasiKode: '000.1.6',
	uraian: 'Berkas konsumsi rapat uji rute',
	unitKerjaId: '3',
	kurunAwal: '2026-01-05',
	kurunAkhir: '',
	jumlah: '1',
	satuan: 'berkas',
	tingkatPerkembangan: 'asli',
	lokasiGedung: 'Kantor Dinas',
	lokasiRuang: 'Ruang Tata Usaha',
	lokasiLemari: '',
	lokasiRak: '',
	lokasiBoks: '',
	lokasiFolder: '',
	status: 'aktif',
}

describe('berkas pages', () => {
	it('lists berkas with filters for the archive readers and refuses others', async () => {
		const { cookie } = await loginAs('kadis')
		const data = payload<Awaited<ReturnType<typeof daftarBerkas>>>(await settle(() => daftarBerkas(args(makeRequest('/arsip?klasifikasi=400.12&status=inaktif', { cookie }))))) as Awaited<ReturnType<typeof daftarBerkas>>
		expect(data.rows.map((r) => r.id).sort()).toEqual([1, 2, 3, 7])
		expect(data.bolehUbah).toBe(false)
		const { cookie: loket } = await loginAs('loket')
		expect(statusOf(await settle(() => daftarBerkas(args(makeRequest('/arsip', { cookie: loket })))))).toBe(403)
		expect(statusOf(await settle(() => tambahBerkas(args(makeRequest('/arsip/baru', { cookie, form: berkasBaru })))))).toBe(403)
	})

	it('keeps what was typed on bad input and creates a berkas', async () => {
		const { cookie } = await loginAs('tu')
		const bad = await settle(() => tambahBerkas(args(makeRequest('/arsip/baru', { cookie, form: { ...berkasBaru, klasifikasiKode: '999.99', kurunAkhir: '2025-01-01' } }))))
		expect(statusOf(bad)).toBe(400)
		const gagal = payload<{ errors: Record<string, string[]>; values: Record<string, string> }>(bad)
		expect(gagal.errors.kurunAkhir?.[0]).toMatch(/sebelum awalnya/)
		expect(gagal.values.uraian).toBe(berkasBaru.uraian)
		const tidakAda = payload<{ errors: Record<string, string[]> }>(await settle(() => tambahBerkas(args(makeRequest('/arsip/baru', { cookie, form: { ...berkasBaru, klasifikasiKode: '999.99' } })))))
		expect(tidakAda.errors.klasifikasiKode?.[0]).toMatch(/tidak ditemukan/)
		const ok = (await settle(() => tambahBerkas(args(makeRequest('/arsip/baru', { cookie, form: berkasBaru }))))) as Response
		expect(ok.status).toBe(302)
		expect(ok.headers.get('Location')).toMatch(/^\/arsip\/\d+$/)
	})

	it('files a letter from the berkas page once and shows the refusal the second time', async () => {
		const { cookie } = await loginAs('tu')
		const tu = await getUserById('tu')
		const surat = await buatSuratMasukUji({ dicatatOlehId: tu.id, nomorAgenda: 7001, asal: 'Bappeda', perihal: 'Undangan rapat koordinasi data' })
		const halaman = payload<Awaited<ReturnType<typeof rincianBerkas>>>(await settle(() => rincianBerkas(args(makeRequest('/arsip/9?jenis=masuk&cari=7001', { cookie }), { id: '9' }))))
		expect(halaman.cari.hasil?.map((h) => h.id)).toEqual([surat.id])
		const form = { intent: 'tambah-surat', jenisSurat: 'masuk', suratId: String(surat.id) }
		expect(statusOf(await settle(() => ubahBerkas(args(makeRequest('/arsip/9', { cookie, form }), { id: '9' }))))).toBe(302)
		const lagi = await settle(() => ubahBerkas(args(makeRequest('/arsip/9', { cookie, form }), { id: '9' })))
		expect(statusOf(lagi)).toBe(400)
		expect(payload<{ errors: Record<string, string[]> }>(lagi).errors.suratId?.[0]).toMatch(/sudah diberkaskan/)

		const bebas = await settle(() => ubahBerkas(args(makeRequest('/arsip/9', { cookie, form: { intent: 'tambah-item', uraian: '', tanggal: '2026-02-30', jumlah: '1' } }), { id: '9' })))
		expect(payload<{ errors: Record<string, string[]> }>(bebas).errors).toMatchObject({ uraian: [expect.any(String)], tanggal: ['Tanggal tidak ada di kalender.'] })
	})

	it('refuses a stale edit with 409', async () => {
		const { cookie } = await loginAs('tu')
		const b = (await BerkasArsip.findByPk(6))!
		const form = { ...berkasBaru, klasifikasiKode: b.klasifikasiKode, kurunAwal: b.kurunAwal, kurunAkhir: b.kurunAkhir ?? '', uraian: b.uraian, intent: 'simpan', version: String(b.version) }
		expect(statusOf(await settle(() => ubahBerkas(args(makeRequest('/arsip/6', { cookie, form }), { id: '6' }))))).toBe(302)
		expect(statusOf(await settle(() => ubahBerkas(args(makeRequest('/arsip/6', { cookie, form }), { id: '6' }))))).toBe(409)
	})

	it('exports the daftar berkas and the daftar isi berkas as Excel and PDF', async () => {
		const { cookie } = await loginAs('sekretaris')
		const xlsx = (await settle(() => ekspor(args(makeRequest('/arsip/ekspor?klasifikasi=400.12', { cookie }))))) as Response
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await xlsx.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(3).value).toBe('Kode klasifikasi')
		expect(sheet.rowCount).toBe(1 + 5)
		const pdf = (await settle(() => daftarPdf(args(makeRequest('/arsip/daftar.pdf?status=inaktif', { cookie }))))) as Response
		expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
		expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
		const isi = (await settle(() => isiPdf(args(makeRequest('/arsip/4/isi.pdf', { cookie }), { id: '4' })))) as Response
		expect(isi.headers.get('Content-Disposition')).toContain('daftar-isi-BRK-')
		const isiX = (await settle(() => isiXlsx(args(makeRequest('/arsip/4/isi.xlsx', { cookie }), { id: '4' })))) as Response
		const wb = new ExcelJS.Workbook()
		await wb.xlsx.load(await isiX.arrayBuffer())
		expect(wb.worksheets[0]!.rowCount).toBe(1 + 2)
		expect(statusOf(await settle(() => isiPdf(args(makeRequest('/arsip/99999/isi.pdf', { cookie }), { id: '99999' }))))).toBe(404)
	})
})

describe('klasifikasi pages', () => {
	it('browses the tree and sets a retention with a conflict on a stale form', async () => {
		const { cookie } = await loginAs('tu')
		const anak = payload<Awaited<ReturnType<typeof daftarKlasifikasi>>>(await settle(() => daftarKlasifikasi(args(makeRequest('/arsip/klasifikasi?induk=400.12', { cookie })))))
		expect(anak.rows[0]!.kode).toBe('400.12.1')
		expect(anak.jejak.map((j) => j.kode)).toEqual(['400', '400.12'])
		const rincian = payload<Awaited<ReturnType<typeof rincianKlasifikasi>>>(await settle(() => rincianKlasifikasi(args(makeRequest('/arsip/klasifikasi/100.1', { cookie }), { kode: '100.1' }))))
		expect(rincian.kode.berlaku).toBeNull()
		const form = { version: String(rincian.kode.version), retensiAktif: '3', retensiInaktif: '', nasibAkhir: 'musnah' }
		const bad = await settle(() => ubahRetensi(args(makeRequest('/arsip/klasifikasi/100.1', { cookie, form }), { kode: '100.1' })))
		expect(payload<{ errors: Record<string, string[]> }>(bad).errors.retensiInaktif?.[0]).toMatch(/Isi retensi inaktif/)
		const ok = (await settle(() => ubahRetensi(args(makeRequest('/arsip/klasifikasi/100.1', { cookie, form: { ...form, retensiInaktif: '2' } }), { kode: '100.1' })))) as Response
		expect(ok.status).toBe(302)
		expect(await KlasifikasiArsip.findByPk('100.1')).toMatchObject({ retensiAktif: 3, retensiInaktif: 2, nasibAkhir: 'musnah' })
		expect(statusOf(await settle(() => ubahRetensi(args(makeRequest('/arsip/klasifikasi/100.1', { cookie, form: { ...form, retensiInaktif: '2' } }), { kode: '100.1' }))))).toBe(409)
		const { cookie: kadis } = await loginAs('kadis')
		expect(statusOf(await settle(() => ubahRetensi(args(makeRequest('/arsip/klasifikasi/100.1', { cookie: kadis, form }), { kode: '100.1' }))))).toBe(403)
		expect(statusOf(await settle(() => rincianKlasifikasi(args(makeRequest('/arsip/klasifikasi/abc', { cookie }), { kode: 'abc' }))))).toBe(404)
	})

	it('exports the retention schedule with what applies to each code', async () => {
		const { cookie } = await loginAs('kadis')
		const xlsx = (await settle(() => eksporKlasifikasi(args(makeRequest('/arsip/klasifikasi/ekspor?q=400.12.2', { cookie }))))) as Response
		const wb = new ExcelJS.Workbook()
		await wb.xlsx.load(await xlsx.arrayBuffer())
		const sheet = wb.worksheets[0]!
		expect(sheet.rowCount).toBe(1 + 6)
		const baris = sheet.getRow(3)
		expect([1, 2, 3, 4, 5, 7].map((i) => baris.getCell(i).value)).toEqual(['400.12.2.1', 'Identitas Penduduk', 2, 3, 'musnah', '400.12.2'])
	})
})

describe('penyusutan pages', () => {
	it('shows the due lists, refuses a mixed usul musnah next to the list and creates one', async () => {
		const { cookie } = await loginAs('tu')
		const musnah = payload<Awaited<ReturnType<typeof penyusutan>>>(await settle(() => penyusutan(args(makeRequest('/arsip/penyusutan?jenis=musnah', { cookie })))))
		expect(musnah.daftar.rows.map((r) => r.id).sort()).toEqual([1, 2, 3])
		expect(musnah.jumlah).toMatchObject({ pindah: 2, musnah: 3, serah: 1 })
		const campur = await settle(() => buatUsulan(args(makeRequest('/arsip/penyusutan', { cookie, form: { jenis: 'musnah', 'berkasIds[]': ['1', '3'] } }))))
		expect(statusOf(campur)).toBe(400)
		const gagal = payload<{ errors: Record<string, string[]>; values: Record<string, string[]> }>(campur)
		expect(gagal.errors.berkasIds?.[0]).toMatch(/Kepala ANRI/)
		expect(gagal.values['berkasIds[]']).toEqual(['1', '3'])
		const kosong = await settle(() => buatUsulan(args(makeRequest('/arsip/penyusutan', { cookie, form: { jenis: 'musnah' } }))))
		expect(statusOf(kosong)).toBe(400)

		const ok = (await settle(() => buatUsulan(args(makeRequest('/arsip/penyusutan', { cookie, form: { jenis: 'musnah', 'berkasIds[]': ['3'] } }))))) as Response
		expect(ok.status).toBe(302)
		const id = ok.headers.get('Location')!.split('/').at(-1)!
		const halaman = payload<Awaited<ReturnType<typeof rincianUsulan>>>(await settle(() => rincianUsulan(args(makeRequest(`/arsip/penyusutan/${id}`, { cookie }), { id }))))
		expect(halaman.usulan).toMatchObject({ penyetuju: 'kepala-anri', status: 'draf' })
		expect(halaman.halaman?.actionBar.dapatDiambil).not.toBeNull()
		const pdf = (await settle(() => daftarUsulanPdf(args(makeRequest(`/arsip/penyusutan/${id}/daftar.pdf`, { cookie }), { id })))) as Response
		expect(pdf.headers.get('Content-Disposition')).toContain('daftar-arsip-usul-musnah')

		// cancelling from the page puts the berkas back
		const batal = await settle(() => aksiUsulan(args(makeRequest(`/arsip/penyusutan/${id}`, { cookie, form: { intent: 'batalkan', alasan: '' } }), { id })))
		expect(payload<{ errors: Record<string, string[]> }>(batal).errors.alasan).toBeDefined()
		expect(statusOf(await settle(() => aksiUsulan(args(makeRequest(`/arsip/penyusutan/${id}`, { cookie, form: { intent: 'batalkan', alasan: 'Uji pembatalan' } }), { id }))))).toBe(302)
		expect((await UsulPenyusutan.findByPk(Number(id)))!.status).toBe('ditolak')
		expect((await BerkasArsip.findByPk(3))!.status).toBe('inaktif')
	})
})

describe('peminjaman pages', () => {
	it('records a loan by berkas number, refuses a second one, and highlights the overdue loan', async () => {
		const { cookie } = await loginAs('tu')
		const peminjam = await getUserById('kabid.piak')
		const jatuhTempo = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
		const form = { berkas: 'BRK/2099/0001', peminjamId: String(peminjam.id), keperluan: 'Bahan laporan', jatuhTempo }
		const salah = await settle(() => catatPinjam(args(makeRequest('/arsip/peminjaman/baru', { cookie, form }))))
		expect(payload<{ errors: Record<string, string[]> }>(salah).errors.berkas?.[0]).toMatch(/tidak ditemukan/)
		const nomor = (await BerkasArsip.findByPk(8))!.nomorBerkas
		const ok = (await settle(() => catatPinjam(args(makeRequest('/arsip/peminjaman/baru', { cookie, form: { ...form, berkas: nomor.toLowerCase() } }))))) as Response
		expect(ok.status).toBe(302)
		const kedua = await settle(() => catatPinjam(args(makeRequest('/arsip/peminjaman/baru', { cookie, form: { ...form, berkas: nomor } }))))
		expect(payload<{ errors: Record<string, string[]> }>(kedua).errors.berkas?.[0]).toMatch(/masih dipinjam/)
		const id = ok.headers.get('Location')!.split('/').at(-1)!
		expect(payload<Awaited<ReturnType<typeof rincianPinjam>>>(await settle(() => rincianPinjam(args(makeRequest(`/arsip/peminjaman/${id}`, { cookie }), { id })))).pinjam.status).toBe('dipinjam')

		const terlambat = payload<Awaited<ReturnType<typeof daftarPinjam>>>(await settle(() => daftarPinjam(args(makeRequest('/arsip/peminjaman?status=terlambat', { cookie })))))
		expect(terlambat.rows.map((r) => [r.berkasId, r.terlambatHari])).toEqual([[7, 4]])
		expect(terlambat.hitung.terlambat).toBe(1)
		const xlsx = (await settle(() => eksporPinjam(args(makeRequest('/arsip/peminjaman/ekspor?status=terlambat', { cookie }))))) as Response
		const wb = new ExcelJS.Workbook()
		await wb.xlsx.load(await xlsx.arrayBuffer())
		expect(wb.worksheets[0]!.rowCount).toBe(1 + 1)
		const { cookie: kadis } = await loginAs('kadis')
		expect(statusOf(await settle(() => daftarPinjam(args(makeRequest('/arsip/peminjaman', { cookie: kadis })))))).toBe(403)
	})
})

describe('pengarsipan pages', () => {
	it('lists the letters waiting and refuses an instance that is not an archiving one', async () => {
		const { cookie } = await loginAs('tu')
		const daftar = payload<Awaited<ReturnType<typeof daftarPengarsipan>>>(await settle(() => daftarPengarsipan(args(makeRequest('/arsip/pengarsipan', { cookie })))))
		expect(Array.isArray(daftar.rows)).toBe(true)
		const usul = await UsulPenyusutan.findOne({ where: {} })
		const bukan = String(usul?.instansId ?? 999999)
		expect(statusOf(await settle(() => rincianPengarsipan(args(makeRequest(`/arsip/pengarsipan/${bukan}`, { cookie }), { id: bukan }))))).toBe(404)
	})
})
