import type { MigrationFn } from '~/utils/migrator.server'

/**
 * What "Cari surat & arsip" (app/modules/pencarian) needs beyond the list indexes of the
 * persuratan migration, measured by bench/surat.ts on 200,000 letters:
 *
 * - an agenda number alone, without its year (`nomor_agenda` leads no other index);
 * - letters newest first with what decides whether a row is kept in the index itself (sifat,
 *   registrar and addressee for the Rahasia rule, classification; for outgoing letters their
 *   status, and their perihal, whose words are then checked there), so walking the newest rows
 *   reads no row, least of all the wide outgoing ones with their text. Descending, with the id
 *   right after the date: the order the results are sorted by, walked forward, which is the only
 *   direction in which MariaDB checks conditions in the index before reading the row;
 * - asal and tujuan searched by word through full-text indexes when a word is rare (MariaDB and
 *   MySQL only; SQLite searches with LIKE).
 */
const turun = (name: string) => ({ name, order: 'DESC' as const })
const INDEKS = [
	{ table: 'surat_masuk', name: 'surat_masuk_nomor_agenda', fields: ['nomor_agenda'] },
	{ table: 'surat_masuk', name: 'surat_masuk_cari_tanggal', fields: [turun('tanggal_diterima'), turun('id'), 'sifat', 'dicatat_oleh_id', 'tujuan_jabatan_id', 'klasifikasi_kode'] },
	{ table: 'surat_keluar', name: 'surat_keluar_cari_tanggal', fields: [turun('tanggal_surat'), turun('id'), 'status', 'sifat', 'klasifikasi_kode', 'perihal'] },
	// outgoing letters of one sifat (the incoming ones have theirs), in the results' order
	{ table: 'surat_keluar', name: 'surat_keluar_sifat_tanggal', fields: ['sifat', 'tanggal_surat', 'id', 'status'] },
	// whether a user is on a letter's disposisi path, answered from the index alone
	{ table: 'disposisi', name: 'disposisi_subjek_jalur', fields: ['subjek_jenis', 'subjek_id', 'dari_pengguna_id', 'ke_pengguna_id', 'status'] },
]
const TEKS = [
	{ table: 'surat_masuk', name: 'surat_masuk_asal_teks', fields: ['asal'] },
	{ table: 'surat_keluar', name: 'surat_keluar_tujuan_teks', fields: ['tujuan'] },
]

export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const mysql = sequelize.getDialect() === 'mysql' || sequelize.getDialect() === 'mariadb'
	for (const { table, name, fields } of INDEKS) await queryInterface.addIndex(table, { name, fields })
	if (mysql) {
		for (const { table, name, fields } of TEKS) await queryInterface.addIndex(table, fields, { name, type: 'FULLTEXT' })
	}
}

export const down: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const mysql = sequelize.getDialect() === 'mysql' || sequelize.getDialect() === 'mariadb'
	if (mysql) {
		for (const { table, name } of TEKS) await queryInterface.removeIndex(table, name)
	}
	for (const { table, name } of INDEKS) await queryInterface.removeIndex(table, name)
}
