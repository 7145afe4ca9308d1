import { describe, expect, it } from 'vitest'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { listAuditTentang } from '~/modules/audit/log-audit.server'
import { action as ubah, loader as rincian } from './$kode'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

type Rincian = Awaited<ReturnType<typeof rincian>>
type Failure = { errors: Record<string, string[]>; values: Record<string, string>; bagian: string }

async function baca(kode: string) {
	const { cookie } = await loginAs('admin')
	return payload<Rincian>(await settle(() => rincian(args(makeRequest(`/admin/layanan/${kode}`, { cookie }), { kode }))))
}

async function kirim(kode: string, form: Record<string, string>) {
	const { cookie } = await loginAs('admin')
	return settle(() => ubah(args(makeRequest(`/admin/layanan/${kode}`, { cookie, form }), { kode })))
}

function formLayanan(layanan: Rincian['layanan'], ubahan: Record<string, string> = {}) {
	return {
		intent: 'simpan',
		version: String(layanan.version),
		nama: layanan.nama,
		dokumenHasil: layanan.dokumenHasil,
		keterangan: layanan.keterangan ?? '',
		unitKode: layanan.unitKode ?? '',
		definisiKode: layanan.definisiKode,
		...(layanan.daring ? { daring: '1' } : {}),
		...(layanan.aktif ? { aktif: '1' } : {}),
		...ubahan,
	}
}

describe('katalog layanan (admin)', () => {
	it('lists every service with its SOP and the length of its checklist', async () => {
		const { cookie } = await loginAs('admin')
		const { rows } = await settle(() => daftar(args(makeRequest('/admin/layanan', { cookie })))).then((r) => payload<Awaited<ReturnType<typeof daftar>>>(r))
		expect(rows.length).toBeGreaterThanOrEqual(30)
		const akta = rows.find((r) => r.kode === 'AKTA-LAHIR')
		expect(akta).toMatchObject({ kelompokLabel: 'Pencatatan Sipil', definisiKode: 'P5.1', aktif: true })
		expect(akta!.jumlahPersyaratan).toBeGreaterThan(0)
	})

	it('refuses a user without update:layanan:any with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/layanan', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => rincian(args(makeRequest('/admin/layanan/KIA', { cookie }), { kode: 'KIA' }))))).toBe(403)
		expect(statusOf(await settle(() => ubah(args(makeRequest('/admin/layanan/KIA', { cookie, form: { intent: 'naik', id: '1' } }), { kode: 'KIA' }))))).toBe(403)
	})

	it('offers the P4/P5 request SOPs and the units, and 404s an unknown service', async () => {
		const { pilihan } = await baca('KIA')
		expect(pilihan.definisi.map((d) => d.value)).toEqual(expect.arrayContaining(['P4.1.1', 'P4.1.2', 'P5.1', 'SOP-WA-KK']))
		expect(pilihan.definisi.some((d) => d.value.startsWith('P1') || d.value.startsWith('P6'))).toBe(false)
		expect(new Set(pilihan.definisi.map((d) => d.value)).size).toBe(pilihan.definisi.length)
		expect(pilihan.unit.some((u) => u.value === 'DAFDUK')).toBe(true)
		const { cookie } = await loginAs('admin')
		expect(statusOf(await settle(() => rincian(args(makeRequest('/admin/layanan/TIDAK-ADA', { cookie }), { kode: 'TIDAK-ADA' }))))).toBe(404)
	})

	it('saves the service, audits the change, and refuses a stale version with 409', async () => {
		const { layanan } = await baca('KIA')
		const simpan = await kirim('KIA', formLayanan(layanan, { nama: 'Kartu Identitas Anak', daring: '', unitKode: 'DAFDUK', definisiKode: 'P4.1.1' }))
		expect(statusOf(simpan)).toBe(302)
		const sesudah = (await baca('KIA')).layanan
		expect(sesudah).toMatchObject({ nama: 'Kartu Identitas Anak', daring: false, aktif: true, unitKode: 'DAFDUK', definisiKode: 'P4.1.1', version: layanan.version + 1 })
		const jejak = await listAuditTentang({ entitas: ['jenis_layanan'], entitasId: layanan.id })
		expect(jejak[0]).toMatchObject({ aksi: 'ubah', perubahan: expect.objectContaining({ nama: { sebelum: layanan.nama, sesudah: 'Kartu Identitas Anak' } }) })

		const basi = await kirim('KIA', formLayanan(layanan, { nama: 'Versi lama' }))
		expect(statusOf(basi)).toBe(409)
		expect(await (basi as Response).json()).toEqual({ message: 'Layanan ini sudah diubah orang lain; muat ulang halaman lalu ulangi.' })
		expect((await baca('KIA')).layanan.nama).toBe('Kartu Identitas Anak')
	})

	it('names the field on bad input and keeps what was typed', async () => {
		const { layanan } = await baca('KK-BARU')
		const salah = await kirim('KK-BARU', formLayanan(layanan, { nama: 'KK', definisiKode: 'P1.1' }))
		expect(statusOf(salah)).toBe(400)
		const failure = payload<Failure>(salah)
		expect(failure.bagian).toBe('layanan')
		expect(failure.errors.nama).toEqual(['Nama layanan minimal 3 karakter.'])
		expect(failure.values.definisiKode).toBe('P1.1')

		const sop = payload<Failure>(await kirim('KK-BARU', formLayanan(layanan, { definisiKode: 'P1.1' })))
		expect(sop.errors.definisiKode).toEqual(['Pilih SOP layanan dari daftar.'])
		const unit = payload<Failure>(await kirim('KK-BARU', formLayanan(layanan, { unitKode: 'TIDAK-ADA' })))
		expect(unit.errors.unitKode).toEqual(['Unit kerja tidak ditemukan atau sudah tidak aktif.'])
	})

	it('adds, edits, moves and removes checklist lines, each audited', async () => {
		const awal = (await baca('AKTA-MATI')).layanan.persyaratan
		expect(awal.map((s) => s.urutan)).toEqual(awal.map((_, i) => i + 1))

		const salah = payload<Failure>(await kirim('AKTA-MATI', { intent: 'tambah-syarat', nama: 'A', keterangan: 'Asli' }))
		expect(salah).toMatchObject({ bagian: 'syarat-baru', errors: { nama: ['Nama persyaratan minimal 3 karakter.'] }, values: { keterangan: 'Asli' } })

		expect(statusOf(await kirim('AKTA-MATI', { intent: 'tambah-syarat', nama: 'Surat pernyataan ahli waris', wajib: '1', keterangan: 'Bila ada' }))).toBe(302)
		const tambah = (await baca('AKTA-MATI')).layanan.persyaratan
		const baru = tambah.at(-1)!
		expect(tambah).toHaveLength(awal.length + 1)
		expect(baru).toMatchObject({ nama: 'Surat pernyataan ahli waris', wajib: true, keterangan: 'Bila ada', urutan: awal.length + 1, version: 0 })

		// up twice: it becomes the line before the one that was second to last
		expect(statusOf(await kirim('AKTA-MATI', { intent: 'naik', id: String(baru.id) }))).toBe(302)
		expect(statusOf(await kirim('AKTA-MATI', { intent: 'naik', id: String(baru.id) }))).toBe(302)
		let urut = (await baca('AKTA-MATI')).layanan.persyaratan
		expect(urut.map((s) => s.id)).toEqual([...awal.slice(0, -2).map((s) => s.id), baru.id, ...awal.slice(-2).map((s) => s.id)])
		expect(urut.map((s) => s.urutan)).toEqual(urut.map((_, i) => i + 1))
		// the first line cannot go higher; moving it up changes nothing
		expect(statusOf(await kirim('AKTA-MATI', { intent: 'naik', id: String(urut[0]!.id) }))).toBe(302)
		expect(statusOf(await kirim('AKTA-MATI', { intent: 'turun', id: String(baru.id) }))).toBe(302)
		urut = (await baca('AKTA-MATI')).layanan.persyaratan
		expect(urut.findIndex((s) => s.id === baru.id)).toBe(awal.length - 1)

		const dipindah = urut.find((s) => s.id === baru.id)!
		const edit = { intent: 'ubah-syarat', id: String(baru.id), version: String(dipindah.version), nama: 'Surat pernyataan ahli waris (bila ada)', keterangan: '' }
		expect(statusOf(await kirim('AKTA-MATI', edit))).toBe(302)
		const diubah = (await baca('AKTA-MATI')).layanan.persyaratan.find((s) => s.id === baru.id)!
		expect(diubah).toMatchObject({ nama: 'Surat pernyataan ahli waris (bila ada)', wajib: false, keterangan: null })
		// the same form again carries the version it was opened with
		expect(statusOf(await kirim('AKTA-MATI', edit))).toBe(409)
		expect(statusOf(await kirim('AKTA-MATI', { intent: 'hapus-syarat', id: String(baru.id), version: String(dipindah.version) }))).toBe(409)

		expect(statusOf(await kirim('AKTA-MATI', { intent: 'hapus-syarat', id: String(baru.id), version: String(diubah.version) }))).toBe(302)
		const akhir = (await baca('AKTA-MATI')).layanan.persyaratan
		expect(akhir.map((s) => s.id)).toEqual(awal.map((s) => s.id))
		expect(statusOf(await kirim('AKTA-MATI', { intent: 'hapus-syarat', id: String(baru.id), version: '0' }))).toBe(404)
		// a line of another service is not this one's to change
		const lain = (await baca('KIA')).layanan.persyaratan[0]!
		expect(statusOf(await kirim('AKTA-MATI', { intent: 'naik', id: String(lain.id) }))).toBe(404)

		const jejak = await listAuditTentang({ entitas: ['persyaratan_layanan'], entitasId: baru.id })
		expect(jejak.map((j) => j.aksi)).toEqual(expect.arrayContaining(['buat', 'ubah', 'hapus']))
	})
})
