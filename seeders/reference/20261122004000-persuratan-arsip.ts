import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse'
import { Op } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'
import { JENIS_NASKAH_AWAL } from '../data/jenis-naskah'

const FILE = path.resolve('seeders/data/klasifikasi-arsip.csv')

/** `000.1.2` → its parent `000.1`; a top code (`000`) has none. */
function indukDari(kode: string) {
	const i = kode.lastIndexOf('.')
	return i < 0 ? null : kode.slice(0, i)
}

async function bacaKlasifikasi() {
	const parser = fs.createReadStream(FILE).pipe(parse({ columns: true, trim: true, bom: true, skip_empty_lines: true }))
	const rows: { kode: string; nama: string }[] = []
	for await (const row of parser as AsyncIterable<{ kode: string; nama: string }>) rows.push(row)
	return rows
}

/**
 * The archive classification (Permendagri 83/2022, 3,023 codes, hierarchical by the dots of the
 * code) without retention: the JRA is the regency's own regulation, so the archive admin sets
 * retensi and nasib akhir per code. Also the jenis naskah with their templates and chains.
 */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	const now = new Date()
	const rows = await bacaKlasifikasi()
	const records = rows.map((r) => ({
		kode: r.kode,
		nama: r.nama,
		induk_kode: indukDari(r.kode),
		tingkat: r.kode.split('.').length,
		retensi_aktif: null,
		retensi_inaktif: null,
		nasib_akhir: null,
		vital: false,
		version: 0,
		created_at: now,
		updated_at: now,
	}))
	for (let i = 0; i < records.length; i += 500) await queryInterface.bulkInsert('klasifikasi_arsip', records.slice(i, i + 500))

	await queryInterface.bulkInsert(
		'jenis_naskah',
		JENIS_NASKAH_AWAL.map((j) => ({
			kode: j.kode,
			nama: j.nama,
			templat: j.templat,
			rantai_verifikasi: JSON.stringify(j.rantaiVerifikasi),
			jabatan_penandatangan: j.jabatanPenandatangan,
			format_nomor: j.formatNomor,
			aktif: true,
			version: 0,
			created_at: now,
			updated_at: now,
		})),
	)
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.bulkDelete('jenis_naskah', { kode: { [Op.in]: JENIS_NASKAH_AWAL.map((j) => j.kode) } })
	await queryInterface.bulkDelete('klasifikasi_arsip', {})
}
