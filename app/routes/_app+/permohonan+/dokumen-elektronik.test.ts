import { describe, expect, it } from 'vitest'
import { DRAF, langkahAktif, sampaiSiak, sampaiTte } from '#test/dokumen-elektronik'
import { pakaiTteMock, permintaanTte, tteGagal } from '#test/mocks/tte'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader as dokumenLoader } from './$id_.dokumen[.]pdf'
import { action as detailAction, loader as detailLoader } from './$id'

/**
 * The request page's side of the electronic document: the operator's upload, the signing panel
 * at step `tte` (the plain "tandatangani" action is not offered and is refused), the signer's
 * errors without the passphrase echoed, and the staff download.
 */
const server = pakaiTteMock()
const PASSPHRASE = 'Passphrase-Uji-9!'
const NIK_KADIS = '3305010101700001'

type Detail = Awaited<ReturnType<typeof detailLoader>>
const args = (request: Request, id: number) => ({ request, params: { id: String(id) }, context: {} })

async function halaman(username: string, id: number) {
	const { cookie } = await loginAs(username)
	return { cookie, data: payload<Detail>(await settle(() => detailLoader(args(makeRequest(`/permohonan/${id}`, { cookie }), id)))) }
}

const kirim = (cookie: string, id: number, body: FormData | Record<string, string>) =>
	settle(() => detailAction(args(makeRequest(`/permohonan/${id}`, body instanceof FormData ? { cookie, body } : { cookie, form: body }), id)))

describe('electronic document on the request page', () => {
	it('lets the holder of the SIAK entry upload the PDF from SIAK', async () => {
		const { permohonanId } = await sampaiSiak()
		const { cookie, data } = await halaman('loket', permohonanId)
		expect(data.panel?.jenis).toBe('hasil-siak')
		expect(data.dokumen).toEqual([])
		const body = new FormData()
		body.set('intent', 'unggah-dokumen')
		body.set('nomorDokumen', '3305010101260009')
		body.set('dokumen', new File([DRAF], 'kk.pdf', { type: 'application/pdf' }))
		expect(statusOf(await kirim(cookie, permohonanId, body))).toBe(302)
		const sesudah = await halaman('loket', permohonanId)
		expect(sesudah.data.dokumen).toMatchObject([{ adaDraf: true, adaFinal: false, nomorDokumen: '3305010101260009', kodeVerifikasi: expect.any(String) }])

		const bukanPdf = new FormData()
		bukanPdf.set('intent', 'unggah-dokumen')
		bukanPdf.set('dokumen', new File([new TextEncoder().encode('bukan pdf')], 'kk.pdf', { type: 'application/pdf' }))
		const gagal = await kirim(cookie, permohonanId, bukanPdf)
		expect(statusOf(gagal)).toBe(400)
		expect(payload<{ errors: Record<string, string[]> }>(gagal).errors.dokumen?.[0]).toContain('bukan PDF')
	})

	it('shows the signing panel at tte instead of the plain sign buttons, and refuses the plain action', async () => {
		const { permohonanId, instansId } = await sampaiTte()
		const { cookie, data } = await halaman('kadis', permohonanId)
		expect(data.tteDipegang).toBe(true)
		expect(data.tteAktif).toBe(true)
		const aksi = data.halaman!.actionBar.dipegang!.aksi.map((a) => a.kode)
		expect(aksi).not.toContain('tandatangani')
		expect(aksi).toContain('kembalikan')
		const bypass = await kirim(cookie, permohonanId, { intent: 'aksi', tugasId: String(data.halaman!.actionBar.dipegang!.tugasId), aksiKode: 'tandatangani', ke: 'cetak' })
		expect(statusOf(bypass)).toBe(409)
		expect(await langkahAktif(instansId)).toBe('tte')
	})

	it('returns the TTE error without the passphrase, then signs and serves the PDF to staff', async () => {
		const { permohonanId, instansId } = await sampaiTte()
		const { cookie } = await halaman('kadis', permohonanId)
		server.use(tteGagal.passphraseSalah())
		const salah = await kirim(cookie, permohonanId, { intent: 'tandatangani-tte', nik: NIK_KADIS, passphrase: PASSPHRASE })
		expect(statusOf(salah)).toBe(400)
		const isi = payload<{ errors: Record<string, string[]>; values: Record<string, string> }>(salah)
		expect(isi.errors._form?.[0]).toContain('Passphrase salah')
		expect(isi.values).toEqual({ intent: 'tandatangani-tte', nik: NIK_KADIS })
		expect(JSON.stringify(isi)).not.toContain(PASSPHRASE)
		expect(await langkahAktif(instansId)).toBe('tte')

		server.resetHandlers()
		expect(statusOf(await kirim(cookie, permohonanId, { intent: 'tandatangani-tte', nik: NIK_KADIS, passphrase: PASSPHRASE }))).toBe(302)
		expect(await langkahAktif(instansId)).toBe('cetak')
		const sesudah = await halaman('loket', permohonanId)
		expect(sesudah.data.dokumen).toMatchObject([{ adaFinal: true, caraTandaTangan: 'tte', alamatVerifikasi: expect.stringMatching(/^\/verifikasi\/[A-Z2-9]{12}$/) }])

		const unduh = (await settle(() => dokumenLoader(args(makeRequest(`/permohonan/${permohonanId}/dokumen.pdf`, { cookie: sesudah.cookie }), permohonanId)))) as Response
		expect(unduh.status).toBe(200)
		expect(unduh.headers.get('Content-Type')).toBe('application/pdf')
		expect(Buffer.from(await unduh.arrayBuffer()).toString('latin1')).toContain('%TTE-PALSU')
	})

	it('refuses signing by someone who does not hold the tte step (403)', async () => {
		const { permohonanId, instansId } = await sampaiTte()
		const { cookie } = await halaman('kasi.dafduk', permohonanId)
		const formulir: Record<string, string>[] = [{ intent: 'tandatangani-tte', nik: NIK_KADIS, passphrase: PASSPHRASE }, { intent: 'tandatangani-manual' }]
		for (const form of formulir) {
			expect(statusOf(await kirim(cookie, permohonanId, form))).toBe(403)
		}
		expect(permintaanTte).toHaveLength(0)
		expect(await langkahAktif(instansId)).toBe('tte')
	})

	it('records a manual signature from the panel', async () => {
		const { permohonanId, instansId } = await sampaiTte()
		const { cookie } = await halaman('kadis', permohonanId)
		expect(statusOf(await kirim(cookie, permohonanId, { intent: 'tandatangani-manual' }))).toBe(302)
		expect(await langkahAktif(instansId)).toBe('cetak')
		const { data } = await halaman('kadis', permohonanId)
		expect(data.dokumen).toMatchObject([{ caraTandaTangan: 'manual', adaFinal: true }])
	})
})
