import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BerkasPermohonan, InstansAlur, KuitansiDenda, PermohonanLayanan, RegisterDokumen, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { ambilLangkah, contohIsian, kerjakanLangkah, NIK_CONTOH, PDF_KECIL, tanggalLalu } from '#test/layanan'
import { withRequestContext } from '#test/utils'
import { getEnv } from '~/utils/env.server'
import { aksiTersedia } from '~/workflow/mesin.server'
import { getDefinisi } from '~/workflow/definisi'
import { lacakPermohonan } from './baca.server'
import { BATAS_BERKAS } from './berkas.server'
import { getJenisLayananByKode, listTarifDenda } from './katalog.server'
import { hashKodeLacak } from './kode-lacak.server'
import { catatCekDokumen, catatCetak, catatHasilSiak, catatPenyerahan, simpanCeklis, tambahBerkasPermohonan, terimaPembayaranDenda } from './pekerjaan.server'
import { ajukanPermohonan, buatKunciPengajuan, type AjukanInput } from './permohonan.server'
import { SKEMA_ISIAN } from './skema-isian'

const pemohon = { pemohonNama: 'Budi Santoso', pemohonNik: NIK_CONTOH, pemohonTelepon: '0812 3456 7890', pemohonEmail: '', pengiriman: 'ambil' }

async function masukan(jenisKode: string, ubah: Partial<AjukanInput> = {}, peristiwa?: string): Promise<AjukanInput> {
	const jenis = (await getJenisLayananByKode(jenisKode))!
	return {
		jenisKode,
		kanal: 'web',
		pemohon,
		isian: contohIsian(SKEMA_ISIAN[jenis.skema]!, peristiwa),
		berkas: [{ nama: 'ktp.pdf', bytes: PDF_KECIL, persyaratanId: jenis.persyaratan[0]!.id }],
		pelaku: null,
		...ubah,
	}
}

async function ajukan(jenisKode: string, ubah: Partial<AjukanInput> = {}, peristiwa?: string) {
	const hasil = await withRequestContext(async () => ajukanPermohonan(await masukan(jenisKode, ubah, peristiwa)))
	if (!hasil.ok) throw new Error(`Pengajuan ${jenisKode} gagal: ${JSON.stringify(hasil.errors)}`)
	return hasil
}

const langkahAktif = async (instansId: number) => (await InstansAlur.findByPk(instansId))!.langkahAktif

function berkasDiDisk() {
	const dir = path.join(getEnv().uploadDir, 'permohonan')
	return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0
}

describe('ajukanPermohonan', () => {
	it('registers a loket request with its checklist, berkas, ticket number and hashed tracking code', async () => {
		const loket = await getUserById('loket')
		const jenis = (await getJenisLayananByKode('KK-BARU'))!
		const wajib = jenis.persyaratan.filter((p) => p.wajib).map((p) => p.id)
		const hasil = await ajukan('KK-BARU', { kanal: 'loket', pelaku: loket, ceklis: wajib })
		expect(hasil.nomorTiket).toMatch(/^KK-BARU-\d{8}-\d{4}$/)
		expect(hasil.kodeLacak).toMatch(/^[A-Z2-9]{6}$/)
		const p = (await PermohonanLayanan.findByPk(hasil.permohonanId))!
		expect(p.kodeLacakHash).toBe(hashKodeLacak(p.nomorTiket, hasil.kodeLacak))
		expect(p.kodeLacakHash).not.toContain(hasil.kodeLacak)
		expect(p).toMatchObject({ kanal: 'loket', diajukanOlehId: loket.id, pemohonTelepon: '6281234567890', ceklis: wajib })
		const instans = (await InstansAlur.findByPk(hasil.instansId))!
		expect(instans).toMatchObject({ definisiKode: jenis.definisiKode, subjekJenis: 'permohonan-layanan', subjekId: String(p.id), status: 'berjalan' })
		expect(instans.judul).not.toContain('Budi')
		expect(instans.konteks).toMatchObject({ berkasLengkap: true, denda: 0, dendaLunas: true, adaEmail: false })
		const berkas = await BerkasPermohonan.findAll({ where: { permohonanId: p.id } })
		expect(berkas).toHaveLength(1)
		expect(berkas[0]).toMatchObject({ nama: 'ktp.pdf', mime: 'application/pdf', sumber: 'petugas' })
		expect(berkas[0]!.kunci).toMatch(/^permohonan\/[a-f0-9]{32}\.pdf$/)
	})

	it('refuses bad input field by field and saves nothing, not even the files', async () => {
		const sebelum = { permohonan: await PermohonanLayanan.count(), berkas: await BerkasPermohonan.count(), disk: berkasDiDisk() }
		const html = new TextEncoder().encode('<html><script>alert(1)</script></html>')
		const besar = new Uint8Array(BATAS_BERKAS.ukuran + 1)
		besar.set(PDF_KECIL)
		const hasil = await ajukanPermohonan(
			await masukan('KIA', {
				pemohon: { ...pemohon, pemohonNama: 'B', pemohonNik: '1234567890123456', pengiriman: 'email' },
				isian: {},
				berkas: [
					{ nama: 'akta.pdf', bytes: html, persyaratanId: null },
					{ nama: 'scan.pdf', bytes: besar, persyaratanId: null },
					{ nama: 'ok.pdf', bytes: PDF_KECIL, persyaratanId: null },
				],
			}),
		)
		expect(hasil.ok).toBe(false)
		if (hasil.ok) return
		expect(hasil.errors.pemohonNama).toBeTruthy()
		expect(hasil.errors.pemohonNik).toBeTruthy()
		expect(hasil.errors.pemohonEmail?.[0]).toMatch(/e-mail/)
		expect(Object.keys(hasil.errors).some((k) => k.startsWith('isian.'))).toBe(true)
		expect(hasil.errors.berkas?.join(' ')).toMatch(/akta\.pdf: bukan PDF/)
		expect(hasil.errors.berkas?.join(' ')).toMatch(/scan\.pdf: ukuran/)
		expect({ permohonan: await PermohonanLayanan.count(), berkas: await BerkasPermohonan.count(), disk: berkasDiDisk() }).toEqual(sebelum)
	})

	it('keeps only the base name of an uploaded file and stores it under a generated key', async () => {
		const hasil = await ajukan('KIA', { berkas: [{ nama: '../../etc/passwd.pdf', bytes: PDF_KECIL, persyaratanId: null }] })
		const berkas = (await BerkasPermohonan.findOne({ where: { permohonanId: hasil.permohonanId } }))!
		expect(berkas.nama).toBe('passwd.pdf')
		expect(berkas.kunci).not.toContain('passwd')
	})

	it('makes one request of a form sent twice, one after the other or at once', async () => {
		const kunciPengajuan = buatKunciPengajuan()
		const sebelum = await PermohonanLayanan.count()
		const pertama = await ajukanPermohonan(await masukan('KIA', { kunciPengajuan }))
		expect(pertama.ok).toBe(true)
		const lagi = await ajukanPermohonan(await masukan('KIA', { kunciPengajuan }))
		expect(lagi.ok).toBe(false)
		expect(!lagi.ok && lagi.errors._form?.[0]).toMatch(/sudah terkirim dengan nomor tiket KIA-/)
		const kunciLain = buatKunciPengajuan()
		const serentak = await Promise.all([1, 2, 3].map(async () => ajukanPermohonan(await masukan('KIA', { kunciPengajuan: kunciLain }))))
		expect(serentak.filter((h) => h.ok)).toHaveLength(1)
		expect(await PermohonanLayanan.count()).toBe(sebelum + 2)
	})

	it('gives twenty parallel submissions twenty consecutive ticket numbers of the day', async () => {
		const hasil = await Promise.all(Array.from({ length: 20 }, () => ajukan('KTP-BARU')))
		const urut = hasil.map((h) => Number(h.nomorTiket.slice(-4))).sort((a, b) => a - b)
		expect(new Set(hasil.map((h) => h.nomorTiket)).size).toBe(20)
		expect(urut).toEqual(Array.from({ length: 20 }, (_, i) => urut[0]! + i))
		expect(new Set(hasil.map((h) => h.nomorTiket.slice(0, -5))).size).toBe(1)
	})
})

describe('a request through its SOP', () => {
	it('holds a late akta kelahiran until the fine is paid at the loket, with a numbered receipt', async () => {
		const tarif = (await listTarifDenda()).find((t) => t.peristiwa === 'kelahiran')!
		const hasil = await ajukan('AKTA-LAHIR', {}, tanggalLalu(tarif.batasHari + 40))
		expect(hasil.denda).toBe(tarif.nominal)
		const { pelaku: loket } = await ambilLangkah(hasil.instansId)
		const jenis = (await getJenisLayananByKode('AKTA-LAHIR'))!
		const cek = await simpanCeklis({ permohonanId: hasil.permohonanId, ceklis: jenis.persyaratan.map((p) => p.id), pelaku: loket })
		expect(cek).toEqual({ lengkap: true, kurang: [] })
		const instans = (await InstansAlur.findByPk(hasil.instansId))!
		const aksi = aksiTersedia(getDefinisi(instans.definisiKode, instans.definisiVersi)!, 'verifikasi-kelengkapan', instans.konteks).map((a) => a.kode)
		expect(aksi).toContain('minta-bayar-denda')
		expect(aksi).not.toContain('teruskan')
		const tugas = (await TugasAlur.findOne({ where: { instansId: hasil.instansId, status: 'diambil' } }))!
		await withRequestContext(async () => (await import('~/workflow/mesin.server')).jalankanAksi({ tugasId: tugas.id, aksiKode: 'minta-bayar-denda', pelaku: loket }))
		expect(await langkahAktif(hasil.instansId)).toBe('bayar-denda')

		const { pelaku } = await ambilLangkah(hasil.instansId)
		const { nomor } = await withRequestContext(() => terimaPembayaranDenda({ permohonanId: hasil.permohonanId, pelaku }))
		expect(nomor).toMatch(/^KW\/\d{4}\/\d{6}$/)
		expect(await KuitansiDenda.count({ where: { permohonanId: hasil.permohonanId, nominal: tarif.nominal } })).toBe(1)
		expect(await langkahAktif(hasil.instansId)).toBe('input-siak')
		expect((await PermohonanLayanan.findByPk(hasil.permohonanId))!.dendaLunas).toBe(true)
	})

	it('returns an incomplete request to the pemohon, who completes it by tracking code and it resumes', async () => {
		const hasil = await ajukan('KIA')
		const { pelaku: loket } = await ambilLangkah(hasil.instansId)
		const cek = await simpanCeklis({ permohonanId: hasil.permohonanId, ceklis: [], pelaku: loket })
		expect(cek.lengkap).toBe(false)
		expect(cek.kurang.length).toBeGreaterThan(0)
		const tugas = (await TugasAlur.findOne({ where: { instansId: hasil.instansId, status: 'diambil' } }))!
		const { jalankanAksi } = await import('~/workflow/mesin.server')
		await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'kembalikan', alasan: `Berkas belum lengkap: ${cek.kurang.join(', ')}`, pelaku: loket }))
		const dilacak = await lacakPermohonan({ nomorTiket: hasil.nomorTiket, kode: hasil.kodeLacak, alamat: '10.0.0.1' })
		expect(dilacak.ok && dilacak.data).toMatchObject({ status: 'menunggu-pemohon', bolehUnggah: true, kekurangan: expect.stringContaining('Berkas belum lengkap') })
		const tambah = await withRequestContext(() => tambahBerkasPermohonan({ permohonanId: hasil.permohonanId, berkas: [{ nama: 'kk.pdf', bytes: PDF_KECIL, persyaratanId: null }], pelaku: null }))
		expect(tambah).toEqual({ ok: true, dilanjutkan: true })
		const instans = (await InstansAlur.findByPk(hasil.instansId))!
		expect(instans.langkahAktif).toBe(getDefinisi(instans.definisiKode, instans.definisiVersi)!.langkah[1]!.kode)
	})

	it('runs a KK from the loket through operator, verifikator, Kadis, print, check and hand-over into the buku register', async () => {
		const loket = await getUserById('loket')
		const jenis = (await getJenisLayananByKode('KK-BARU'))!
		const hasil = await ajukan('KK-BARU', { kanal: 'loket', pelaku: loket, ceklis: jenis.persyaratan.map((p) => p.id) })
		const dilalui: string[] = []
		for (let i = 0; i < 15; i++) {
			const instans = (await InstansAlur.findByPk(hasil.instansId))!
			if (instans.status !== 'berjalan') break
			const langkah = instans.langkahAktif!
			if (langkah === 'cetak' || langkah === 'cek-dokumen' || langkah === 'serahkan' || langkah === 'input-data') {
				const { pelaku } = await ambilLangkah(hasil.instansId)
				await withRequestContext(async () => {
					if (langkah === 'input-data') await catatHasilSiak({ permohonanId: hasil.permohonanId, catatan: { nomor: '3305010101260001', keterangan: null }, pelaku })
					if (langkah === 'cetak') await catatCetak({ permohonanId: hasil.permohonanId, nomorDokumen: null, pelaku })
					if (langkah === 'cek-dokumen') await catatCekDokumen({ permohonanId: hasil.permohonanId, kondisi: 'baik', pelaku })
					if (langkah === 'serahkan') await catatPenyerahan({ permohonanId: hasil.permohonanId, diterimaOleh: 'Budi Santoso', cara: 'ambil', pelaku })
				})
				const tugas = (await TugasAlur.findOne({ where: { instansId: hasil.instansId, status: 'diambil' } }))!
				const def = getDefinisi(instans.definisiKode, instans.definisiVersi)!
				const aksi = aksiTersedia(def, langkah, (await InstansAlur.findByPk(hasil.instansId))!.konteks).find((a) => a.kode !== 'kembalikan' && a.kode !== 'cetak-ulang')!
				const { jalankanAksi } = await import('~/workflow/mesin.server')
				await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: aksi.kode, ke: aksi.ke, pelaku }))
				dilalui.push(`${langkah}:${pelaku.nama}`)
			} else {
				const { pelaku } = await kerjakanLangkah(hasil.instansId)
				dilalui.push(`${langkah}:${pelaku.nama}`)
			}
		}
		expect((await InstansAlur.findByPk(hasil.instansId))!.status).toBe('selesai')
		expect(dilalui.map((d) => d.split(':')[0])).toEqual(['verifikasi-kelengkapan', 'input-data', 'verifikasi-input', 'tte', 'cetak', 'cek-dokumen', 'serahkan'])
		const register = (await RegisterDokumen.findOne({ where: { permohonanId: hasil.permohonanId } }))!
		expect(register).toMatchObject({ nomorDokumen: '3305010101260001', kondisi: 'baik', diterimaOleh: 'Budi Santoso', cara: 'ambil' })
		expect(register.nomorRegister).toMatch(/^REG\/\d{4}\/\d{6}$/)
		expect(register.diserahkanAt).toBeInstanceOf(Date)
	})

	it('records the e-mail delivery choice of a WhatsApp KK and sends it to the e-mail step', async () => {
		const hasil = await ajukan('KK-BARU', { kanal: 'wa', pemohon: { ...pemohon, pemohonEmail: 'budi@contoh.id', pengiriman: 'email' } })
		const instans = (await InstansAlur.findByPk(hasil.instansId))!
		expect(instans.definisiKode).toBe('SOP-WA-KK')
		expect(instans.konteks.adaEmail).toBe(true)
		for (let i = 0; i < 12 && (await langkahAktif(hasil.instansId)) !== 'kirim-email'; i++) await kerjakanLangkah(hasil.instansId)
		expect(await langkahAktif(hasil.instansId)).toBe('kirim-email')
	})

	it('refuses step data from someone who does not hold the step', async () => {
		const hasil = await ajukan('KIA')
		const operator = await getUserById('operator.siak')
		await expect(simpanCeklis({ permohonanId: hasil.permohonanId, ceklis: [], pelaku: operator })).rejects.toMatchObject({ status: 403 })
		await expect(catatCetak({ permohonanId: hasil.permohonanId, nomorDokumen: null, pelaku: operator })).rejects.toMatchObject({ status: 409 })
	})
})

describe('lacakPermohonan', () => {
	it('answers a wrong code like an unknown ticket and throttles repeated guesses on a ticket', async () => {
		const hasil = await ajukan('KIA')
		const salah = hasil.kodeLacak === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'
		expect(await lacakPermohonan({ nomorTiket: 'KIA-20000101-0001', kode: hasil.kodeLacak, alamat: '10.9.9.9' })).toEqual({ ok: false, alasan: 'tidak-ditemukan' })
		for (let i = 0; i < 5; i++) expect(await lacakPermohonan({ nomorTiket: hasil.nomorTiket, kode: salah, alamat: `10.1.1.${i}` })).toEqual({ ok: false, alasan: 'tidak-ditemukan' })
		expect(await lacakPermohonan({ nomorTiket: hasil.nomorTiket, kode: hasil.kodeLacak, alamat: '10.2.2.2' })).toEqual({ ok: false, alasan: 'dibatasi' })
	})

	it('shows steps and times without personal data', async () => {
		const hasil = await ajukan('KIA')
		const dilacak = await lacakPermohonan({ nomorTiket: hasil.nomorTiket.toLowerCase(), kode: ` ${hasil.kodeLacak.toLowerCase()} `, alamat: '10.3.3.3' })
		expect(dilacak.ok).toBe(true)
		expect(JSON.stringify(dilacak)).not.toMatch(/Budi|3305011201900001|6281234567890/)
	})
})
