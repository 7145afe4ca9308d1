import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

/**
 * A task's arrival time with milliseconds on MySQL/MariaDB (SQLite keeps them already). The
 * arrival time names a step's round: a verifier may take one task per round of a parallel step.
 * Stored to the second, a step returned and resubmitted within that second looked like the same
 * round, and its verifier could not take the new task.
 */
export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	if (sequelize.getDialect() !== 'mysql' && sequelize.getDialect() !== 'mariadb') return
	await queryInterface.changeColumn('alur_tugas', 'tiba_at', { type: DataTypes.DATE(3), allowNull: false })
}

export const down: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	if (sequelize.getDialect() !== 'mysql' && sequelize.getDialect() !== 'mariadb') return
	await queryInterface.changeColumn('alur_tugas', 'tiba_at', { type: DataTypes.DATE, allowNull: false })
}
