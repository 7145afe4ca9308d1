import { describe, expect, it } from 'vitest'
import { LogAudit, Outbox, Pengguna } from '#models/index'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { action as akunAction, loader as akunLoader } from '~/routes/_app+/akun+/index'
import { action, loader } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })

async function baris(data: { kanal: 'email' | 'wa' | 'aplikasi'; tujuan: string; status: 'menunggu' | 'gagal' | 'terkirim'; percobaan: number; judul: string; galat?: string }) {
	return Outbox.create({
		kanal: data.kanal,
		tujuan: data.tujuan,
		isi: { judul: data.judul, isi: 'isi' },
		status: data.status,
		percobaan: data.percobaan,
		berikutnyaAt: new Date(Date.now() + 3_600_000),
		dikunciSampai: null,
		galatTerakhir: data.galat ?? null,
		terkirimAt: null,
	})
}

describe('/admin/pengiriman', () => {
	it('lists failed and retrying e-mail and WhatsApp messages, masked, with filters', async () => {
		const gagal = await baris({ kanal: 'email', tujuan: 'budi@contoh.id', status: 'gagal', percobaan: 10, judul: 'Dokumen KK - T1', galat: 'Recipient budi@contoh.id rejected' })
		const diulang = await baris({ kanal: 'wa', tujuan: '6281234567890', status: 'menunggu', percobaan: 2, judul: 'Permohonan T2 perlu dilengkapi' })
		await baris({ kanal: 'wa', tujuan: '6281200000000', status: 'menunggu', percobaan: 0, judul: 'Belum dicoba' })
		await baris({ kanal: 'email', tujuan: 'x@contoh.id', status: 'terkirim', percobaan: 1, judul: 'Terkirim' })
		await baris({ kanal: 'aplikasi', tujuan: '1', status: 'gagal', percobaan: 10, judul: 'Dalam aplikasi' })

		const { cookie } = await loginAs('piak')
		const data = payload<Awaited<ReturnType<typeof loader>>>(await settle(() => loader(args(makeRequest('/admin/pengiriman', { cookie })))))
		expect(data.rows.map((r) => r.id)).toEqual([diulang.id, gagal.id])
		expect(data.rows[1]).toMatchObject({ kanal: 'email', tujuan: 'b•••@contoh.id', judul: 'Dokumen KK - T1', status: 'gagal', percobaan: 10 })
		expect(data.rows[1]!.galatTerakhir).toBe('Recipient b•••@contoh.id rejected')
		expect(data.rows[0]).toMatchObject({ kanal: 'wa', tujuan: '6281•••••7890', status: 'menunggu', percobaan: 2 })
		expect(JSON.stringify(data)).not.toMatch(/budi@|6281234567890/)

		const hanyaWa = payload<Awaited<ReturnType<typeof loader>>>(await settle(() => loader(args(makeRequest('/admin/pengiriman?kanal=wa', { cookie })))))
		expect(hanyaWa.rows.map((r) => r.id)).toEqual([diulang.id])
		const hanyaGagal = payload<Awaited<ReturnType<typeof loader>>>(await settle(() => loader(args(makeRequest('/admin/pengiriman?status=gagal', { cookie })))))
		expect(hanyaGagal.rows.map((r) => r.id)).toEqual([gagal.id])
	})

	it('puts a message back in line with its tries kept, and audits it', async () => {
		const gagal = await baris({ kanal: 'email', tujuan: 'sari@contoh.id', status: 'gagal', percobaan: 10, judul: 'Kirim ulang saya' })
		const { cookie } = await loginAs('admin')
		const result = await settle(() => action(args(makeRequest('/admin/pengiriman?status=gagal', { cookie, form: { intent: 'kirim-ulang', id: String(gagal.id) } }))))
		expect(statusOf(result)).toBe(302)
		expect((result as Response).headers.get('Location')).toBe('/admin/pengiriman?status=gagal')
		await gagal.reload()
		expect(gagal).toMatchObject({ status: 'menunggu', percobaan: 10, dikunciSampai: null })
		expect(Math.abs(gagal.berikutnyaAt.getTime() - Date.now())).toBeLessThan(10_000)
		const jejak = await LogAudit.findOne({ where: { aksi: 'kirim-ulang', entitas: 'outbox', entitasId: String(gagal.id) } })
		expect(jejak?.namaPengguna).toBeTruthy()

		// a sent or in-app message is not the page's to resend
		const terkirim = await baris({ kanal: 'email', tujuan: 'x@contoh.id', status: 'terkirim', percobaan: 1, judul: 'Sudah' })
		await settle(() => action(args(makeRequest('/admin/pengiriman', { cookie, form: { intent: 'kirim-ulang', id: String(terkirim.id) } }))))
		expect((await terkirim.reload()).status).toBe('terkirim')
	})

	it('refuses staff without the permission with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => loader(args(makeRequest('/admin/pengiriman', { cookie })))))).toBe(403)
		const row = await baris({ kanal: 'wa', tujuan: '6281234567890', status: 'gagal', percobaan: 10, judul: 'Tidak boleh' })
		expect(statusOf(await settle(() => action(args(makeRequest('/admin/pengiriman', { cookie, form: { intent: 'kirim-ulang', id: String(row.id) } })))))).toBe(403)
		expect((await row.reload()).status).toBe('gagal')
	})
})

describe('/akun: e-mail copies of notifications', () => {
	it('lets a user opt in and out', async () => {
		const { cookie, penggunaId } = await loginAs('kasi.dafduk')
		const awal = payload<Awaited<ReturnType<typeof akunLoader>>>(await settle(() => akunLoader(args(makeRequest('/akun', { cookie })))))
		expect(awal.notifikasiEmail.aktif).toBe(false)
		const ikut = await settle(() => akunAction(args(makeRequest('/akun', { cookie, form: { intent: 'notifikasi-email', notifikasiEmail: 'on' } }))))
		expect(statusOf(ikut)).toBe(302)
		expect((await Pengguna.findByPk(penggunaId))!.notifikasiEmail).toBe(true)
		await settle(() => akunAction(args(makeRequest('/akun', { cookie, form: { intent: 'notifikasi-email' } }))))
		expect((await Pengguna.findByPk(penggunaId))!.notifikasiEmail).toBe(false)
	})
})
