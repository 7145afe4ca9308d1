import { Pengguna } from '#models/index'
import { syncKatalogAkses } from '~/modules/akses/sync-katalog.server'
import { syncDefinisiAlur } from '~/workflow/sync-definisi.server'
import { getDb } from './db.server'
import { logger } from './logger.server'
import { demoSeeder, migrator, referenceSeeder } from './migrator.server'

/**
 * Brings the database to what this version of the code expects: schema, reference data, the
 * permission catalogue and, in demo mode, the demo accounts (each seeder runs once).
 */
export async function prepareDatabase(options: { migrate: boolean; demo: boolean }) {
	const sequelize = getDb()
	if (options.migrate) {
		const applied = await migrator(sequelize).up()
		if (applied.length) logger.info({ migrasi: applied.map((m) => m.name) }, 'migrasi diterapkan')
	} else {
		const pending = await migrator(sequelize).pending()
		if (pending.length) {
			throw new Error(
				`Basis data belum diperbarui: ${pending.length} migrasi tertunda. Jalankan "npm run db:migrate".`,
			)
		}
	}
	// roles exist before the reference seeders give them to the standard jabatan
	await syncKatalogAkses(sequelize)
	await syncDefinisiAlur(sequelize)
	if (options.migrate) await referenceSeeder(sequelize).up()
	if (options.demo) await demoSeeder(sequelize).up()
}

/** A production start refuses while any active account still has the published demo password. */
export async function assertNoDemoPasswords() {
	const count = await Pengguna.count({ where: { sandiDemo: true, aktif: true } })
	if (count > 0) {
		throw new Error(
			`${count} akun aktif masih memakai kata sandi demo. Ganti kata sandinya atau nonaktifkan akunnya sebelum menjalankan mode produksi.`,
		)
	}
}
