import { describe, expect, it } from 'vitest'
import { PublikasiAgregat, TugasAlur } from '#models/index'
import { bacaAgregat } from '~/modules/kependudukan/agregat.server'
import { getDb } from '~/utils/db.server'
import { withRequestContext } from '#test/utils'
import { down, up } from '../seeders/demo/20261122005000-kependudukan-demo'

describe('population demo', () => {
	it('publishes Semester II 2025 through P7.2 and leaves Semester I 2026 with the Sekretaris', async () => {
		const sequelize = getDb()
		process.env.DEMO_PENDUDUK = '1200'
		try {
			await withRequestContext(() => up({ context: { sequelize, queryInterface: sequelize.getQueryInterface() } } as never))
		} finally {
			process.env.DEMO_PENDUDUK = '0'
		}
		const terbit = (await PublikasiAgregat.findOne({ where: { semester: '2025-2' } }))!
		expect(terbit.status).toBe('terbit')
		const kab = await bacaAgregat(terbit.imporId!, '33.05')
		expect(kab!.tabel.ringkasan[0]!.jumlah).toBe(Math.round(1200 * 0.985))
		const draft = (await PublikasiAgregat.findOne({ where: { semester: '2026-1' } }))!
		expect(draft.status).toBe('menunggu-persetujuan')
		const tugas = await TugasAlur.findOne({ where: { instansId: draft.instansAlurId!, status: 'terbuka' } })
		expect(tugas?.langkahKode).toBe('pertimbangan-sekretaris')

		await down({ context: { sequelize, queryInterface: sequelize.getQueryInterface() } } as never)
		expect(await PublikasiAgregat.count()).toBe(0)
		const [rows] = (await sequelize.query('SELECT COUNT(*) AS n FROM penduduk')) as [{ n: number }[], unknown]
		expect(Number(rows[0]!.n)).toBe(0)
	})
})
