import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

/**
 * The electronic documents of the service desk: the PDF SIAK produced (the draft), its signed copy
 * and the public verification code printed on it as a QR code. One row per issued document.
 */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.createTable('dokumen_elektronik', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		permohonan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'permohonan_layanan', key: 'id' }, onDelete: 'CASCADE' },
		jenis_dokumen: { type: DataTypes.STRING(300), allowNull: false },
		nomor_dokumen: { type: DataTypes.STRING(60), allowNull: true },
		kunci_draf: { type: DataTypes.STRING(200), allowNull: true },
		kunci_final: { type: DataTypes.STRING(200), allowNull: true },
		sha256_final: { type: DataTypes.STRING(64), allowNull: true },
		kode_verifikasi: { type: DataTypes.STRING(20), allowNull: false, unique: true },
		cara_tanda_tangan: { type: DataTypes.STRING(10), allowNull: true },
		penandatangan_nama: { type: DataTypes.STRING(150), allowNull: true },
		penandatangan_jabatan: { type: DataTypes.STRING(200), allowNull: true },
		ditandatangani_at: { type: DataTypes.DATE, allowNull: true },
		version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		created_at: { type: DataTypes.DATE, allowNull: false },
		updated_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('dokumen_elektronik', ['permohonan_id'])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.dropTable('dokumen_elektronik')
}
