import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BerkasPermohonan, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { makeRequest, payload, statusOf, withRequestContext } from '#test/utils'
import { ajukanPermohonan } from '~/modules/layanan/permohonan.server'
import { ambilTugas, jalankanAksi } from '~/workflow/mesin.server'
import { action as lacak, headers } from './lacak'

/**
 * Tracking by ticket and code: the status and its history for the holder of the code, one answer
 * for an unknown ticket and a wrong code, a throttle on guessing, and the upload that completes a
 * returned request. Each test comes from its own address, so the per-address limit of one test
 * does not spill into the next.
 */
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')

const alamatBaru = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(1, 255)}`

async function panggil(request: Request, ip: string) {
	try {
		return await withRequestContext(() => lacak({ request, params: {}, context: {} }), { ip })
	} catch (thrown) {
		if (thrown instanceof Response) return thrown
		throw thrown
	}
}

const cari = (nomorTiket: string, kode: string, ip: string) => panggil(makeRequest('/lacak', { form: { intent: 'lacak', nomorTiket, kode } }), ip)

function unggah(nomorTiket: string, kode: string, ip: string, bytes = PDF) {
	const form = new FormData()
	form.append('intent', 'unggah')
	form.append('nomorTiket', nomorTiket)
	form.append('kode', kode)
	form.append('berkas', new File([bytes], 'akta-kelahiran.pdf', { type: 'application/pdf' }))
	return panggil(makeRequest('/lacak', { body: form }), ip)
}

async function permohonanBaru() {
	const hasil = await withRequestContext(() =>
		ajukanPermohonan({
			jenisKode: 'KIA',
			kanal: 'web',
			pemohon: { pemohonNama: 'Siti Aminah', pemohonNik: '3305015107900001', pengiriman: 'ambil' },
			isian: {
				alasan: 'Penerbitan baru',
				nikAnak: '3305011207150002',
				namaAnak: 'Bima Saputra',
				tanggalLahir: '2015-07-12',
				nomorAktaKelahiran: '3305-LT-12072015-0001',
				nomorKk: '3305011207150003',
				namaOrangTua: 'Siti Aminah',
			},
			berkas: [{ nama: 'kk.pdf', bytes: PDF, persyaratanId: null }],
			pelaku: null,
		}),
	)
	if (!hasil.ok) throw new Error(JSON.stringify(hasil.errors))
	return hasil
}

/** A wrong code of the right shape: the real one with its last letter changed. */
const kodeSalah = (kode: string) => `${kode.slice(0, 5)}${kode.endsWith('A') ? 'B' : 'A'}`

type Ditemukan = {
	ok: true
	nomorTiket: string
	kode: string
	pesan: string | null
	errors: Record<string, string[]> | null
	lacak: { status: string; statusLabel: string; langkahSekarang: string | null; kekurangan: string | null; bolehUnggah: boolean; riwayat: { waktu: string; label: string; langkah: string | null }[] }
}
type Gagal = { ok: false; errors: Record<string, string[]> }

describe('/lacak', () => {
	it('shows the status and history to the holder of the code, without personal data', async () => {
		const { nomorTiket, kodeLacak } = await permohonanBaru()
		// typed in lower case, with the ticket in lower case too
		const result = await cari(nomorTiket.toLowerCase(), kodeLacak.toLowerCase(), alamatBaru())
		expect(statusOf(result)).toBe(200)
		const data = payload<Ditemukan>(result)
		expect(data.ok).toBe(true)
		expect(data.nomorTiket).toBe(nomorTiket)
		expect(data.lacak).toMatchObject({ status: 'diproses', statusLabel: 'Sedang diproses', kekurangan: null, bolehUnggah: false })
		expect(data.lacak.langkahSekarang).toMatch(/kelengkapan/i)
		expect(data.lacak.riwayat.length).toBeGreaterThan(0)
		expect(new Date(data.lacak.riwayat[0]!.waktu).toISOString()).toBe(data.lacak.riwayat[0]!.waktu)
		expect(JSON.stringify(data.lacak)).not.toMatch(/Siti Aminah|3305015107900001|pengiriman/)
		expect(new Headers(headers({} as never) as HeadersInit).get('Cache-Control')).toBe('no-store')
	})

	it('lets the holder of the code download their own berkas as an attachment, and no other', async () => {
		const { nomorTiket, kodeLacak, permohonanId } = await permohonanBaru()
		const ip = alamatBaru()
		const data = payload<Ditemukan & { lacak: { berkas: { id: number; nama: string }[] } }>(await cari(nomorTiket, kodeLacak, ip))
		expect(data.lacak.berkas.map((b) => b.nama)).toEqual(['kk.pdf'])
		const unduh = (berkasId: number, kode = kodeLacak) => panggil(makeRequest('/lacak', { form: { intent: 'unduh', nomorTiket, kode, berkasId: String(berkasId) } }), ip)
		const response = (await unduh(data.lacak.berkas[0]!.id)) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="kk\.pdf"/)
		expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
		expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-/)
		// another request's berkas by its id, or a wrong code: nothing
		const lain = await permohonanBaru()
		const berkasLain = (await BerkasPermohonan.findOne({ where: { permohonanId: lain.permohonanId } }))!
		expect(statusOf(await unduh(berkasLain.id))).toBe(404)
		expect(statusOf(await unduh(data.lacak.berkas[0]!.id, kodeSalah(kodeLacak)))).toBe(404)
		expect(permohonanId).toBeGreaterThan(0)
	})

	it('gives one message for a wrong code and for an unknown ticket', async () => {
		const { nomorTiket, kodeLacak } = await permohonanBaru()
		const ip = alamatBaru()
		const salah = await cari(nomorTiket, kodeSalah(kodeLacak), ip)
		const takAda = await cari('KIA-19990101-9999', kodeLacak, ip)
		expect(statusOf(salah)).toBe(404)
		expect(statusOf(takAda)).toBe(404)
		expect(payload<Gagal>(salah).errors._form).toEqual(['Nomor tiket atau kode lacak tidak cocok. Periksa kembali keduanya.'])
		expect(payload<Gagal>(takAda).errors).toEqual(payload<Gagal>(salah).errors)
	})

	it('asks for both fields', async () => {
		const result = await cari('', '', alamatBaru())
		expect(statusOf(result)).toBe(400)
		expect(Object.keys(payload<Gagal>(result).errors).sort()).toEqual(['kode', 'nomorTiket'])
	})

	it('refuses with 429 after 5 wrong codes on one ticket, even with the right code, from any address', async () => {
		const { nomorTiket, kodeLacak } = await permohonanBaru()
		for (let i = 0; i < 5; i++) expect(statusOf(await cari(nomorTiket, kodeSalah(kodeLacak), alamatBaru()))).toBe(404)
		const result = await cari(nomorTiket, kodeLacak, alamatBaru())
		expect(statusOf(result)).toBe(429)
		expect(payload<Gagal>(result).errors._form).toEqual(['Terlalu banyak percobaan. Coba lagi dalam 15 menit.'])
	})

	it('lets the pemohon complete a returned request, which then resumes', async () => {
		const { nomorTiket, kodeLacak, instansId, permohonanId } = await permohonanBaru()
		const loket = await getUserById('loket')
		const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } })
		expect(tugas?.langkahKode).toBe('verifikasi-kelengkapan')
		await withRequestContext(async () => {
			await ambilTugas({ tugasId: tugas!.id, pelaku: loket })
			await jalankanAksi({ tugasId: tugas!.id, aksiKode: 'kembalikan', alasan: 'Kutipan akta kelahiran anak belum diunggah.', pelaku: loket })
		})
		const ip = alamatBaru()

		const kembali = payload<Ditemukan>(await cari(nomorTiket, kodeLacak, ip))
		expect(kembali.lacak).toMatchObject({
			status: 'menunggu-pemohon',
			kekurangan: 'Kutipan akta kelahiran anak belum diunggah.',
			bolehUnggah: true,
		})
		expect(kembali.kode).toBe(kodeLacak)

		// an upload with a wrong code is refused like a lookup, and stores nothing
		const sebelum = await BerkasPermohonan.count({ where: { permohonanId } })
		expect(statusOf(await unggah(nomorTiket, kodeSalah(kodeLacak), ip))).toBe(404)
		const html = await unggah(nomorTiket, kodeLacak, ip, new TextEncoder().encode('<html></html>'))
		expect(statusOf(html)).toBe(400)
		expect(payload<Ditemukan>(html).errors?.berkas?.[0]).toMatch(/bukan PDF, JPEG atau PNG/)
		expect(await BerkasPermohonan.count({ where: { permohonanId } })).toBe(sebelum)

		const result = await unggah(nomorTiket, kodeLacak, ip)
		expect(statusOf(result)).toBe(200)
		const data = payload<Ditemukan>(result)
		expect(data.pesan).toMatch(/Berkas terkirim/)
		expect(data.lacak).toMatchObject({ status: 'diproses', bolehUnggah: false, kekurangan: null })
		expect(await BerkasPermohonan.count({ where: { permohonanId, sumber: 'pemohon' } })).toBe(sebelum + 1)

		// once resumed, nothing more is taken through tracking
		const lagi = await unggah(nomorTiket, kodeLacak, ip)
		expect(statusOf(lagi)).toBe(409)
		expect(await BerkasPermohonan.count({ where: { permohonanId } })).toBe(sebelum + 1)
	})
})
