import { describe, expect, it } from 'vitest'
import { InstansAlur } from '#models/index'
import { kerjakanLangkah, NIK_CONTOH } from '#test/layanan'
import { withRequestContext } from '#test/utils'
import { ajukanPermohonan } from './permohonan.server'

/**
 * The four WhatsApp-ticket SOPs of the source, each opened as a WhatsApp request and taken to its
 * end by the desk along the source's own steps, with the delivery the applicant chose.
 */
const KASUS = [
	{ jenis: 'KK-BARU', sop: 'SOP-WA-KK', email: false, jalur: ['verifikasi-permohonan', 'entri-data', 'verifikasi-data', 'tte', 'cetak', 'serahkan', 'kirim-wa'] },
	{ jenis: 'KK-BARU', sop: 'SOP-WA-KK', email: true, jalur: ['verifikasi-permohonan', 'entri-data', 'verifikasi-data', 'tte', 'cetak', 'serahkan', 'kirim-email'] },
	{ jenis: 'KIA', sop: 'SOP-WA-KIA', email: false, jalur: ['verifikasi-permohonan', 'entri-data', 'verifikasi-data', 'tte', 'cetak', 'catat-register', 'terima-kia'] },
	{ jenis: 'SKPWNI', sop: 'SOP-WA-PINDAH', email: false, jalur: ['verifikasi-permohonan', 'entri-data', 'verifikasi-data', 'tte', 'kirim-wa'] },
	{ jenis: 'SKPWNI', sop: 'SOP-WA-PINDAH', email: true, jalur: ['verifikasi-permohonan', 'entri-data', 'verifikasi-data', 'tte', 'kirim-email'] },
	{ jenis: 'KTP-BARU', sop: 'SOP-WA-KTPEL', email: false, jalur: ['verifikasi-permohonan', 'entri-cetak', 'catat-register', 'terima-ktpel'] },
] as const

describe('the WhatsApp-ticket SOPs', () => {
	it.each(KASUS.map((k) => [k.sop, k.email ? 'e-mail' : 'WhatsApp', k] as const))('%s with delivery by %s runs the source steps to the end', async (_sop, _kanal, kasus) => {
		const hasil = await withRequestContext(() =>
			ajukanPermohonan({
				jenisKode: kasus.jenis,
				kanal: 'wa',
				pemohon: { pemohonNama: 'Warga WhatsApp', pemohonNik: NIK_CONTOH, pemohonTelepon: '6281299990002', pemohonEmail: kasus.email ? 'warga@contoh.id' : '', pengiriman: kasus.email ? 'email' : 'wa' },
				isian: {},
				berkas: [],
				pelaku: null,
			}),
		)
		expect(hasil.ok, JSON.stringify(!hasil.ok && hasil.errors)).toBe(true)
		if (!hasil.ok) return
		expect((await InstansAlur.findByPk(hasil.instansId))!.definisiKode).toBe(kasus.sop)
		const jalur: string[] = []
		for (let i = 0; i < 15; i++) {
			const instans = (await InstansAlur.findByPk(hasil.instansId))!
			if (instans.status !== 'berjalan') break
			jalur.push((await kerjakanLangkah(instans.id)).langkah)
		}
		expect(jalur).toEqual(kasus.jalur)
		expect((await InstansAlur.findByPk(hasil.instansId))!.status).toBe('selesai')
	})
})
