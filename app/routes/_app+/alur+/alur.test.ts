import { describe, expect, it } from 'vitest'
import { getUserById } from '#test/alur'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { mulaiAlur } from '~/workflow/mesin.server'
import { action, loader } from './$id'

type Data = Awaited<ReturnType<typeof loader>>
const args = (request: Request, id: number | string) => ({ request, params: { id: String(id) }, context: {} })

async function mulaiKk(konteks: Record<string, unknown> = {}) {
	const instans = await mulaiAlur({
		definisiKode: 'SOP-WA-KK',
		subjekJenis: 'uji-rute-alur',
		subjekId: `${Date.now()}-${Math.random()}`,
		judul: 'Permohonan KK — uji halaman alur',
		pemrakarsa: await getUserById('loket'),
		unitId: 6,
		konteks,
		langsungAksi: 'ajukan',
	})
	return instans.id
}

async function halaman(username: string, id: number) {
	const { cookie } = await loginAs(username)
	const result = await settle(() => loader(args(makeRequest(`/alur/${id}`, { cookie }), id)))
	return { cookie, result, data: payload<Data>(result).halaman }
}

async function kirim(cookie: string, id: number, form: Record<string, string>) {
	return settle(() => action(args(makeRequest(`/alur/${id}`, { cookie, form }), id)))
}

/** Claims the open task of the instance as `username` through the page, returns the page after. */
async function ambil(username: string, id: number) {
	const before = await halaman(username, id)
	const tugasId = before.data.actionBar.dapatDiambil?.tugasId
	expect(tugasId, `${username} dapat mengambil tugas`).toBeTruthy()
	expect(statusOf(await kirim(before.cookie, id, { intent: 'ambil', tugasId: String(tugasId) }))).toBe(302)
	return halaman(username, id)
}

describe('/alur/:id', () => {
	it('shows the instance, its step and history to someone who can act, with only their actions', async () => {
		const id = await mulaiKk()
		const { data } = await halaman('loket', id)
		expect(data.instans).toMatchObject({ judul: 'Permohonan KK — uji halaman alur', status: 'berjalan', definisiKode: 'SOP-WA-KK', pemrakarsa: 'Siti Nurjanah' })
		expect(data.langkahAktif).toMatchObject({ kode: 'verifikasi-permohonan', nama: 'Verifikasi permohonan', pelaksana: 'Petugas Loket / Front Office' })
		expect(data.actionBar.dapatDiambil).not.toBeNull()
		expect(data.actionBar.dipegang).toBeNull()
		expect(data.riwayat.map((r) => [r.label, r.dari, r.ke])).toEqual([
			['Dimulai', null, 'Unggah berkas'],
			['Berkas diunggah', 'Unggah berkas', 'Verifikasi permohonan'],
		])
		expect(data.riwayat[1]!.nama).toBe('pemohon')
		expect(data.bolehBatalkan).toBe(true)
	})

	it('refuses an uninvolved user without read:alur:any, lets a leader read without acting, 404 for a missing one', async () => {
		const id = await mulaiKk()
		expect(statusOf((await halaman('tu', id)).result)).toBe(403)
		const tu = await loginAs('tu')
		expect(statusOf(await kirim(tu.cookie, id, { intent: 'batalkan', alasan: 'iseng' }))).toBe(403)
		const kadis = await halaman('kadis', id)
		expect(statusOf(kadis.result)).toBe(200)
		expect(kadis.data.actionBar).toMatchObject({ dipegang: null, dapatDiambil: null })
		expect(kadis.data.bolehBatalkan).toBe(false)
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => loader(args(makeRequest('/alur/999999', { cookie }), 999999))))).toBe(404)
	})

	it('runs an action through the page: claim, act once even when submitted twice, the next actor sees it', async () => {
		const id = await mulaiKk({ email: 'warga@contoh.id' })
		const held = await ambil('loket', id)
		const bar = held.data.actionBar
		expect(bar.dipegang?.aksi.map((a) => [a.kode, a.wajibAlasan])).toEqual([
			['teruskan', false],
			['kembalikan', true],
		])
		const form = {
			intent: 'aksi',
			tugasId: String(bar.dipegang!.tugasId),
			aksiKode: 'teruskan',
			ke: 'entri-data',
			kunci: bar.kunci,
			versi: String(bar.versi),
		}
		const done = await kirim(held.cookie, id, form)
		expect(statusOf(done)).toBe(302)
		expect((done as Response).headers.get('Location')).toBe(`/alur/${id}`)
		expect(statusOf(await kirim(held.cookie, id, form))).toBe(302)

		const after = await halaman('loket', id)
		expect(after.data.langkahAktif?.kode).toBe('entri-data')
		const teruskan = after.data.riwayat.filter((r) => r.aksi === 'teruskan')
		expect(teruskan).toHaveLength(1)
		expect(teruskan[0]).toMatchObject({ label: 'Lengkap, teruskan ke operator SIAK', dari: 'Verifikasi permohonan', ke: 'Entri data', nama: 'Siti Nurjanah' })
		expect(teruskan[0]!.prosesDetik).not.toBeNull()
		expect(after.data.actionBar).toMatchObject({ dipegang: null, dapatDiambil: null })

		const operator = await halaman('operator.siak', id)
		expect(operator.data.actionBar.dapatDiambil).not.toBeNull()
		// a stale page (old version) is refused with 409
		const opHeld = await ambil('operator.siak', id)
		const stale = await kirim(opHeld.cookie, id, { intent: 'aksi', tugasId: String(opHeld.data.actionBar.dipegang!.tugasId), aksiKode: 'teruskan', ke: 'verifikasi-data', versi: String(bar.versi) })
		expect(statusOf(stale)).toBe(409)
		// giving the task back makes it open again
		expect(statusOf(await kirim(opHeld.cookie, id, { intent: 'lepas', tugasId: String(opHeld.data.actionBar.dipegang!.tugasId) }))).toBe(302)
		expect((await halaman('operator.siak', id)).data.actionBar.dapatDiambil).not.toBeNull()
	})

	it('asks for the reason next to its box and keeps what was typed', async () => {
		const id = await mulaiKk()
		const held = await ambil('loket', id)
		const bar = held.data.actionBar
		const result = await kirim(held.cookie, id, {
			intent: 'aksi',
			tugasId: String(bar.dipegang!.tugasId),
			aksiKode: 'kembalikan',
			ke: 'unggah-berkas',
			alasan: '   ',
			kunci: bar.kunci,
			versi: String(bar.versi),
		})
		expect(statusOf(result)).toBe(400)
		const failure = payload<{ errors: Record<string, string[]>; values: Record<string, string> }>(result)
		expect(failure.errors.alasan?.[0]).toBe('Alasan wajib diisi untuk tindakan ini.')
		expect(failure.values).toMatchObject({ alasan: '   ', aksiKode: 'kembalikan', ke: 'unggah-berkas' })

		const ok = await kirim(held.cookie, id, {
			intent: 'aksi',
			tugasId: String(bar.dipegang!.tugasId),
			aksiKode: 'kembalikan',
			ke: 'unggah-berkas',
			alasan: 'Akta kelahiran belum diunggah.',
			kunci: bar.kunci,
			versi: String(bar.versi),
		})
		expect(statusOf(ok)).toBe(302)
		const after = await halaman('loket', id)
		expect(after.data.riwayat.at(-1)).toMatchObject({ aksi: 'kembalikan', alasan: 'Akta kelahiran belum diunggah.' })
	})

	it('refuses a claim that lost the race with 409 and a task of another instance with 404', async () => {
		const id = await mulaiKk()
		const lain = await mulaiKk()
		const loket = await halaman('loket', id)
		const tugasId = String(loket.data.actionBar.dapatDiambil!.tugasId)
		expect(statusOf(await kirim(loket.cookie, id, { intent: 'ambil', tugasId }))).toBe(302)
		expect(statusOf(await kirim(loket.cookie, id, { intent: 'ambil', tugasId }))).toBe(409)
		expect(statusOf(await kirim(loket.cookie, lain, { intent: 'ambil', tugasId }))).toBe(404)
		expect(statusOf(await kirim(loket.cookie, id, { intent: 'entah' }))).toBe(400)
	})

	it('cancels only by the initiator or an administrator, and always with a reason', async () => {
		const id = await mulaiKk()
		// the operator becomes involved (acted on it) but did not start it
		await ambil('loket', id)
		const loket = await halaman('loket', id)
		const bar = loket.data.actionBar
		await kirim(loket.cookie, id, { intent: 'aksi', tugasId: String(bar.dipegang!.tugasId), aksiKode: 'teruskan', ke: 'entri-data', kunci: bar.kunci, versi: String(bar.versi) })
		const operator = await halaman('operator.siak', id)
		expect(operator.data.bolehBatalkan).toBe(false)
		expect(statusOf(await kirim(operator.cookie, id, { intent: 'batalkan', alasan: 'Bukan wewenang saya.' }))).toBe(403)

		const kosong = await kirim(loket.cookie, id, { intent: 'batalkan', alasan: '' })
		expect(statusOf(kosong)).toBe(400)
		expect(payload<{ errors: Record<string, string[]>; values: Record<string, string> }>(kosong)).toMatchObject({
			errors: { alasan: ['Alasan pembatalan wajib diisi.'] },
			values: { intent: 'batalkan' },
		})
		expect(statusOf(await kirim(loket.cookie, id, { intent: 'batalkan', alasan: 'Pemohon membatalkan permohonan.' }))).toBe(302)
		const after = await halaman('loket', id)
		expect(after.data.instans.status).toBe('dibatalkan')
		expect(after.data.langkahAktif).toBeNull()
		expect(after.data.riwayat.at(-1)).toMatchObject({ label: 'Dibatalkan', alasan: 'Pemohon membatalkan permohonan.' })
		expect(statusOf(await kirim(loket.cookie, id, { intent: 'batalkan', alasan: 'Lagi.' }))).toBe(409)

		const lain = await mulaiKk()
		const admin = await halaman('admin', lain)
		expect(admin.data.bolehBatalkan).toBe(true)
		expect(statusOf(await kirim(admin.cookie, lain, { intent: 'batalkan', alasan: 'Data uji.' }))).toBe(302)
		expect((await halaman('admin', lain)).data.instans.status).toBe('dibatalkan')
	})
})
