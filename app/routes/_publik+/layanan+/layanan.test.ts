import { describe, expect, it } from 'vitest'
import { BerkasPermohonan, PermohonanLayanan } from '#models/index'
import { makeRequest, payload, settle, statusOf } from '#test/utils'
import { getJenisLayananByKode, listJenisLayanan } from '~/modules/layanan/katalog.server'
import { teksStandarWaktu } from '../__tampilan'
import { loader as rincian } from './$kode'
import { action as ajukan, loader as formulir } from './$kode_.ajukan'
import { loader as daftar } from './index'

/**
 * The citizen's side: the catalogue, one service's page, and the web form, anonymous throughout.
 * Files are built here as bytes with the right (or a wrong) magic number.
 */
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
const HTML = new TextEncoder().encode('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')

const PEMOHON = { pemohonNama: 'Siti Aminah', pemohonNik: '3305015107900001', pemohonTelepon: '0812 3456 7890', pengiriman: 'ambil' }

const ISIAN_KIA = {
	'isian.alasan': 'Penerbitan baru',
	'isian.nikAnak': '3305011207150002',
	'isian.namaAnak': 'Bima Saputra',
	'isian.tanggalLahir': '2015-07-12',
	'isian.nomorAktaKelahiran': '3305-LT-12072015-0001',
	'isian.nomorKk': '3305011207150003',
	'isian.namaOrangTua': 'Siti Aminah',
}

/** Born in March, reported in November: past the 60 days of the Act, so the fine applies. */
const ISIAN_LAHIR_TERLAMBAT = {
	'isian.namaAnak': 'Ayu Lestari',
	'isian.jenisKelamin': 'Perempuan',
	'isian.tempatLahir': 'Kebumen',
	'isian.tanggalLahir': '2026-03-01',
	'isian.anakKe': '1',
	'isian.penolongKelahiran': 'Bidan/perawat',
	'isian.namaIbu': 'Siti Aminah',
	'isian.nikIbu': '3305015107900001',
	'isian.nomorKk': '3305011207150003',
}

type Berkas = { field: string; nama: string; bytes: Uint8Array<ArrayBuffer>; type: string }

/** A multipart POST as the browser sends the form. */
function kirim(kode: string, fields: Record<string, string>, berkas: Berkas[]) {
	const form = new FormData()
	for (const [key, value] of Object.entries(fields)) form.append(key, value)
	for (const b of berkas) form.append(b.field, new File([b.bytes], b.nama, { type: b.type }))
	return settle(() => ajukan(args(makeRequest(`/layanan/${kode}/ajukan`, { body: form }), { kode })))
}

async function persyaratanId(kode: string, urutan = 0) {
	const jenis = await getJenisLayananByKode(kode)
	return jenis!.persyaratan[urutan]!.id
}

const jumlahTersimpan = () => Promise.all([PermohonanLayanan.count(), BerkasPermohonan.count()])

type Hasil = { ok: true; nomorTiket: string; kodeLacak: string; denda: number; layanan: string }
type Gagal = { ok: false; errors: Record<string, string[]>; values: Record<string, string> }

describe('katalog layanan publik', () => {
	it('lists the seeded services by kelompok, with time standard and fine, for anyone', async () => {
		const result = await settle(() => daftar(args(makeRequest('/layanan'))))
		expect(statusOf(result)).toBe(200)
		const { kelompok } = payload<Awaited<ReturnType<typeof daftar>>>(result)
		expect(kelompok.map((k) => k.nama)).toEqual(['Pendaftaran Penduduk', 'Pencatatan Sipil'])
		const semua = kelompok.flatMap((k) => k.layanan)
		expect(semua.length).toBeGreaterThanOrEqual(30)
		const kia = semua.find((l) => l.kode === 'KIA')!
		expect(kia).toMatchObject({ nama: 'Kartu Identitas Anak (KIA)', adaDenda: false, daring: true })
		expect(kia.standarWaktu).toMatch(/^± \d/)
		expect(semua.find((l) => l.kode === 'AKTA-LAHIR')).toMatchObject({ adaDenda: true })
		expect(kelompok[1]!.layanan.every((l) => l.kode !== 'KIA')).toBe(true)
	})

	it('words the total standard time', () => {
		expect(teksStandarWaktu({ menit: 45, hariKerja: 0 })).toBe('± 45 menit')
		expect(teksStandarWaktu({ menit: 30, hariKerja: 3 })).toBe('± 3 hari kerja + 30 menit')
		expect(teksStandarWaktu({ menit: 0, hariKerja: 0 })).toBeNull()
	})

	it('shows one service: requirements, fine rule with its legal basis, SOP steps', async () => {
		const data = payload<Awaited<ReturnType<typeof rincian>>>(await settle(() => rincian(args(makeRequest('/layanan/AKTA-LAHIR'), { kode: 'AKTA-LAHIR' }))))
		expect(data.nama).toBe('Akta kelahiran')
		expect(data.persyaratan.some((p) => p.wajib)).toBe(true)
		expect(data.persyaratan.some((p) => !p.wajib)).toBe(true)
		expect(data.denda).toMatchObject({ aturan: 'Lewat 60 hari sejak peristiwa: denda Rp100.000' })
		expect(data.denda!.dasarHukum).toMatch(/UU 23\/2006/)
		expect(data.langkah.length).toBeGreaterThan(3)
		expect(data.langkah.some((l) => l.waktu !== null)).toBe(true)
		expect(data.daring).toBe(true)

		const kia = payload<Awaited<ReturnType<typeof rincian>>>(await settle(() => rincian(args(makeRequest('/layanan/kia'), { kode: 'kia' }))))
		expect(kia.denda).toBeNull()
	})

	it('answers 404 for an unknown service, on its page and its form', async () => {
		expect(statusOf(await settle(() => rincian(args(makeRequest('/layanan/TIDAK-ADA'), { kode: 'TIDAK-ADA' }))))).toBe(404)
		expect(statusOf(await settle(() => formulir(args(makeRequest('/layanan/TIDAK-ADA/ajukan'), { kode: 'TIDAK-ADA' }))))).toBe(404)
	})

	it('draws the form with one file input per persyaratan line and the limits', async () => {
		const data = payload<Awaited<ReturnType<typeof formulir>>>(await settle(() => formulir(args(makeRequest('/layanan/KIA/ajukan'), { kode: 'KIA' }))))
		expect(data.jenis.skema).toBe('kia')
		expect(data.jenis.persyaratan.length).toBeGreaterThan(2)
		expect(data.batas).toEqual({ ukuran: '5 MB', jumlah: 20 })
	})
})

describe('pengajuan dari web', () => {
	it('takes a valid KIA request and returns the ticket number and tracking code', async () => {
		const syarat = await persyaratanId('KIA')
		const [sebelum] = await jumlahTersimpan()
		const result = await kirim('KIA', { ...PEMOHON, ...ISIAN_KIA }, [
			{ field: `berkas_${syarat}`, nama: 'akta-kelahiran.pdf', bytes: PDF, type: 'application/pdf' },
			{ field: `berkas_${await persyaratanId('KIA', 1)}`, nama: 'kk.png', bytes: PNG, type: 'image/png' },
		])
		expect(statusOf(result)).toBe(200)
		const hasil = payload<Hasil>(result)
		expect(hasil.ok).toBe(true)
		expect(hasil.nomorTiket).toMatch(/^KIA-\d{8}-\d{4}$/)
		expect(hasil.kodeLacak).toMatch(/^[A-Z2-9]{6}$/)
		expect(hasil.denda).toBe(0)

		const permohonan = await PermohonanLayanan.findOne({ where: { nomorTiket: hasil.nomorTiket } })
		expect(permohonan).toMatchObject({ kanal: 'web', diajukanOlehId: null, pemohonNama: 'Siti Aminah' })
		// only the hash of the code is kept
		expect(JSON.stringify(permohonan!.toJSON())).not.toContain(hasil.kodeLacak)
		const berkas = await BerkasPermohonan.findAll({ where: { permohonanId: permohonan!.id }, order: [['id', 'ASC']] })
		expect(berkas.map((b) => [b.mime, b.persyaratanId, b.sumber])).toEqual([
			['application/pdf', syarat, 'pemohon'],
			['image/png', await persyaratanId('KIA', 1), 'pemohon'],
		])
		expect(await PermohonanLayanan.count()).toBe(sebelum + 1)
	})

	it('takes a late AKTA-LAHIR request and states the fine', async () => {
		const result = await kirim('AKTA-LAHIR', { ...PEMOHON, ...ISIAN_LAHIR_TERLAMBAT }, [
			{ field: `berkas_${await persyaratanId('AKTA-LAHIR', 1)}`, nama: 'surat-keterangan-lahir.pdf', bytes: PDF, type: 'application/pdf' },
		])
		const hasil = payload<Hasil>(result)
		expect(hasil).toMatchObject({ ok: true, layanan: 'Akta kelahiran', denda: 100_000 })
		expect(hasil.nomorTiket).toMatch(/^AKTA-LAHIR-\d{8}-\d{4}$/)
	})

	it('returns the field errors and the typed values, and saves nothing', async () => {
		const sebelum = await jumlahTersimpan()
		const result = await kirim('KIA', { ...PEMOHON, pemohonNik: '123', ...ISIAN_KIA, 'isian.namaAnak': '', 'isian.tanggalLahir': '2099-01-01' }, [
			{ field: `berkas_${await persyaratanId('KIA')}`, nama: 'akta.pdf', bytes: PDF, type: 'application/pdf' },
		])
		expect(statusOf(result)).toBe(400)
		const gagal = payload<Gagal>(result)
		expect(gagal.ok).toBe(false)
		expect(Object.keys(gagal.errors)).toEqual(expect.arrayContaining(['pemohonNik', 'isian.namaAnak', 'isian.tanggalLahir']))
		expect(gagal.values).toMatchObject({ pemohonNama: 'Siti Aminah', 'isian.nomorKk': '3305011207150003' })
		expect(await jumlahTersimpan()).toEqual(sebelum)
	})

	it('refuses a request without any berkas', async () => {
		const sebelum = await jumlahTersimpan()
		const gagal = payload<Gagal>(await kirim('KIA', { ...PEMOHON, ...ISIAN_KIA }, []))
		expect(gagal.errors.berkas).toEqual(['Unggah pindaian berkas persyaratan.'])
		expect(await jumlahTersimpan()).toEqual(sebelum)
	})

	it('refuses an HTML file named .pdf, by its bytes', async () => {
		const sebelum = await jumlahTersimpan()
		const result = await kirim('KIA', { ...PEMOHON, ...ISIAN_KIA }, [
			{ field: `berkas_${await persyaratanId('KIA')}`, nama: 'akta.pdf', bytes: HTML, type: 'application/pdf' },
		])
		expect(statusOf(result)).toBe(400)
		expect(payload<Gagal>(result).errors.berkas).toEqual(['akta.pdf: bukan PDF, JPEG atau PNG. Pindai ulang berkas ke salah satu jenis itu.'])
		expect(await jumlahTersimpan()).toEqual(sebelum)
	})

	it('refuses a 6 MB file', async () => {
		const sebelum = await jumlahTersimpan()
		const besar = new Uint8Array(6 * 1024 * 1024)
		besar.set(PDF)
		const syarat = await persyaratanId('KIA')
		const result = await kirim('KIA', { ...PEMOHON, ...ISIAN_KIA }, [{ field: `berkas_${syarat}`, nama: 'besar.pdf', bytes: besar, type: 'application/pdf' }])
		expect(statusOf(result)).toBe(400)
		const gagal = payload<Gagal>(result)
		expect(gagal.errors[`berkas_${syarat}`]?.[0]).toMatch(/melebihi batas 5 MB/)
		expect(await jumlahTersimpan()).toEqual(sebelum)
	})

	it('keeps a loket-only service off the web', async () => {
		const hanyaLoket = (await listJenisLayanan()).find((j) => !j.daring)
		if (!hanyaLoket) return
		const kode = hanyaLoket.kode
		expect(statusOf(await settle(() => formulir(args(makeRequest(`/layanan/${kode}/ajukan`), { kode }))))).toBe(404)
		expect(statusOf(await kirim(kode, { ...PEMOHON }, []))).toBe(404)
	})
})
