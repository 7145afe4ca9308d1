import { createRemixStub } from '@remix-run/testing'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { LogAudit } from '#models/index'
import { imporUji, penduduk, tulisCsv, type BarisUji } from '#test/kependudukan'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import HalamanCari, { action, headers, loader } from './penduduk'
import HalamanRincian, { headers as headersRincian, loader as loaderRincian } from './penduduk_.$kunci'

/**
 * /kependudukan/penduduk and /kependudukan/penduduk/{imporId}-{baris} through their real loaders
 * and action: the search is posted (a NIK never rides in an address), results are masked, the
 * full record is audited, and a user without 'read:penduduk:any' is refused.
 */
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type DataHalaman = { semester: { semester: string; label: string; tanggalAcuan: string | null } | null; wilayah: { kode: string; nama: string; desa: { kode: string; nama: string }[] }[] }
type Baris = { kunci: string; nikSamar: string; noKkSamar: string; nama: string; desa: string | null }
type DataAksi = {
	ok: boolean
	errors: Record<string, string[]>
	nilai: Record<string, string>
	hasil: { rows: Baris[]; total: number; lebih: boolean; page: number; halamanTerakhir: number; semester: string } | null
}

const NIK = '3305011705800001'
const KK = '3305010101200001'
/** One family of three and thirty residents of desa Karangduwur (33.05.01.2002), all named SRI…: two pages. */
const WARGA: BarisUji[] = [
	penduduk({ NIK, NAMA_LGKP: 'BUDI SANTOSO' }),
	penduduk({ NIK: '3305015706850002', NAMA_LGKP: 'SITI AMINAH', JENIS_KLMIN: '2', STAT_HBKEL: '3', TGL_LHR: '1985-06-17' }),
	penduduk({ NIK: '3305010107100003', NAMA_LGKP: 'ANDI SANTOSO', STAT_HBKEL: '4', STAT_KWN: '1', TGL_LHR: '2010-07-01', AKTA_KWN: '1', STAT_KTP_EL: '1' }),
	...Array.from({ length: 30 }, (_, i) => {
		const nomor = `33050120${String(i + 1).padStart(8, '0')}`
		return penduduk({ NIK: nomor, NO_KK: nomor, NAMA_LGKP: `SRI ${String(i + 1).padStart(2, '0')}`, NO_KEL: '2002' })
	}),
]

function render(loaderData: unknown, actionData?: unknown) {
	const Stub = createRemixStub([{ id: 'halaman', path: '/kependudukan/penduduk', Component: HalamanCari, action: () => null }])
	return renderToString(
		<Stub initialEntries={['/kependudukan/penduduk']} hydrationData={{ loaderData: { halaman: loaderData }, actionData: actionData ? { halaman: actionData } : undefined }} />,
	)
}

function renderRincian(loaderData: unknown, path: string) {
	const Stub = createRemixStub([{ id: 'rincian', path: '/kependudukan/penduduk/:kunci', Component: HalamanRincian }])
	return renderToString(<Stub initialEntries={[path]} hydrationData={{ loaderData: { rincian: loaderData } }} />)
}

const cari = async (cookie: string, form: Record<string, string>) => settle(() => action(args(makeRequest('/kependudukan/penduduk', { cookie, form }))))
const headerDari = (result: unknown) => new Headers((result as { init?: { headers?: HeadersInit } }).init?.headers)

describe('/kependudukan/penduduk', () => {
	const asli = console.error
	beforeAll(() => {
		vi.spyOn(console, 'error').mockImplementation((...pesan: unknown[]) => {
			if (!String(pesan[0]).includes('useLayoutEffect does nothing on the server')) asli(...pesan)
		})
	})
	afterAll(() => vi.restoreAllMocks())

	it('says there is nothing to search before the first import', async () => {
		const { cookie } = await loginAs('piak')
		const result = await settle(() => loader(args(makeRequest('/kependudukan/penduduk', { cookie }))))
		expect(statusOf(result)).toBe(200)
		const data = payload<DataHalaman>(result)
		expect(data.semester).toBeNull()
		expect(render(data)).toContain('Belum ada DKB yang diimpor')
	})

	describe('after the import of 2026-1', () => {
		let imporId: number
		beforeAll(async () => {
			const hasil = await imporUji('2026-1', tulisCsv(WARGA))
			expect(hasil).toMatchObject({ status: 'selesai', barisDiimpor: WARGA.length })
			imporId = hasil.imporId
		})

		it('loads only the semester and the areas, even when an address carries a NIK, and posts its form', async () => {
			const { cookie } = await loginAs('piak')
			const result = await settle(() => loader(args(makeRequest(`/kependudukan/penduduk?nik=${NIK}&nama=BUDI`, { cookie }))))
			expect(statusOf(result)).toBe(200)
			const data = payload<DataHalaman>(result)
			expect(data.semester).toEqual({ semester: '2026-1', label: 'Semester I 2026', tanggalAcuan: '2026-06-30' })
			expect(Object.keys(data).sort()).toEqual(['semester', 'wilayah'])
			expect(data.wilayah.find((k) => k.kode === '33.05.01')).toMatchObject({ nama: 'Ayah', desa: expect.arrayContaining([{ kode: '33.05.01.2001', nama: 'Argopeni' }]) })
			expect(JSON.stringify(data)).not.toMatch(/3305011705800001|BUDI/)
			expect(headerDari(result).get('Cache-Control')).toBe('no-store')
			expect(new Headers(headers({} as never) as HeadersInit).get('Cache-Control')).toBe('no-store')

			const html = render(data)
			expect(html).toMatch(/<form[^>]*method="post"[^>]*id="form-cari-penduduk"|<form[^>]*id="form-cari-penduduk"[^>]*method="post"/)
			expect(html).not.toMatch(/method="get"/i)
			expect(html).toContain('Semester I 2026')
			expect(html).toContain('<option value="33.05.01">Seluruh Kecamatan Ayah</option>')
			expect(html).not.toContain(NIK)
		})

		it('searches in the action: masked numbers, links that name only the row, the typed values kept, the search audited without them', async () => {
			const { cookie, penggunaId } = await loginAs('piak')
			const result = await cari(cookie, { nik: NIK, noKk: '', nama: '', kodeWilayah: '', hal: '1' })
			expect(statusOf(result)).toBe(200)
			expect(headerDari(result).get('Cache-Control')).toBe('no-store')
			const data = payload<DataAksi>(result)
			expect(data.hasil).toMatchObject({ total: 1, lebih: false, page: 1, halamanTerakhir: 1, semester: '2026-1' })
			expect(data.hasil!.rows).toEqual([expect.objectContaining({ kunci: `${imporId}-2`, nikSamar: '3305••••••••0001', noKkSamar: '3305••••••••0001', nama: 'BUDI SANTOSO', desa: 'Argopeni' })])
			expect(JSON.stringify(data.hasil)).not.toMatch(new RegExp(`${NIK}|${KK}|1980-05-17`))
			expect(data.nilai.nik).toBe(NIK)

			const html = render({ semester: { semester: '2026-1', label: 'Semester I 2026', tanggalAcuan: '2026-06-30' }, wilayah: [] }, data)
			expect(html).toContain('1 penduduk')
			expect(html).toContain(`href="/kependudukan/penduduk/${imporId}-2"`)
			expect(html).toContain('3305••••••••0001')
			// the number stays in its field, and only there
			expect(html).toContain(`value="${NIK}"`)
			expect(html.split(NIK)).toHaveLength(2)

			const log = await LogAudit.findOne({ where: { aksi: 'cari', entitas: 'penduduk', penggunaId }, order: [['id', 'DESC']] })
			expect(log?.keterangan).toBe('Pencarian penduduk menurut NIK: 1 hasil')
		})

		it('pages with the same form: the page number travels in the body', async () => {
			const { cookie } = await loginAs('operator.siak')
			const pertama = payload<DataAksi>(await cari(cookie, { nama: 'sri', kodeWilayah: '33.05.01.2002', hal: '1' }))
			expect(pertama.hasil).toMatchObject({ total: 30, page: 1, halamanTerakhir: 2 })
			expect(pertama.hasil!.rows.map((r) => r.nama).slice(0, 2)).toEqual(['SRI 01', 'SRI 02'])
			expect(pertama.hasil!.rows).toHaveLength(25)
			const kedua = payload<DataAksi>(await cari(cookie, { nama: 'sri', kodeWilayah: '33.05.01.2002', hal: '2' }))
			expect(kedua.hasil).toMatchObject({ total: 30, page: 2 })
			expect(kedua.hasil!.rows.map((r) => r.nama)).toEqual(['SRI 26', 'SRI 27', 'SRI 28', 'SRI 29', 'SRI 30'])
			// a page beyond the counted ones is brought back within them
			const jauh = payload<DataAksi>(await cari(cookie, { nama: 'sri', hal: '99999' }))
			expect(jauh.hasil).toMatchObject({ page: 40, rows: [] })

			const html = render({ semester: { semester: '2026-1', label: 'Semester I 2026', tanggalAcuan: '2026-06-30' }, wilayah: [] }, pertama)
			expect(html).toContain('Halaman 1 dari 2')
			expect(html).toMatch(/<button[^>]*form="form-cari-penduduk"[^>]*name="hal"[^>]*value="2"[^>]*>Berikutnya/)
			expect(html).not.toContain('Sebelumnya')
			expect(html).toContain('value="sri"')
		})

		it('answers bad criteria with 400, the error next to its field and the values kept', async () => {
			const { cookie } = await loginAs('piak')
			const kosong = await cari(cookie, { nik: '', noKk: '', nama: ' ', kodeWilayah: '', hal: '1' })
			expect(statusOf(kosong)).toBe(400)
			expect(payload<DataAksi>(kosong)).toMatchObject({ ok: false, hasil: null, errors: { nik: ['Isi paling sedikit satu: NIK, nomor KK, nama, atau wilayah.'] } })

			const pendek = await cari(cookie, { nik: '330501170580001', nama: 'budi', hal: '1' })
			expect(statusOf(pendek)).toBe(400)
			const data = payload<DataAksi>(pendek)
			expect(data.errors).toEqual({ nik: ['NIK harus 16 digit angka.'] })
			const html = render({ semester: { semester: '2026-1', label: 'Semester I 2026', tanggalAcuan: '2026-06-30' }, wilayah: [] }, data)
			expect(html).toContain('NIK harus 16 digit angka.')
			expect(html).toContain('aria-invalid="true"')
			expect(html).toContain('value="330501170580001"')
			expect(html).toContain('value="budi"')
		})

		it('opens the full record by its row key, audited, never cached; 404 for an unknown key', async () => {
			const { cookie, penggunaId } = await loginAs('piak')
			const buka = (kunci: string) => settle(() => loaderRincian(args(makeRequest(`/kependudukan/penduduk/${kunci}`, { cookie }), { kunci })))
			const result = await buka(`${imporId}-2`)
			expect(statusOf(result)).toBe(200)
			expect(headerDari(result).get('Cache-Control')).toBe('no-store')
			expect(new Headers(headersRincian({} as never) as HeadersInit).get('Cache-Control')).toBe('no-store')
			const data = payload<{ penduduk: { nik: string; keluarga: { anggota: { nama: string; nikSamar: string }[] } } }>(result)
			expect(data.penduduk).toMatchObject({ nik: NIK, noKk: KK, nama: 'BUDI SANTOSO', agama: 'Islam', statusKawin: 'Kawin' })
			expect(data.penduduk.keluarga.anggota.map((a) => a.nama)).toEqual(['BUDI SANTOSO', 'SITI AMINAH', 'ANDI SANTOSO'])

			const log = await LogAudit.findOne({ where: { aksi: 'baca-data-pribadi', entitas: 'penduduk', penggunaId }, order: [['id', 'DESC']] })
			expect(log).toMatchObject({ entitasId: `${imporId}:2` })
			expect(log!.keterangan).not.toContain(NIK)

			const html = renderRincian(data, `/kependudukan/penduduk/${imporId}-2`)
			expect(html).toContain(NIK)
			expect(html).toContain('Islam')
			expect(html).toContain('17 Mei 1980')
			expect(html).toContain('3305••••••••0002')
			expect(html).not.toContain('3305015706850002')
			expect(html).toContain(`href="/kependudukan/penduduk/${imporId}-3"`)

			for (const kunci of [`${imporId}-999`, `${imporId + 100}-2`, 'abc', `${imporId}`, `${NIK}`]) expect(statusOf(await buka(kunci)), kunci).toBe(404)
		})

		it('refuses 403 to a user without read:penduduk:any, on every door, and audits the refusal', async () => {
			const { cookie, penggunaId } = await loginAs('caraka')
			expect(statusOf(await settle(() => loader(args(makeRequest('/kependudukan/penduduk', { cookie })))))).toBe(403)
			expect(statusOf(await cari(cookie, { nik: NIK, hal: '1' }))).toBe(403)
			expect(statusOf(await settle(() => loaderRincian(args(makeRequest(`/kependudukan/penduduk/${imporId}-2`, { cookie }), { kunci: `${imporId}-2` }))))).toBe(403)
			expect(await LogAudit.count({ where: { aksi: 'akses-ditolak', entitasId: 'read:penduduk:any', penggunaId } })).toBe(3)
			expect(await LogAudit.count({ where: { entitas: 'penduduk', penggunaId } })).toBe(0)
		})
	})
})
