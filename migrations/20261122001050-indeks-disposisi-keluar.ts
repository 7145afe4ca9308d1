import type { MigrationFn } from '~/utils/migrator.server'

/** "Disposisi keluar" lists what a user sent: by sender, newest first. */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.addIndex('disposisi', ['dari_pengguna_id', 'created_at'], { name: 'disposisi_dari_pengguna_created' })
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.removeIndex('disposisi', 'disposisi_dari_pengguna_created')
}
