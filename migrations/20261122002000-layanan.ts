import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

const timestamps = {
	created_at: { type: DataTypes.DATE, allowNull: false },
	updated_at: { type: DataTypes.DATE, allowNull: false },
}
const version = { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 }

/** The service desk (P4, P5): catalogue, fines, requests with their berkas, receipts, the buku register. */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	// gapless counters: ticket numbers per service and day, receipt and register numbers per year
	await queryInterface.createTable('nomor_urut', {
		kunci: { type: DataTypes.STRING(80), primaryKey: true },
		nilai: { type: DataTypes.INTEGER, allowNull: false },
		updated_at: { type: DataTypes.DATE, allowNull: false },
	})

	await queryInterface.createTable('jenis_layanan', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		kode: { type: DataTypes.STRING(20), allowNull: false, unique: true },
		nama: { type: DataTypes.STRING(200), allowNull: false },
		kelompok: { type: DataTypes.STRING(30), allowNull: false },
		unit_kode: { type: DataTypes.STRING(20), allowNull: true },
		definisi_kode: { type: DataTypes.STRING(30), allowNull: false },
		definisi_wa: { type: DataTypes.STRING(30), allowNull: true },
		varian: { type: DataTypes.STRING(30), allowNull: false },
		skema: { type: DataTypes.STRING(40), allowNull: false },
		dokumen_hasil: { type: DataTypes.STRING(300), allowNull: false },
		peristiwa: { type: DataTypes.STRING(30), allowNull: true },
		keterangan: { type: DataTypes.TEXT, allowNull: true },
		daring: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		urutan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('jenis_layanan', ['aktif', 'urutan'])

	await queryInterface.createTable('persyaratan_layanan', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		jenis_layanan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'jenis_layanan', key: 'id' }, onDelete: 'CASCADE' },
		urutan: { type: DataTypes.INTEGER, allowNull: false },
		nama: { type: DataTypes.STRING(300), allowNull: false },
		wajib: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		keterangan: { type: DataTypes.STRING(300), allowNull: true },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('persyaratan_layanan', ['jenis_layanan_id', 'urutan'])

	await queryInterface.createTable('tarif_denda', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		peristiwa: { type: DataTypes.STRING(30), allowNull: false },
		nama: { type: DataTypes.STRING(200), allowNull: false },
		batas_hari: { type: DataTypes.INTEGER, allowNull: false },
		nominal: { type: DataTypes.INTEGER, allowNull: false },
		berlaku_mulai: { type: DataTypes.DATEONLY, allowNull: false },
		berlaku_sampai: { type: DataTypes.DATEONLY, allowNull: true },
		dasar_hukum: { type: DataTypes.STRING(300), allowNull: false },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('tarif_denda', ['peristiwa', 'berlaku_mulai'])

	await queryInterface.createTable('permohonan_layanan', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		nomor_tiket: { type: DataTypes.STRING(40), allowNull: false, unique: true },
		kode_lacak_hash: { type: DataTypes.STRING(64), allowNull: false },
		jenis_layanan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'jenis_layanan', key: 'id' } },
		kanal: { type: DataTypes.STRING(12), allowNull: false },
		pemohon_nama: { type: DataTypes.STRING(150), allowNull: false },
		pemohon_nik: { type: DataTypes.STRING(16), allowNull: true },
		pemohon_telepon: { type: DataTypes.STRING(20), allowNull: true },
		pemohon_email: { type: DataTypes.STRING(150), allowNull: true },
		isian: { type: DataTypes.TEXT, allowNull: false },
		ceklis: { type: DataTypes.TEXT, allowNull: false },
		tanggal_peristiwa: { type: DataTypes.DATEONLY, allowNull: true },
		tanggal_lapor: { type: DataTypes.DATEONLY, allowNull: false },
		denda: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		denda_lunas: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
		pengiriman: { type: DataTypes.STRING(10), allowNull: false },
		hasil_nomor: { type: DataTypes.STRING(60), allowNull: true },
		hasil_keterangan: { type: DataTypes.STRING(500), allowNull: true },
		status_rekam: { type: DataTypes.STRING(20), allowNull: true },
		jadwal_kunjungan: { type: DataTypes.DATE, allowNull: true },
		pendamping: { type: DataTypes.STRING(200), allowNull: true },
		diajukan_oleh_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'pengguna', key: 'id' } },
		instans_id: { type: DataTypes.INTEGER, allowNull: true, unique: true },
		// the form's one-time key: the same submission sent twice makes one request
		kunci_pengajuan: { type: DataTypes.STRING(64), allowNull: true, unique: true },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('permohonan_layanan', ['created_at'])
	await queryInterface.addIndex('permohonan_layanan', ['jenis_layanan_id', 'created_at'])
	await queryInterface.addIndex('permohonan_layanan', ['kanal', 'created_at'])
	await queryInterface.addIndex('permohonan_layanan', ['diajukan_oleh_id', 'created_at'])
	await queryInterface.addIndex('permohonan_layanan', ['pemohon_nik'])
	await queryInterface.addIndex('permohonan_layanan', ['pemohon_nama'])

	await queryInterface.createTable('berkas_permohonan', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		permohonan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'permohonan_layanan', key: 'id' }, onDelete: 'CASCADE' },
		persyaratan_id: { type: DataTypes.INTEGER, allowNull: true },
		nama: { type: DataTypes.STRING(200), allowNull: false },
		kunci: { type: DataTypes.STRING(200), allowNull: false },
		mime: { type: DataTypes.STRING(60), allowNull: false },
		ukuran: { type: DataTypes.INTEGER, allowNull: false },
		sha256: { type: DataTypes.STRING(64), allowNull: false },
		sumber: { type: DataTypes.STRING(12), allowNull: false },
		diunggah_oleh_id: { type: DataTypes.INTEGER, allowNull: true },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('berkas_permohonan', ['permohonan_id'])

	await queryInterface.createTable('kuitansi_denda', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		nomor: { type: DataTypes.STRING(40), allowNull: false, unique: true },
		permohonan_id: { type: DataTypes.INTEGER, allowNull: false, unique: true, references: { model: 'permohonan_layanan', key: 'id' } },
		nominal: { type: DataTypes.INTEGER, allowNull: false },
		dibayar_at: { type: DataTypes.DATE, allowNull: false },
		diterima_oleh_id: { type: DataTypes.INTEGER, allowNull: false },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('kuitansi_denda', ['dibayar_at'])

	// buku register: one row per printed document, filled in again at hand-over
	await queryInterface.createTable('register_dokumen', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		nomor_register: { type: DataTypes.STRING(40), allowNull: false, unique: true },
		permohonan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'permohonan_layanan', key: 'id' } },
		dokumen: { type: DataTypes.STRING(300), allowNull: false },
		nomor_dokumen: { type: DataTypes.STRING(60), allowNull: true },
		dicetak_at: { type: DataTypes.DATE, allowNull: false },
		dicetak_oleh_id: { type: DataTypes.INTEGER, allowNull: false },
		kondisi: { type: DataTypes.STRING(12), allowNull: false },
		diserahkan_at: { type: DataTypes.DATE, allowNull: true },
		diserahkan_oleh_id: { type: DataTypes.INTEGER, allowNull: true },
		diterima_oleh: { type: DataTypes.STRING(150), allowNull: true },
		cara: { type: DataTypes.STRING(10), allowNull: true },
		version,
		...timestamps,
	})
	await queryInterface.addIndex('register_dokumen', ['dicetak_at'])
	await queryInterface.addIndex('register_dokumen', ['permohonan_id'])

	// wrong tracking codes, to slow down guessing
	await queryInterface.createTable('percobaan_lacak', {
		id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
		kunci: { type: DataTypes.STRING(80), allowNull: false },
		waktu: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('percobaan_lacak', ['kunci', 'waktu'])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const table of ['percobaan_lacak', 'register_dokumen', 'kuitansi_denda', 'berkas_permohonan', 'permohonan_layanan', 'tarif_denda', 'persyaratan_layanan', 'jenis_layanan', 'nomor_urut']) {
		await queryInterface.dropTable(table)
	}
}
