import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ambilLangkah, contohIsian, kerjakanLangkah, NIK_CONTOH, PDF_KECIL, PETUGAS, tanggalLalu } from '#test/layanan'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { listAuditTentang } from '~/modules/audit/log-audit.server'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import { maskNomor } from '~/utils/format'
import { loader as berkasLoader } from './$id_.berkas.$berkasId'
import { loader as kuitansiLoader } from './$id_.kuitansi[.]pdf'
import { loader as tandaTerimaLoader } from './$id_.tanda-terima[.]pdf'
import { action as detailAction, loader as detailLoader } from './$id'
import { action as baruAction, loader as baruLoader } from './baru'
import { loader as eksporLoader } from './ekspor'
import { action as daftarAction, loader as daftarLoader } from './index'

type Detail = Awaited<ReturnType<typeof detailLoader>>
type Daftar = Awaited<ReturnType<typeof daftarLoader>>
type Baru = Awaited<ReturnType<typeof baruLoader>>
type TandaBaru = Extract<Awaited<ReturnType<typeof baruAction>>, { tanda: unknown }>['tanda']
type HasilBaru = { ok: true; tanda: TandaBaru } | { ok: false; errors: Record<string, string[]>; values: Record<string, string | string[]> }

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
const NIK_LAIN = '3305015107900001'

/** A PDF scan as a browser would send it. */
const pindaian = (nama: string) => new File([new Uint8Array(PDF_KECIL)], nama, { type: 'application/pdf' })

type Pengajuan = {
	pemohon?: Record<string, string>
	isian?: Record<string, string>
	/** checklist lines to tick: all required ones by default */
	ceklis?: (persyaratan: { id: number; wajib: boolean }[]) => number[]
	namaBerkas?: string
}

/** Registers a request through `/permohonan/baru` as `username`; returns the action's result. */
async function daftarkan(username: string, kode: string, skema: string, opsi: Pengajuan = {}) {
	const { cookie } = await loginAs(username)
	const form = payload<Baru>(await settle(() => baruLoader(args(makeRequest(`/permohonan/baru?layanan=${kode}`, { cookie })))))
	const persyaratan = form.terpilih!.persyaratan
	const body = new FormData()
	body.set('jenisKode', kode)
	const pemohon = opsi.pemohon ?? { pemohonNama: 'Ahmad Fauzi', pemohonNik: NIK_CONTOH, pemohonTelepon: '0812 3456 7890', pengiriman: 'ambil' }
	for (const [k, v] of Object.entries(pemohon)) body.set(k, v)
	for (const [k, v] of Object.entries(opsi.isian ?? contohIsian(SKEMA_ISIAN[skema]!))) body.set(`isian.${k}`, v)
	for (const id of (opsi.ceklis ?? ((p) => p.filter((s) => s.wajib).map((s) => s.id)))(persyaratan)) body.append('ceklis[]', String(id))
	body.append(`berkas_${persyaratan[0]!.id}`, pindaian(opsi.namaBerkas ?? 'formulir.pdf'))
	const result = await settle(() => baruAction(args(makeRequest(`/permohonan/baru?layanan=${kode}`, { cookie, body }))))
	return { result, persyaratan, data: payload<HasilBaru>(result) }
}

async function daftarkanBerhasil(username: string, kode: string, skema: string, opsi: Pengajuan = {}) {
	const { result, data } = await daftarkan(username, kode, skema, opsi)
	expect(statusOf(result)).toBe(200)
	if (!('tanda' in data)) throw new Error(`Pendaftaran gagal: ${JSON.stringify(data)}`)
	return data.tanda
}

async function halaman(username: string, id: number) {
	const { cookie } = await loginAs(username)
	const result = await settle(() => detailLoader(args(makeRequest(`/permohonan/${id}`, { cookie }), { id: String(id) })))
	return { cookie, result, data: payload<Detail>(result) }
}

async function kirim(cookie: string, id: number, form: Record<string, string | string[]>) {
	return settle(() => detailAction(args(makeRequest(`/permohonan/${id}`, { cookie, form }), { id: String(id) })))
}

/** Claims the open task through the page as `username`; returns the page after. */
async function ambil(username: string, id: number) {
	const before = await halaman(username, id)
	const tugasId = before.data.halaman?.actionBar.dapatDiambil?.tugasId
	expect(tugasId, `${username} dapat mengambil tugas`).toBeTruthy()
	expect(statusOf(await kirim(before.cookie, id, { intent: 'ambil', tugasId: String(tugasId) }))).toBe(302)
	return halaman(username, id)
}

/** Takes the held step's action `aksiKode` through the page's action bar. */
async function aksi(h: Awaited<ReturnType<typeof halaman>>, id: number, aksiKode: string) {
	const bar = h.data.halaman!.actionBar
	const pilihan = bar.dipegang!.aksi.find((a) => a.kode === aksiKode)
	expect(pilihan, `aksi ${aksiKode} tersedia: ${bar.dipegang!.aksi.map((a) => a.kode).join(', ')}`).toBeTruthy()
	return kirim(h.cookie, id, { intent: 'aksi', tugasId: String(bar.dipegang!.tugasId), aksiKode, ke: pilihan!.ke, kunci: bar.kunci, versi: String(bar.versi) })
}

async function instansDari(id: number) {
	return (await halaman('loket', id)).data.permohonan.instansId!
}

/** The demo username of a Pelaku returned by the test helpers. */
async function usernameDari(penggunaId: number) {
	for (const u of PETUGAS) if ((await loginAs(u)).penggunaId === penggunaId) return u
	throw new Error(`Pengguna ${penggunaId} bukan petugas demo`)
}

/** The demo partner officer (role mitra-integrasi, see the layanan demo seed). */
const MITRA = 'mitra.kelurahan'

async function daftar(username: string, query = '') {
	const { cookie } = await loginAs(username)
	return payload<Daftar>(await settle(() => daftarLoader(args(makeRequest(`/permohonan${query}`, { cookie })))))
}

describe('/permohonan/baru', () => {
	it('registers a KK-BARU at the loket with the checklist ticked: a ticket, a tracking code, the SOP past the checklist', async () => {
		const { data: baru } = await (async () => {
			const { cookie } = await loginAs('loket')
			return { data: payload<Baru>(await settle(() => baruLoader(args(makeRequest('/permohonan/baru', { cookie }))))) }
		})()
		expect(baru.kanal).toBe('loket')
		expect(baru.terpilih).toBeNull()
		expect(baru.pilihan.map((p) => p.value)).toContain('KK-BARU')

		const tanda = await daftarkanBerhasil('loket', 'KK-BARU', 'kk')
		expect(tanda.nomorTiket).toMatch(/^KK-BARU-\d{8}-\d{4}$/)
		expect(tanda.kodeLacak).toMatch(/^[A-Z0-9]{6}$/)
		expect(tanda).toMatchObject({ jenisNama: 'Kartu Keluarga baru', pemohonNama: 'Ahmad Fauzi', denda: 0 })

		const { data } = await halaman('loket', tanda.permohonanId)
		expect(data.permohonan).toMatchObject({ nomorTiket: tanda.nomorTiket, kanal: 'loket', status: 'diproses' })
		expect(data.permohonan.ceklis.length).toBe(data.permohonan.persyaratan.filter((s) => s.wajib).length)
		expect(data.permohonan.berkas).toHaveLength(1)
		expect(data.halaman?.langkahAktif?.kode).toBe('verifikasi-kelengkapan')
		// the code is never stored in the clear nor shown again
		expect(JSON.stringify(data)).not.toContain(tanda.kodeLacak)
	})

	it('refuses invalid input with the errors and the typed values, and saves nothing', async () => {
		const sebelum = (await daftar('loket', '?q=Salah Isi')).total
		const { result, data } = await daftarkan('loket', 'KK-BARU', 'kk', {
			pemohon: { pemohonNama: 'Salah Isi', pemohonNik: '1234', pengiriman: 'email' },
			isian: { ...contohIsian(SKEMA_ISIAN.kk!), alasan: '', jumlahAnggota: 'tiga' },
		})
		expect(statusOf(result)).toBe(400)
		if (!('errors' in data)) throw new Error('harus gagal')
		expect(Object.keys(data.errors)).toEqual(expect.arrayContaining(['pemohonNik', 'pemohonEmail', 'isian.alasan', 'isian.jumlahAnggota']))
		expect(data.values).toMatchObject({ pemohonNama: 'Salah Isi', 'isian.jumlahAnggota': 'tiga' })
		expect((await daftar('loket', '?q=Salah Isi')).total).toBe(sebelum)
	})

	it('lets a partner officer submit as integrasi, with NIK and scans required; refuses users without the permission', async () => {
		const username = MITRA
		const { cookie } = await loginAs(username)
		const form = payload<Baru>(await settle(() => baruLoader(args(makeRequest('/permohonan/baru?layanan=KTP-BARU', { cookie })))))
		expect(form.kanal).toBe('integrasi')
		const tanpaNik = await daftarkan(username, 'KTP-BARU', 'ktp-el', { pemohon: { pemohonNama: 'Warga Kelurahan', pengiriman: 'ambil' } })
		expect(statusOf(tanpaNik.result)).toBe(400)
		expect('errors' in tanpaNik.data && tanpaNik.data.errors.pemohonNik).toBeTruthy()

		const tu = await loginAs('tu')
		expect(statusOf(await settle(() => baruLoader(args(makeRequest('/permohonan/baru', { cookie: tu.cookie })))))).toBe(403)
		expect(statusOf(await settle(() => baruLoader(args(makeRequest('/permohonan/baru?layanan=TIDAK-ADA', { cookie })))))).toBe(404)
	})
})

describe('/permohonan', () => {
	it('shows a partner only their own requests, NIK masked; staff see all; the NIK is searched by POST only', async () => {
		const username = MITRA
		const milikMitra = await daftarkanBerhasil(username, 'KTP-BARU', 'ktp-el', { pemohon: { pemohonNama: 'Warga Mitra', pemohonNik: NIK_LAIN, pengiriman: 'ambil' } })
		const milikLoket = await daftarkanBerhasil('loket', 'KK-BARU', 'kk', { pemohon: { pemohonNama: 'Warga Loket', pemohonNik: NIK_LAIN, pengiriman: 'ambil' } })

		const dilihatMitra = await daftar(username)
		expect(dilihatMitra.milikSendiri).toBe(true)
		expect(dilihatMitra.rows.map((r) => r.nomorTiket)).toContain(milikMitra.nomorTiket)
		expect(dilihatMitra.rows.map((r) => r.nomorTiket)).not.toContain(milikLoket.nomorTiket)
		expect(dilihatMitra.rows.every((r) => r.kanal === 'integrasi')).toBe(true)
		const baris = dilihatMitra.rows.find((r) => r.nomorTiket === milikMitra.nomorTiket)!
		expect(baris.pemohonNikSamar).toBe(maskNomor(NIK_LAIN))
		expect(JSON.stringify(dilihatMitra)).not.toContain(NIK_LAIN)

		const dilihatLoket = await daftar('loket', '?q=Warga')
		expect(dilihatLoket.rows.map((r) => r.nomorTiket)).toEqual(expect.arrayContaining([milikMitra.nomorTiket, milikLoket.nomorTiket]))
		expect((await daftar('loket', '?kanal=integrasi')).rows.every((r) => r.kanal === 'integrasi')).toBe(true)
		expect((await daftar('loket', `?jenis=KTP-BARU&q=${milikMitra.nomorTiket}`)).rows.map((r) => r.id)).toEqual([milikMitra.permohonanId])

		// a NIK typed into the GET box is not searched
		const lewatUrl = await daftar('loket', `?q=${NIK_LAIN}`)
		expect(lewatUrl.qNik).toBe(true)
		expect(lewatUrl.filter.q).toBeUndefined()

		// by POST: one match opens it, several are listed masked
		const m = await loginAs(username)
		const satu = await settle(() => daftarAction(args(makeRequest('/permohonan', { cookie: m.cookie, form: { nik: NIK_LAIN } }))))
		expect(statusOf(satu)).toBe(302)
		expect((satu as Response).headers.get('Location')).toBe(`/permohonan/${milikMitra.permohonanId}`)
		const l = await loginAs('loket')
		const banyak = payload<{ ok: true; hasilNik: Daftar }>(await settle(() => daftarAction(args(makeRequest('/permohonan', { cookie: l.cookie, form: { nik: NIK_LAIN } })))))
		expect(banyak.hasilNik.rows.map((r) => r.id)).toEqual(expect.arrayContaining([milikMitra.permohonanId, milikLoket.permohonanId]))
		expect(JSON.stringify(banyak)).not.toContain(NIK_LAIN)
		expect(statusOf(await settle(() => daftarAction(args(makeRequest('/permohonan', { cookie: l.cookie, form: { nik: '1234' } })))))).toBe(400)

		// the export holds what the list shows: the partner's own, NIK masked
		const ekspor = (await settle(() => eksporLoader(args(makeRequest('/permohonan/ekspor?q=Warga', { cookie: m.cookie }))))) as Response
		expect(ekspor.headers.get('Content-Disposition')).toMatch(/permohonan-layanan-\d{8}\.xlsx/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await ekspor.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		const nikPerTiket = new Map<string, unknown>()
		sheet.eachRow((row, n) => {
			if (n > 1) nikPerTiket.set(String(row.getCell(1).value), row.getCell(6).value)
		})
		expect(nikPerTiket.get(milikMitra.nomorTiket)).toBe(maskNomor(NIK_LAIN))
		expect(nikPerTiket.has(milikLoket.nomorTiket)).toBe(false)

		// the partner cannot open someone else's request
		expect(statusOf((await halaman(username, milikLoket.permohonanId)).result)).toBe(404)
		expect(statusOf((await halaman(username, milikMitra.permohonanId)).result)).toBe(200)
	})

	it('refuses users without read:permohonan', async () => {
		const { cookie } = await loginAs('tu')
		expect(statusOf(await settle(() => daftarLoader(args(makeRequest('/permohonan', { cookie })))))).toBe(403)
	})
})

describe('/permohonan/:id', () => {
	it('shows the full NIK and audits the read; 404 for a missing request', async () => {
		const tanda = await daftarkanBerhasil('loket', 'KK-BARU', 'kk')
		const { data } = await halaman('kasi.dafduk', tanda.permohonanId)
		expect(data.permohonan.pemohon.nik).toBe(NIK_CONTOH)
		expect(data.skema?.kode).toBe('kk')
		const jejak = await listAuditTentang({ entitas: ['permohonan_layanan'], entitasId: tanda.permohonanId })
		expect(jejak.some((j) => j.aksi === 'baca-data-pribadi' && j.namaPengguna === 'Dwi Handayani, S.E.')).toBe(true)
		expect(statusOf((await halaman('loket', 999_999)).result)).toBe(404)
	})

	it('saves the checklist at the loket, names what is missing in the return reason', async () => {
		const tanda = await daftarkanBerhasil('loket', 'KK-BARU', 'kk', { ceklis: () => [] })
		const h = await ambil('loket', tanda.permohonanId)
		expect(h.data.panel).toEqual({ jenis: 'ceklis', langkahKode: 'verifikasi-kelengkapan' })
		expect(h.data.kurang.length).toBeGreaterThan(0)
		expect(h.data.halaman!.actionBar.dipegang!.aksi.map((a) => a.kode)).toEqual(['kembalikan'])

		const wajib = h.data.permohonan.persyaratan.filter((s) => s.wajib).map((s) => String(s.id))
		expect(statusOf(await kirim(h.cookie, tanda.permohonanId, { intent: 'simpan-ceklis', 'ceklis[]': wajib }))).toBe(302)
		const sesudah = await halaman('loket', tanda.permohonanId)
		expect(sesudah.data.kurang).toEqual([])
		expect(sesudah.data.halaman!.actionBar.dipegang!.aksi.map((a) => a.kode)).toEqual(['teruskan', 'kembalikan'])
	})

	it('lets the operator record the SIAK result while holding the task; anyone else gets 403', async () => {
		const tanda = await daftarkanBerhasil('loket', 'AKTA-LAHIR', 'kelahiran')
		await kerjakanLangkah(await instansDari(tanda.permohonanId), 'teruskan')
		const h = await ambil('operator.siak', tanda.permohonanId)
		expect(h.data.panel).toEqual({ jenis: 'hasil-siak', langkahKode: 'input-siak' })

		const loket = await loginAs('loket')
		expect(statusOf(await kirim(loket.cookie, tanda.permohonanId, { intent: 'catat-hasil-siak', hasilNomor: '3305-LT-01012026-0001' }))).toBe(403)
		const salah = await kirim(h.cookie, tanda.permohonanId, { intent: 'catat-hasil-siak', hasilNomor: 'akta <1>' })
		expect(statusOf(salah)).toBe(400)
		expect(payload<{ errors: Record<string, string[]> }>(salah).errors.hasilNomor).toBeTruthy()

		expect(statusOf(await kirim(h.cookie, tanda.permohonanId, { intent: 'catat-hasil-siak', hasilNomor: '3305-LT-01012026-0001', hasilKeterangan: 'Akta terbit' }))).toBe(302)
		const sesudah = await halaman('operator.siak', tanda.permohonanId)
		expect(sesudah.data.permohonan).toMatchObject({ hasilNomor: '3305-LT-01012026-0001', hasilKeterangan: 'Akta terbit' })
		expect(statusOf(await kirim(h.cookie, tanda.permohonanId, { intent: 'tidak-dikenal' }))).toBe(400)
	})

	it('takes a late birth report’s fine at the loket and prints its kuitansi', async () => {
		const tanda = await daftarkanBerhasil('loket', 'AKTA-LAHIR', 'kelahiran', { isian: contohIsian(SKEMA_ISIAN.kelahiran!, tanggalLalu(120)) })
		expect(tanda.denda).toBe(100_000)
		const { cookie } = await loginAs('loket')
		const kuitansi = (params: Record<string, string>, c = cookie) => settle(() => kuitansiLoader(args(makeRequest(`/permohonan/${params.id}/kuitansi.pdf`, { cookie: c }), params)))
		expect(statusOf(await kuitansi({ id: String(tanda.permohonanId) }))).toBe(404)

		await kerjakanLangkah(await instansDari(tanda.permohonanId), 'minta-bayar-denda')
		const h = await ambil('loket', tanda.permohonanId)
		expect(h.data.panel?.jenis).toBe('denda')
		const bayar = await kirim(h.cookie, tanda.permohonanId, { intent: 'terima-denda' })
		expect(statusOf(bayar)).toBe(302)
		const sesudah = await halaman('loket', tanda.permohonanId)
		expect(sesudah.data.permohonan).toMatchObject({ dendaLunas: true, kuitansi: { nominal: 100_000 } })
		expect(sesudah.data.permohonan.kuitansi!.nomor).toMatch(/^KW\/\d{4}\/\d{6}$/)
		expect(sesudah.data.halaman!.langkahAktif!.kode).toBe('input-siak')

		const pdf = (await kuitansi({ id: String(tanda.permohonanId) })) as Response
		expect(pdf.status).toBe(200)
		expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
		expect(pdf.headers.get('Content-Disposition')).toMatch(/^inline; .*filename\*=UTF-8''kuitansi-KW-\d{4}-\d{6}\.pdf$/)
		expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

		const mitraCookie = (await loginAs(MITRA)).cookie
		expect(statusOf(await kuitansi({ id: String(tanda.permohonanId) }, mitraCookie))).toBe(404)
	})

	it('records print, check and hand-over through the panels and prints the tanda terima', async () => {
		const tanda = await daftarkanBerhasil('loket', 'KK-BARU', 'kk')
		const instansId = await instansDari(tanda.permohonanId)
		for (let i = 0; i < 10; i++) {
			const { data } = await halaman('loket', tanda.permohonanId)
			if (data.halaman!.langkahAktif!.kode === 'cetak') break
			await kerjakanLangkah(instansId)
		}
		const cetak = await ambil('operator.siak', tanda.permohonanId)
		expect(cetak.data.panel?.jenis).toBe('cetak')
		expect(statusOf(await kirim(cetak.cookie, tanda.permohonanId, { intent: 'catat-cetak', nomorDokumen: '3305010101260001' }))).toBe(302)
		expect(statusOf(await aksi(await halaman('operator.siak', tanda.permohonanId), tanda.permohonanId, 'teruskan'))).toBe(302)

		const { pelaku } = await ambilLangkah(instansId)
		const pengambilan = await usernameDari(pelaku.id)
		const cek = await halaman(pengambilan, tanda.permohonanId)
		expect(cek.data.panel?.jenis).toBe('cek-dokumen')
		expect(statusOf(await kirim(cek.cookie, tanda.permohonanId, { intent: 'catat-cek-dokumen', kondisi: 'baik' }))).toBe(302)
		expect(statusOf(await aksi(await halaman(pengambilan, tanda.permohonanId), tanda.permohonanId, 'teruskan'))).toBe(302)

		const serah = await ambil(pengambilan, tanda.permohonanId)
		expect(serah.data.panel?.jenis).toBe('penyerahan')
		const kosong = await kirim(serah.cookie, tanda.permohonanId, { intent: 'catat-penyerahan', diterimaOleh: '', cara: 'ambil' })
		expect(statusOf(kosong)).toBe(400)
		expect(statusOf(await kirim(serah.cookie, tanda.permohonanId, { intent: 'catat-penyerahan', diterimaOleh: 'Siti Aminah', cara: 'ambil' }))).toBe(302)
		expect(statusOf(await aksi(await halaman(pengambilan, tanda.permohonanId), tanda.permohonanId, 'serahkan'))).toBe(302)

		const akhir = await halaman('loket', tanda.permohonanId)
		expect(akhir.data.permohonan.status).toBe('selesai')
		expect(akhir.data.permohonan.register).toHaveLength(1)
		expect(akhir.data.permohonan.register[0]).toMatchObject({ nomorDokumen: '3305010101260001', kondisi: 'baik', diterimaOleh: 'Siti Aminah', cara: 'ambil' })

		const pdf = (await settle(() =>
			tandaTerimaLoader(args(makeRequest(`/permohonan/${tanda.permohonanId}/tanda-terima.pdf`, { cookie: akhir.cookie }), { id: String(tanda.permohonanId) })),
		)) as Response
		expect(pdf.status).toBe(200)
		expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
	})
})

describe('/permohonan/:id/berkas/:berkasId', () => {
	it('serves a scan as a no-sniff, uncached attachment named in UTF-8; out of scope is 404', async () => {
		const tanda = await daftarkanBerhasil('loket', 'KK-BARU', 'kk', { namaBerkas: 'Formulir F-1.02 Açeh (1).pdf' })
		const { data, cookie } = await halaman('loket', tanda.permohonanId)
		const berkas = data.permohonan.berkas[0]!
		const unduh = (c: string) =>
			settle(() => berkasLoader(args(makeRequest(`/permohonan/${tanda.permohonanId}/berkas/${berkas.id}`, { cookie: c }), { id: String(tanda.permohonanId), berkasId: String(berkas.id) })))
		const response = (await unduh(cookie)) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('application/pdf')
		expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="Formulir F-1.02 A_eh (1).pdf"; filename*=UTF-8''Formulir%20F-1.02%20A%C3%A7eh%20%281%29.pdf`)
		expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
		expect(response.headers.get('Cache-Control')).toBe('private, no-store')
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(PDF_KECIL))

		expect(statusOf(await unduh((await loginAs(MITRA)).cookie))).toBe(404)
		const salahPermohonan = await settle(() =>
			berkasLoader(args(makeRequest(`/permohonan/${tanda.permohonanId + 1000}/berkas/${berkas.id}`, { cookie }), { id: String(tanda.permohonanId + 1000), berkasId: String(berkas.id) })),
		)
		expect(statusOf(salahPermohonan)).toBe(404)
	})
})
