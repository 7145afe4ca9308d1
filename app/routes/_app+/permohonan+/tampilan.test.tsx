import { createRemixStub } from '@remix-run/testing'
import type { ComponentType } from 'react'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contohIsian, NIK_CONTOH, PDF_KECIL } from '#test/layanan'
import { loginAs, makeRequest, payload, settle } from '#test/utils'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import HalamanPermohonan, { action as detailAction, loader as detailLoader } from './$id'
import DaftarkanPermohonan, { action as baruAction, loader as baruLoader } from './baru'
import DaftarPermohonan, { loader as daftarLoader } from './index'

/**
 * The pages as they render on the server, from what their real loaders and actions return: the
 * masked list, the request page with the checklist panel and the prefilled return reason, the
 * loket form and its receipt.
 */
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

function render(Component: ComponentType, path: string, loaderData: unknown, actionData?: unknown) {
	const Stub = createRemixStub([{ id: 'halaman', path: path.split('?')[0]!.replace(/\/\d+$/, '/:id'), Component }])
	return renderToString(<Stub initialEntries={[path]} hydrationData={{ loaderData: { halaman: loaderData }, ...(actionData ? { actionData: { halaman: actionData } } : {}) }} />)
}

async function daftarkanTanpaCeklis() {
	const { cookie } = await loginAs('loket')
	const body = new FormData()
	body.set('jenisKode', 'KK-BARU')
	body.set('pemohonNama', 'Ahmad Fauzi')
	body.set('pemohonNik', NIK_CONTOH)
	for (const [k, v] of Object.entries(contohIsian(SKEMA_ISIAN.kk!))) body.set(`isian.${k}`, v)
	body.append('berkas', new File([new Uint8Array(PDF_KECIL)], 'ktp.pdf', { type: 'application/pdf' }))
	const hasil = payload<{ ok: true; tanda: { permohonanId: number; nomorTiket: string; kodeLacak: string } }>(
		await settle(() => baruAction(args(makeRequest('/permohonan/baru?layanan=KK-BARU', { cookie, body })))),
	)
	return { cookie, hasil }
}

describe('permohonan pages', () => {
	// the router's layout effects warn under renderToString; nothing else from React is silenced
	const asli = console.error
	beforeAll(() => {
		vi.spyOn(console, 'error').mockImplementation((...pesan: unknown[]) => {
			if (!String(pesan[0]).includes('useLayoutEffect does nothing on the server')) asli(...pesan)
		})
	})
	afterAll(() => vi.restoreAllMocks())

	it('render the list with masked NIK only', async () => {
		await daftarkanTanpaCeklis()
		const { cookie } = await loginAs('loket')
		const data = payload(await settle(() => daftarLoader(args(makeRequest('/permohonan', { cookie })))))
		const html = render(DaftarPermohonan, '/permohonan', data)
		expect(html).toContain('Cari berdasarkan NIK')
		expect(html).toContain('3305••••••••0001')
		expect(html).not.toContain(NIK_CONTOH)
	})

	it('render the loket form and, after registering, the printable receipt with the code', async () => {
		const { cookie, hasil } = await daftarkanTanpaCeklis()
		const form = payload(await settle(() => baruLoader(args(makeRequest('/permohonan/baru?layanan=KK-BARU', { cookie })))))
		const html = render(DaftarkanPermohonan, '/permohonan/baru?layanan=KK-BARU', form)
		expect(html).toContain('name="ceklis[]"')
		expect(html).toMatch(/name="berkas_\d+"/)
		expect(html).toContain('name="isian.namaKepalaKeluarga"')
		const tanda = render(DaftarkanPermohonan, '/permohonan/baru?layanan=KK-BARU', form, hasil)
		expect(tanda).toContain('Tanda terima permohonan')
		expect(tanda).toContain(hasil.tanda.kodeLacak)
		expect(tanda).toContain(hasil.tanda.nomorTiket)
		expect(tanda).toContain('Cetak tanda terima permohonan')
	})

	it('render the request page with the checklist panel and the return reason filled in', async () => {
		const { cookie, hasil } = await daftarkanTanpaCeklis()
		const id = String(hasil.tanda.permohonanId)
		const muat = async () => payload<Awaited<ReturnType<typeof detailLoader>>>(await settle(() => detailLoader(args(makeRequest(`/permohonan/${id}`, { cookie }), { id }))))
		const tugasId = (await muat()).halaman!.actionBar.dapatDiambil!.tugasId
		await settle(() => detailAction(args(makeRequest(`/permohonan/${id}`, { cookie, form: { intent: 'ambil', tugasId: String(tugasId) } }), { id })))
		const data = await muat()
		const html = render(HalamanPermohonan, `/permohonan/${id}`, data)
		expect(html).toContain(NIK_CONTOH)
		expect(html).toContain('Simpan ceklis')
		expect(html).toContain('Berkas belum lengkap: ')
		expect(html).toContain(`/permohonan/${id}/berkas/`)
		expect(html).toContain('Riwayat')
	})
})
