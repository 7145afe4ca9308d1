import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Notifikasi, Outbox, Pegawai, Pengguna } from '#models/index'
import { PDF_KECIL } from '#test/layanan'
import { bacaEmail, buatServerSmtp } from '#test/mocks/smtp'
import { getStorage } from '~/integrations/storage/storage.server'
import { transaction } from '~/utils/db.server'
import { resetEnvCache } from '~/utils/env.server'
import { enqueue, kirimOutbox, type PesanOutbox } from '~/workflow/outbox.server'
import { emailAktif, kirimEmail } from './email.server'
import { daftarkanPengirimEmail } from './pengirim.server'

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
beforeEach(() => {
	smtp.diterima.length = 0
})

const antre = (pesan: PesanOutbox[]) => transaction((t) => enqueue(pesan, t))
const diterimaDengan = (subjek: string) => smtp.diterima.map((e) => ({ ...bacaEmail(e.mentah), amplop: e.ke, pengirim: e.dari })).filter((e) => e.subjek === subjek)

describe('kirimEmail', () => {
	it('sends text and a PDF attachment from MAIL_FROM to the recipient', async () => {
		expect(emailAktif()).toBe(true)
		await kirimEmail({ ke: 'warga@contoh.id', subjek: 'Uji langsung', teks: 'Isi pesan', lampiran: { nama: 'kk.pdf', mime: 'application/pdf', isi: Buffer.from(PDF_KECIL) } })
		const [email] = diterimaDengan('Uji langsung')
		expect(email).toBeDefined()
		expect(email!.amplop).toEqual(['warga@contoh.id'])
		expect(email!.ke).toBe('warga@contoh.id')
		expect(email!.pengirim).toBe('simadu@uji.test')
		expect(email!.teks).toContain('Isi pesan')
		expect(email!.lampiran).toHaveLength(1)
		expect(email!.lampiran[0]).toMatchObject({ nama: 'kk.pdf', mime: 'application/pdf' })
		expect(Buffer.compare(email!.lampiran[0]!.isi, Buffer.from(PDF_KECIL))).toBe(0)
	})

	it('is off without SMTP_URL and refuses to send', async () => {
		const url = process.env.SMTP_URL
		delete process.env.SMTP_URL
		resetEnvCache()
		try {
			expect(emailAktif()).toBe(false)
			await expect(kirimEmail({ ke: 'a@b.id', subjek: 'x', teks: 'y' })).rejects.toThrow(/SMTP_URL/)
		} finally {
			process.env.SMTP_URL = url
			resetEnvCache()
		}
	})
})

describe('the outbox e-mail channel', () => {
	it('delivers a message with its stored attachment and its link', async () => {
		const kunci = await getStorage().save(PDF_KECIL, 'pdf', { folder: 'uji' })
		await antre([{ kanal: 'email', tujuan: 'budi@contoh.id', judul: 'Dokumen KK', isi: 'Terlampir dokumen.', tautan: '/verifikasi/ABC123', lampiran: { kunci, nama: 'kk.pdf', mime: 'application/pdf' } }])
		await kirimOutbox()
		const [email] = diterimaDengan('Dokumen KK')
		expect(email!.amplop).toEqual(['budi@contoh.id'])
		expect(email!.teks).toContain('Terlampir dokumen.')
		expect(email!.teks).toContain('http://localhost:3000/verifikasi/ABC123')
		expect(email!.lampiran.map((l) => l.nama)).toEqual(['kk.pdf'])
		expect(email!.lampiran[0]!.isi.subarray(0, 5).toString()).toBe('%PDF-')
		const row = (await Outbox.findOne({ where: { tujuan: 'budi@contoh.id' }, order: [['id', 'DESC']] }))!
		expect(row.status).toBe('terkirim')
	})

	it('keeps a message through an SMTP outage and delivers it once afterwards', async () => {
		await smtp.berhenti()
		await antre([{ kanal: 'email', tujuan: 'sari@contoh.id', judul: 'Saat gangguan', isi: 'Pesan saat server mati.' }])
		await kirimOutbox()
		const row = (await Outbox.findOne({ where: { tujuan: 'sari@contoh.id' } }))!
		expect(row).toMatchObject({ status: 'menunggu', percobaan: 1 })
		expect(row.galatTerakhir).toBeTruthy()
		expect(row.berikutnyaAt.getTime()).toBeGreaterThan(Date.now())

		await smtp.mulai()
		// a pass before the backoff is over sends nothing
		await kirimOutbox()
		expect(diterimaDengan('Saat gangguan')).toHaveLength(0)
		await row.update({ berikutnyaAt: new Date(Date.now() - 1000) })
		await kirimOutbox()
		await kirimOutbox()
		expect(diterimaDengan('Saat gangguan')).toHaveLength(1)
		await row.reload()
		expect(row).toMatchObject({ status: 'terkirim', percobaan: 1 })
	})

	it('fails a message whose attachment is gone from storage, without sending it', async () => {
		await antre([{ kanal: 'email', tujuan: 'tono@contoh.id', judul: 'Tanpa berkas', isi: 'x', lampiran: { kunci: `uji/${'a'.repeat(32)}.pdf`, nama: 'x.pdf', mime: 'application/pdf' } }])
		await kirimOutbox()
		const row = (await Outbox.findOne({ where: { tujuan: 'tono@contoh.id' } }))!
		expect(row.status).toBe('menunggu')
		expect(row.galatTerakhir).toMatch(/Lampiran x\.pdf tidak ditemukan/)
		expect(diterimaDengan('Tanpa berkas')).toHaveLength(0)
	})
})

describe('e-mail copies of in-app notifications', () => {
	async function siapkan(username: string, email: string | null, ikut: boolean) {
		const pengguna = (await Pengguna.findOne({ where: { username } }))!
		await Pegawai.update({ email }, { where: { id: pengguna.pegawaiId } })
		await pengguna.update({ notifikasiEmail: ikut })
		return pengguna
	}

	it('copies a notification to staff who opted in and have an address, and only to them', async () => {
		const ikut = await siapkan('kasi.dafduk', 'kasi.dafduk@kantor.test', true)
		const tidakIkut = await siapkan('operator.siak', 'operator@kantor.test', false)
		const tanpaAlamat = await siapkan('kadis', null, true)
		await antre([ikut, tidakIkut, tanpaAlamat].map((p) => ({ kanal: 'aplikasi' as const, tujuan: String(p.id), judul: 'Tugas baru: KK-BARU-20261122-0001', tautan: '/tugas' })))
		await kirimOutbox()
		expect(await Notifikasi.count({ where: { judul: 'Tugas baru: KK-BARU-20261122-0001' } })).toBe(3)
		const salinan = await Outbox.findAll({ where: { kanal: 'email', status: 'menunggu', percobaan: 0 } })
		expect(salinan.map((s) => s.tujuan)).toEqual(['kasi.dafduk@kantor.test'])
		await kirimOutbox()
		const email = diterimaDengan('[SIMADU] Tugas baru: KK-BARU-20261122-0001')
		expect(email).toHaveLength(1)
		expect(email[0]!.amplop).toEqual(['kasi.dafduk@kantor.test'])
		expect(email[0]!.teks).toContain('http://localhost:3000/tugas')
	})

	it('makes no copy while e-mail is off', async () => {
		const ikut = await siapkan('kasi.dafduk', 'kasi.dafduk@kantor.test', true)
		const url = process.env.SMTP_URL
		delete process.env.SMTP_URL
		resetEnvCache()
		try {
			const sebelum = await Outbox.count({ where: { kanal: 'email' } })
			await antre([{ kanal: 'aplikasi', tujuan: String(ikut.id), judul: 'Tanpa salinan' }])
			await kirimOutbox()
			expect(await Notifikasi.count({ where: { judul: 'Tanpa salinan' } })).toBe(1)
			expect(await Outbox.count({ where: { kanal: 'email' } })).toBe(sebelum)
		} finally {
			process.env.SMTP_URL = url
			resetEnvCache()
		}
	})
})
