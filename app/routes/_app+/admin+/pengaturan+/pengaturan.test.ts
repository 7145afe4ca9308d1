import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loader as logo } from '~/routes/logo'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { action, loader } from './index'

const args = (request: Request) => ({ request, params: {}, context: {} })
type Gagal = { errors: Record<string, string[]>; values: Record<string, string>; bagian: string }

/** A real 1×1 PNG and the start of a JPEG. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64',
)
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])

async function muat(cookie: string) {
	return payload<Awaited<ReturnType<typeof loader>>>(await settle(() => loader(args(makeRequest('/admin/pengaturan', { cookie })))))
}

function isian(version: number, ubah: Record<string, string> = {}) {
	const form: Record<string, string> = {
		intent: 'simpan',
		version: String(version),
		namaDinas: 'Dinas Kependudukan dan Pencatatan Sipil',
		namaPemda: 'Pemerintah Kabupaten Kebumen',
		kodeWilayah: '33.05',
		alamat: 'Jl. Arungbinang No. 19, Kebumen',
		kodePos: '54311',
		telepon: '(0287) 381-234',
		email: 'disdukcapil@kebumenkab.go.id',
		laman: 'https://disdukcapil.kebumenkab.go.id',
		zonaWaktu: 'Asia/Jakarta',
		layanan1: '1',
		buka1: '07:30',
		tutup1: '15:30',
		layanan5: '1',
		buka5: '07:30',
		tutup5: '11:00',
		layanan6: '1',
		buka6: '08:00',
		tutup6: '12:00',
		buka7: '08:00',
		tutup7: '10:00',
	}
	return { ...form, ...ubah }
}

function unggahLogo(cookie: string, berkas: Blob, nama: string) {
	const form = new FormData()
	form.append('intent', 'logo')
	form.append('logo', new File([berkas], nama, { type: 'image/png' }))
	return settle(() => action(args(makeRequest('/admin/pengaturan', { cookie, body: form, method: 'POST' }))))
}

const berkasLogo = () => {
	const dir = path.join(process.env.UPLOAD_DIR!, 'kantor')
	return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

describe('profil kantor', () => {
	it('shows the seeded profile with the kabupaten/kota to choose from', async () => {
		const { cookie } = await loginAs('admin')
		const data = await muat(cookie)
		expect(data.profil).toMatchObject({ namaPemda: 'Pemerintah Kabupaten Kebumen', kodeWilayah: '33.05', zonaWaktu: 'Asia/Jakarta', adaLogo: false })
		expect(data.profil.jamLayanan).toHaveLength(5)
		expect(data.kabupaten.map((k) => k.value)).toEqual(['33.05', '35.75'])
		expect(data.bolehUbah).toBe(true)
	})

	it('refuses staff without the permissions with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => loader(args(makeRequest('/admin/pengaturan', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => action(args(makeRequest('/admin/pengaturan', { cookie, form: isian(0) })))))).toBe(403)
	})

	it('saves the profile with its service hours and refuses a stale version with 409', async () => {
		const { cookie } = await loginAs('admin')
		const { profil } = await muat(cookie)
		const saved = await settle(() => action(args(makeRequest('/admin/pengaturan', { cookie, form: isian(profil.version) }))))
		expect(statusOf(saved)).toBe(302)
		const after = (await muat(cookie)).profil
		expect(after).toMatchObject({ alamat: 'Jl. Arungbinang No. 19, Kebumen', kodePos: '54311', telepon: '(0287) 381-234', version: profil.version + 1 })
		// Minggu has hours typed but is not ticked: closed
		expect(after.jamLayanan).toEqual([
			{ hari: 1, buka: '07:30', tutup: '15:30' },
			{ hari: 5, buka: '07:30', tutup: '11:00' },
			{ hari: 6, buka: '08:00', tutup: '12:00' },
		])

		const stale = await settle(() => action(args(makeRequest('/admin/pengaturan', { cookie, form: isian(profil.version, { alamat: 'Alamat lain' }) }))))
		expect(statusOf(stale)).toBe(409)
		expect((await muat(cookie)).profil.alamat).toBe('Jl. Arungbinang No. 19, Kebumen')

		// optional fields may be left empty
		const kosong = await settle(() =>
			action(args(makeRequest('/admin/pengaturan', { cookie, form: isian(after.version, { kodePos: '', telepon: '', email: '', laman: '' }) }))),
		)
		expect(statusOf(kosong)).toBe(302)
		expect((await muat(cookie)).profil).toMatchObject({ kodePos: null, telepon: null, email: null, laman: null })
	})

	it('keeps what was typed and names each bad field', async () => {
		const { cookie } = await loginAs('admin')
		const { profil } = await muat(cookie)
		const bad = await settle(() =>
			action(
				args(
					makeRequest('/admin/pengaturan', {
						cookie,
						form: isian(profil.version, {
							namaDinas: 'Dinas Uji',
							kodeWilayah: '33.05.01',
							kodePos: '5431',
							telepon: '0287 abc',
							email: 'bukan-email',
							laman: 'ftp://contoh.go.id',
							zonaWaktu: 'Europe/London',
							tutup1: '07:00',
							buka5: '',
						}),
					}),
				),
			),
		)
		expect(statusOf(bad)).toBe(400)
		const failure = payload<Gagal>(bad)
		expect(failure.bagian).toBe('profil')
		expect(failure.values.namaDinas).toBe('Dinas Uji')
		expect(failure.values.tutup1).toBe('07:00')
		expect(failure.errors.kodeWilayah?.[0]).toBe('Pilih kabupaten/kota.')
		expect(failure.errors.kodePos?.[0]).toBe('Kode pos terdiri atas 5 angka.')
		expect(failure.errors.telepon?.[0]).toMatch(/hanya boleh berisi angka/)
		expect(failure.errors.email?.[0]).toBe('Alamat e-mail tidak valid.')
		expect(failure.errors.laman?.[0]).toMatch(/alamat web lengkap/)
		expect(failure.errors.zonaWaktu?.[0]).toBe('Pilih zona waktu.')
		expect(failure.errors.tutup1?.[0]).toBe('Jam tutup Senin harus setelah jam buka.')
		expect(failure.errors.buka5?.[0]).toBe('Jam buka Jumat wajib diisi (JJ:MM).')

		// shaped like a kabupaten code but not in the wilayah table
		const unknown = await settle(() => action(args(makeRequest('/admin/pengaturan', { cookie, form: isian(profil.version, { kodeWilayah: '34.99' }) }))))
		expect(statusOf(unknown)).toBe(400)
		expect(payload<Gagal>(unknown).errors.kodeWilayah?.[0]).toBe('Kabupaten/kota tidak ada di data wilayah.')

		const noVersion = await settle(() => action(args(makeRequest('/admin/pengaturan', { cookie, form: isian(profil.version, { version: '' }) }))))
		expect(payload<Gagal>(noVersion).errors._form?.[0]).toMatch(/muat ulang/)
	})

	it('replaces the logo with a PNG or JPEG recognised by its bytes and removes the old file', async () => {
		const { cookie } = await loginAs('admin')
		const before = (await settle(() => logo())) as Response
		expect(before.headers.get('Content-Type')).toBe('image/svg+xml')

		expect(statusOf(await unggahLogo(cookie, new Blob([PNG]), 'lambang.png'))).toBe(302)
		expect((await muat(cookie)).profil.adaLogo).toBe(true)
		const served = (await settle(() => logo())) as Response
		expect(served.headers.get('Content-Type')).toBe('image/png')
		expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true)
		const first = berkasLogo()
		expect(first).toHaveLength(1)
		expect(first[0]).toMatch(/^[a-f0-9]{32}\.png$/)

		// a JPEG sent under a .png name is stored as what it is
		expect(statusOf(await unggahLogo(cookie, new Blob([JPEG]), 'lambang.png'))).toBe(302)
		expect(((await settle(() => logo())) as Response).headers.get('Content-Type')).toBe('image/jpeg')
		const second = berkasLogo()
		expect(second).toHaveLength(1)
		expect(second[0]).toMatch(/\.jpg$/)

		const removed = await settle(() => action(args(makeRequest('/admin/pengaturan', { cookie, form: { intent: 'hapus-logo' } }))))
		expect(statusOf(removed)).toBe(302)
		expect(berkasLogo()).toHaveLength(0)
		expect(((await settle(() => logo())) as Response).headers.get('Content-Type')).toBe('image/svg+xml')
	})

	it('refuses a text file named .png, an empty upload and a logo over 1 MB', async () => {
		const { cookie } = await loginAs('admin')
		const text = await unggahLogo(cookie, new Blob(['<?php echo "bukan gambar"; ?>']), 'logo.png')
		expect(statusOf(text)).toBe(400)
		expect(payload<Gagal>(text)).toMatchObject({ bagian: 'logo', errors: { logo: ['Logo harus berupa gambar PNG atau JPEG.'] } })

		const empty = await unggahLogo(cookie, new Blob([]), 'kosong.png')
		expect(payload<Gagal>(empty).errors.logo?.[0]).toBe('Pilih berkas logo.')

		const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)])
		const tooBig = await unggahLogo(cookie, new Blob([big]), 'besar.png')
		expect(statusOf(tooBig)).toBe(400)
		expect(payload<Gagal>(tooBig).errors.logo?.[0]).toBe('Ukuran berkas melebihi batas 1 MB.')

		expect(berkasLogo()).toHaveLength(0)
		expect((await muat(cookie)).profil.adaLogo).toBe(false)
	})

	it('refuses a logo upload without the update permission', async () => {
		const { cookie } = await loginAs('kepegawaian')
		expect(statusOf(await unggahLogo(cookie, new Blob([PNG]), 'lambang.png'))).toBe(403)
	})
})
