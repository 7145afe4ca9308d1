import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

/**
 * The WhatsApp ticket channel: every incoming message id is recorded before it is handled, so a
 * notification Meta delivers twice is handled once. Requests are looked up by the sender's number.
 */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.createTable('wa_pesan_masuk', {
		id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
		message_id: { type: DataTypes.STRING(128), allowNull: false, unique: true },
		dari: { type: DataTypes.STRING(20), allowNull: false },
		jenis: { type: DataTypes.STRING(20), allowNull: false },
		diterima_at: { type: DataTypes.DATE, allowNull: false },
		diproses_at: { type: DataTypes.DATE, allowNull: true },
		galat: { type: DataTypes.STRING(500), allowNull: true },
		// the message as received, kept until it is handled so a failure can be retried here
		// (Meta does not resend what was answered 200); emptied once handled
		isi: { type: DataTypes.TEXT, allowNull: true },
		percobaan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		berikutnya_at: { type: DataTypes.DATE, allowNull: true },
	})
	await queryInterface.addIndex('wa_pesan_masuk', ['diterima_at'])
	await queryInterface.addIndex('wa_pesan_masuk', ['diproses_at', 'berikutnya_at'])
	await queryInterface.addIndex('permohonan_layanan', ['pemohon_telepon', 'kanal'], { name: 'permohonan_layanan_telepon_kanal' })
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.removeIndex('permohonan_layanan', 'permohonan_layanan_telepon_kanal')
	await queryInterface.dropTable('wa_pesan_masuk')
}
