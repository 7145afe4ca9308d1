import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type QueryInterface, type Sequelize } from 'sequelize'
import { SequelizeStorage, Umzug } from 'umzug'
import { logger } from './logger.server'

/** What a migration or seeder receives: the query interface and the connection. */
export type MigrationContext = { queryInterface: QueryInterface; sequelize: Sequelize }
export type MigrationFn = (params: { context: MigrationContext }) => Promise<void>

const root = process.cwd()

function createUmzug(sequelize: Sequelize, glob: string, tableName: string) {
	return new Umzug<MigrationContext>({
		migrations: {
			glob: [glob, { cwd: root }],
			resolve: ({ name, path: file, context }) => ({
				name: path.basename(name, path.extname(name)),
				up: async () => {
					const mod = (await import(pathToFileURL(file!).href)) as { up: MigrationFn }
					return mod.up({ context })
				},
				down: async () => {
					const mod = (await import(pathToFileURL(file!).href)) as { down: MigrationFn }
					return mod.down({ context })
				},
			}),
		},
		context: { queryInterface: sequelize.getQueryInterface(), sequelize },
		storage: new SequelizeStorage({ sequelize, tableName, modelName: tableName }),
		logger: {
			info: (event) => logger.info(event, 'migrasi'),
			warn: (event) => logger.warn(event, 'migrasi'),
			error: (event) => logger.error(event, 'migrasi'),
			debug: () => {},
		},
	})
}

/** Schema changes, in timestamp order. */
export const migrator = (sequelize: Sequelize) =>
	createUmzug(sequelize, 'migrations/*.ts', 'simadu_migrasi')

/** Reference data every install needs (wilayah, holidays, the standard organisation). */
export const referenceSeeder = (sequelize: Sequelize) =>
	createUmzug(sequelize, 'seeders/reference/*.ts', 'simadu_seed')

/** The demo staff and accounts; only in demo mode and development. */
export const demoSeeder = (sequelize: Sequelize) =>
	createUmzug(sequelize, 'seeders/demo/*.ts', 'simadu_seed_demo')
