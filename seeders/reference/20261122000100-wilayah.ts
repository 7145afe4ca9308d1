import fs from 'node:fs'
import path from 'node:path'
import { Op } from 'sequelize'
import { parseWilayahCsv } from '~/modules/referensi/wilayah-csv.server'
import type { MigrationFn } from '~/utils/migrator.server'

const FILE = path.resolve('seeders/data/wilayah.csv')

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	const { rows, errors } = await parseWilayahCsv(fs.createReadStream(FILE))
	if (errors.length) throw new Error(`seeders/data/wilayah.csv: ${errors[0]!.pesan}`)
	const records = rows.map((r) => ({ kode: r.kode, nama: r.nama, tingkat: r.tingkat, induk_kode: r.indukKode }))
	for (let i = 0; i < records.length; i += 500) {
		await queryInterface.bulkInsert('wilayah', records.slice(i, i + 500))
	}
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	const { rows } = await parseWilayahCsv(fs.createReadStream(FILE))
	await queryInterface.bulkDelete('wilayah', { kode: { [Op.in]: rows.map((r) => r.kode) } })
}
