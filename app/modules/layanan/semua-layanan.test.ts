import { describe, expect, it } from 'vitest'
import { InstansAlur, TugasAlur } from '#models/index'
import { contohIsian, kerjakanLangkah, NIK_CONTOH, PDF_KECIL, semuaPetugas } from '#test/layanan'
import { withRequestContext } from '#test/utils'
import { JENIS_LAYANAN_AWAL } from '../../../seeders/data/layanan-katalog'
import { hakAtasTugas } from '~/workflow/pelaksana.server'
import { getJenisLayananByKode } from './katalog.server'
import { ajukanPermohonan } from './permohonan.server'
import { SKEMA_ISIAN } from './skema-isian'

/**
 * Every service of the catalogue, applied for on the web and taken to its end by the desk: at each
 * step the task goes to exactly the roles or jabatan its SOP names, and someone holding one of
 * them moves it on.
 */
describe('setiap layanan', () => {
	it.each(JENIS_LAYANAN_AWAL.map((j) => [j.kode]))('%s: diajukan lalu diselesaikan oleh petugas yang berhak', async (kode) => {
		const jenis = (await getJenisLayananByKode(kode))!
		const hasil = await withRequestContext(() =>
			ajukanPermohonan({
				jenisKode: kode,
				kanal: jenis.daring ? 'web' : 'loket',
				pemohon: { pemohonNama: 'Warga Uji', pemohonNik: NIK_CONTOH, pemohonTelepon: '081234567890', pengiriman: 'ambil' },
				isian: contohIsian(SKEMA_ISIAN[jenis.skema]!),
				berkas: [{ nama: 'syarat.pdf', bytes: PDF_KECIL, persyaratanId: null }],
				ceklis: jenis.persyaratan.map((p) => p.id),
				pelaku: null,
			}),
		)
		expect(hasil.ok, JSON.stringify(!hasil.ok && hasil.errors)).toBe(true)
		if (!hasil.ok) return
		const petugas = await semuaPetugas()
		const langkah: string[] = []
		for (let i = 0; i < 20; i++) {
			const instans = (await InstansAlur.findByPk(hasil.instansId))!
			if (instans.status !== 'berjalan') break
			const tugas = (await TugasAlur.findOne({ where: { instansId: instans.id, status: 'terbuka' } }))!
			// only some of the desk may take it: never everyone
			const boleh = petugas.filter((p) => hakAtasTugas(p, tugas).boleh)
			expect(boleh.length, tugas.langkahKode).toBeGreaterThan(0)
			expect(boleh.length, tugas.langkahKode).toBeLessThan(petugas.length)
			langkah.push((await kerjakanLangkah(instans.id)).langkah)
		}
		expect((await InstansAlur.findByPk(hasil.instansId))!.status, langkah.join(' → ')).toBe('selesai')
	})
})
