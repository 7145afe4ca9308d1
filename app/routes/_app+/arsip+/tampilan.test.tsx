import { createRemixStub } from '@remix-run/testing'
import type { ComponentType } from 'react'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { getUserById } from '#test/alur'
import { buatSuratMasukUji } from '#test/persuratan'
import { loginAs, makeRequest, payload, settle } from '#test/utils'
import { mulaiPengarsipanSurat } from '~/modules/arsip/pengarsipan.server'
import { buatUsulan } from '~/modules/arsip/penyusutan.server'
import { getDb } from '~/utils/db.server'
import RincianBerkas, { loader as rincianBerkas } from './$id'
import TambahBerkas, { loader as baruBerkas } from './baru'
import DaftarBerkas, { loader as daftarBerkas } from './index'
import RincianKlasifikasi, { loader as rincianKlasifikasi } from './klasifikasi+/$kode'
import DaftarKlasifikasi, { loader as daftarKlasifikasi } from './klasifikasi+/index'
import RincianPeminjaman, { loader as rincianPinjam } from './peminjaman+/$id'
import CatatPeminjaman, { loader as baruPinjam } from './peminjaman+/baru'
import DaftarPeminjaman, { loader as daftarPinjam } from './peminjaman+/index'
import HalamanPengarsipan, { loader as rincianPengarsipan } from './pengarsipan+/$id'
import DaftarPengarsipan, { loader as daftarPengarsipan } from './pengarsipan+/index'
import RincianUsulan, { loader as rincianUsulan } from './penyusutan+/$id'
import Penyusutan, { loader as penyusutan } from './penyusutan+/index'

/** The archive's pages as they render on the server, from what their real loaders return. */
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

function render(Component: ComponentType, pola: string, path: string, loaderData: unknown) {
	const Stub = createRemixStub([{ id: 'halaman', path: pola, Component }])
	return renderToString(<Stub initialEntries={[path]} hydrationData={{ loaderData: { halaman: loaderData } }} />)
}

async function muat<T>(cookie: string, loader: (a: ReturnType<typeof args>) => Promise<T>, path: string, params: Record<string, string> = {}) {
	return payload<T>(await settle(() => loader(args(makeRequest(path, { cookie }), params))))
}

describe('archive pages', () => {
	const asli = console.error
	beforeAll(() => {
		vi.spyOn(console, 'error').mockImplementation((...pesan: unknown[]) => {
			if (!String(pesan[0]).includes('useLayoutEffect does nothing on the server')) asli(...pesan)
		})
	})
	afterAll(() => vi.restoreAllMocks())

	it('render the berkas list, a berkas with its items and the new berkas form', async () => {
		const { cookie } = await loginAs('tu')
		const daftar = render(DaftarBerkas, '/arsip', '/arsip', await muat(cookie, daftarBerkas, '/arsip'))
		expect(daftar).toContain('Berkas arsip')
		expect(daftar).toContain('BRK/')
		const rincian = render(RincianBerkas, '/arsip/:id', '/arsip/4?cari=', await muat(cookie, rincianBerkas, '/arsip/4?cari=', { id: '4' }))
		expect(rincian).toContain('Surat perintah tugas rapat koordinasi')
		expect(rincian).toContain('Daftar isi berkas (PDF)')
		expect(rincian).toContain('Berkaskan surat')
		const baru = render(TambahBerkas, '/arsip/baru', '/arsip/baru', await muat(cookie, baruBerkas, '/arsip/baru?klasifikasi=400.12.2'))
		expect(baru).toContain('value="400.12.2"')
	})

	it('render the classification tree and a code with its retention form', async () => {
		const { cookie } = await loginAs('tu')
		expect(render(DaftarKlasifikasi, '/arsip/klasifikasi', '/arsip/klasifikasi?induk=400.12', await muat(cookie, daftarKlasifikasi, '/arsip/klasifikasi?induk=400.12'))).toContain('2 th aktif + 3 th inaktif, musnah')
		const kode = render(RincianKlasifikasi, '/arsip/klasifikasi/:kode', '/arsip/klasifikasi/400.12.2', await muat(cookie, rincianKlasifikasi, '/arsip/klasifikasi/400.12.2', { kode: '400.12.2' }))
		expect(kode).toContain('Atur retensi')
		expect(kode).toContain('Terapkan juga ke semua sub kode')
	})

	it('render the due lists and an usulan with its action bar', async () => {
		const { cookie } = await loginAs('tu')
		const musnah = render(Penyusutan, '/arsip/penyusutan', '/arsip/penyusutan?jenis=musnah', await muat(cookie, penyusutan, '/arsip/penyusutan?jenis=musnah'))
		expect(musnah).toContain('Kepala ANRI')
		expect(musnah).toContain('Buat usul musnah dari berkas terpilih')
		const tu = await getUserById('tu')
		const hasil = await buatUsulan({ jenis: 'pindah', berkasIds: [4], catatan: null, pelaku: tu })
		if (!hasil.ok) throw new Error('usulan')
		const id = String(hasil.id)
		const usulan = render(RincianUsulan, '/arsip/penyusutan/:id', `/arsip/penyusutan/${id}`, await muat(cookie, rincianUsulan, `/arsip/penyusutan/${id}`, { id }))
		expect(usulan).toContain('Daftar arsip usul pindah (PDF)')
		expect(usulan).toContain('Ambil')
	})

	it('render the loans with the overdue one marked, a loan and the loan form', async () => {
		const { cookie } = await loginAs('tu')
		const daftar = render(DaftarPeminjaman, '/arsip/peminjaman', '/arsip/peminjaman', await muat(cookie, daftarPinjam, '/arsip/peminjaman'))
		expect(daftar).toContain('data-terlambat="ya"')
		expect(daftar).toContain('Terlambat <!-- -->4<!-- --> hari')
		expect(render(RincianPeminjaman, '/arsip/peminjaman/:id', '/arsip/peminjaman/2', await muat(cookie, rincianPinjam, '/arsip/peminjaman/2', { id: '2' }))).toContain('Catat pengembalian')
		expect(render(CatatPeminjaman, '/arsip/peminjaman/baru', '/arsip/peminjaman/baru', await muat(cookie, baruPinjam, '/arsip/peminjaman/baru?berkas=9'))).toContain('Peminjaman ruang rapat')
	})

	it('render the letters waiting to be filed and the filing page', async () => {
		const { cookie } = await loginAs('tu')
		const tu = await getUserById('tu')
		const surat = await buatSuratMasukUji({ dicatatOlehId: tu.id, nomorAgenda: 8123, asal: 'Kecamatan Gombong', perihal: 'Laporan data kelahiran' })
		const instans = (await getDb().transaction((t) => mulaiPengarsipanSurat(surat.id, t)))!
		expect(render(DaftarPengarsipan, '/arsip/pengarsipan', '/arsip/pengarsipan', await muat(cookie, daftarPengarsipan, '/arsip/pengarsipan'))).toContain('agenda 8123/2026')
		const id = String(instans.id)
		const halaman = render(HalamanPengarsipan, '/arsip/pengarsipan/:id', `/arsip/pengarsipan/${id}`, await muat(cookie, rincianPengarsipan, `/arsip/pengarsipan/${id}`, { id }))
		expect(halaman).toContain('Berkaskan dan selesaikan')
		expect(halaman).toContain('Peminjaman ruang rapat dan kendaraan dinas')
	})
})
