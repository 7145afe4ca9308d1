import crypto from 'node:crypto'
import type { Sequelize } from 'sequelize'
import { DefinisiAlur } from '#models/index'
import { DEFINISI } from './definisi'

/**
 * Writes every code definition to `alur_definisi` (once per kode + versi). A definition whose
 * content changed without a new `versi` stops the start: running instances would otherwise
 * follow rules they did not start with.
 */
export async function syncDefinisiAlur(sequelize: Sequelize) {
	await sequelize.transaction(async (transaction) => {
		const existing = await DefinisiAlur.findAll({ attributes: ['kode', 'versi', 'sidik'], transaction, raw: true })
		const byKey = new Map(existing.map((d) => [`${d.kode}@${d.versi}`, d.sidik]))
		const baru = []
		for (const definisi of DEFINISI) {
			const isi = JSON.stringify(definisi)
			const sidik = crypto.createHash('sha256').update(isi).digest('hex')
			const known = byKey.get(`${definisi.kode}@${definisi.versi}`)
			if (known === sidik) continue
			if (known) {
				throw new Error(
					`Definisi alur ${definisi.kode} versi ${definisi.versi} berubah tanpa menaikkan versi. Naikkan "versi" dan simpan versi lama selama masih ada instans yang berjalan.`,
				)
			}
			baru.push({ kode: definisi.kode, versi: definisi.versi, nama: definisi.nama, area: definisi.area, jenisSubjek: definisi.jenisSubjek, sidik, isi })
		}
		if (baru.length) await DefinisiAlur.bulkCreate(baru, { transaction })
	})
}
