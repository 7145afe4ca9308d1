import { describe, expect, it } from 'vitest'
import { getUserById } from '#test/alur'
import { loginAs, makeRequest, payload, settle, statusOf, withRequestContext } from '#test/utils'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { geserTanggal } from '~/utils/hari-kerja'
import { buatDisposisi, getDisposisi, getPohonDisposisi } from '~/workflow/disposisi.server'
import { action as aksi, loader as detail } from './$id'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Gagal = { ok: false; errors: Record<string, string[]>; values: Record<string, string | string[]> }

async function disposisiBaru(subjekId: string, dari = 'kadis', kepada = ['sekretaris'], subjekJenis = 'uji') {
	const pengirim = await getUserById(dari)
	const penerima = await Promise.all(kepada.map((u) => getUserById(u)))
	const result = await withRequestContext(() =>
		buatDisposisi({ subjekJenis, subjekId, dari: pengirim, kepada: penerima.map((p) => p.id), instruksi: ['tindak-lanjuti'], catatan: 'Mohon ditindaklanjuti.' }),
	)
	if (!result.ok) throw new Error(JSON.stringify(result.errors))
	return result.ids[0]!
}

async function buka(username: string, id: number, query = '') {
	const { cookie } = await loginAs(username)
	return settle(() => detail(args(makeRequest(`/disposisi/${id}${query}`, { cookie }), { id: String(id) })))
}

async function kirimAksi(username: string, id: number, form: Record<string, string | string[]>) {
	const { cookie } = await loginAs(username)
	return settle(() => aksi(args(makeRequest(`/disposisi/${id}`, { cookie, form }), { id: String(id) })))
}

describe('/disposisi', () => {
	it('lists received disposisi with a status filter and links alur subjects', async () => {
		const a = await disposisiBaru('D-1', 'kadis', ['kabid.piak'])
		const b = await disposisiBaru('12', 'sekretaris', ['kabid.piak'], 'alur')
		const { cookie } = await loginAs('kabid.piak')
		await buka('kabid.piak', a)

		const semua = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/disposisi', { cookie })))))
		expect(semua.total).toBe(2)
		expect(semua.rows.map((r) => r.id)).toEqual([b, a])
		expect(semua.rows[0]).toMatchObject({ tautanSubjek: '/alur/12', dari: { nama: 'Sri Lestari, S.H., M.H.' }, status: 'belum-dibaca' })
		expect(semua.rows[1]!.tautanSubjek).toBeNull()

		const unread = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/disposisi?status=belum-dibaca', { cookie })))))
		expect(unread.rows.map((r) => r.id)).toEqual([b])
		expect(unread.filter).toEqual({ arah: 'masuk', status: 'belum-dibaca' })

		const { cookie: kadis } = await loginAs('kadis')
		const terkirim = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/disposisi?arah=keluar', { cookie: kadis })))))
		expect(terkirim.rows.some((r) => r.id === a)).toBe(true)
		expect(terkirim.rows.some((r) => r.id === b)).toBe(false)
	})

	it('marks read on first open, shows the tree, and refuses people off the path or a missing id', async () => {
		const id = await disposisiBaru('D-2')
		expect((await getDisposisi(id))!.status).toBe('belum-dibaca')
		// the sender opening it does not read it for the recipient
		expect(statusOf(await buka('kadis', id))).toBe(200)
		expect((await getDisposisi(id))!.status).toBe('belum-dibaca')

		const page = payload<Awaited<ReturnType<typeof detail>>>(await buka('sekretaris', id))
		expect((await getDisposisi(id))!.status).toBe('dibaca')
		expect(page.pohon[0]).toMatchObject({ id, status: 'dibaca', ke: { nama: 'Sri Lestari, S.H., M.H.' }, instruksiLabel: ['Tindak lanjuti'] })
		expect(page.teruskan).toBeNull()

		expect(statusOf(await buka('loket', id))).toBe(403)
		expect(statusOf(await kirimAksi('loket', id, { intent: 'baca', id: String(id) }))).toBe(403)
		expect(statusOf(await buka('kadis', 999_999))).toBe(404)
		expect(statusOf(await buka('kadis', 0))).toBe(404)
	})

	it('forwards through the form: values kept on error, only by the recipient', async () => {
		const id = await disposisiBaru('D-3')
		const hariIni = await hariIniKantor()
		const kabid = await getUserById('kabid.dafduk')

		// the form shows for the recipient only
		const page = payload<Awaited<ReturnType<typeof detail>>>(await buka('sekretaris', id, `?teruskan=${id}`))
		expect(page.teruskan?.indukId).toBe(id)
		expect(page.teruskan?.penerima.flatMap((g) => g.pilihan).some((p) => p.value === kabid.id)).toBe(true)
		expect(page.teruskan?.penerima.flatMap((g) => g.pilihan).some((p) => p.label.startsWith('Sri Lestari'))).toBe(false)
		expect(payload<Awaited<ReturnType<typeof detail>>>(await buka('kadis', id, `?teruskan=${id}`)).teruskan).toBeNull()

		const bad = await kirimAksi('sekretaris', id, { intent: 'teruskan', indukId: String(id), catatan: 'Segera koordinasikan.', tenggat: geserTanggal(hariIni, -2) })
		expect(statusOf(bad)).toBe(400)
		const gagal = payload<Gagal>(bad)
		expect(gagal.errors.kepada?.[0]).toBe('Pilih sekurang-kurangnya satu penerima.')
		expect(gagal.errors.instruksi?.[0]).toBe('Pilih sekurang-kurangnya satu instruksi.')
		expect(gagal.errors.tenggat?.[0]).toBe('Tenggat tidak boleh sebelum hari ini.')
		expect(gagal.values).toMatchObject({ intent: 'teruskan', catatan: 'Segera koordinasikan.', indukId: String(id) })

		const sendiri = await kirimAksi('sekretaris', id, { intent: 'teruskan', indukId: String(id), 'kepada[]': [String((await getUserById('sekretaris')).id)], 'instruksi[]': ['koordinasikan'] })
		expect(statusOf(sendiri)).toBe(400)
		expect(payload<Gagal>(sendiri).errors.kepada?.[0]).toBe('Anda tidak dapat mengirim disposisi kepada diri sendiri.')
		expect(payload<Gagal>(sendiri).values['kepada[]']).toEqual([String((await getUserById('sekretaris')).id)])

		// the sender is on the path but may not forward what they sent
		const bukanPenerima = await kirimAksi('kadis', id, { intent: 'teruskan', indukId: String(id), 'kepada[]': [String(kabid.id)], 'instruksi[]': ['koordinasikan'] })
		expect(statusOf(bukanPenerima)).toBe(403)

		const ok = await kirimAksi('sekretaris', id, { intent: 'teruskan', indukId: String(id), 'kepada[]': [String(kabid.id)], 'instruksi[]': ['koordinasikan', 'tindak-lanjuti'], catatan: '', tenggat: hariIni })
		expect(statusOf(ok)).toBe(302)
		expect((ok as Response).headers.get('Location')).toBe(`/disposisi/${id}`)
		const pohon = await getPohonDisposisi({ subjekJenis: 'uji', subjekId: 'D-3' })
		expect(pohon[0]!.anak[0]).toMatchObject({ ke: { id: kabid.id }, instruksiLabel: ['Tindak lanjuti', 'Koordinasikan'], catatan: null, tenggat: hariIni, status: 'belum-dibaca' })

		// the new recipient sees the whole tree; someone off it still does not
		const kabidPage = payload<Awaited<ReturnType<typeof detail>>>(await buka('kabid.dafduk', pohon[0]!.anak[0]!.id))
		expect(kabidPage.pohon[0]!.id).toBe(id)
		expect(statusOf(await buka('kasi.dafduk', id))).toBe(403)
	})

	it('reports, finishes and cancels through intents, with 400, 409 and 403 where due', async () => {
		const id = await disposisiBaru('D-4', 'kadis', ['kabid.capil', 'kasi.capil'])
		const keKasi = id + 1
		await buka('kabid.capil', id)
		const dibaca = (await getDisposisi(id))!

		const tanpaLaporan = await kirimAksi('kabid.capil', id, { intent: 'tindak-lanjut', id: String(id), version: String(dibaca.version), laporan: '  ' })
		expect(statusOf(tanpaLaporan)).toBe(400)
		expect(payload<Gagal>(tanpaLaporan).errors.laporan?.[0]).toBe('Laporan tindak lanjut wajib diisi.')
		expect(payload<Gagal>(tanpaLaporan).values).toMatchObject({ id: String(id), intent: 'tindak-lanjut' })

		const basi = await kirimAksi('kabid.capil', id, { intent: 'tindak-lanjut', id: String(id), version: String(dibaca.version - 1), laporan: 'Sudah dibahas.' })
		expect(statusOf(basi)).toBe(409)

		// another person on the path may not act for the recipient
		expect(statusOf(await kirimAksi('kadis', id, { intent: 'tindak-lanjut', id: String(id), version: String(dibaca.version), laporan: 'x' }))).toBe(403)

		const lanjut = await kirimAksi('kabid.capil', id, { intent: 'tindak-lanjut', id: String(id), version: String(dibaca.version), laporan: 'Sudah dibahas.' })
		expect(statusOf(lanjut)).toBe(302)
		const v = (await getDisposisi(id))!.version
		expect(statusOf(await kirimAksi('kabid.capil', id, { intent: 'selesai', id: String(id), version: String(v) }))).toBe(302)
		expect((await getDisposisi(id))!.status).toBe('selesai')

		// cancel: read → refused with 409; unread → done by the sender only
		expect(statusOf(await kirimAksi('kadis', id, { intent: 'batalkan', id: String(id), version: String((await getDisposisi(id))!.version) }))).toBe(409)
		const kasiV = String((await getDisposisi(keKasi))!.version)
		expect(statusOf(await kirimAksi('kabid.capil', id, { intent: 'batalkan', id: String(keKasi), version: kasiV }))).toBe(403)
		expect(statusOf(await kirimAksi('kadis', id, { intent: 'batalkan', id: String(keKasi), version: kasiV }))).toBe(302)
		expect((await getDisposisi(keKasi))!.status).toBe('dibatalkan')
		expect(statusOf(await buka('kasi.capil', keKasi))).toBe(403)

		expect(statusOf(await kirimAksi('kadis', id, { intent: 'hapus' }))).toBe(400)
		expect(statusOf(await kirimAksi('kadis', id, { intent: 'batalkan', id: 'abc', version: '0' }))).toBe(400)
	})
})
