import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { DokumenElektronik, PermohonanLayanan, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { DRAF, langkahAktif, NOMOR_KK, sampaiSiak, sampaiTte } from '#test/dokumen-elektronik'
import { ambilLangkah, PDF_KECIL } from '#test/layanan'
import { pakaiTteMock, permintaanTte, TTE_ENV, tteGagal } from '#test/mocks/tte'
import { withRequestContext } from '#test/utils'
import { getStorage } from '~/integrations/storage/storage.server'
import { getDb } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { logger } from '~/utils/logger.server'
import { KonflikError, TidakBerhakError } from '~/workflow/galat'
import { getHalamanAlur, tanganiIntentAlur } from '~/workflow/subjek.server'
import {
	cocokkanBerkas,
	daftarkanPenjagaTandaTangan,
	getDokumenTerbit,
	getVerifikasi,
	tandatanganiManual,
	tandatanganiTte,
	tteAktif,
	unggahDrafDokumen,
} from './dokumen-elektronik.server'

/**
 * The request's electronic document: SIAK's PDF uploaded at the SIAK entry, signed at step `tte`
 * through the (mocked) TTE service or by hand, and verified publicly by its code.
 */
const server = pakaiTteMock()
const PASSPHRASE = 'Rahasia-Kadis-#2026'
const NIK_KADIS = '3305010101700001'

/** Everything the logger writes while `work` runs, at every level. */
async function tangkapLog<T>(work: () => Promise<T>) {
	const baris: string[] = []
	const target = logger as unknown as Record<symbol, unknown>
	const stream = target[pino.symbols.streamSym]
	const level = logger.level
	target[pino.symbols.streamSym] = { write: (s: string) => void baris.push(s) }
	logger.level = 'trace'
	try {
		return { hasil: await work(), baris }
	} finally {
		target[pino.symbols.streamSym] = stream
		logger.level = level
	}
}

/** Every row of the tables a signing writes to, as text. */
async function isiBasisData() {
	const tabel = ['dokumen_elektronik', 'log_audit', 'alur_riwayat', 'alur_instans', 'alur_tugas', 'outbox', 'permohonan_layanan']
	const teks = await Promise.all(tabel.map(async (t) => JSON.stringify((await getDb().query(`SELECT * FROM ${t}`))[0])))
	return teks.join('\n')
}

/** The files under the documents' folder of the upload directory. */
function berkasDokumen() {
	const dir = path.join(getEnv().uploadDir, 'dokumen')
	return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex')

describe('unggahDrafDokumen', () => {
	it('stores the PDF from SIAK with a verification code, and replaces an unsigned draft', async () => {
		const { permohonanId, instansId } = await sampaiTte({ unggah: false, ambil: false })
		expect(await DokumenElektronik.count({ where: { permohonanId } })).toBe(0)
		// a fresh request to upload into at its SIAK step
		const operator = await getUserById('operator.siak')
		const lain = await sampaiSiak()
		const pertama = await unggahDrafDokumen({ permohonanId: lain.permohonanId, berkas: { nama: 'kk.pdf', bytes: DRAF }, nomorDokumen: 'KK/2026/0001', pelaku: lain.pelaku })
		expect(pertama).toMatchObject({ ok: true, kodeVerifikasi: expect.stringMatching(/^[A-HJKMNP-Z2-9]{12}$/) })
		const baris = (await DokumenElektronik.findOne({ where: { permohonanId: lain.permohonanId } }))!
		expect(baris).toMatchObject({ nomorDokumen: 'KK/2026/0001', kunciFinal: null, caraTandaTangan: null, jenisDokumen: expect.stringContaining('Kartu Keluarga') })
		const lama = baris.kunciDraf!
		const kedua = await unggahDrafDokumen({ permohonanId: lain.permohonanId, berkas: { nama: 'kk-2.pdf', bytes: PDF_KECIL }, nomorDokumen: null, pelaku: lain.pelaku })
		expect(kedua).toEqual({ ok: true, kodeVerifikasi: (pertama as { kodeVerifikasi: string }).kodeVerifikasi })
		await baris.reload()
		expect(baris.kunciDraf).not.toBe(lama)
		expect(await getStorage().read(lama)).toBeNull()
		expect(await DokumenElektronik.count({ where: { permohonanId: lain.permohonanId } })).toBe(1)
		// the unsigned code is not public yet
		expect(await getVerifikasi(baris.kodeVerifikasi)).toBeNull()
		// outside the SIAK/print step: refused
		await expect(unggahDrafDokumen({ permohonanId, berkas: { nama: 'kk.pdf', bytes: DRAF }, nomorDokumen: null, pelaku: operator })).rejects.toBeInstanceOf(KonflikError)
		expect(await langkahAktif(instansId)).toBe('tte')
	})

	it('accepts only a PDF within 5 MB, checked by its bytes', async () => {
		const { permohonanId, pelaku } = await sampaiSiak()
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
		expect(await unggahDrafDokumen({ permohonanId, berkas: { nama: 'kk.pdf', bytes: png }, nomorDokumen: null, pelaku })).toMatchObject({ ok: false, errors: { dokumen: [expect.stringContaining('bukan PDF')] } })
		const besar = new Uint8Array(5 * 1024 * 1024 + 1)
		besar.set(DRAF)
		expect(await unggahDrafDokumen({ permohonanId, berkas: { nama: 'kk.pdf', bytes: besar }, nomorDokumen: null, pelaku })).toMatchObject({ ok: false, errors: { dokumen: [expect.stringContaining('5 MB')] } })
		expect(await unggahDrafDokumen({ permohonanId, berkas: null, nomorDokumen: null, pelaku })).toMatchObject({ ok: false })
		expect(await unggahDrafDokumen({ permohonanId, berkas: { nama: 'kk.pdf', bytes: DRAF }, nomorDokumen: 'no spaces!', pelaku })).toMatchObject({ ok: false, errors: { nomorDokumen: expect.any(Array) } })
		const kasi = await getUserById('kasi.dafduk')
		await expect(unggahDrafDokumen({ permohonanId, berkas: { nama: 'kk.pdf', bytes: DRAF }, nomorDokumen: null, pelaku: kasi })).rejects.toBeInstanceOf(TidakBerhakError)
		expect(await DokumenElektronik.count({ where: { permohonanId } })).toBe(0)
	})
})

describe('tandatanganiTte', () => {
	it('signs through the TTE service with a visible QR code, stores the signed PDF and moves the step', async () => {
		expect(tteAktif()).toBe(true)
		const { permohonanId, instansId, kadis } = await sampaiTte()
		const { hasil, baris } = await tangkapLog(() => withRequestContext(() => tandatanganiTte({ permohonanId, nik: NIK_KADIS, passphrase: PASSPHRASE, pelaku: kadis })))
		expect(hasil).toEqual({ ok: true })
		expect(await langkahAktif(instansId)).toBe('cetak')

		expect(permintaanTte).toHaveLength(1)
		const terkirim = permintaanTte[0]!
		expect(terkirim).toMatchObject({ nik: NIK_KADIS, passphrase: PASSPHRASE, authorization: expect.stringMatching(/^Basic /) })
		expect(Buffer.from(terkirim.file[0]!, 'base64').equals(Buffer.from(DRAF))).toBe(true)
		expect(terkirim.signatureProperties[0]).toMatchObject({ tampilan: 'VISIBLE', page: 1, imageBase64: expect.stringMatching(/^iVBORw0KGgo/) })

		const dokumen = (await DokumenElektronik.findOne({ where: { permohonanId } }))!
		expect(dokumen).toMatchObject({ caraTandaTangan: 'tte', penandatanganNama: kadis.nama, nomorDokumen: NOMOR_KK })
		expect(dokumen.ditandatanganiAt).toBeInstanceOf(Date)
		const bertanda = (await getStorage().read(dokumen.kunciFinal!))!
		expect(bertanda.toString('latin1')).toContain('%TTE-PALSU')
		expect(dokumen.sha256Final).toBe(sha256(bertanda))
		expect(await getDokumenTerbit(permohonanId)).toEqual({ kunci: dokumen.kunciFinal, nama: expect.stringMatching(/\.pdf$/), mime: 'application/pdf', kodeVerifikasi: dokumen.kodeVerifikasi })

		// the passphrase went to the signing service and nowhere else
		expect(baris.join('\n')).not.toContain(PASSPHRASE)
		expect(await isiBasisData()).not.toContain(PASSPHRASE)
	})

	const GAGAL = [
		{ nama: 'a wrong passphrase', handler: tteGagal.passphraseSalah, pesan: 'Passphrase salah' },
		{ nama: 'an inactive certificate', handler: tteGagal.sertifikatTidakAktif, pesan: 'Sertifikat penandatangan tidak aktif' },
		{ nama: 'the service answering 503', handler: tteGagal.tidakTersedia, pesan: 'Layanan TTE tidak dapat dihubungi' },
		{ nama: 'a network failure', handler: tteGagal.jaringan, pesan: 'Layanan TTE tidak dapat dihubungi' },
	]
	for (const kasus of GAGAL) {
		it(`leaves the request at tte with a message on ${kasus.nama}, storing nothing`, async () => {
			const { permohonanId, instansId, kadis } = await sampaiTte()
			server.use(kasus.handler())
			const sebelum = (await DokumenElektronik.findOne({ where: { permohonanId } }))!.toJSON()
			const berkasSebelum = berkasDokumen()
			const { hasil, baris } = await tangkapLog(() => withRequestContext(() => tandatanganiTte({ permohonanId, nik: NIK_KADIS, passphrase: PASSPHRASE, pelaku: kadis })))
			expect(hasil).toMatchObject({ ok: false, pesan: expect.stringContaining(kasus.pesan) })
			expect(await langkahAktif(instansId)).toBe('tte')
			expect(await TugasAlur.count({ where: { instansId, langkahKode: 'tte', status: 'diambil', diambilOlehId: kadis.id } })).toBe(1)
			expect((await DokumenElektronik.findOne({ where: { permohonanId } }))!.toJSON()).toEqual(sebelum)
			expect(await getDokumenTerbit(permohonanId)).toBeNull()
			expect(berkasDokumen()).toEqual(berkasSebelum)
			// the failure is logged (so the capture works), without the passphrase or the NIK
			expect(baris.join('\n')).toContain('"integrasi":"tte"')
			expect(baris.join('\n')).not.toContain(PASSPHRASE)
			expect(baris.join('\n')).not.toContain(NIK_KADIS)
			expect(await isiBasisData()).not.toContain(PASSPHRASE)
		})
	}

	it('gives up on a service that does not answer in time', async () => {
		const { TteError, tandatanganiPdf } = await import('~/integrations/tte/tte.server')
		const { http, delay, HttpResponse } = await import('msw')
		// answers late rather than not at all: a handler returning nothing would fall through to the
		// recording mock two seconds later, in whichever test runs then
		server.use(
			http.post(`${TTE_ENV.TTE_API_BASE_URL}/api/v2/sign/pdf`, async () => {
				await delay(2_000)
				return HttpResponse.json({ message: 'terlambat' }, { status: 504 })
			}),
		)
		const tampilan = { imageBase64: '', page: 1, originX: 0, originY: 0, width: 10, height: 10, location: 'Kebumen', reason: 'uji' }
		const janji = tandatanganiPdf({ nik: NIK_KADIS, passphrase: PASSPHRASE, pdf: DRAF, tampilan }, { batasWaktuMs: 50 })
		await expect(janji).rejects.toBeInstanceOf(TteError)
		await expect(janji).rejects.toThrow('Layanan TTE tidak dapat dihubungi')
	})

	it('checks the typed NIK and passphrase before calling the service', async () => {
		const { permohonanId, kadis } = await sampaiTte()
		expect(await tandatanganiTte({ permohonanId, nik: '123', passphrase: '', pelaku: kadis })).toMatchObject({ ok: false, errors: { nik: expect.any(Array), passphrase: expect.any(Array) } })
		expect(permintaanTte).toHaveLength(0)
	})

	it('lets only the holder of the tte step sign (403), without calling the service', async () => {
		const { permohonanId, instansId } = await sampaiTte({ ambil: false })
		const kadis = await getUserById('kadis')
		// the Kadis has not claimed the task yet
		await expect(tandatanganiTte({ permohonanId, nik: NIK_KADIS, passphrase: PASSPHRASE, pelaku: kadis })).rejects.toMatchObject({ status: 403 })
		await ambilLangkah(instansId)
		for (const username of ['operator.siak', 'kasi.dafduk', 'loket']) {
			const lain = await getUserById(username)
			await expect(tandatanganiTte({ permohonanId, nik: NIK_KADIS, passphrase: PASSPHRASE, pelaku: lain })).rejects.toBeInstanceOf(TidakBerhakError)
			await expect(tandatanganiManual({ permohonanId, pelaku: lain })).rejects.toBeInstanceOf(TidakBerhakError)
		}
		expect(permintaanTte).toHaveLength(0)
		expect(await langkahAktif(instansId)).toBe('tte')
	})

	it('keeps the plain signature action off every action bar, /alur/:id included', async () => {
		const { instansId } = await sampaiTte()
		daftarkanPenjagaTandaTangan()
		const kadis = await getUserById('kadis')
		const tugas = (await TugasAlur.findOne({ where: { instansId, status: 'diambil' } }))!
		const form = new FormData()
		for (const [k, v] of Object.entries({ intent: 'aksi', tugasId: String(tugas.id), aksiKode: 'tandatangani', ke: 'cetak' })) form.append(k, v)
		// not offered on the shared action bar, and refused when posted anyway
		const halaman = (await getHalamanAlur({ instansId, user: kadis }))!
		expect(halaman.actionBar.dipegang!.aksi.map((a) => a.kode)).toEqual(['kembalikan'])
		await expect(withRequestContext(() => tanganiIntentAlur({ formData: form, instansId, user: kadis, kembaliKe: `/alur/${instansId}` }))).rejects.toMatchObject({ status: 409 })
		expect(await langkahAktif(instansId)).toBe('tte')
	})

	it('refuses to sign electronically without the PDF from SIAK', async () => {
		const { permohonanId, instansId, kadis } = await sampaiTte({ unggah: false })
		expect(await tandatanganiTte({ permohonanId, nik: NIK_KADIS, passphrase: PASSPHRASE, pelaku: kadis })).toMatchObject({ ok: false, pesan: expect.stringContaining('Belum ada dokumen') })
		expect(permintaanTte).toHaveLength(0)
		expect(await langkahAktif(instansId)).toBe('tte')
	})
})

describe('tandatanganiManual', () => {
	it('records a wet signature with the uploaded PDF as the issued file and moves the step', async () => {
		const { permohonanId, instansId, kadis } = await sampaiTte()
		expect(await withRequestContext(() => tandatanganiManual({ permohonanId, pelaku: kadis }))).toEqual({ ok: true })
		expect(await langkahAktif(instansId)).toBe('cetak')
		const dokumen = (await DokumenElektronik.findOne({ where: { permohonanId } }))!
		expect(dokumen).toMatchObject({ caraTandaTangan: 'manual', penandatanganNama: kadis.nama, kunciFinal: dokumen.kunciDraf, sha256Final: sha256(DRAF) })
		expect(permintaanTte).toHaveLength(0)
		// a signed document is not replaced by a later upload at the print step
		const { pelaku: operator } = await ambilLangkah(instansId)
		await expect(unggahDrafDokumen({ permohonanId, berkas: { nama: 'kk.pdf', bytes: DRAF }, nomorDokumen: null, pelaku: operator })).rejects.toBeInstanceOf(KonflikError)
	})

	it('still gives a verification code when there is no electronic file', async () => {
		const { permohonanId, instansId, kadis } = await sampaiTte({ unggah: false })
		await withRequestContext(() => tandatanganiManual({ permohonanId, pelaku: kadis }))
		expect(await langkahAktif(instansId)).toBe('cetak')
		const dokumen = (await DokumenElektronik.findOne({ where: { permohonanId } }))!
		expect(dokumen).toMatchObject({ caraTandaTangan: 'manual', kunciFinal: null, sha256Final: null, nomorDokumen: NOMOR_KK })
		expect(await getVerifikasi(dokumen.kodeVerifikasi)).toMatchObject({ caraTandaTangan: 'manual', sha256: null })
		expect(await getDokumenTerbit(permohonanId)).toBeNull()
		expect(await cocokkanBerkas(dokumen.kodeVerifikasi, DRAF)).toMatchObject({ cocok: false, adaBerkas: false })
	})
})

describe('verifikasi', () => {
	it('shows the document and its signer, never the citizen, and checks uploads against the hash', async () => {
		const { permohonanId, kadis } = await sampaiTte()
		await withRequestContext(() => tandatanganiTte({ permohonanId, nik: NIK_KADIS, passphrase: PASSPHRASE, pelaku: kadis }))
		const dokumen = (await DokumenElektronik.findOne({ where: { permohonanId } }))!
		const publik = (await getVerifikasi(dokumen.kodeVerifikasi.toLowerCase()))!
		expect(publik).toEqual({
			kode: dokumen.kodeVerifikasi,
			jenisDokumen: dokumen.jenisDokumen,
			nomorDokumen: NOMOR_KK,
			ditandatanganiAt: dokumen.ditandatanganiAt!.toISOString(),
			caraTandaTangan: 'tte',
			penandatanganNama: kadis.nama,
			penandatanganJabatan: kadis.jabatan,
			sha256: dokumen.sha256Final,
		})
		const p = (await PermohonanLayanan.findByPk(permohonanId))!
		const teks = JSON.stringify(publik)
		for (const pribadi of [p.pemohonNama, p.pemohonNik!, p.pemohonTelepon!, p.nomorTiket]) expect(teks).not.toContain(pribadi)

		const bertanda = (await getStorage().read(dokumen.kunciFinal!))!
		expect(await cocokkanBerkas(dokumen.kodeVerifikasi, bertanda)).toMatchObject({ cocok: true, adaBerkas: true })
		// the unsigned draft, or one changed byte, does not match
		expect(await cocokkanBerkas(dokumen.kodeVerifikasi, DRAF)).toMatchObject({ cocok: false })
		const ubah = new Uint8Array(bertanda)
		ubah[20] = ubah[20]! ^ 1
		expect(await cocokkanBerkas(dokumen.kodeVerifikasi, ubah)).toMatchObject({ cocok: false })
		expect(await getVerifikasi('TIDAKADAKODE')).toBeNull()
		expect(await getVerifikasi('../../etc')).toBeNull()
		expect(await cocokkanBerkas('TIDAKADAKODE', bertanda)).toBeNull()
	})
})
