import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { LogAudit, Pegawai, Pengguna, Sesi } from '#models/index'
import { SANDI_DEMO, verifySandi } from '~/utils/password.server'
import { loadAuthority, hasPermission } from '~/utils/permissions.server'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { loader as ubahLoader, action as ubah } from './$id'
import { loader as baruLoader, action as tambah } from './baru'
import { loader as ekspor } from './ekspor'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Failure = { errors: Record<string, string[]>; values: Record<string, string | string[]> }

async function idOf(username: string) {
	return (await Pengguna.findOne({ where: { username } }))!.id
}
async function versionOf(id: number) {
	return String((await Pengguna.findByPk(id))!.version)
}
let nipUrut = 0
async function pegawaiBaru(nama: string) {
	nipUrut += 1
	return Pegawai.create({ nip: `19950101202401100${nipUrut}`.slice(0, 18), nama, unitId: 6, jabatanId: 24, email: null, telepon: null })
}
function post(path: string, cookie: string, form: Record<string, string | string[]>) {
	return makeRequest(path, { cookie, form })
}

describe('/admin/pengguna list', () => {
	it('lists accounts with their roles, marking those that come from the jabatan', async () => {
		const { cookie } = await loginAs('admin')
		const data = payload<Awaited<ReturnType<typeof daftar>>>(await settle(async () => daftar(args(makeRequest('/admin/pengguna', { cookie })))))
		expect(data.total).toBe(25)
		expect(data.bolehBuat).toBe(true)
		const all = payload<Awaited<ReturnType<typeof daftar>>>(await settle(async () => daftar(args(makeRequest('/admin/pengguna?q=kabid.piak', { cookie })))))
		expect(all.rows).toHaveLength(1)
		expect(all.rows[0]).toMatchObject({ username: 'kabid.piak', jabatan: 'Kepala Bidang PIAK dan Pemanfaatan Data', aktif: true })
		expect(all.rows[0]!.peran.map((p) => `${p.kode}/${p.sumber}`).sort()).toEqual(['kabid/jabatan', 'piak/jabatan'])
	})

	it('filters by name, unit, direct role and status', async () => {
		const { cookie } = await loginAs('admin')
		const list = async (query: string) =>
			payload<Awaited<ReturnType<typeof daftar>>>(await settle(async () => daftar(args(makeRequest(`/admin/pengguna?${query}`, { cookie })))))
		expect((await list('q=Bambang')).rows.map((r) => r.username)).toEqual(['kadis'])
		expect((await list('unit=6')).rows.map((r) => r.username)).toEqual(['kasi.dafduk', 'loket', 'operator.siak', 'pengambilan'])
		const admins = await list('peran=admin')
		expect(admins.rows.map((r) => r.username)).toEqual(['admin'])
		expect(admins.rows[0]!.peran).toContainEqual({ kode: 'admin', nama: 'Administrator', sumber: 'langsung' })
		expect((await list('peran=tidak-ada')).total).toBe(0)
		expect((await list('status=nonaktif')).total).toBe(0)
		expect((await list('status=aktif&hal=2')).rows).toHaveLength(0)
	})

	it('exports the filtered list as an Excel workbook', async () => {
		const { cookie } = await loginAs('admin')
		const response = (await settle(async () => ekspor(args(makeRequest('/admin/pengguna/ekspor?unit=6', { cookie }))))) as Response
		expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(await response.arrayBuffer())
		const sheet = workbook.worksheets[0]!
		expect(sheet.getRow(1).getCell(1).value).toBe('Username')
		expect(sheet.rowCount).toBe(1 + 4)
		expect(sheet.getRow(3).getCell(1).value).toBe('loket')
		expect(sheet.getRow(3).getCell(7).value).toBe('Petugas Loket / Front Office')
	})
})

describe('/admin/pengguna permissions', () => {
	it('refuses a user without the permissions with 403 on every page and action', async () => {
		const { cookie } = await loginAs('loket')
		const id = String(await idOf('caraka'))
		const results = [
			await settle(async () => daftar(args(makeRequest('/admin/pengguna', { cookie })))),
			await settle(async () => ekspor(args(makeRequest('/admin/pengguna/ekspor', { cookie })))),
			await settle(async () => baruLoader(args(makeRequest('/admin/pengguna/baru', { cookie })))),
			await settle(async () => tambah(args(post('/admin/pengguna/baru', cookie, { username: 'x.y.z' })))),
			await settle(async () => ubahLoader(args(makeRequest(`/admin/pengguna/${id}`, { cookie }), { id }))),
			await settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'nonaktifkan', version: '0' }), { id }))),
		]
		expect(results.map(statusOf)).toEqual([403, 403, 403, 403, 403, 403])
	})

	it('answers 404 for a user that does not exist', async () => {
		const { cookie } = await loginAs('admin')
		expect(statusOf(await settle(async () => ubahLoader(args(makeRequest('/admin/pengguna/99999', { cookie }), { id: '99999' }))))).toBe(404)
		expect(statusOf(await settle(async () => ubahLoader(args(makeRequest('/admin/pengguna/abc', { cookie }), { id: 'abc' }))))).toBe(404)
		const action = await settle(async () => ubah(args(post('/admin/pengguna/99999', cookie, { intent: 'aktifkan', version: '0' }), { id: '99999' })))
		expect(statusOf(action)).toBe(404)
	})
})

describe('/admin/pengguna/baru', () => {
	it('offers only active staff without an account, as "nama — NIP"', async () => {
		const pegawai = await pegawaiBaru('Budi Pilihan')
		await Pegawai.create({ nip: '199501012024011999', nama: 'Pegawai Nonaktif', unitId: 6, jabatanId: null, email: null, telepon: null, aktif: false })
		const { cookie } = await loginAs('admin')
		const data = payload<Awaited<ReturnType<typeof baruLoader>>>(await settle(async () => baruLoader(args(makeRequest('/admin/pengguna/baru', { cookie })))))
		expect(data.pegawai).toContainEqual({ value: pegawai.id, label: `Budi Pilihan — ${pegawai.nip}` })
		expect(data.pegawai.map((p) => p.label).join()).not.toMatch(/Rina Kusumawati|Pegawai Nonaktif/)
		expect(data.peran.map((p) => p.kode)).toContain('admin')
	})

	it('creates an account that must change its password, with its direct roles', async () => {
		const pegawai = await pegawaiBaru('Citra Baru')
		const { cookie } = await loginAs('admin')
		const result = await settle(async () =>
			tambah(args(post('/admin/pengguna/baru', cookie, { pegawaiId: String(pegawai.id), username: ' Citra.Baru ', sandiAwal: 'Awal-Rahasia-2026', 'peran[]': ['kasi', 'piak'] }))),
		)
		expect(statusOf(result)).toBe(302)
		const created = await Pengguna.scope('denganSandi').findOne({ where: { username: 'citra.baru' } })
		expect((result as Response).headers.get('Location')).toBe(`/admin/pengguna/${created!.id}`)
		expect(created).toMatchObject({ pegawaiId: pegawai.id, aktif: true, wajibGantiSandi: true, sandiDemo: false })
		expect(await verifySandi('Awal-Rahasia-2026', created!.passwordHash)).toBe(true)
		const authority = await loadAuthority(created!.id, '2026-06-01')
		expect(authority.peran).toEqual(['kasi', 'petugas-loket', 'piak'])
		const trail = await LogAudit.findAll({ where: { entitas: 'pengguna', entitasId: String(created!.id), aksi: 'buat' } })
		expect(trail).toHaveLength(1)
		expect(JSON.stringify(trail[0]!.perubahan)).not.toMatch(/\$2[aby]\$/)
	})

	it('names the field and keeps what was typed: taken username, pegawai with an account, weak password', async () => {
		const pegawai = await pegawaiBaru('Dodi Gagal')
		const { cookie } = await loginAs('admin')
		const send = async (form: Record<string, string | string[]>) => {
			const result = await settle(async () => tambah(args(post('/admin/pengguna/baru', cookie, form))))
			expect(statusOf(result)).toBe(400)
			return payload<Failure>(result)
		}
		const taken = await send({ pegawaiId: String(pegawai.id), username: 'admin', sandiAwal: 'Awal-Rahasia-2026', 'peran[]': ['kasi'] })
		expect(taken.errors.username?.[0]).toBe('Username sudah dipakai akun lain.')
		expect(taken.values).toMatchObject({ username: 'admin', pegawaiId: String(pegawai.id), 'peran[]': ['kasi'] })
		expect(taken.values.sandiAwal).toBeUndefined()

		const berakun = await send({ pegawaiId: '1001', username: 'rina.dua', sandiAwal: 'Awal-Rahasia-2026' })
		expect(berakun.errors.pegawaiId?.[0]).toBe('Pegawai ini sudah memiliki akun.')

		const pendek = await send({ pegawaiId: String(pegawai.id), username: 'dodi', sandiAwal: 'pendek' })
		expect(pendek.errors.sandiAwal?.[0]).toMatch(/minimal 10/)
		const demo = await send({ pegawaiId: String(pegawai.id), username: 'dodi', sandiAwal: SANDI_DEMO })
		expect(demo.errors.sandiAwal?.[0]).toBe('Kata sandi demo tidak boleh dipakai.')
		const panjang = await send({ pegawaiId: String(pegawai.id), username: 'dodi', sandiAwal: 'é'.repeat(37) })
		expect(panjang.errors.sandiAwal?.[0]).toMatch(/72 byte/)

		const format = await send({ pegawaiId: '', username: 'a b', sandiAwal: '' })
		expect(format.errors.pegawaiId?.[0]).toBe('Pilih pegawai.')
		expect(format.errors.username?.[0]).toMatch(/huruf kecil/)
		expect(format.errors.sandiAwal?.[0]).toBe('Kata sandi awal wajib diisi.')

		const peran = await send({ pegawaiId: String(pegawai.id), username: 'dodi', sandiAwal: 'Awal-Rahasia-2026', 'peran[]': ['tidak-ada'] })
		expect(peran.errors.peran?.[0]).toBe('Ada peran yang tidak dikenal.')
		expect(await Pengguna.count({ where: { pegawaiId: pegawai.id } })).toBe(0)
	})
})

describe('/admin/pengguna/$id', () => {
	it('shows the account, its effective roles, sessions by reference only and recent events', async () => {
		const target = await loginAs('kabid.piak')
		const { cookie } = await loginAs('admin')
		const id = String(target.penggunaId)
		const result = await settle(async () => ubahLoader(args(makeRequest(`/admin/pengguna/${id}`, { cookie }), { id })))
		const data = payload<Awaited<ReturnType<typeof ubahLoader>>>(result)
		expect(data.akun).toMatchObject({ username: 'kabid.piak', aktif: true, version: 0 })
		expect(data.pegawai).toMatchObject({ nama: 'Eko Nugroho, S.T., M.T.', jabatan: 'Kepala Bidang PIAK dan Pemanfaatan Data' })
		expect(data.peranEfektif.map((p) => `${p.kode}/${p.sumber}`)).toEqual(expect.arrayContaining(['kabid/jabatan', 'piak/jabatan']))
		expect(data.sesi).toHaveLength(1)
		expect(data.sesi[0]!.ref).toBe(target.sesiId.slice(0, 12))
		expect(JSON.stringify(data)).not.toContain(target.sesiId)
		expect(data.diriSendiri).toBe(false)
	})

	it('sets the direct roles, which loadAuthority then sees, and refuses a stale form with 409', async () => {
		const { cookie } = await loginAs('admin')
		const id = String(await idOf('loket'))
		const version = await versionOf(Number(id))
		const before = await loadAuthority(Number(id), '2026-06-01')
		expect(hasPermission(before, 'update:organisasi:any')).toBe(false)
		const saved = await settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'simpan-peran', version, 'peran[]': ['kepegawaian'] }), { id })))
		expect(statusOf(saved)).toBe(302)
		const after = await loadAuthority(Number(id), '2026-06-01')
		expect(after.peran).toEqual(['kepegawaian', 'petugas-loket'])
		expect(hasPermission(after, 'update:organisasi:any')).toBe(true)
		expect(await versionOf(Number(id))).toBe(String(Number(version) + 1))

		const stale = await settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'simpan-peran', version, 'peran[]': [] }), { id })))
		expect(statusOf(stale)).toBe(409)
		const cleared = await settle(async () =>
			ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'simpan-peran', version: await versionOf(Number(id)) }), { id })),
		)
		expect(statusOf(cleared)).toBe(302)
		expect((await loadAuthority(Number(id), '2026-06-01')).peran).toEqual(['petugas-loket'])
		const trail = await LogAudit.findAll({ where: { entitas: 'pengguna_peran', entitasId: id } })
		expect(trail.map((t) => t.aksi).sort()).toEqual(['buat', 'hapus'])
	})

	it('disabling ends every session of the account; enabling brings it back', async () => {
		const a = await loginAs('caraka')
		const b = await loginAs('caraka')
		const { cookie } = await loginAs('admin')
		const id = String(a.penggunaId)
		const off = await settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'nonaktifkan', version: await versionOf(a.penggunaId) }), { id })))
		expect(statusOf(off)).toBe(302)
		for (const sesiId of [a.sesiId, b.sesiId]) {
			const sesi = await Sesi.findByPk(sesiId)
			expect(sesi?.berakhirAt).toBeInstanceOf(Date)
			expect(sesi?.alasanBerakhir).toBe('akun-dinonaktifkan')
		}
		expect((await Pengguna.findByPk(a.penggunaId))?.aktif).toBe(false)
		const stale = await settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'aktifkan', version: '0' }), { id })))
		expect(statusOf(stale)).toBe(409)
		const on = await settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'aktifkan', version: await versionOf(a.penggunaId) }), { id })))
		expect(statusOf(on)).toBe(302)
		expect((await Pengguna.findByPk(a.penggunaId))?.aktif).toBe(true)
	})

	it('resets the password: temporary password, must change it, every session ended', async () => {
		const a = await loginAs('tu')
		const { cookie } = await loginAs('admin')
		const id = String(a.penggunaId)
		const reset = (sandiBaru: string, version: string) =>
			settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'atur-ulang-sandi', version, sandiBaru }), { id })))

		const demo = await reset(SANDI_DEMO, await versionOf(a.penggunaId))
		expect(statusOf(demo)).toBe(400)
		expect(payload<Failure>(demo).errors.sandiBaru?.[0]).toBe('Kata sandi demo tidak boleh dipakai.')
		const pendek = await reset('pendek', await versionOf(a.penggunaId))
		expect(payload<Failure>(pendek).errors.sandiBaru?.[0]).toMatch(/minimal 10/)
		expect(statusOf(await reset('Sementara-2026', '99'))).toBe(409)

		expect(statusOf(await reset('Sementara-2026', await versionOf(a.penggunaId)))).toBe(302)
		const pengguna = await Pengguna.scope('denganSandi').findByPk(a.penggunaId)
		expect(pengguna).toMatchObject({ wajibGantiSandi: true, sandiDemo: false })
		expect(await verifySandi('Sementara-2026', pengguna!.passwordHash)).toBe(true)
		const sesi = await Sesi.findByPk(a.sesiId)
		expect(sesi?.alasanBerakhir).toBe('sandi-diatur-ulang')
		expect(await LogAudit.count({ where: { aksi: 'atur-ulang-sandi', entitasId: id } })).toBe(1)
	})

	it('refuses to let an admin disable themselves or drop their own admin role', async () => {
		const { cookie, penggunaId } = await loginAs('admin')
		const id = String(penggunaId)
		const off = await settle(async () => ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'nonaktifkan', version: await versionOf(penggunaId) }), { id })))
		expect(statusOf(off)).toBe(400)
		expect(payload<Failure>(off).errors._form?.[0]).toBe('Anda tidak dapat menonaktifkan akun Anda sendiri.')
		const drop = await settle(async () =>
			ubah(args(post(`/admin/pengguna/${id}`, cookie, { intent: 'simpan-peran', version: await versionOf(penggunaId), 'peran[]': ['kasi'] }), { id })),
		)
		expect(statusOf(drop)).toBe(400)
		expect(payload<Failure>(drop).errors._form?.[0]).toBe('Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri.')
		expect((await loadAuthority(penggunaId, '2026-06-01')).peran).toEqual(['admin'])
		expect((await Pengguna.findByPk(penggunaId))?.aktif).toBe(true)
	})
})
