import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { Op } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

type Baris = { tanggal: string; nama: string; jenis: string }

function read(): Baris[] {
	const text = fs.readFileSync(path.resolve('seeders/data/hari-libur.csv'), 'utf8')
	return parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Baris[]
}

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	const now = new Date()
	await queryInterface.bulkInsert(
		'hari_libur',
		read().map((r) => ({ ...r, created_at: now, updated_at: now })),
	)
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.bulkDelete('hari_libur', { tanggal: { [Op.in]: read().map((r) => r.tanggal) } })
}
