import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DokumenElektronik, PermohonanLayanan } from '#models/index'
import { DRAF, NOMOR_KK, sampaiTte } from '#test/dokumen-elektronik'
import { makeRequest, payload, settle, statusOf, withRequestContext } from '#test/utils'
import { tandatanganiManual } from '~/modules/layanan/dokumen-elektronik.server'
import { action, loader } from './verifikasi.$kode'

/**
 * `/verifikasi/{kode}` for anyone, without a session: the document's data and never the
 * citizen's, a check of an uploaded file against the issued one, and a 404 for an unknown code.
 */
const args = (request: Request, kode: string) => ({ request, params: { kode }, context: {} })

type Data = Awaited<ReturnType<typeof loader>>
type Cocok = { ok: true; cocok: boolean; adaBerkas: boolean; sha256: string } | { ok: false; errors: Record<string, string[]> }

function unggah(kode: string, bytes: Uint8Array) {
	const body = new FormData()
	body.set('intent', 'cocokkan')
	body.set('berkas', new File([new Uint8Array(bytes)], 'dokumen.pdf', { type: 'application/pdf' }))
	return settle(() => action(args(makeRequest(`/verifikasi/${kode}`, { body }), kode)))
}

async function dokumenTerbit() {
	const { permohonanId, kadis } = await sampaiTte()
	await withRequestContext(() => tandatanganiManual({ permohonanId, pelaku: kadis }))
	return { dokumen: (await DokumenElektronik.findOne({ where: { permohonanId } }))!, permohonan: (await PermohonanLayanan.findByPk(permohonanId))!, kadis }
}

describe('/verifikasi/{kode}', () => {
	it('shows the issued document and its signer to an anonymous visitor, without personal data', async () => {
		const { dokumen, permohonan, kadis } = await dokumenTerbit()
		const result = await settle(() => loader(args(makeRequest(`/verifikasi/${dokumen.kodeVerifikasi}`), dokumen.kodeVerifikasi)))
		expect(statusOf(result)).toBe(200)
		const data = payload<Data>(result)
		expect(data.dokumen).toMatchObject({ kode: dokumen.kodeVerifikasi, nomorDokumen: NOMOR_KK, penandatanganNama: kadis.nama, caraTandaTangan: 'manual', sha256: crypto.createHash('sha256').update(DRAF).digest('hex') })
		const teks = JSON.stringify(data)
		for (const pribadi of [permohonan.pemohonNama, permohonan.pemohonNik!, permohonan.pemohonTelepon!, permohonan.nomorTiket]) expect(teks).not.toContain(pribadi)
	})

	it('says whether an uploaded file is the issued one', async () => {
		const { dokumen } = await dokumenTerbit()
		expect(payload<Cocok>(await unggah(dokumen.kodeVerifikasi, DRAF))).toMatchObject({ ok: true, cocok: true })
		const lain = new TextEncoder().encode('%PDF-1.4\n% dokumen lain\n%%EOF\n')
		expect(payload<Cocok>(await unggah(dokumen.kodeVerifikasi, lain))).toMatchObject({ ok: true, cocok: false })
		const kosong = await settle(() => action(args(makeRequest(`/verifikasi/${dokumen.kodeVerifikasi}`, { form: { intent: 'cocokkan' } }), dokumen.kodeVerifikasi)))
		expect(statusOf(kosong)).toBe(400)
	})

	it('answers an unknown or unsigned code with 404', async () => {
		const tidakAda = await settle(() => loader(args(makeRequest('/verifikasi/ABCDEFGHJKMN'), 'ABCDEFGHJKMN')))
		expect(statusOf(tidakAda)).toBe(404)
		expect(((await (tidakAda as Response).json()) as { message: string }).message).toContain('Kode verifikasi tidak dikenal')
		expect(statusOf(await unggah('ABCDEFGHJKMN', DRAF))).toBe(404)
		// a draft not yet signed has a code, but it is printed nowhere and not public
		const { permohonanId } = await sampaiTte()
		const draf = (await DokumenElektronik.findOne({ where: { permohonanId } }))!
		expect(statusOf(await settle(() => loader(args(makeRequest(`/verifikasi/${draf.kodeVerifikasi}`), draf.kodeVerifikasi))))).toBe(404)
	})
})
