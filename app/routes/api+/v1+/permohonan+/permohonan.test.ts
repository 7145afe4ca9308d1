import { describe, expect, it } from 'vitest'
import { makeRequest, withRequestContext } from '#test/utils'
import { ajukanPermohonan } from '~/modules/layanan/permohonan.server'
import { loader } from './$nomor'

/** The tracking API: the same answer as /lacak, as JSON; 404 for a wrong code or ticket; 429 when guessing. */
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')

async function permohonanBaru() {
	const hasil = await withRequestContext(() =>
		ajukanPermohonan({
			jenisKode: 'AKTA-LAHIR',
			kanal: 'web',
			pemohon: { pemohonNama: 'Siti Aminah', pemohonNik: '3305015107900001', pengiriman: 'ambil' },
			isian: {
				namaAnak: 'Ayu Lestari',
				jenisKelamin: 'Perempuan',
				tempatLahir: 'Kebumen',
				tanggalLahir: '2026-03-01',
				anakKe: '1',
				penolongKelahiran: 'Bidan/perawat',
				namaIbu: 'Siti Aminah',
				nikIbu: '3305015107900001',
				nomorKk: '3305011207150003',
			},
			berkas: [{ nama: 'surat-lahir.pdf', bytes: PDF, persyaratanId: null }],
			pelaku: null,
		}),
	)
	if (!hasil.ok) throw new Error(JSON.stringify(hasil.errors))
	return hasil
}

function get(nomor: string, kode: string | null, ip: string) {
	const query = kode === null ? '' : `?kode=${encodeURIComponent(kode)}`
	return withRequestContext(() => loader({ request: makeRequest(`/api/v1/permohonan/${nomor}${query}`), params: { nomor }, context: {} }), { ip })
}

const kodeSalah = (kode: string) => `${kode.slice(0, 5)}${kode.endsWith('A') ? 'B' : 'A'}`

describe('GET /api/v1/permohonan/:nomor', () => {
	it('answers 200 with the status, fine and history for the right code', async () => {
		const { nomorTiket, kodeLacak } = await permohonanBaru()
		const response = await get(nomorTiket, kodeLacak, '10.1.0.1')
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
		expect(response.headers.get('Cache-Control')).toBe('no-store')
		const body = (await response.json()) as Record<string, unknown> & { riwayat: { waktu: string; label: string; langkah: string | null }[] }
		expect(Object.keys(body).sort()).toEqual(['denda', 'dendaLunas', 'kekurangan', 'langkahSekarang', 'layanan', 'nomorTiket', 'riwayat', 'status', 'statusLabel'].sort())
		expect(body).toMatchObject({ nomorTiket, layanan: 'Akta kelahiran', denda: 100_000, dendaLunas: false, kekurangan: null })
		expect(typeof body.statusLabel).toBe('string')
		expect(body.riwayat.length).toBeGreaterThan(0)
		expect(Object.keys(body.riwayat[0]!).sort()).toEqual(['label', 'langkah', 'waktu'])
		expect(new Date(body.riwayat[0]!.waktu).toISOString()).toBe(body.riwayat[0]!.waktu)
		expect(JSON.stringify(body)).not.toMatch(/Siti Aminah|3305015107900001/)
	})

	it('answers 404 with one message for a wrong code and an unknown ticket, 400 without a code', async () => {
		const { nomorTiket, kodeLacak } = await permohonanBaru()
		const salah = await get(nomorTiket, kodeSalah(kodeLacak), '10.1.0.2')
		const takAda = await get('AKTA-LAHIR-19990101-0001', kodeLacak, '10.1.0.2')
		expect(salah.status).toBe(404)
		expect(takAda.status).toBe(404)
		expect(await salah.json()).toEqual(await takAda.json())
		expect((await get(nomorTiket, null, '10.1.0.2')).status).toBe(400)
	})

	it('answers 429 once an address has guessed too often', async () => {
		const { nomorTiket, kodeLacak } = await permohonanBaru()
		const ip = '10.1.0.3'
		// the per-address limit (10 in 15 minutes) across many tickets
		for (let i = 0; i < 10; i++) expect((await get(`KIA-19990101-${String(i).padStart(4, '0')}`, 'ABCDEF', ip)).status).toBe(404)
		const response = await get(nomorTiket, kodeLacak, ip)
		expect(response.status).toBe(429)
		expect(await response.json()).toEqual({ message: 'Terlalu banyak percobaan. Coba lagi dalam 15 menit.' })
		expect((await get(nomorTiket, kodeLacak, '10.1.0.4')).status).toBe(200)
	})
})
