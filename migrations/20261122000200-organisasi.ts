import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

const timestamps = {
	created_at: { type: DataTypes.DATE, allowNull: false },
	updated_at: { type: DataTypes.DATE, allowNull: false },
}
const version = { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 }

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.createTable('unit_kerja', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		kode: { type: DataTypes.STRING(30), allowNull: false, unique: true },
		nama: { type: DataTypes.STRING(200), allowNull: false },
		jenis: { type: DataTypes.STRING(20), allowNull: false },
		induk_id: {
			type: DataTypes.INTEGER,
			allowNull: true,
			references: { model: 'unit_kerja', key: 'id' },
			onDelete: 'RESTRICT',
		},
		urutan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('unit_kerja', ['induk_id', 'urutan'])

	await queryInterface.createTable('jabatan', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		kode: { type: DataTypes.STRING(40), allowNull: false, unique: true },
		nama: { type: DataTypes.STRING(200), allowNull: false },
		jenis: { type: DataTypes.STRING(20), allowNull: false },
		unit_id: {
			type: DataTypes.INTEGER,
			allowNull: false,
			references: { model: 'unit_kerja', key: 'id' },
			onDelete: 'RESTRICT',
		},
		atasan_id: {
			type: DataTypes.INTEGER,
			allowNull: true,
			references: { model: 'jabatan', key: 'id' },
			onDelete: 'RESTRICT',
		},
		aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('jabatan', ['unit_id'])
	await queryInterface.addIndex('jabatan', ['atasan_id'])

	await queryInterface.createTable('pegawai', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		nip: { type: DataTypes.STRING(18), allowNull: false, unique: true },
		nama: { type: DataTypes.STRING(200), allowNull: false },
		jabatan_id: {
			type: DataTypes.INTEGER,
			allowNull: true,
			references: { model: 'jabatan', key: 'id' },
			onDelete: 'RESTRICT',
		},
		unit_id: {
			type: DataTypes.INTEGER,
			allowNull: false,
			references: { model: 'unit_kerja', key: 'id' },
			onDelete: 'RESTRICT',
		},
		email: { type: DataTypes.STRING(200), allowNull: true },
		telepon: { type: DataTypes.STRING(30), allowNull: true },
		aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('pegawai', ['unit_id'])
	await queryInterface.addIndex('pegawai', ['jabatan_id'])
	await queryInterface.addIndex('pegawai', ['nama'])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.dropTable('pegawai')
	await queryInterface.dropTable('jabatan')
	await queryInterface.dropTable('unit_kerja')
}
