/**
 * Database commands: `npm run db:migrate | db:rollback | db:seed | db:reset`.
 * migrate: schema, permission catalogue and reference data. rollback: the last migration.
 * seed: reference and demo data. reset: drops everything and builds it again with demo data.
 */
import { syncKatalogAkses } from '~/modules/akses/sync-katalog.server'
import { syncDefinisiAlur } from '~/workflow/sync-definisi.server'
import { closeDb, getDb } from '~/utils/db.server'
import { demoSeeder, migrator, referenceSeeder } from '~/utils/migrator.server'

async function main(command: string | undefined) {
	const sequelize = getDb()
	switch (command) {
		case 'migrate': {
			const applied = await migrator(sequelize).up()
			await syncKatalogAkses(sequelize)
			await syncDefinisiAlur(sequelize)
			const seeded = await referenceSeeder(sequelize).up()
			console.log(`Migrasi diterapkan: ${applied.length}; data referensi: ${seeded.length}.`)
			break
		}
		case 'rollback': {
			const reverted = await migrator(sequelize).down()
			console.log(reverted.length ? `Dibatalkan: ${reverted.map((m) => m.name).join(', ')}` : 'Tidak ada migrasi untuk dibatalkan.')
			break
		}
		case 'seed': {
			await syncKatalogAkses(sequelize)
			const reference = await referenceSeeder(sequelize).up()
			const demo = await demoSeeder(sequelize).up()
			console.log(`Seeder dijalankan: referensi ${reference.length}, demo ${demo.length}.`)
			break
		}
		case 'reset': {
			await sequelize.getQueryInterface().dropAllTables()
			await migrator(sequelize).up()
			await syncKatalogAkses(sequelize)
			await syncDefinisiAlur(sequelize)
			await referenceSeeder(sequelize).up()
			await demoSeeder(sequelize).up()
			console.log('Basis data dibangun ulang dengan data demo.')
			break
		}
		default:
			console.error('Perintah: migrate | rollback | seed | reset')
			process.exitCode = 2
	}
}

main(process.argv[2])
	.catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error)
		process.exitCode = 1
	})
	.finally(() => closeDb())
