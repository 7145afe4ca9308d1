import { Op } from 'sequelize'
import { describe, expect, it } from 'vitest'
import { HariLibur } from '#models/index'
import { likePattern } from './pagination.server'

describe('likePattern', () => {
	it('finds names containing the wildcard characters a user typed', async () => {
		await HariLibur.bulkCreate([
			{ tanggal: '2030-01-01', nama: 'Diskon 50% Hari_Uji', jenis: 'libur-nasional' },
			{ tanggal: '2030-01-02', nama: 'Diskon 500 HariXUji', jenis: 'libur-nasional' },
		])
		const found = async (term: string) =>
			(await HariLibur.findAll({ where: { nama: { [Op.like]: likePattern(term) } }, order: [['tanggal', 'ASC']] })).map((h) => h.nama)
		expect(await found('50%')).toContain('Diskon 50% Hari_Uji')
		expect(await found('Hari_Uji')).toContain('Diskon 50% Hari_Uji')
		expect(await found('diskon')).toHaveLength(2)
	})
})
