import { describe, expect, it } from 'vitest'
import { buatPublikasiAgregat, terbitkanKoreksi } from '#test/agregat'
import { loginAs, makeRequest, settle } from '#test/utils'
import { TABEL_AGREGAT } from '~/modules/kependudukan/kode'
import { loader } from './agregat.$semester'

/**
 * `GET /api/v1/agregat/{semester}`: the contract's shape (docs/dkb.md "API") from real rows, the
 * 404s (semester, area, nothing published, a draft without the right), the draft for staff who
 * may read it, and older versions by number. Each test uses its own semesters.
 */
type Baris = { kategori: string; l: number; p: number; jumlah: number }
type Jawaban = {
	semester: string
	tanggalAcuan: string
	status: string
	wilayah: { kode: string; nama: string; tingkat: string }
	tabel: Record<string, Baris[]>
	subwilayah: { kode: string; nama: string; l: number; p: number; jumlah: number; kk: number }[]
}

async function get(semester: string, query = '', cookie?: string) {
	const result = await settle(() => loader({ request: makeRequest(`/api/v1/agregat/${semester}${query}`, { cookie }), params: { semester }, context: {} }))
	if (!(result instanceof Response)) throw new Error('loader harus menjawab Response')
	return result
}

async function body<T = Jawaban>(response: Response) {
	return (await response.json()) as T
}

describe('GET /api/v1/agregat/:semester', () => {
	it('answers the kabupaten with every table, every row in order, zeros and the kecamatan', async () => {
		await buatPublikasiAgregat({ semester: '2026-1' })
		const response = await get('2026-1')
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=300')
		const data = await body(response)
		expect(Object.keys(data)).toEqual(['semester', 'tanggalAcuan', 'status', 'wilayah', 'tabel', 'subwilayah'])
		expect(data).toMatchObject({ semester: '2026-1', tanggalAcuan: '2026-06-30', status: 'terbit', wilayah: { kode: '33.05', nama: 'Kabupaten Kebumen', tingkat: 'kabupaten' } })
		expect(Object.keys(data.wilayah)).toEqual(['kode', 'nama', 'tingkat'])

		expect(Object.keys(data.tabel)).toEqual(TABEL_AGREGAT.map((t) => t.kunci))
		for (const t of TABEL_AGREGAT) {
			expect(data.tabel[t.kunci]!.map((b) => b.kategori), t.kunci).toEqual([...t.kategori])
			for (const b of data.tabel[t.kunci]!) expect(Object.keys(b)).toEqual(['kategori', 'l', 'p', 'jumlah'])
		}
		expect(data.tabel.pekerjaan).toHaveLength(89)
		// Argopeni (×1) and Karangduwur (×2): three times the base figures
		expect(data.tabel.ringkasan![0]).toEqual({ kategori: 'Penduduk', l: 300, p: 270, jumlah: 570 })
		expect(data.tabel.ringkasan![1]).toEqual({ kategori: 'Kartu Keluarga', l: 90, p: 15, jumlah: 108 })
		expect(data.tabel['kelompok-umur']![15]).toEqual({ kategori: '75+', l: 150, p: 135, jumlah: 285 })
		expect(data.tabel.agama![1]).toEqual({ kategori: 'Kristen', l: 0, p: 0, jumlah: 0 })
		expect(data.tabel['akta-perceraian']).toEqual([
			{ kategori: 'Cerai Hidup Memiliki Akta', l: 0, p: 0, jumlah: 0 },
			{ kategori: 'Cerai Hidup Belum Memiliki Akta', l: 0, p: 0, jumlah: 0 },
		])

		expect(data.subwilayah).toHaveLength(26)
		for (const s of data.subwilayah) expect(Object.keys(s)).toEqual(['kode', 'nama', 'l', 'p', 'jumlah', 'kk'])
		expect(data.subwilayah[0]).toEqual({ kode: '33.05.01', nama: 'Ayah', l: 300, p: 270, jumlah: 570, kk: 108 })
		expect(data.subwilayah[1]).toMatchObject({ kode: '33.05.02', l: 0, p: 0, jumlah: 0, kk: 0 })
	})

	it('answers a kecamatan with its desa, and a desa without areas below', async () => {
		await buatPublikasiAgregat({ semester: '2025-1' })
		const kec = await body(await get('2025-1', '?wilayah=33.05.01'))
		expect(kec.wilayah).toEqual({ kode: '33.05.01', nama: 'Ayah', tingkat: 'kecamatan' })
		expect(kec.subwilayah.slice(0, 3)).toEqual([
			{ kode: '33.05.01.2001', nama: 'Argopeni', l: 100, p: 90, jumlah: 190, kk: 36 },
			{ kode: '33.05.01.2002', nama: 'Karangduwur', l: 200, p: 180, jumlah: 380, kk: 72 },
			expect.objectContaining({ kode: '33.05.01.2003', jumlah: 0, kk: 0 }),
		])
		const desa = await body(await get('2025-1', '?wilayah=33.05.01.2002'))
		expect(desa.wilayah).toEqual({ kode: '33.05.01.2002', nama: 'Karangduwur', tingkat: 'desa' })
		expect(desa.tabel['ktp-el']!.map((b) => b.jumlah)).toEqual([260, 220, 40, 0])
		expect(desa.subwilayah).toEqual([])
	})

	it('answers 404 with a message for an unknown semester, an unknown area and an area outside the office', async () => {
		await buatPublikasiAgregat({ semester: '2024-2' })
		const kasus = [
			['2026-3', ''],
			['semester', ''],
			['2019-1', ''],
			['2024-2', '?wilayah=33.05.99'],
			['2024-2', '?wilayah=33.05.01.9999'],
			['2024-2', '?wilayah=35.75'],
			['2024-2', '?wilayah=33'],
			['2024-2', '?wilayah=3305'],
			['2024-2', '?versi=7'],
			['2024-2', '?versi=dua'],
		] as const
		for (const [semester, query] of kasus) {
			const response = await get(semester, query)
			expect(response.status, `${semester}${query}`).toBe(404)
			expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
			const isi = await body<{ pesan: string }>(response)
			expect(Object.keys(isi)).toEqual(['pesan'])
			expect(isi.pesan).toMatch(/tidak dikenal|belum diterbitkan|di luar wilayah/)
		}
		expect((await body<{ pesan: string }>(await get('2019-1'))).pesan).toBe('Agregat kependudukan Semester I 2019 belum diterbitkan.')
	})

	it('shows a draft only to signed-in staff with read:agregat:any, never cached', async () => {
		// only a draft exists: the public sees nothing
		await buatPublikasiAgregat({ semester: '2027-1', status: 'draft', faktor: 3 })
		const tanpaSesi = await get('2027-1', '?draft=1')
		expect(tanpaSesi.status).toBe(404)
		const pesanTanpaSesi = await body<{ pesan: string }>(tanpaSesi)
		expect(pesanTanpaSesi).toEqual(await body<{ pesan: string }>(await get('2027-1')))

		const loket = await loginAs('loket')
		const tanpaIzin = await get('2027-1', '?draft=1', loket.cookie)
		expect(tanpaIzin.status).toBe(404)
		expect(await body(tanpaIzin)).toEqual(pesanTanpaSesi)

		const piak = await loginAs('piak')
		const draft = await get('2027-1', '?draft=1', piak.cookie)
		expect(draft.status).toBe(200)
		expect(draft.headers.get('Cache-Control')).toBe('private, no-store')
		const data = await body(draft)
		expect(data.status).toBe('draft')
		expect(data.tabel.ringkasan![0]).toEqual({ kategori: 'Penduduk', l: 900, p: 810, jumlah: 1710 })
		// without draft=1 the same staff user reads only what was published
		expect((await get('2027-1', '', piak.cookie)).status).toBe(404)
	})

	it('reads the newest published version, an older one by number, and the draft of a correction', async () => {
		await buatPublikasiAgregat({ semester: '2023-2', faktor: 1 })
		await terbitkanKoreksi('2023-2', 2, 2, 'Perbaikan kode desa')
		await buatPublikasiAgregat({ semester: '2023-2', versi: 3, status: 'menunggu-persetujuan', faktor: 4 })

		const terbaru = await body(await get('2023-2'))
		expect(terbaru.status).toBe('terbit')
		expect(terbaru.tabel.ringkasan![0]!.jumlah).toBe(570 * 2)

		const lama = await body(await get('2023-2', '?versi=1'))
		// a replaced version was published: it reads as terbit
		expect(lama.status).toBe('terbit')
		expect(lama.tabel.ringkasan![0]!.jumlah).toBe(570)

		// the version waiting for approval is not public, by number either
		expect((await get('2023-2', '?versi=3')).status).toBe(404)
		const piak = await loginAs('piak')
		const draft = await body(await get('2023-2', '?draft=1', piak.cookie))
		expect(draft.status).toBe('menunggu-persetujuan')
		expect(draft.tabel.ringkasan![0]!.jumlah).toBe(570 * 4)
	})
})
