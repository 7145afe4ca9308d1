import { describe, expect, it } from 'vitest'
import { PublikasiAgregat } from '#models/index'
import { imporUji, penduduk, terbitkan, tulisCsv } from '#test/kependudukan'
import { loginAs, makeRequest, settle } from '#test/utils'
import { action, loader } from './$id'
import { loader as daftar } from './index'

const WARGA = [penduduk({ NIK: '3305011705800001' }), penduduk({ NIK: '3305015706850002', JENIS_KLMIN: '2', STAT_HBKEL: '3' })]

type Halaman = {
	publikasi: { status: string; versi: number }
	agregat: { tabel: { ringkasan: { jumlah: number }[] } } | null
	perbandingan: { pergerakan: { wilayahKode: string; selisih: number }[] } | null
	halaman: { actionBar: { dapatDiambil: unknown } } | null
	bolehKoreksi: boolean
}

describe('/kependudukan/agregat/{id}', () => {
	it('shows the draft with its comparison against the semester before, the action bar, and a correction once published', async () => {
		const lama = await imporUji('2025-2', tulisCsv(WARGA))
		await terbitkan((await PublikasiAgregat.findOne({ where: { semester: '2025-2' } }))!.instansAlurId!)
		await imporUji('2026-1', tulisCsv([...WARGA, penduduk({ NIK: '3305010101100003', STAT_HBKEL: '4', STAT_KWN: '1', TGL_LHR: '2010-01-01' })]))
		expect(lama.status).toBe('selesai')
		const baru = (await PublikasiAgregat.findOne({ where: { semester: '2026-1' } }))!

		const { cookie } = await loginAs('sekretaris')
		const list = (await settle(() => daftar({ request: makeRequest('/kependudukan/agregat', { cookie }), params: {}, context: {} }))) as { rows: { semester: string; status: string }[] }
		expect(list.rows.map((r) => [r.semester, r.status])).toEqual([
			['2026-1', 'draft'],
			['2025-2', 'terbit'],
		])
		const h = (await settle(() => loader({ request: makeRequest(`/kependudukan/agregat/${baru.id}`, { cookie }), params: { id: String(baru.id) }, context: {} }))) as Halaman
		expect(h.publikasi.status).toBe('draft')
		expect(h.agregat!.tabel.ringkasan[0]!.jumlah).toBe(3)
		expect(h.perbandingan!.pergerakan[0]).toMatchObject({ wilayahKode: '33.05.01.2001', selisih: 1 })
		expect(h.bolehKoreksi).toBe(false)

		// the PIAK team takes its task from the same page
		const piak = await loginAs('piak')
		const hp = (await settle(() => loader({ request: makeRequest(`/kependudukan/agregat/${baru.id}`, { cookie: piak.cookie }), params: { id: String(baru.id) }, context: {} }))) as Halaman
		expect(hp.halaman!.actionBar.dapatDiambil).toBeTruthy()

		const terbit = (await PublikasiAgregat.findOne({ where: { semester: '2025-2' } }))!
		const hk = (await settle(() => loader({ request: makeRequest(`/kependudukan/agregat/${terbit.id}`, { cookie: piak.cookie }), params: { id: String(terbit.id) }, context: {} }))) as Halaman
		expect(hk.bolehKoreksi).toBe(true)
		const pendek = (await settle(() =>
			action({ request: makeRequest(`/kependudukan/agregat/${terbit.id}`, { cookie: piak.cookie, form: { intent: 'koreksi', alasan: 'salah' } }), params: { id: String(terbit.id) }, context: {} }),
		)) as { data: { errors: Record<string, string[]>; values: Record<string, string> } }
		expect(pendek.data.errors.alasan).toBeDefined()
		expect(pendek.data.values.alasan).toBe('salah')
		const res = (await settle(() =>
			action({
				request: makeRequest(`/kependudukan/agregat/${terbit.id}`, { cookie: piak.cookie, form: { intent: 'koreksi', alasan: 'Desa Argopeni tercatat ganda pada DKB.' } }),
				params: { id: String(terbit.id) },
				context: {},
			}),
		)) as Response
		expect(res.status).toBe(302)
		expect(await PublikasiAgregat.count({ where: { semester: '2025-2' } })).toBe(2)

		// the Sekretaris may read but not start a correction
		const tolak = (await settle(() =>
			action({ request: makeRequest(`/kependudukan/agregat/${terbit.id}`, { cookie, form: { intent: 'koreksi', alasan: 'Alasan yang cukup panjang.' } }), params: { id: String(terbit.id) }, context: {} }),
		)) as Response
		expect(tolak.status).toBe(403)
	})

	it('is closed to staff without the agregat permission', async () => {
		const { cookie } = await loginAs('caraka')
		const res = (await settle(() => daftar({ request: makeRequest('/kependudukan/agregat', { cookie }), params: {}, context: {} }))) as Response
		expect(res.status).toBe(403)
	})
})
