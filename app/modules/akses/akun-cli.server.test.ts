import { describe, expect, it } from 'vitest'
import { LogAudit, Pengguna } from '#models/index'
import { withRequestContext } from '#test/utils'
import { loadAuthority } from '~/utils/permissions.server'
import { verifySandi } from '~/utils/password.server'
import { createAkunDariCli } from './akun-cli.server'

const base = {
	username: 'admin.baru',
	nama: 'Andi Setiawan, S.Kom.',
	nip: '199005052019031002',
	unitKode: 'PIAK-SIAK',
	jabatanKode: 'PRANATA-KOMPUTER',
	peran: ['admin'],
	password: 'Kalimat-Rahasia-Kantor',
}

describe('npm run user:create', () => {
	it('creates the pegawai, the account and its roles together', async () => {
		const result = await withRequestContext(() => createAkunDariCli(base))
		expect(result.ok).toBe(true)
		const pengguna = await Pengguna.scope('denganSandi').findOne({ where: { username: 'admin.baru' } })
		expect(await verifySandi(base.password, pengguna!.passwordHash)).toBe(true)
		expect(pengguna!.sandiDemo).toBe(false)
		expect((await loadAuthority(pengguna!.id, '2026-11-22')).peran).toContain('admin')
		expect(await LogAudit.count({ where: { entitas: 'pengguna', aksi: 'buat', entitasId: String(pengguna!.id) } })).toBe(1)
	})

	it('lists every problem and creates nothing', async () => {
		const result = await withRequestContext(() =>
			createAkunDariCli({ ...base, username: 'admin', nip: '123', unitKode: 'TIDAK-ADA', peran: ['raja'], password: 'pendek' }),
		)
		expect(result.ok).toBe(false)
		if (result.ok) return
		expect(result.masalah).toEqual(
			expect.arrayContaining([
				'NIP harus 18 digit angka.',
				'Kata sandi minimal 10 karakter.',
				'Unit kerja berkode "TIDAK-ADA" tidak ada.',
				'Peran tidak dikenal: raja.',
				'Username "admin" sudah dipakai.',
			]),
		)
	})
})
