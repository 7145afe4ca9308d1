import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EkspedisiSurat, Outbox, SuratKeluar, TugasAlur } from '#models/index'
import { bacaEmail, buatServerSmtp } from '#test/mocks/smtp'
import { withRequestContext } from '#test/utils'
import { daftarkanPengirimEmail } from '~/integrations/email/pengirim.server'
import { getStorage } from '~/integrations/storage/storage.server'
import { resetEnvCache } from '~/utils/env.server'
import { KonflikError } from '~/workflow/galat'
import { jalankanAksi } from '~/workflow/mesin.server'
import { kirimOutbox } from '~/workflow/outbox.server'
import { bacaBuktiEkspedisi, catatPenerimaan, catatPengiriman, getEkspedisi, listEkspedisi } from './ekspedisi.server'
import { tandatanganiSuratManual } from './surat-keluar-tanda-tangan.server'
import { ambil, langkahSurat, pengguna, suratSiapTandaTangan } from '#test/surat-keluar'

/**
 * Stamp, send and the buku ekspedisi: dispatches by caraka, post and e-mail (sent through the
 * SMTP stand-in with the signed PDF attached), receipts with their proof, and the end of the
 * letter's workflow, which needs a dispatch.
 */
const smtp = buatServerSmtp()
beforeAll(async () => {
	daftarkanPengirimEmail()
	await smtp.mulai()
})
afterAll(async () => {
	await smtp.berhenti()
	delete process.env.SMTP_URL
	delete process.env.MAIL_FROM
	resetEnvCache()
})

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
const waktuLokal = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d).replace(' ', 'T')

async function suratBertanda(klasifikasiKode: string) {
	const { id, penandatangan } = await suratSiapTandaTangan('SB', 'kadis', 'tu', { klasifikasiKode })
	await withRequestContext(() => tandatanganiSuratManual({ suratId: id, pelaku: penandatangan }))
	return id
}

describe('dispatch', () => {
	it('e-mails the signed PDF through the outbox and records the line in the buku ekspedisi', async () => {
		const id = await suratBertanda('000.1.2')
		const tu = await pengguna('tu')
		const hasil = await withRequestContext(() =>
			catatPengiriman({ suratId: id, input: { cara: 'email', tujuan: 'Camat Pejagoan', alamat: 'kec.pejagoan@contoh.go.id', nomorResi: null, catatan: null }, pelakuId: tu.id }),
		)
		expect(hasil).toMatchObject({ ok: true })
		const surat = (await SuratKeluar.findByPk(id))!
		expect(surat.status).toBe('dikirim')
		expect(await Outbox.count({ where: { kanal: 'email', tujuan: 'kec.pejagoan@contoh.go.id' } })).toBe(1)
		await kirimOutbox()
		const email = smtp.diterima.map((e) => ({ ...bacaEmail(e.mentah), amplop: e.ke })).find((e) => e.amplop.includes('kec.pejagoan@contoh.go.id'))!
		expect(email.subjek).toContain(surat.nomor!)
		expect(email.teks).toContain(`/verifikasi-surat/${surat.kodeVerifikasi}`)
		expect(email.lampiran).toHaveLength(1)
		expect(email.lampiran[0]).toMatchObject({ mime: 'application/pdf', nama: `Surat ${surat.nomor!.replaceAll('/', '-')}.pdf` })
		expect(email.lampiran[0]!.isi.equals((await getStorage().read(surat.kunciPdf!))!)).toBe(true)
		expect((await EkspedisiSurat.findByPk((hasil as { id: number }).id))!).toMatchObject({ cara: 'email', status: 'dikirim', alamat: 'kec.pejagoan@contoh.go.id' })
	})

	it('records a caraka’s delivery and its receipt with proof, then the letter’s workflow ends', async () => {
		const id = await suratBertanda('000.1.3')
		const tu = await pengguna('tu')
		// the end needs a dispatch first
		const { tugas } = await ambil(id, 'tu')
		await expect(withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'selesaikan', pelaku: tu }))).rejects.toBeInstanceOf(KonflikError)

		const kirim = await withRequestContext(() => catatPengiriman({ suratId: id, input: { cara: 'caraka', tujuan: 'Camat Kebumen', alamat: 'Jl. Pahlawan 1', nomorResi: null, catatan: null }, pelakuId: tu.id }))
		if (!kirim.ok) throw new Error('kirim gagal')
		const baris = (await getEkspedisi(kirim.id))!
		expect(baris).toMatchObject({ cara: 'caraka', status: 'dikirim', nomorSurat: (await SuratKeluar.findByPk(id))!.nomor, dikirimOleh: tu.nama })

		const sekarang = new Date()
		const isian = { diterimaOleh: 'Sutrisno (staf TU Kecamatan)', diterimaAt: waktuLokal(sekarang), catatan: null, version: baris.version }
		expect(await catatPenerimaan({ id: kirim.id, input: { ...isian, diterimaAt: waktuLokal(new Date(sekarang.getTime() + 86_400_000)) }, bukti: null })).toMatchObject({ ok: false, errors: { diterimaAt: expect.any(Array) } })
		expect(await catatPenerimaan({ id: kirim.id, input: isian, bukti: { nama: 'x.txt', bytes: new TextEncoder().encode('bukan gambar') } })).toMatchObject({ ok: false, errors: { bukti: expect.any(Array) } })
		expect(await catatPenerimaan({ id: kirim.id, input: { ...isian, version: baris.version + 5 }, bukti: null })).toMatchObject({ ok: false, konflik: true })
		expect(await withRequestContext(() => catatPenerimaan({ id: kirim.id, input: isian, bukti: { nama: 'tanda-terima.png', bytes: PNG } }))).toEqual({ ok: true, id: kirim.id })
		const diterima = (await getEkspedisi(kirim.id))!
		expect(diterima).toMatchObject({ status: 'diterima', diterimaOleh: 'Sutrisno (staf TU Kecamatan)', adaBukti: true })
		expect((await bacaBuktiEkspedisi(kirim.id))!).toMatchObject({ mime: 'image/png' })
		expect(await catatPenerimaan({ id: kirim.id, input: { ...isian, version: diterima.version }, bukti: null })).toMatchObject({ ok: false, konflik: true })

		await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'selesaikan', pelaku: tu }))
		const akhir = await langkahSurat(id)
		expect(akhir.instans!.status).toBe('selesai')
		expect(akhir.surat.status).toBe('selesai')
		await expect(withRequestContext(() => catatPengiriman({ suratId: id, input: { cara: 'pos', tujuan: 'Lagi', alamat: 'Jl. X', nomorResi: 'RR1', catatan: null }, pelakuId: tu.id }))).rejects.toBeInstanceOf(KonflikError)
		expect(await TugasAlur.count({ where: { instansId: akhir.instans!.id, status: 'terbuka' } })).toBe(0)
	})

	it('refuses to send an unsigned letter, and e-mail while it is not configured', async () => {
		const { id } = await suratSiapTandaTangan('SB', 'kadis', 'tu', { klasifikasiKode: '000.1.4' })
		const tu = await pengguna('tu')
		await expect(catatPengiriman({ suratId: id, input: { cara: 'caraka', tujuan: 'Camat', alamat: null, nomorResi: null, catatan: null }, pelakuId: tu.id })).rejects.toBeInstanceOf(KonflikError)
		const url = process.env.SMTP_URL
		delete process.env.SMTP_URL
		resetEnvCache()
		try {
			expect(await catatPengiriman({ suratId: id, input: { cara: 'email', tujuan: 'Camat', alamat: 'a@b.id', nomorResi: null, catatan: null }, pelakuId: tu.id })).toMatchObject({ ok: false, errors: { cara: expect.any(Array) } })
		} finally {
			process.env.SMTP_URL = url
			resetEnvCache()
		}
	})

	it('lists the book by cara, status, date and letter number', async () => {
		const semua = await listEkspedisi({ filter: {}, offset: 0, limit: 50 })
		expect(semua.total).toBeGreaterThanOrEqual(2)
		const email = await listEkspedisi({ filter: { cara: 'email' }, offset: 0, limit: 50 })
		expect(email.rows.every((r) => r.cara === 'email')).toBe(true)
		const diterima = await listEkspedisi({ filter: { status: 'diterima' }, offset: 0, limit: 50 })
		expect(diterima.rows.map((r) => r.tujuan)).toContain('Camat Kebumen')
		const nomor = email.rows[0]!.nomorSurat!
		expect((await listEkspedisi({ filter: { q: nomor }, offset: 0, limit: 50 })).rows.map((r) => r.nomorSurat)).toEqual([nomor])
		expect((await listEkspedisi({ filter: { dari: '2000-01-01', sampai: '2000-01-31' }, offset: 0, limit: 50 })).total).toBe(0)
	})
})
