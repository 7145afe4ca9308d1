import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { NomorSuratKeluar, PenugasanPlt, SuratKeluar } from '#models/index'
import { pakaiTteMock, permintaanTte, tteGagal } from '#test/mocks/tte'
import { withRequestContext } from '#test/utils'
import { getStorage } from '~/integrations/storage/storage.server'
import { getDb } from '~/utils/db.server'
import { resetEnvCache } from '~/utils/env.server'
import { cocokkanBerkasSurat, getVerifikasiSurat, tandatanganiSuratManual, tandatanganiSuratTte, tteAktif } from './surat-keluar-tanda-tangan.server'
import { jenisNaskah, langkahSurat, nomorTerakhir, pengguna, suratSiapTandaTangan, teksPdf } from '#test/surat-keluar'
import { bacaPdfSurat } from './surat-keluar.server'

/**
 * Signing an outgoing letter through the (mocked) TTE service: the number is in the signed file,
 * the QR is the visible signature, a refusal changes nothing and gives the number back. And the
 * PDFs themselves: the preview before signing, the stored file after, the public verification.
 */
const server = pakaiTteMock()
const NIK = '3305010101700001'
const PASSPHRASE = 'Rahasia-Kadis-#2026'
const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex')

async function isiBasisData() {
	const tabel = ['surat_keluar', 'nomor_surat_keluar', 'log_audit', 'alur_riwayat', 'outbox']
	return (await Promise.all(tabel.map(async (t) => JSON.stringify((await getDb().query(`SELECT * FROM ${t}`))[0])))).join('\n')
}

describe('electronic signature', () => {
	it('signs the PDF carrying the number, with the verification QR where the PDF drew it', async () => {
		expect(tteAktif()).toBe(true)
		const awal = await nomorTerakhir('SB')
		const { id, penandatangan } = await suratSiapTandaTangan('SB')
		const hasil = await withRequestContext(() => tandatanganiSuratTte({ suratId: id, nik: NIK, passphrase: PASSPHRASE, pelaku: penandatangan }))
		expect(hasil).toEqual({ ok: true })
		const { surat, langkah } = await langkahSurat(id)
		expect(langkah).toBe('kirim')
		expect(surat).toMatchObject({ status: 'ditandatangani', caraTandaTangan: 'tte', nomorUrut: awal + 1 })

		expect(permintaanTte).toHaveLength(1)
		const [permintaan] = permintaanTte
		expect(permintaan).toMatchObject({ nik: NIK, passphrase: PASSPHRASE })
		const properti = permintaan!.signatureProperties[0]!
		expect(properti).toMatchObject({ tampilan: 'VISIBLE', page: 1, width: 80, height: 80, imageBase64: expect.stringMatching(/^iVBORw0KGgo/) })
		expect(properti.originX as number).toBeGreaterThan(300)
		expect(properti.originY as number).toBeGreaterThan(60)
		const dikirim = Buffer.from(permintaan!.file[0]!, 'base64')
		expect(teksPdf(dikirim)).toContain(surat.nomor!)
		expect(teksPdf(dikirim)).toContain('Ditandatangani secara elektronik')

		const tersimpan = (await getStorage().read(surat.kunciPdf!))!
		expect(tersimpan.toString('latin1')).toContain('%TTE-PALSU')
		expect(surat.sha256Pdf).toBe(sha256(tersimpan))
		const pesanan = (await NomorSuratKeluar.findOne({ where: { suratKeluarId: id } }))!
		expect(pesanan).toMatchObject({ status: 'terpakai', nomor: surat.nomor, nomorUrut: awal + 1 })

		expect(await getVerifikasiSurat(surat.kodeVerifikasi!)).toMatchObject({ nomor: surat.nomor, caraTandaTangan: 'tte', penandatanganNama: penandatangan.nama, perihal: surat.perihal })
		expect(await cocokkanBerkasSurat(surat.kodeVerifikasi!, tersimpan)).toMatchObject({ cocok: true })
		expect(await cocokkanBerkasSurat(surat.kodeVerifikasi!, dikirim)).toMatchObject({ cocok: false })
		expect(await isiBasisData()).not.toContain(PASSPHRASE)
	})

	it('leaves the letter unsigned on a refusal and gives the reserved number to the next signature', async () => {
		const { id, penandatangan } = await suratSiapTandaTangan('SB', 'kadis', 'tu', { klasifikasiKode: '000.1.3' })
		const awal = await nomorTerakhir('SB')
		server.use(tteGagal.passphraseSalah())
		const hasil = await withRequestContext(() => tandatanganiSuratTte({ suratId: id, nik: NIK, passphrase: 'salah', pelaku: penandatangan }))
		expect(hasil).toMatchObject({ ok: false, pesan: expect.stringContaining('Passphrase salah') })
		const { surat, langkah } = await langkahSurat(id)
		expect(langkah).toBe('tanda-tangan')
		expect(surat).toMatchObject({ status: 'tanda-tangan', nomor: null, kunciPdf: null })
		const jenis = await jenisNaskah('SB')
		const dilepas = (await NomorSuratKeluar.findOne({ where: { jenisNaskahId: jenis.id, nomorUrut: awal + 1 } }))!
		expect(dilepas.status).toBe('dilepas')

		server.resetHandlers()
		expect(await withRequestContext(() => tandatanganiSuratManual({ suratId: id, pelaku: penandatangan }))).toEqual({ ok: true })
		expect((await SuratKeluar.findByPk(id))!.nomorUrut).toBe(awal + 1)
		expect(await nomorTerakhir('SB')).toBe(awal + 1)
	})

	it('checks NIK and passphrase first, and is not offered without the service', async () => {
		const { id, penandatangan } = await suratSiapTandaTangan('SKET')
		expect(await tandatanganiSuratTte({ suratId: id, nik: '12', passphrase: '', pelaku: penandatangan })).toMatchObject({ ok: false, errors: { nik: expect.any(Array), passphrase: expect.any(Array) } })
		const url = process.env.TTE_API_BASE_URL
		delete process.env.TTE_API_BASE_URL
		resetEnvCache()
		try {
			expect(tteAktif()).toBe(false)
			expect(await tandatanganiSuratTte({ suratId: id, nik: NIK, passphrase: PASSPHRASE, pelaku: penandatangan })).toMatchObject({ ok: false, pesan: expect.stringContaining('manual') })
		} finally {
			process.env.TTE_API_BASE_URL = url
			resetEnvCache()
		}
		expect(permintaanTte).toHaveLength(0)
		expect((await langkahSurat(id)).langkah).toBe('tanda-tangan')
	})
})

describe('a Plt signs', () => {
	it('signs in the name of the jabatan held as Plt, printed as such', async () => {
		const kasi = await pengguna('kasi.dafduk')
		const hariIni = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date())
		await PenugasanPlt.create({ penggunaId: kasi.id, jabatanId: 1, jenis: 'Plt', mulai: hariIni, selesai: hariIni, nomorSurat: '800/1/2026', keterangan: null })
		const { id, penandatangan } = await suratSiapTandaTangan('SKET', 'kasi.dafduk.plt', 'tu', { klasifikasiKode: '000.1.4' })
		expect(await withRequestContext(() => tandatanganiSuratManual({ suratId: id, pelaku: penandatangan }))).toEqual({ ok: true })
		const surat = (await SuratKeluar.findByPk(id))!
		expect(surat.penandatanganJabatan).toBe('Plt. Kepala Dinas')
		expect(surat.penandatanganNama).toBe(kasi.nama)
	})
})

describe('the letter as PDF', () => {
	it('previews a draft watermarked and without number, and serves the stored file once signed', async () => {
		const { id, penandatangan } = await suratSiapTandaTangan('UND', 'kadis', 'tu', { ukuranKertas: 'F4', lampiran: '1 (satu) berkas', klasifikasiKode: '000.1.5' })
		const draf = (await bacaPdfSurat({ id, user: penandatangan }))!
		expect(draf.nama).toMatch(/^Draf/)
		expect(draf.isi.subarray(0, 5).toString()).toBe('%PDF-')
		const teksDraf = teksPdf(draf.isi)
		expect(teksDraf).toContain('[nomor diterbitkan saat ditandatangani]')
		expect(teksDraf).toContain('DRAF')
		expect(teksDraf).toContain('1 (satu) berkas')
		expect(teksDraf).toContain('hari, tanggal')
		// F4: 215 × 330 mm
		expect(draf.isi.toString('latin1')).toMatch(/\/MediaBox \[0 0 609\.4\d+ 935\.43\d*\]/)

		await withRequestContext(() => tandatanganiSuratManual({ suratId: id, pelaku: penandatangan }))
		const surat = (await SuratKeluar.findByPk(id))!
		const terbit = (await withRequestContext(() => bacaPdfSurat({ id, user: penandatangan })))!
		expect(terbit.isi.equals((await getStorage().read(surat.kunciPdf!))!)).toBe(true)
		expect(terbit.nama).toBe(`Surat ${surat.nomor!.replaceAll('/', '-')}.pdf`)
		const teks = teksPdf(terbit.isi)
		expect(teks).toContain(surat.nomor!)
		expect(teks).not.toContain('DRAF')
		expect(teks).not.toContain('Ditandatangani secara elektronik')
		expect(await bacaPdfSurat({ id, user: await pengguna('kasi.dafduk') })).toBeNull()
		// a secret letter's subject is not on the public page
		await surat.update({ sifat: 'rahasia' })
		expect((await getVerifikasiSurat(surat.kodeVerifikasi!))!.perihal).toBeNull()
		expect(await getVerifikasiSurat('ABCDEFGHJKMN')).toBeNull()
	})
})
