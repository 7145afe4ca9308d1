import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

// Two admins may edit the same Plt/Plh assignment or role: the version refuses the stale save.
const TABEL = ['penugasan_plt', 'peran'] as const

export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const table of TABEL) {
		await queryInterface.addColumn(table, 'version', { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 })
	}
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const table of TABEL) {
		await queryInterface.removeColumn(table, 'version')
	}
}
