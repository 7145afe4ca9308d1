import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { InstansAlur, Outbox, TugasAlur } from '#models/index'
import { ambilLangkah, contohIsian, kerjakanLangkah, NIK_CONTOH, PDF_KECIL, tanggalLalu } from '#test/layanan'
import { bacaEmail, buatServerSmtp } from '#test/mocks/smtp'
import { withRequestContext } from '#test/utils'
import { daftarkanPengirimEmail } from '~/integrations/email/pengirim.server'
import { getStorage } from '~/integrations/storage/storage.server'
import { resetEnvCache } from '~/utils/env.server'
import { formatRupiah } from '~/utils/format'
import { getDefinisi } from '~/workflow/definisi'
import { aksiTersedia, jalankanAksi } from '~/workflow/mesin.server'
import { kirimOutbox } from '~/workflow/outbox.server'
import { getDokumenTerbit } from './dokumen-elektronik.server'
import { getJenisLayananByKode, listTarifDenda } from './katalog.server'
import { catatCekDokumen, catatCetak, catatHasilSiak, catatPenyerahan, simpanCeklis } from './pekerjaan.server'
import { daftarkanPemberitahuanLayanan } from './pemberitahuan.server'
import { ajukanPermohonan, type AjukanInput } from './permohonan.server'
import { SKEMA_ISIAN } from './skema-isian'

// The signed PDF comes from the TTE module; here a stored fixture stands in for it.
vi.mock('./dokumen-elektronik.server', () => ({ getDokumenTerbit: vi.fn() }))

const smtp = buatServerSmtp()
const TELEPON = '6281234567890'
const EMAIL = 'budi@contoh.id'
const pemohon = { pemohonNama: 'Budi Santoso', pemohonNik: NIK_CONTOH, pemohonTelepon: '0812 3456 7890', pemohonEmail: EMAIL, pengiriman: 'ambil' }

beforeAll(async () => {
	process.env.WA_PHONE_NUMBER_ID = '1234567890'
	process.env.WA_ACCESS_TOKEN = 'token-uji'
	await smtp.mulai()
	daftarkanPengirimEmail()
	daftarkanPemberitahuanLayanan()
})
afterAll(async () => {
	await smtp.berhenti()
	for (const k of ['WA_PHONE_NUMBER_ID', 'WA_ACCESS_TOKEN', 'SMTP_URL', 'MAIL_FROM']) delete process.env[k]
	resetEnvCache()
})
beforeEach(() => {
	vi.mocked(getDokumenTerbit).mockResolvedValue(null)
})

async function ajukan(jenisKode: string, ubah: Partial<AjukanInput> = {}, peristiwa?: string) {
	const jenis = (await getJenisLayananByKode(jenisKode))!
	const hasil = await withRequestContext(() =>
		ajukanPermohonan({
			jenisKode,
			kanal: 'web',
			pemohon,
			isian: contohIsian(SKEMA_ISIAN[jenis.skema]!, peristiwa),
			berkas: [{ nama: 'ktp.pdf', bytes: PDF_KECIL, persyaratanId: jenis.persyaratan[0]!.id }],
			pelaku: null,
			...ubah,
		}),
	)
	if (!hasil.ok) throw new Error(JSON.stringify(hasil.errors))
	return hasil
}

/** The applicant's messages about one ticket, oldest first. */
async function pesanTiket(nomorTiket: string) {
	const rows = await Outbox.findAll({ where: { kanal: ['wa', 'email'] }, order: [['id', 'ASC']] })
	return rows.filter((r) => `${r.isi.judul} ${r.isi.isi ?? ''}`.includes(nomorTiket))
}

const langkahAktif = async (instansId: number) => (await InstansAlur.findByPk(instansId))!.langkahAktif

function tanpaNik(rows: Outbox[]) {
	for (const r of rows) expect(JSON.stringify(r.isi)).not.toContain(NIK_CONTOH)
}

describe('messages to the applicant', () => {
	it('tells a returned request what is missing and how to complete it, on WhatsApp and e-mail, without the NIK', async () => {
		const hasil = await ajukan('KIA')
		await kerjakanLangkah(hasil.instansId, 'kembalikan', `Akta kelahiran anak belum diunggah (NIK ${NIK_CONTOH})`)
		const pesan = await pesanTiket(hasil.nomorTiket)
		expect(pesan.map((p) => [p.kanal, p.tujuan])).toEqual([
			['wa', TELEPON],
			['email', EMAIL],
		])
		for (const p of pesan) {
			expect(p.isi.isi).toContain('Akta kelahiran anak belum diunggah')
			expect(p.isi.isi).toContain('http://localhost:3000/lacak')
		}
		expect(pesan[0]!.isi.isi).toMatch(/Balas pesan ini dengan foto/)
		expect(pesan[0]!.isi.isi).toContain('3305••••••••0001')
		tanpaNik(pesan)
	})

	it('sends nothing on a channel that is off', async () => {
		delete process.env.WA_ACCESS_TOKEN
		resetEnvCache()
		try {
			const hasil = await ajukan('KIA')
			await kerjakanLangkah(hasil.instansId, 'kembalikan', 'Berkas kurang')
			expect((await pesanTiket(hasil.nomorTiket)).map((p) => p.kanal)).toEqual(['email'])
		} finally {
			process.env.WA_ACCESS_TOKEN = 'token-uji'
			resetEnvCache()
		}
	})

	it('asks for the fine in Rupiah, to be paid at the loket', async () => {
		const tarif = (await listTarifDenda()).find((t) => t.peristiwa === 'kelahiran')!
		const hasil = await ajukan('AKTA-LAHIR', {}, tanggalLalu(tarif.batasHari + 40))
		const { pelaku: loket } = await ambilLangkah(hasil.instansId)
		const jenis = (await getJenisLayananByKode('AKTA-LAHIR'))!
		await simpanCeklis({ permohonanId: hasil.permohonanId, ceklis: jenis.persyaratan.map((p) => p.id), pelaku: loket })
		const tugas = (await TugasAlur.findOne({ where: { instansId: hasil.instansId, status: 'diambil' } }))!
		await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'minta-bayar-denda', pelaku: loket }))
		const pesan = await pesanTiket(hasil.nomorTiket)
		expect(pesan).toHaveLength(2)
		for (const p of pesan) {
			expect(p.isi.isi).toContain(formatRupiah(tarif.nominal))
			expect(p.isi.isi).toContain('bayar di loket')
		}
	})

	it('says once that the document is ready at the loket, and closes when it is handed over', async () => {
		const jenis = (await getJenisLayananByKode('KK-BARU'))!
		const hasil = await ajukan('KK-BARU', { ceklis: jenis.persyaratan.map((p) => p.id) })
		for (let i = 0; i < 15; i++) {
			const instans = (await InstansAlur.findByPk(hasil.instansId))!
			if (instans.status !== 'berjalan') break
			const langkah = instans.langkahAktif!
			if (!['cetak', 'cek-dokumen', 'serahkan', 'input-data'].includes(langkah)) {
				await kerjakanLangkah(hasil.instansId)
				continue
			}
			const { pelaku, tugas } = await ambilLangkah(hasil.instansId)
			await withRequestContext(async () => {
				if (langkah === 'input-data') await catatHasilSiak({ permohonanId: hasil.permohonanId, catatan: { nomor: '3305010101260001', keterangan: null }, pelaku })
				if (langkah === 'cetak') await catatCetak({ permohonanId: hasil.permohonanId, nomorDokumen: null, pelaku })
				if (langkah === 'cek-dokumen') await catatCekDokumen({ permohonanId: hasil.permohonanId, kondisi: 'baik', pelaku })
				if (langkah === 'serahkan') await catatPenyerahan({ permohonanId: hasil.permohonanId, diterimaOleh: 'Budi Santoso', cara: 'ambil', pelaku })
			})
			const konteks = (await InstansAlur.findByPk(hasil.instansId))!.konteks
			const aksi = aksiTersedia(getDefinisi(instans.definisiKode, instans.definisiVersi)!, langkah, konteks).find((a) => a.kode !== 'kembalikan' && a.kode !== 'cetak-ulang')!
			await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: aksi.kode, ke: aksi.ke, pelaku }))
		}
		expect((await InstansAlur.findByPk(hasil.instansId))!.status).toBe('selesai')
		const pesan = await pesanTiket(hasil.nomorTiket)
		expect(pesan.map((p) => `${p.kanal}:${p.isi.judul.split(' ')[0]}`)).toEqual(['wa:Dokumen', 'email:Dokumen', 'wa:Permohonan', 'email:Permohonan'])
		expect(pesan[0]!.isi.isi).toMatch(/^Dokumen siap diambil di loket /)
		expect(pesan[2]!.isi.isi).toMatch(/telah selesai/)
		tanpaNik(pesan)
	})

	it('e-mails the signed PDF with its verification link when the e-mail step is done', async () => {
		const kunci = await getStorage().save(PDF_KECIL, 'pdf', { folder: 'uji' })
		vi.mocked(getDokumenTerbit).mockResolvedValue({ kunci, nama: 'KK-3305010101260001.pdf', mime: 'application/pdf', kodeVerifikasi: 'VRF2345' })
		const hasil = await ajukan('KK-BARU', { kanal: 'wa', pemohon: { ...pemohon, pengiriman: 'email' } })
		for (let i = 0; i < 12 && (await langkahAktif(hasil.instansId)) !== 'kirim-email'; i++) await kerjakanLangkah(hasil.instansId)
		const sebelum = (await pesanTiket(hasil.nomorTiket)).length
		await kerjakanLangkah(hasil.instansId)
		const pesan = (await pesanTiket(hasil.nomorTiket)).slice(sebelum)
		expect(pesan.map((p) => p.kanal)).toEqual(['email', 'wa'])
		expect(pesan[0]!.isi.lampiran).toEqual({ kunci, nama: 'KK-3305010101260001.pdf', mime: 'application/pdf' })
		expect(pesan[1]!.isi.isi).toMatch(/telah dikirim ke alamat e-mail Anda/)

		smtp.diterima.length = 0
		await kirimOutbox()
		const email = smtp.diterima.map((e) => ({ amplop: e.ke, ...bacaEmail(e.mentah) })).find((e) => e.subjek.includes(hasil.nomorTiket))!
		expect(email.amplop).toEqual([EMAIL])
		expect(email.subjek).toBe(pesan[0]!.isi.judul)
		expect(email.teks).toContain('http://localhost:3000/verifikasi/VRF2345')
		expect(email.teks).not.toContain(NIK_CONTOH)
		expect(email.lampiran).toHaveLength(1)
		expect(email.lampiran[0]).toMatchObject({ nama: 'KK-3305010101260001.pdf', mime: 'application/pdf' })
		expect(Buffer.compare(email.lampiran[0]!.isi, Buffer.from(PDF_KECIL))).toBe(0)
	})

	it('sends the signed PDF as a WhatsApp document when the WhatsApp step is done', async () => {
		const kunci = await getStorage().save(PDF_KECIL, 'pdf', { folder: 'uji' })
		vi.mocked(getDokumenTerbit).mockResolvedValue({ kunci, nama: 'KK.pdf', mime: 'application/pdf', kodeVerifikasi: 'VRF6789' })
		const hasil = await ajukan('KK-BARU', { kanal: 'wa', pemohon: { ...pemohon, pemohonEmail: '', pengiriman: 'wa' } })
		for (let i = 0; i < 12 && (await langkahAktif(hasil.instansId)) !== 'kirim-wa'; i++) await kerjakanLangkah(hasil.instansId)
		expect(await langkahAktif(hasil.instansId)).toBe('kirim-wa')
		const sebelum = (await pesanTiket(hasil.nomorTiket)).length
		await kerjakanLangkah(hasil.instansId)
		const pesan = (await pesanTiket(hasil.nomorTiket)).slice(sebelum)
		expect(pesan).toHaveLength(1)
		expect(pesan[0]).toMatchObject({ kanal: 'wa', tujuan: TELEPON })
		expect(pesan[0]!.isi).toMatchObject({ tautan: 'http://localhost:3000/verifikasi/VRF6789', lampiran: { kunci, nama: 'KK.pdf', mime: 'application/pdf' } })
	})

	it('says the document waits at the loket when no signed PDF exists', async () => {
		const hasil = await ajukan('KK-BARU', { kanal: 'wa', pemohon: { ...pemohon, pemohonEmail: '', pengiriman: 'wa' } })
		for (let i = 0; i < 12 && (await langkahAktif(hasil.instansId)) !== 'kirim-wa'; i++) await kerjakanLangkah(hasil.instansId)
		const sebelum = (await pesanTiket(hasil.nomorTiket)).length
		await kerjakanLangkah(hasil.instansId)
		const [pesan] = (await pesanTiket(hasil.nomorTiket)).slice(sebelum)
		expect(pesan!.isi.lampiran).toBeUndefined()
		expect(pesan!.isi.isi).toMatch(/dapat diambil di loket/)
	})
})
