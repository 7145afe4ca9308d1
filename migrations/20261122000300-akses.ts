import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

const timestamps = {
	created_at: { type: DataTypes.DATE, allowNull: false },
	updated_at: { type: DataTypes.DATE, allowNull: false },
}
const fk = (model: string, onDelete: 'CASCADE' | 'RESTRICT' = 'CASCADE') => ({
	type: DataTypes.INTEGER,
	allowNull: false,
	references: { model, key: 'id' },
	onDelete,
})

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.createTable('pengguna', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		username: { type: DataTypes.STRING(60), allowNull: false, unique: true },
		password_hash: { type: DataTypes.STRING(100), allowNull: false },
		pegawai_id: { ...fk('pegawai', 'RESTRICT'), unique: true },
		aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		wajib_ganti_sandi: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
		sandi_demo: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
		sandi_diubah_at: { type: DataTypes.DATE, allowNull: true },
		terakhir_masuk_at: { type: DataTypes.DATE, allowNull: true },
		version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		...timestamps,
	})

	await queryInterface.createTable('peran', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		kode: { type: DataTypes.STRING(60), allowNull: false, unique: true },
		nama: { type: DataTypes.STRING(120), allowNull: false },
		deskripsi: { type: DataTypes.STRING(500), allowNull: true },
		sistem: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
		...timestamps,
	})

	await queryInterface.createTable('izin', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		aksi: { type: DataTypes.STRING(40), allowNull: false },
		entitas: { type: DataTypes.STRING(60), allowNull: false },
		akses: { type: DataTypes.STRING(4), allowNull: false },
		deskripsi: { type: DataTypes.STRING(300), allowNull: false },
	})
	await queryInterface.addIndex('izin', ['aksi', 'entitas', 'akses'], { unique: true })

	await queryInterface.createTable('peran_izin', {
		peran_id: { ...fk('peran'), primaryKey: true },
		izin_id: { ...fk('izin'), primaryKey: true },
	})
	await queryInterface.createTable('pengguna_peran', {
		pengguna_id: { ...fk('pengguna'), primaryKey: true },
		peran_id: { ...fk('peran'), primaryKey: true },
	})
	await queryInterface.addIndex('pengguna_peran', ['peran_id'])
	await queryInterface.createTable('jabatan_peran', {
		jabatan_id: { ...fk('jabatan'), primaryKey: true },
		peran_id: { ...fk('peran'), primaryKey: true },
	})

	await queryInterface.createTable('penugasan_plt', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		pengguna_id: fk('pengguna'),
		jabatan_id: fk('jabatan', 'RESTRICT'),
		jenis: { type: DataTypes.STRING(3), allowNull: false },
		mulai: { type: DataTypes.DATEONLY, allowNull: false },
		selesai: { type: DataTypes.DATEONLY, allowNull: false },
		nomor_surat: { type: DataTypes.STRING(100), allowNull: true },
		keterangan: { type: DataTypes.STRING(500), allowNull: true },
		...timestamps,
	})
	await queryInterface.addIndex('penugasan_plt', ['pengguna_id', 'mulai', 'selesai'])
	await queryInterface.addIndex('penugasan_plt', ['jabatan_id', 'mulai', 'selesai'])

	await queryInterface.createTable('sesi', {
		id: { type: DataTypes.STRING(64), primaryKey: true },
		pengguna_id: fk('pengguna'),
		terakhir_aktif_at: { type: DataTypes.DATE, allowNull: false },
		kedaluwarsa_at: { type: DataTypes.DATE, allowNull: false },
		ip: { type: DataTypes.STRING(45), allowNull: true },
		user_agent: { type: DataTypes.STRING(300), allowNull: true },
		berakhir_at: { type: DataTypes.DATE, allowNull: true },
		alasan_berakhir: { type: DataTypes.STRING(40), allowNull: true },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('sesi', ['pengguna_id', 'berakhir_at'])
	await queryInterface.addIndex('sesi', ['berakhir_at', 'kedaluwarsa_at'])

	await queryInterface.createTable('percobaan_masuk', {
		id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
		username: { type: DataTypes.STRING(60), allowNull: false },
		ip: { type: DataTypes.STRING(45), allowNull: false },
		berhasil: { type: DataTypes.BOOLEAN, allowNull: false },
		waktu: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('percobaan_masuk', ['username', 'waktu'])
	await queryInterface.addIndex('percobaan_masuk', ['ip', 'waktu'])

	await queryInterface.createTable('kunci_masuk', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		jenis: { type: DataTypes.STRING(10), allowNull: false },
		kunci: { type: DataTypes.STRING(60), allowNull: false },
		sampai: { type: DataTypes.DATE, allowNull: false },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('kunci_masuk', ['jenis', 'kunci', 'sampai'])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const table of [
		'kunci_masuk',
		'percobaan_masuk',
		'sesi',
		'penugasan_plt',
		'jabatan_peran',
		'pengguna_peran',
		'peran_izin',
		'izin',
		'peran',
		'pengguna',
	]) {
		await queryInterface.dropTable(table)
	}
}
