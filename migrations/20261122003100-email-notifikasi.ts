import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

/** Staff choose to receive e-mail copies of their in-app notifications; off until they opt in. */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.addColumn('pengguna', 'notifikasi_email', { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false })
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.removeColumn('pengguna', 'notifikasi_email')
}
