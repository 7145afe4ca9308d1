import { describe, expect, it } from 'vitest'
import { getUserById } from '#test/alur'
import { loginAs, makeRequest, payload, settle, statusOf, withRequestContext } from '#test/utils'
import { PenugasanPltSchema } from '~/modules/organisasi/plt.schema'
import { createPenugasanPlt } from '~/modules/organisasi/plt.server'
import { readFlash } from '~/utils/flash.server'
import { tanggalDiZona } from '~/utils/format'
import { mulaiAlur } from '~/workflow/mesin.server'
import { action, loader } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })
type Data = Awaited<ReturnType<typeof loader>>

async function mulaiKk(judul = 'Permohonan KK — uji rute tugas') {
	return mulaiAlur({
		definisiKode: 'SOP-WA-KK',
		subjekJenis: 'uji-rute-tugas',
		subjekId: `${Date.now()}-${Math.random()}`,
		judul,
		pemrakarsa: await getUserById('loket'),
		unitId: 6,
		langsungAksi: 'ajukan',
	})
}

async function flashOf(response: Response) {
	const cookie = response.headers.get('Set-Cookie')?.split(';')[0] ?? ''
	return (await readFlash(new Request('http://localhost/', { headers: { Cookie: cookie } }))).flash
}

describe('/tugas', () => {
	it('shows the loket the demo KK requests waiting for verification, with counts', async () => {
		const { cookie } = await loginAs('loket')
		const data = payload<Data>(await settle(() => loader(args(makeRequest('/tugas', { cookie })))))
		const contoh = data.rows.filter((r) => r.judul.endsWith('(contoh)'))
		expect(contoh.length).toBe(3)
		expect(contoh[0]).toMatchObject({ definisiKode: 'SOP-WA-KK', langkahKode: 'verifikasi-permohonan', diambilSaya: false })
		expect(data.hitung.terbuka).toBeGreaterThanOrEqual(3)
		expect(data.pilihan.proses.some((p) => p.value === 'SOP-WA-KK')).toBe(true)

		const tu = await loginAs('tu')
		const kosong = payload<Data>(await settle(() => loader(args(makeRequest('/tugas', { cookie: tu.cookie })))))
		expect(kosong.rows.some((r) => r.judul.endsWith('(contoh)'))).toBe(false)
	})

	it('reads the filters from the query string and ignores junk', async () => {
		const { cookie } = await loginAs('loket')
		const data = payload<Data>(
			await settle(() => loader(args(makeRequest('/tugas?proses=SOP-WA-KK&langkah=entri-data&status=diambil-saya&waktu=lewat', { cookie })))),
		)
		expect(data.filter).toEqual({ definisiKode: 'SOP-WA-KK', langkahKode: 'entri-data', status: 'diambil-saya', waktu: 'lewat' })
		expect(data.pilihan.langkah.map((l) => l.value)).toContain('entri-data')
		const junk = payload<Data>(await settle(() => loader(args(makeRequest('/tugas?proses=%27;DROP&status=x&waktu=y&langkah=z', { cookie })))))
		expect(junk.filter).toEqual({ definisiKode: undefined, langkahKode: undefined, status: undefined, waktu: undefined })
		const lewat = payload<Data>(await settle(() => loader(args(makeRequest('/tugas?waktu=lewat', { cookie })))))
		expect(lewat.total).toBe(0)
	})

	it('claims a task and opens it; a second claimant learns it was taken, on the inbox', async () => {
		const instans = await mulaiKk()
		const loket = await loginAs('loket')
		const data = payload<Data>(await settle(() => loader(args(makeRequest('/tugas?status=terbuka', { cookie: loket.cookie })))))
		const row = data.rows.find((r) => r.instansId === instans.id)!
		const taken = await settle(() => action(args(makeRequest('/tugas?index&status=terbuka', { cookie: loket.cookie, form: { intent: 'ambil', tugasId: String(row.tugasId) } }))))
		expect(statusOf(taken)).toBe(302)
		expect((taken as Response).headers.get('Location')).toBe(`/alur/${instans.id}`)

		// a second petugas loket: the pengambilan officer stands in (Plh) for the loket today
		const hariIni = tanggalDiZona(new Date())
		const pengambilan = await getUserById('pengambilan')
		const plh = await withRequestContext(() =>
			createPenugasanPlt(PenugasanPltSchema.parse({ penggunaId: pengambilan.id, jabatanId: 24, jenis: 'Plh', mulai: hariIni, selesai: hariIni })),
		)
		expect(plh.ok).toBe(true)
		const kedua = await loginAs('pengambilan')
		const lost = await settle(() => action(args(makeRequest('/tugas?index&status=terbuka', { cookie: kedua.cookie, form: { intent: 'ambil', tugasId: String(row.tugasId) } }))))
		expect(statusOf(lost)).toBe(302)
		expect((lost as Response).headers.get('Location')).toBe('/tugas?status=terbuka')
		expect(await flashOf(lost as Response)).toEqual({ jenis: 'galat', pesan: 'Tugas ini sudah diambil orang lain atau sudah selesai.' })

		// the claimed task now shows as mine
		const mine = payload<Data>(await settle(() => loader(args(makeRequest('/tugas?status=diambil-saya', { cookie: loket.cookie })))))
		expect(mine.rows.map((r) => r.tugasId)).toContain(row.tugasId)
		expect(mine.hitung.diambilSaya).toBeGreaterThanOrEqual(1)
	})

	it('refuses a task that is not for the user (403) and a missing one (404)', async () => {
		const instans = await mulaiKk()
		const loket = await loginAs('loket')
		const data = payload<Data>(await settle(() => loader(args(makeRequest('/tugas', { cookie: loket.cookie })))))
		const row = data.rows.find((r) => r.instansId === instans.id)!
		const tu = await loginAs('tu')
		expect(statusOf(await settle(() => action(args(makeRequest('/tugas?index', { cookie: tu.cookie, form: { intent: 'ambil', tugasId: String(row.tugasId) } })))))).toBe(403)
		expect(statusOf(await settle(() => action(args(makeRequest('/tugas?index', { cookie: tu.cookie, form: { intent: 'ambil', tugasId: '999999' } })))))).toBe(404)
		expect(statusOf(await settle(() => action(args(makeRequest('/tugas?index', { cookie: tu.cookie, form: { intent: 'hapus' } })))))).toBe(400)
	})
})
