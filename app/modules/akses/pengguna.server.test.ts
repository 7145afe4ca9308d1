import { describe, expect, it } from 'vitest'
import { JabatanPeran, Pengguna, Peran } from '#models/index'
import { withRequestContext } from '#test/utils'
import { setPeranPengguna, setStatusPengguna } from './pengguna.server'

const idOf = async (username: string) => (await Pengguna.findOne({ where: { username } }))!.id
const versionOf = async (id: number) => (await Pengguna.findByPk(id))!.version

describe('the last administrator', () => {
	it('cannot lose the admin role nor be disabled while no other active account holds it', async () => {
		const admin = await idOf('admin')
		// another account with the right to manage users but without the admin role
		const aktor = await idOf('kepegawaian')
		const lastRole = await withRequestContext(async () =>
			setPeranPengguna({ id: admin, version: await versionOf(admin), peran: [], aktorId: aktor }),
		)
		expect(lastRole).toEqual({ ok: false, errors: { _form: ['Peran Administrator tidak dapat dicabut: akun ini satu-satunya akun aktif yang memegangnya.'] } })
		const lastOff = await setStatusPengguna({ id: admin, version: await versionOf(admin), aktif: false, aktorId: aktor })
		expect(lastOff).toEqual({ ok: false, errors: { _form: ['Akun ini tidak dapat dinonaktifkan: ini satu-satunya akun aktif yang memegang peran Administrator.'] } })
	})

	it('counts a holder through a jabatan, and lets go once another active admin exists', async () => {
		const admin = await idOf('admin')
		const aktor = await idOf('kepegawaian')
		const kadis = await idOf('kadis')
		// a second admin who is disabled does not count
		expect(await setPeranPengguna({ id: kadis, version: await versionOf(kadis), peran: ['admin'], aktorId: admin })).toMatchObject({ ok: true })
		expect(await setStatusPengguna({ id: kadis, version: await versionOf(kadis), aktif: false, aktorId: admin })).toMatchObject({ ok: true })
		expect(await setStatusPengguna({ id: admin, version: await versionOf(admin), aktif: false, aktorId: aktor })).toMatchObject({ ok: false })

		// the Pranata Komputer jabatan (28) of the admin account brings the role: the direct one may go
		const peranAdmin = (await Peran.findOne({ where: { kode: 'admin' } }))!
		await JabatanPeran.create({ jabatanId: 28, peranId: peranAdmin.id })
		expect(await setPeranPengguna({ id: admin, version: await versionOf(admin), peran: [], aktorId: aktor })).toMatchObject({ ok: true })
		await JabatanPeran.destroy({ where: { jabatanId: 28, peranId: peranAdmin.id } })
		// now admin holds nothing; give it back, then enable kadis as a second admin
		expect(await setPeranPengguna({ id: admin, version: await versionOf(admin), peran: ['admin'], aktorId: aktor })).toMatchObject({ ok: true })
		expect(await setStatusPengguna({ id: kadis, version: await versionOf(kadis), aktif: true, aktorId: admin })).toMatchObject({ ok: true })
		expect(await setStatusPengguna({ id: admin, version: await versionOf(admin), aktif: false, aktorId: aktor })).toMatchObject({ ok: true })
		expect((await Pengguna.findByPk(admin))?.aktif).toBe(false)
	})

	it('answers null for a missing user and konflik for a stale version', async () => {
		expect(await setStatusPengguna({ id: 99999, version: 0, aktif: false, aktorId: 1 })).toBeNull()
		const caraka = await idOf('caraka')
		expect(await setPeranPengguna({ id: caraka, version: 42, peran: [], aktorId: 1 })).toBe('konflik')
	})
})
