import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { listWilayah } from '~/modules/referensi/wilayah.server'
import { readFlash } from '~/utils/flash.server'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader as ekspor } from './ekspor'
import { action as impor, loader as halamanImpor } from './impor'
import { loader as daftar } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })
type Daftar = Awaited<ReturnType<typeof daftar>>
type GagalImpor = { errors: Record<string, string[]>; galatBaris: { baris: number; pesan: string }[]; jumlahGalat: number }

async function muat(cookie: string, query: string) {
	return payload<Daftar>(await settle(() => daftar(args(makeRequest(`/admin/wilayah${query}`, { cookie })))))
}

function unggah(cookie: string, isi: string | Uint8Array<ArrayBuffer>, nama = 'wilayah.csv') {
	const form = new FormData()
	form.append('intent', 'impor')
	form.append('berkas', new File([isi], nama, { type: 'text/csv' }))
	return settle(() => impor(args(makeRequest('/admin/wilayah/impor', { cookie, body: form, method: 'POST' }))))
}

async function pesanFlash(response: unknown) {
	const setCookie = (response as Response).headers.get('Set-Cookie') ?? ''
	const { flash } = await readFlash(new Request('http://localhost/', { headers: { Cookie: setCookie.split(';')[0]! } }))
	return flash?.pesan
}

describe('wilayah', () => {
	it('lists the kecamatan of a kabupaten with the breadcrumb and the number of desa of each', async () => {
		const { cookie } = await loginAs('admin')
		const data = await muat(cookie, '?induk=33.05')
		expect(data.total).toBe(26)
		expect(data.rows).toHaveLength(25)
		expect(data.rows[0]).toMatchObject({ kode: '33.05.01', nama: 'Ayah', tingkat: 'kecamatan', indukKode: '33.05', jumlahAnak: 18 })
		expect(data.rows.every((r) => r.jumlahAnak > 0)).toBe(true)
		expect(data.rantai.map((w) => w.nama)).toEqual(['Jawa Tengah', 'Kabupaten Kebumen'])
		expect(data.bolehImpor).toBe(true)

		const page2 = await muat(cookie, '?induk=33.05&hal=2')
		expect(page2.rows.map((r) => r.kode)).toEqual(['33.05.26'])
	})

	it('filters by tingkat and searches a code from its start or a name anywhere', async () => {
		const { cookie } = await loginAs('admin')
		const kabupaten = await muat(cookie, '?tingkat=kabupaten')
		expect(kabupaten.rows.map((r) => [r.kode, r.jumlahAnak])).toEqual([
			['33.05', 26],
			['35.75', 4],
		])
		const byName = await muat(cookie, '?q=kebumen')
		expect(byName.rows.map((r) => r.kode)).toEqual(['33.05', '33.05.12', '33.05.12.1024', '33.05.25.2002'])
		const byCode = await muat(cookie, '?q=33.05.01&tingkat=desa')
		expect(byCode.total).toBe(18)
		expect(byCode.rows.every((r) => r.kode.startsWith('33.05.01.') && r.jumlahAnak === 0)).toBe(true)
		const ignored = await muat(cookie, '?tingkat=benua&induk=xx')
		expect(ignored.total).toBe(528)
	})

	it('answers 404 for an unknown parent and 403 without the permission', async () => {
		const admin = await loginAs('admin')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/wilayah?induk=99.99', { cookie: admin.cookie })))))).toBe(404)
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/wilayah', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => ekspor(args(makeRequest('/admin/wilayah/ekspor', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => halamanImpor(args(makeRequest('/admin/wilayah/impor', { cookie })))))).toBe(403)
		expect(statusOf(await unggah(cookie, 'kode,nama\n33,Jawa Tengah\n'))).toBe(403)
	})

	it('exports the filtered list as an Excel workbook', async () => {
		const { cookie } = await loginAs('admin')
		const response = (await settle(() => ekspor(args(makeRequest('/admin/wilayah/ekspor?induk=33.05', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		expect(response.headers.get('Content-Disposition')).toMatch(/filename="wilayah-\d{8}\.xlsx"/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.rowCount).toBe(1 + 26)
		expect(sheet.getRow(1).getCell(1).value).toBe('Kode')
		expect(sheet.getRow(2).values).toEqual([undefined, '33.05.01', 'Ayah', 'Kecamatan', '33.05', 18])
	})

	it('imports a good file: adds new codes, renames changed ones, keeps codes not in the file', async () => {
		const { cookie } = await loginAs('admin')
		const csv = [
			'kode,nama',
			'33,Jawa Tengah',
			'33.05,Kabupaten Kebumen Baru',
			'33.05.27,Kecamatan Uji',
			'33.05.27.2001,"Desa Uji, Satu"',
			'33.05.27.2002,Desa Uji Dua',
		].join('\n')
		const result = await unggah(cookie, csv)
		expect(statusOf(result)).toBe(302)
		expect((result as Response).headers.get('Location')).toBe('/admin/wilayah')
		expect(await pesanFlash(result)).toBe('Impor wilayah selesai: 3 baru, 1 berubah nama, dari 5 baris.')

		const kecamatan = await muat(cookie, '?induk=33.05')
		expect(kecamatan.total).toBe(27)
		expect(kecamatan.rantai.at(-1)?.nama).toBe('Kabupaten Kebumen Baru')
		const desa = await listWilayah({ induk: '33.05.27', q: undefined, tingkat: undefined, offset: 0, limit: 10 })
		expect(desa.rows.map((r) => [r.kode, r.nama, r.tingkat])).toEqual([
			['33.05.27.2001', 'Desa Uji, Satu', 'desa'],
			['33.05.27.2002', 'Desa Uji Dua', 'desa'],
		])
		expect((await muat(cookie, '?q=33.05.01&tingkat=kecamatan')).rows[0]?.nama).toBe('Ayah')
	})

	it('shows every bad line of a bad file and saves nothing', async () => {
		const { cookie } = await loginAs('admin')
		const before = (await muat(cookie, '')).total
		const csv = ['kode,nama', '33,Jawa Tengah', '33.05,Kabupaten Kebumen', '33.05.28,Kecamatan Baru', '33.5,Salah', '33.05.28.2001,', '33.05.28,Ganda', '36.01,Tanpa Induk', '33.05.29,Nama, Berkoma'].join('\n')
		const result = await unggah(cookie, csv)
		expect(statusOf(result)).toBe(400)
		const failure = payload<GagalImpor>(result)
		expect(failure.errors.berkas?.[0]).toBe('Berkas berisi 5 kesalahan; tidak ada data yang disimpan.')
		expect(failure.galatBaris).toEqual([
			{ baris: 5, pesan: 'Kode "33.5" tidak berformat kode wilayah Kemendagri.' },
			{ baris: 6, pesan: 'Nama wilayah 33.05.28.2001 kosong.' },
			{ baris: 7, pesan: 'Kode 33.05.28 sudah ada di baris 4.' },
			{ baris: 8, pesan: 'Induk 36 dari 36.01 tidak ada di berkas.' },
			{ baris: 9, pesan: 'Baris berisi 3 kolom, seharusnya 2; nama yang memuat koma harus diapit tanda kutip.' },
		])
		expect((await muat(cookie, '')).total).toBe(before)
		expect((await muat(cookie, '?q=33.05.28')).total).toBe(0)
	})

	it('refuses a missing file, a binary file and a file over 5 MB', async () => {
		const { cookie } = await loginAs('admin')
		const form = new FormData()
		form.append('intent', 'impor')
		const missing = await settle(() => impor(args(makeRequest('/admin/wilayah/impor', { cookie, body: form, method: 'POST' }))))
		expect(payload<GagalImpor>(missing).errors.berkas?.[0]).toBe('Pilih berkas CSV.')

		const binary = await unggah(cookie, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'gambar.csv')
		expect(payload<GagalImpor>(binary).galatBaris).toEqual([{ baris: 1, pesan: 'Berkas bukan CSV teks.' }])

		const big = `kode,nama\n${'33,Jawa Tengah\n'.repeat(400_000)}`
		const tooBig = await unggah(cookie, big)
		expect(statusOf(tooBig)).toBe(400)
		expect(payload<GagalImpor>(tooBig).errors.berkas?.[0]).toBe('Ukuran berkas melebihi batas 5 MB.')
	})
})
