import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

/** The shared workflow engine: definitions, instances, tasks, history, outbox, notifications, disposisi. */
const timestamps = {
	created_at: { type: DataTypes.DATE, allowNull: false },
	updated_at: { type: DataTypes.DATE, allowNull: false },
}
const penggunaFk = (allowNull = true) => ({
	type: DataTypes.INTEGER,
	allowNull,
	references: { model: 'pengguna', key: 'id' },
	onDelete: 'RESTRICT',
})

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.createTable('alur_definisi', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		kode: { type: DataTypes.STRING(30), allowNull: false },
		versi: { type: DataTypes.INTEGER, allowNull: false },
		nama: { type: DataTypes.STRING(300), allowNull: false },
		area: { type: DataTypes.STRING(4), allowNull: false },
		jenis_subjek: { type: DataTypes.STRING(60), allowNull: false },
		sidik: { type: DataTypes.STRING(64), allowNull: false },
		isi: { type: DataTypes.TEXT('medium'), allowNull: false },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('alur_definisi', ['kode', 'versi'], { unique: true })

	await queryInterface.createTable('alur_instans', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		definisi_kode: { type: DataTypes.STRING(30), allowNull: false },
		definisi_versi: { type: DataTypes.INTEGER, allowNull: false },
		subjek_jenis: { type: DataTypes.STRING(60), allowNull: false },
		subjek_id: { type: DataTypes.STRING(64), allowNull: false },
		judul: { type: DataTypes.STRING(300), allowNull: false },
		status: { type: DataTypes.STRING(12), allowNull: false },
		langkah_aktif: { type: DataTypes.STRING(60), allowNull: true },
		pemrakarsa_id: penggunaFk(),
		unit_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'unit_kerja', key: 'id' }, onDelete: 'RESTRICT' },
		konteks: { type: DataTypes.TEXT, allowNull: false },
		mulai_at: { type: DataTypes.DATE, allowNull: false },
		selesai_at: { type: DataTypes.DATE, allowNull: true },
		version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		...timestamps,
	})
	await queryInterface.addIndex('alur_instans', ['subjek_jenis', 'subjek_id'], { unique: true })
	await queryInterface.addIndex('alur_instans', ['definisi_kode', 'status', 'langkah_aktif'])
	await queryInterface.addIndex('alur_instans', ['pemrakarsa_id', 'status'])

	await queryInterface.createTable('alur_tugas', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		instans_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'alur_instans', key: 'id' }, onDelete: 'CASCADE' },
		definisi_kode: { type: DataTypes.STRING(30), allowNull: false },
		langkah_kode: { type: DataTypes.STRING(60), allowNull: false },
		status: { type: DataTypes.STRING(12), allowNull: false },
		target_jenis: { type: DataTypes.STRING(10), allowNull: false },
		target_peran: { type: DataTypes.STRING(60), allowNull: true },
		target_jabatan_id: { type: DataTypes.INTEGER, allowNull: true },
		target_pengguna_id: { type: DataTypes.INTEGER, allowNull: true },
		pihak_eksternal: { type: DataTypes.STRING(40), allowNull: true },
		diambil_oleh_id: penggunaFk(),
		tiba_at: { type: DataTypes.DATE, allowNull: false },
		diambil_at: { type: DataTypes.DATE, allowNull: true },
		selesai_at: { type: DataTypes.DATE, allowNull: true },
		tenggat_at: { type: DataTypes.DATE, allowNull: true },
		hampir_at: { type: DataTypes.DATE, allowNull: true },
		aksi_kode: { type: DataTypes.STRING(40), allowNull: true },
		diselesaikan_oleh_id: penggunaFk(),
		dalam_standar: { type: DataTypes.BOOLEAN, allowNull: true },
		version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
	})
	await queryInterface.addIndex('alur_tugas', ['status', 'target_peran', 'tenggat_at'])
	await queryInterface.addIndex('alur_tugas', ['status', 'target_jabatan_id', 'tenggat_at'])
	await queryInterface.addIndex('alur_tugas', ['status', 'target_pengguna_id', 'tenggat_at'])
	await queryInterface.addIndex('alur_tugas', ['diambil_oleh_id', 'status'])
	await queryInterface.addIndex('alur_tugas', ['instans_id', 'status'])
	await queryInterface.addIndex('alur_tugas', ['definisi_kode', 'langkah_kode', 'status'])

	await queryInterface.createTable('alur_riwayat', {
		id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
		instans_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'alur_instans', key: 'id' }, onDelete: 'CASCADE' },
		tugas_id: { type: DataTypes.INTEGER, allowNull: true },
		langkah_dari: { type: DataTypes.STRING(60), allowNull: true },
		langkah_ke: { type: DataTypes.STRING(60), allowNull: true },
		aksi: { type: DataTypes.STRING(40), allowNull: false },
		label: { type: DataTypes.STRING(200), allowNull: false },
		alasan: { type: DataTypes.TEXT, allowNull: true },
		pengguna_id: { type: DataTypes.INTEGER, allowNull: true },
		nama_pengguna: { type: DataTypes.STRING(200), allowNull: true },
		jabatan: { type: DataTypes.STRING(200), allowNull: true },
		atas_nama: { type: DataTypes.STRING(300), allowNull: true },
		waktu: { type: DataTypes.DATE(3), allowNull: false },
		tunggu_detik: { type: DataTypes.INTEGER, allowNull: true },
		proses_detik: { type: DataTypes.INTEGER, allowNull: true },
		kunci_idempotensi: { type: DataTypes.STRING(64), allowNull: true },
	})
	await queryInterface.addIndex('alur_riwayat', ['instans_id', 'waktu'])
	await queryInterface.addIndex('alur_riwayat', ['instans_id', 'kunci_idempotensi'], { unique: true })

	await queryInterface.createTable('outbox', {
		id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
		kanal: { type: DataTypes.STRING(12), allowNull: false },
		tujuan: { type: DataTypes.STRING(200), allowNull: false },
		isi: { type: DataTypes.TEXT, allowNull: false },
		status: { type: DataTypes.STRING(12), allowNull: false },
		percobaan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		berikutnya_at: { type: DataTypes.DATE, allowNull: false },
		dikunci_sampai: { type: DataTypes.DATE, allowNull: true },
		galat_terakhir: { type: DataTypes.STRING(500), allowNull: true },
		terkirim_at: { type: DataTypes.DATE, allowNull: true },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('outbox', ['status', 'berikutnya_at'])

	await queryInterface.createTable('notifikasi', {
		id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
		pengguna_id: { ...penggunaFk(false), onDelete: 'CASCADE' },
		judul: { type: DataTypes.STRING(200), allowNull: false },
		isi: { type: DataTypes.STRING(500), allowNull: true },
		tautan: { type: DataTypes.STRING(300), allowNull: true },
		dibaca_at: { type: DataTypes.DATE, allowNull: true },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('notifikasi', ['pengguna_id', 'dibaca_at', 'created_at'])

	await queryInterface.createTable('disposisi', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		subjek_jenis: { type: DataTypes.STRING(60), allowNull: false },
		subjek_id: { type: DataTypes.STRING(64), allowNull: false },
		induk_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'disposisi', key: 'id' }, onDelete: 'RESTRICT' },
		dari_pengguna_id: penggunaFk(false),
		ke_pengguna_id: penggunaFk(false),
		atas_nama: { type: DataTypes.STRING(300), allowNull: true },
		instruksi: { type: DataTypes.TEXT, allowNull: false },
		catatan: { type: DataTypes.TEXT, allowNull: true },
		tenggat: { type: DataTypes.DATEONLY, allowNull: true },
		status: { type: DataTypes.STRING(20), allowNull: false },
		laporan: { type: DataTypes.TEXT, allowNull: true },
		dibaca_at: { type: DataTypes.DATE, allowNull: true },
		ditindaklanjuti_at: { type: DataTypes.DATE, allowNull: true },
		selesai_at: { type: DataTypes.DATE, allowNull: true },
		dibatalkan_at: { type: DataTypes.DATE, allowNull: true },
		version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		...timestamps,
	})
	await queryInterface.addIndex('disposisi', ['subjek_jenis', 'subjek_id'])
	await queryInterface.addIndex('disposisi', ['ke_pengguna_id', 'status'])
	await queryInterface.addIndex('disposisi', ['induk_id'])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const table of ['disposisi', 'notifikasi', 'outbox', 'alur_riwayat', 'alur_tugas', 'alur_instans', 'alur_definisi']) {
		await queryInterface.dropTable(table)
	}
}
