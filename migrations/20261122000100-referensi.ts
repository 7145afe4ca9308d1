import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

const timestamps = {
	created_at: { type: DataTypes.DATE, allowNull: false },
	updated_at: { type: DataTypes.DATE, allowNull: false },
}

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.createTable('pengaturan_kantor', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		nama_dinas: { type: DataTypes.STRING(200), allowNull: false },
		nama_pemda: { type: DataTypes.STRING(200), allowNull: false },
		kode_wilayah: { type: DataTypes.STRING(13), allowNull: false },
		alamat: { type: DataTypes.STRING(500), allowNull: false },
		kode_pos: { type: DataTypes.STRING(5), allowNull: true },
		telepon: { type: DataTypes.STRING(30), allowNull: true },
		email: { type: DataTypes.STRING(200), allowNull: true },
		laman: { type: DataTypes.STRING(200), allowNull: true },
		logo_berkas: { type: DataTypes.STRING(300), allowNull: true },
		zona_waktu: { type: DataTypes.STRING(60), allowNull: false },
		jam_layanan: { type: DataTypes.TEXT, allowNull: false },
		version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		...timestamps,
	})

	await queryInterface.createTable('wilayah', {
		kode: { type: DataTypes.STRING(13), primaryKey: true },
		nama: { type: DataTypes.STRING(120), allowNull: false },
		tingkat: { type: DataTypes.STRING(12), allowNull: false },
		induk_kode: { type: DataTypes.STRING(13), allowNull: true },
	})
	await queryInterface.addIndex('wilayah', ['induk_kode'])
	await queryInterface.addIndex('wilayah', ['tingkat', 'nama'])

	await queryInterface.createTable('hari_libur', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		tanggal: { type: DataTypes.DATEONLY, allowNull: false, unique: true },
		nama: { type: DataTypes.STRING(200), allowNull: false },
		jenis: { type: DataTypes.STRING(20), allowNull: false },
		...timestamps,
	})
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.dropTable('hari_libur')
	await queryInterface.dropTable('wilayah')
	await queryInterface.dropTable('pengaturan_kantor')
}
