import type { MigrationFn } from '~/utils/migrator.server'

/**
 * The service desk's reports read date ranges the first layanan migration does not index:
 * requests by reporting date (the dashboard's per-day counts and the daily report's list), steps
 * completed in a range (within-standard share), requests finished or rejected on a day, and
 * requests returned to the applicant on a day.
 */
const INDEKS = [
	{ table: 'permohonan_layanan', name: 'permohonan_layanan_tanggal_lapor_jenis', fields: ['tanggal_lapor', 'jenis_layanan_id'] },
	{ table: 'alur_tugas', name: 'alur_tugas_status_selesai', fields: ['status', 'selesai_at'] },
	{ table: 'alur_instans', name: 'alur_instans_subjek_status_selesai', fields: ['subjek_jenis', 'status', 'selesai_at'] },
	{ table: 'alur_riwayat', name: 'alur_riwayat_aksi_waktu', fields: ['aksi', 'waktu'] },
]

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const { table, name, fields } of INDEKS) await queryInterface.addIndex(table, fields, { name })
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const { table, name } of INDEKS) await queryInterface.removeIndex(table, name)
}
