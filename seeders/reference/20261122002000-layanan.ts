import { Op, QueryTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'
import { JENIS_LAYANAN_AWAL, TARIF_DENDA_AWAL, UNIT_LAYANAN } from '../data/layanan-katalog'

/** The service catalogue with its persyaratan checklists, and the late-report fines. */
export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const now = new Date()
	const stamp = { version: 0, created_at: now, updated_at: now }
	await queryInterface.bulkInsert(
		'jenis_layanan',
		JENIS_LAYANAN_AWAL.map((j, i) => ({
			kode: j.kode,
			nama: j.nama,
			kelompok: j.kelompok,
			unit_kode: UNIT_LAYANAN[j.kode] ?? null,
			definisi_kode: j.definisiKode,
			definisi_wa: j.definisiWa,
			varian: j.varian,
			skema: j.skema,
			dokumen_hasil: j.dokumenHasil,
			peristiwa: j.peristiwa,
			keterangan: j.keterangan,
			daring: j.daring,
			aktif: true,
			urutan: i + 1,
			...stamp,
		})),
	)

	// ids come from the database (no fixed keys here), so read them back by code
	const rows = await sequelize.query<{ id: number; kode: string }>('SELECT id, kode FROM jenis_layanan WHERE kode IN (:kode)', {
		replacements: { kode: JENIS_LAYANAN_AWAL.map((j) => j.kode) },
		type: QueryTypes.SELECT,
	})
	const idByKode = new Map(rows.map((r) => [r.kode, r.id]))
	await queryInterface.bulkInsert(
		'persyaratan_layanan',
		JENIS_LAYANAN_AWAL.flatMap((j) =>
			j.persyaratan.map((p, i) => ({
				jenis_layanan_id: idByKode.get(j.kode),
				urutan: i + 1,
				nama: p.nama,
				wajib: p.wajib,
				keterangan: p.keterangan ?? null,
				...stamp,
			})),
		),
	)

	await queryInterface.bulkInsert(
		'tarif_denda',
		TARIF_DENDA_AWAL.map((t) => ({
			peristiwa: t.peristiwa,
			nama: t.nama,
			batas_hari: t.batasHari,
			nominal: t.nominal,
			berlaku_mulai: t.berlakuMulai,
			berlaku_sampai: t.berlakuSampai,
			dasar_hukum: t.dasarHukum,
			...stamp,
		})),
	)
}

export const down: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const kode = JENIS_LAYANAN_AWAL.map((j) => j.kode)
	const rows = await sequelize.query<{ id: number }>('SELECT id FROM jenis_layanan WHERE kode IN (:kode)', {
		replacements: { kode },
		type: QueryTypes.SELECT,
	})
	// explicit, since SQLite may run without foreign-key cascades
	await queryInterface.bulkDelete('persyaratan_layanan', { jenis_layanan_id: { [Op.in]: rows.map((r) => r.id) } })
	await queryInterface.bulkDelete('jenis_layanan', { kode: { [Op.in]: kode } })
	for (const t of TARIF_DENDA_AWAL) {
		await queryInterface.bulkDelete('tarif_denda', { peristiwa: t.peristiwa, berlaku_mulai: t.berlakuMulai })
	}
}
