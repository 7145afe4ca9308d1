import { QueryTypes } from 'sequelize'
import { createRemixStub } from '@remix-run/testing'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import HalamanCari, { loader } from '~/routes/_app+/arsip+/cari'
import { getDb } from '~/utils/db.server'
import { BATAS_HITUNG } from './pencarian-surat.schema'
import type { HasilCari } from './pencarian-surat.server'

/**
 * The page /arsip/cari (app/routes/_app+/arsip+/cari.tsx) through its real loader: who may open
 * it, field errors for bad filters, and the results rendered with the words marked and the
 * letters' own text shown as text.
 */
const args = (request: Request) => ({ request, params: {}, context: {} })
type Data = { ok: boolean; errors: Record<string, string[]>; nilai: Record<string, string>; hasil: HasilCari | null }
type DataOk = Data & { ok: true; hasil: HasilCari }

function render(data: unknown, path: string) {
	const Stub = createRemixStub([{ id: 'halaman', path: '/arsip/cari', Component: HalamanCari }])
	return renderToString(<Stub initialEntries={[path]} hydrationData={{ loaderData: { halaman: data } }} />)
}

beforeAll(async () => {
	const [tu] = await getDb().query<{ id: number }>(`SELECT id FROM pengguna WHERE username = 'tu'`, { type: QueryTypes.SELECT })
	const [klas] = await getDb().query<{ kode: string }>(`SELECT kode FROM klasifikasi_arsip WHERE kode = '000.1.5'`, { type: QueryTypes.SELECT })
	const [unit] = await getDb().query<{ id: number }>(`SELECT id FROM unit_kerja ORDER BY id`, { type: QueryTypes.SELECT })
	const now = new Date()
	await getDb()
		.getQueryInterface()
		.bulkInsert('berkas_arsip', [
			{
				nomor_berkas: 'UJI-RUTE/1',
				klasifikasi_kode: klas!.kode,
				uraian: 'Undangan <b>rapat</b> & <script>alert(1)</script> koordinasi',
				unit_kerja_id: unit!.id,
				kurun_awal: '2004-01-01',
				kurun_akhir: null,
				jumlah: 1,
				satuan: 'berkas',
				tingkat_perkembangan: 'asli',
				status: 'aktif',
				vital: false,
				dibuat_oleh_id: tu!.id,
				version: 0,
				created_at: now,
				updated_at: now,
			},
		])
})

describe('/arsip/cari', () => {
	const asli = console.error
	beforeAll(() => {
		vi.spyOn(console, 'error').mockImplementation((...pesan: unknown[]) => {
			if (!String(pesan[0]).includes('useLayoutEffect does nothing on the server')) asli(...pesan)
		})
	})
	afterAll(() => vi.restoreAllMocks())

	it('searches for a reader of letters or the archive and renders the words marked, the text escaped', async () => {
		const { cookie } = await loginAs('tu')
		const path = '/arsip/cari?teks=rapat+script&dari=2004-01-01&sampai=2004-12-31'
		const result = await settle(() => loader(args(makeRequest(path, { cookie }))))
		expect(statusOf(result)).toBe(200)
		const data = payload<Data>(result) as DataOk
		expect(data.hasil).toMatchObject({ total: 1, lebih: false, kata: ['rapat', 'script'] })
		expect(data.hasil.rows[0]).toMatchObject({ jenis: 'berkas', nomor: 'UJI-RUTE/1' })

		const html = render(data, path)
		expect(html).toContain('1 hasil')
		expect(html).toMatch(/\(\d+ ms\)/)
		expect(html).toContain('<mark>rapat</mark>')
		expect(html).toContain('&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;')
		expect(html).not.toContain('<script>alert(1)')
		expect(html).not.toContain('<b>rapat</b>')
		expect(html).toContain(`href="/arsip/${data.hasil.rows[0]!.id}"`)
	})

	it('says when there are more results than it counts', async () => {
		const { cookie } = await loginAs('kadis')
		const data = payload<Data>(await settle(() => loader(args(makeRequest('/arsip/cari', { cookie }))))) as DataOk
		// the demo office has few letters; the page's wording is what matters here
		const html = render({ ...data, hasil: { ...data.hasil, total: BATAS_HITUNG, lebih: true, halamanTerakhir: 40 } }, '/arsip/cari')
		expect(html).toContain('Lebih dari 1.000 hasil')
		expect(html).toContain('Berikutnya')
	})

	it('answers bad filters with the error next to the field and the typed values kept', async () => {
		const { cookie } = await loginAs('tu')
		const path = '/arsip/cari?klasifikasi=abc&dari=2025-02-30&teks=undangan'
		const result = await settle(() => loader(args(makeRequest(path, { cookie }))))
		expect(statusOf(result)).toBe(400)
		const data = payload<Data>(result)
		expect(Object.keys(data.errors).sort()).toEqual(['dari', 'klasifikasi'])
		expect(data.hasil).toBeNull()
		const html = render(data, path)
		expect(html).toContain('value="abc"')
		expect(html).toContain('value="undangan"')
		expect(html).toContain('Tanggal tidak ada di kalender.')
	})

	it('refuses a user who reads neither letters nor the archive', async () => {
		const { cookie } = await loginAs('loket')
		const result = await settle(() => loader(args(makeRequest('/arsip/cari', { cookie }))))
		expect(statusOf(result)).toBe(403)
	})
})
