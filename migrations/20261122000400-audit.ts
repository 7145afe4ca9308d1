import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	// No foreign key to pengguna: the trail must outlive the rows it talks about.
	await queryInterface.createTable('log_audit', {
		id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
		waktu: { type: DataTypes.DATE(3), allowNull: false },
		pengguna_id: { type: DataTypes.INTEGER, allowNull: true },
		nama_pengguna: { type: DataTypes.STRING(200), allowNull: true },
		atas_nama: { type: DataTypes.STRING(300), allowNull: true },
		aksi: { type: DataTypes.STRING(40), allowNull: false },
		entitas: { type: DataTypes.STRING(60), allowNull: false },
		entitas_id: { type: DataTypes.STRING(64), allowNull: true },
		perubahan: { type: DataTypes.TEXT, allowNull: true },
		keterangan: { type: DataTypes.STRING(500), allowNull: true },
		ip: { type: DataTypes.STRING(45), allowNull: true },
		user_agent: { type: DataTypes.STRING(300), allowNull: true },
		request_id: { type: DataTypes.STRING(40), allowNull: true },
	})
	await queryInterface.addIndex('log_audit', ['waktu'])
	await queryInterface.addIndex('log_audit', ['entitas', 'entitas_id'])
	await queryInterface.addIndex('log_audit', ['pengguna_id', 'waktu'])
	await queryInterface.addIndex('log_audit', ['aksi', 'waktu'])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.dropTable('log_audit')
}
