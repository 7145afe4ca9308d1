import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

const id = { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true }
const version = { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 }
const stamps = { created_at: { type: DataTypes.DATE, allowNull: false }, updated_at: { type: DataTypes.DATE, allowNull: false } }
const pengguna = (allowNull: boolean) => ({ type: DataTypes.INTEGER, allowNull, references: { model: 'pengguna', key: 'id' } })
const klasifikasi = { type: DataTypes.STRING(30), allowNull: false, references: { model: 'klasifikasi_arsip', key: 'kode' } }

/**
 * Persuratan (P1.2.1) and kearsipan (P1.2.2): the archive classification with its retention,
 * incoming letters with their agenda numbers and deliveries, outgoing letters with their versions,
 * review comments, numbers (issued at signing, or reserved) and expedition book, the archive's
 * berkas with their contents and locations, loans, and retention disposals (pindah, musnah).
 *
 * Every list filter has an index. Searching perihal and ringkasan uses a FULLTEXT index on
 * MariaDB/MySQL; SQLite (the embedded default) searches with LIKE.
 */
export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const mysql = sequelize.getDialect() === 'mysql' || sequelize.getDialect() === 'mariadb'

	await queryInterface.createTable('klasifikasi_arsip', {
		kode: { type: DataTypes.STRING(30), primaryKey: true },
		// the longest name in Permendagri 83/2022 has 865 characters
		nama: { type: DataTypes.STRING(1000), allowNull: false },
		induk_kode: { type: DataTypes.STRING(30), allowNull: true },
		tingkat: { type: DataTypes.INTEGER, allowNull: false },
		retensi_aktif: { type: DataTypes.INTEGER, allowNull: true },
		retensi_inaktif: { type: DataTypes.INTEGER, allowNull: true },
		nasib_akhir: { type: DataTypes.STRING(20), allowNull: true },
		vital: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
		version,
		...stamps,
	})
	await queryInterface.addIndex('klasifikasi_arsip', ['induk_kode'])
	// a prefix: 1000 utf8mb4 characters exceed InnoDB's 3072-byte key (SQLite ignores the length)
	await queryInterface.addIndex('klasifikasi_arsip', { fields: [{ name: 'nama', length: 255 }] })

	await queryInterface.createTable('surat_masuk', {
		id,
		tahun: { type: DataTypes.INTEGER, allowNull: false },
		nomor_agenda: { type: DataTypes.INTEGER, allowNull: false },
		tanggal_diterima: { type: DataTypes.DATEONLY, allowNull: false },
		nomor_surat: { type: DataTypes.STRING(100), allowNull: false },
		tanggal_surat: { type: DataTypes.DATEONLY, allowNull: false },
		asal_jenis: { type: DataTypes.STRING(12), allowNull: false },
		asal: { type: DataTypes.STRING(200), allowNull: false },
		perihal: { type: DataTypes.STRING(500), allowNull: false },
		ringkasan: { type: DataTypes.TEXT, allowNull: true },
		sifat: { type: DataTypes.STRING(16), allowNull: false },
		urgensi: { type: DataTypes.STRING(12), allowNull: false },
		klasifikasi_kode: klasifikasi,
		lampiran: { type: DataTypes.STRING(100), allowNull: true },
		tujuan_jabatan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'jabatan', key: 'id' } },
		kunci_pindaian: { type: DataTypes.STRING(200), allowNull: true },
		nama_pindaian: { type: DataTypes.STRING(200), allowNull: true },
		tipe_pindaian: { type: DataTypes.STRING(60), allowNull: true },
		ukuran_pindaian: { type: DataTypes.INTEGER, allowNull: true },
		dicatat_oleh_id: pengguna(false),
		instans_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'alur_instans', key: 'id' } },
		version,
		...stamps,
	})
	await queryInterface.addIndex('surat_masuk', ['tahun', 'nomor_agenda'], { unique: true })
	await queryInterface.addIndex('surat_masuk', ['tanggal_diterima'])
	await queryInterface.addIndex('surat_masuk', ['tanggal_surat'])
	await queryInterface.addIndex('surat_masuk', ['nomor_surat'])
	await queryInterface.addIndex('surat_masuk', ['asal'])
	await queryInterface.addIndex('surat_masuk', ['klasifikasi_kode', 'tanggal_diterima'])
	await queryInterface.addIndex('surat_masuk', ['sifat', 'tanggal_diterima'])
	await queryInterface.addIndex('surat_masuk', ['dicatat_oleh_id'])
	await queryInterface.addIndex('surat_masuk', ['instans_id'])

	await queryInterface.createTable('pengantaran_surat', {
		id,
		surat_masuk_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'surat_masuk', key: 'id' }, onDelete: 'CASCADE' },
		kepada: { type: DataTypes.STRING(200), allowNull: false },
		diterima_oleh: { type: DataTypes.STRING(150), allowNull: false },
		diterima_at: { type: DataTypes.DATE, allowNull: false },
		caraka_id: pengguna(false),
		catatan: { type: DataTypes.STRING(500), allowNull: true },
		...stamps,
	})
	await queryInterface.addIndex('pengantaran_surat', ['surat_masuk_id'])
	await queryInterface.addIndex('pengantaran_surat', ['diterima_at'])

	await queryInterface.createTable('jenis_naskah', {
		id,
		kode: { type: DataTypes.STRING(20), allowNull: false, unique: true },
		nama: { type: DataTypes.STRING(100), allowNull: false },
		templat: { type: DataTypes.TEXT, allowNull: false },
		rantai_verifikasi: { type: DataTypes.TEXT, allowNull: false },
		jabatan_penandatangan: { type: DataTypes.STRING(40), allowNull: false },
		format_nomor: { type: DataTypes.STRING(120), allowNull: false },
		aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
		version,
		...stamps,
	})

	await queryInterface.createTable('surat_keluar', {
		id,
		jenis_naskah_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'jenis_naskah', key: 'id' } },
		klasifikasi_kode: klasifikasi,
		unit_kerja_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'unit_kerja', key: 'id' } },
		sifat: { type: DataTypes.STRING(16), allowNull: false },
		urgensi: { type: DataTypes.STRING(12), allowNull: false },
		perihal: { type: DataTypes.STRING(500), allowNull: false },
		tujuan: { type: DataTypes.TEXT, allowNull: false },
		tembusan: { type: DataTypes.TEXT, allowNull: true },
		isi: { type: DataTypes.TEXT('medium'), allowNull: false },
		lampiran: { type: DataTypes.STRING(100), allowNull: true },
		ukuran_kertas: { type: DataTypes.STRING(2), allowNull: false, defaultValue: 'A4' },
		status: { type: DataTypes.STRING(20), allowNull: false },
		revisi_ke: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
		jabatan_penandatangan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'jabatan', key: 'id' } },
		tahun: { type: DataTypes.INTEGER, allowNull: true },
		nomor_urut: { type: DataTypes.INTEGER, allowNull: true },
		nomor: { type: DataTypes.STRING(120), allowNull: true, unique: true },
		tanggal_surat: { type: DataTypes.DATEONLY, allowNull: true },
		penandatangan_id: pengguna(true),
		penandatangan_nama: { type: DataTypes.STRING(150), allowNull: true },
		penandatangan_jabatan: { type: DataTypes.STRING(200), allowNull: true },
		cara_tanda_tangan: { type: DataTypes.STRING(10), allowNull: true },
		ditandatangani_at: { type: DataTypes.DATE, allowNull: true },
		kunci_pdf: { type: DataTypes.STRING(200), allowNull: true },
		sha256_pdf: { type: DataTypes.STRING(64), allowNull: true },
		kode_verifikasi: { type: DataTypes.STRING(20), allowNull: true, unique: true },
		dibuat_oleh_id: pengguna(false),
		instans_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'alur_instans', key: 'id' } },
		version,
		...stamps,
	})
	await queryInterface.addIndex('surat_keluar', ['status', 'updated_at'])
	await queryInterface.addIndex('surat_keluar', ['tanggal_surat'])
	await queryInterface.addIndex('surat_keluar', ['klasifikasi_kode', 'tanggal_surat'])
	await queryInterface.addIndex('surat_keluar', ['jenis_naskah_id', 'tahun', 'nomor_urut'])
	await queryInterface.addIndex('surat_keluar', ['dibuat_oleh_id'])
	await queryInterface.addIndex('surat_keluar', ['instans_id'])
	await queryInterface.addIndex('surat_keluar', ['created_at'])

	await queryInterface.createTable('surat_keluar_versi', {
		id,
		surat_keluar_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'surat_keluar', key: 'id' }, onDelete: 'CASCADE' },
		nomor_versi: { type: DataTypes.INTEGER, allowNull: false },
		perihal: { type: DataTypes.STRING(500), allowNull: false },
		tujuan: { type: DataTypes.TEXT, allowNull: false },
		tembusan: { type: DataTypes.TEXT, allowNull: true },
		isi: { type: DataTypes.TEXT('medium'), allowNull: false },
		lampiran: { type: DataTypes.STRING(100), allowNull: true },
		catatan: { type: DataTypes.STRING(1000), allowNull: true },
		dibuat_oleh_id: pengguna(false),
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('surat_keluar_versi', ['surat_keluar_id', 'nomor_versi'], { unique: true })

	await queryInterface.createTable('komentar_naskah', {
		id,
		surat_keluar_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'surat_keluar', key: 'id' }, onDelete: 'CASCADE' },
		nomor_versi: { type: DataTypes.INTEGER, allowNull: false },
		langkah: { type: DataTypes.STRING(40), allowNull: true },
		pengguna_id: pengguna(false),
		isi: { type: DataTypes.TEXT, allowNull: false },
		created_at: { type: DataTypes.DATE, allowNull: false },
	})
	await queryInterface.addIndex('komentar_naskah', ['surat_keluar_id', 'nomor_versi'])

	await queryInterface.createTable('nomor_surat_keluar', {
		id,
		jenis_naskah_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'jenis_naskah', key: 'id' } },
		tahun: { type: DataTypes.INTEGER, allowNull: false },
		nomor_urut: { type: DataTypes.INTEGER, allowNull: false },
		nomor: { type: DataTypes.STRING(120), allowNull: true },
		status: { type: DataTypes.STRING(12), allowNull: false },
		surat_keluar_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'surat_keluar', key: 'id' } },
		keperluan: { type: DataTypes.STRING(300), allowNull: true },
		klasifikasi_kode: { type: DataTypes.STRING(30), allowNull: true },
		dipesan_oleh_id: pengguna(true),
		dipesan_at: { type: DataTypes.DATE, allowNull: true },
		berlaku_sampai: { type: DataTypes.DATE, allowNull: true },
		dipakai_at: { type: DataTypes.DATE, allowNull: true },
		dilepas_at: { type: DataTypes.DATE, allowNull: true },
		version,
		...stamps,
	})
	await queryInterface.addIndex('nomor_surat_keluar', ['jenis_naskah_id', 'tahun', 'nomor_urut'], { unique: true })
	await queryInterface.addIndex('nomor_surat_keluar', ['status', 'jenis_naskah_id', 'tahun'])

	await queryInterface.createTable('ekspedisi_surat', {
		id,
		surat_keluar_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'surat_keluar', key: 'id' }, onDelete: 'CASCADE' },
		cara: { type: DataTypes.STRING(10), allowNull: false },
		tujuan: { type: DataTypes.STRING(300), allowNull: false },
		alamat: { type: DataTypes.STRING(300), allowNull: true },
		nomor_resi: { type: DataTypes.STRING(100), allowNull: true },
		dikirim_at: { type: DataTypes.DATE, allowNull: false },
		dikirim_oleh_id: pengguna(false),
		status: { type: DataTypes.STRING(10), allowNull: false },
		diterima_oleh: { type: DataTypes.STRING(150), allowNull: true },
		diterima_at: { type: DataTypes.DATE, allowNull: true },
		kunci_bukti: { type: DataTypes.STRING(200), allowNull: true },
		catatan: { type: DataTypes.STRING(500), allowNull: true },
		version,
		...stamps,
	})
	await queryInterface.addIndex('ekspedisi_surat', ['surat_keluar_id'])
	await queryInterface.addIndex('ekspedisi_surat', ['dikirim_at'])
	await queryInterface.addIndex('ekspedisi_surat', ['status', 'cara'])

	await queryInterface.createTable('berkas_arsip', {
		id,
		nomor_berkas: { type: DataTypes.STRING(60), allowNull: false, unique: true },
		klasifikasi_kode: klasifikasi,
		uraian: { type: DataTypes.STRING(500), allowNull: false },
		unit_kerja_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'unit_kerja', key: 'id' } },
		kurun_awal: { type: DataTypes.DATEONLY, allowNull: false },
		kurun_akhir: { type: DataTypes.DATEONLY, allowNull: true },
		jumlah: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		satuan: { type: DataTypes.STRING(20), allowNull: false },
		tingkat_perkembangan: { type: DataTypes.STRING(20), allowNull: false },
		lokasi_gedung: { type: DataTypes.STRING(60), allowNull: true },
		lokasi_ruang: { type: DataTypes.STRING(60), allowNull: true },
		lokasi_lemari: { type: DataTypes.STRING(60), allowNull: true },
		lokasi_rak: { type: DataTypes.STRING(60), allowNull: true },
		lokasi_boks: { type: DataTypes.STRING(60), allowNull: true },
		lokasi_folder: { type: DataTypes.STRING(60), allowNull: true },
		status: { type: DataTypes.STRING(20), allowNull: false },
		aktif_sampai: { type: DataTypes.DATEONLY, allowNull: true },
		inaktif_sampai: { type: DataTypes.DATEONLY, allowNull: true },
		nasib_akhir: { type: DataTypes.STRING(20), allowNull: true },
		vital: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
		dibuat_oleh_id: pengguna(false),
		version,
		...stamps,
	})
	await queryInterface.addIndex('berkas_arsip', ['klasifikasi_kode'])
	await queryInterface.addIndex('berkas_arsip', ['status', 'aktif_sampai'])
	await queryInterface.addIndex('berkas_arsip', ['status', 'inaktif_sampai'])
	await queryInterface.addIndex('berkas_arsip', ['unit_kerja_id'])
	await queryInterface.addIndex('berkas_arsip', ['kurun_awal'])
	await queryInterface.addIndex('berkas_arsip', ['uraian'])

	await queryInterface.createTable('isi_berkas', {
		id,
		berkas_arsip_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'berkas_arsip', key: 'id' }, onDelete: 'CASCADE' },
		nomor_item: { type: DataTypes.INTEGER, allowNull: false },
		surat_masuk_id: { type: DataTypes.INTEGER, allowNull: true, unique: true, references: { model: 'surat_masuk', key: 'id' } },
		surat_keluar_id: { type: DataTypes.INTEGER, allowNull: true, unique: true, references: { model: 'surat_keluar', key: 'id' } },
		uraian: { type: DataTypes.STRING(500), allowNull: false },
		tanggal: { type: DataTypes.DATEONLY, allowNull: false },
		jumlah: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
		keterangan: { type: DataTypes.STRING(300), allowNull: true },
		dicatat_oleh_id: pengguna(false),
		...stamps,
	})
	await queryInterface.addIndex('isi_berkas', ['berkas_arsip_id', 'nomor_item'], { unique: true })

	await queryInterface.createTable('peminjaman_arsip', {
		id,
		nomor: { type: DataTypes.STRING(40), allowNull: false, unique: true },
		berkas_arsip_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'berkas_arsip', key: 'id' } },
		peminjam_id: pengguna(false),
		keperluan: { type: DataTypes.STRING(500), allowNull: false },
		dipinjam_at: { type: DataTypes.DATE, allowNull: false },
		jatuh_tempo: { type: DataTypes.DATEONLY, allowNull: false },
		status: { type: DataTypes.STRING(14), allowNull: false },
		dikembalikan_at: { type: DataTypes.DATE, allowNull: true },
		diterima_kembali_oleh_id: pengguna(true),
		pengingat_at: { type: DataTypes.DATE, allowNull: true },
		dicatat_oleh_id: pengguna(false),
		version,
		...stamps,
	})
	await queryInterface.addIndex('peminjaman_arsip', ['status', 'jatuh_tempo'])
	await queryInterface.addIndex('peminjaman_arsip', ['berkas_arsip_id', 'status'])
	await queryInterface.addIndex('peminjaman_arsip', ['peminjam_id'])

	await queryInterface.createTable('usul_penyusutan', {
		id,
		nomor: { type: DataTypes.STRING(40), allowNull: false, unique: true },
		jenis: { type: DataTypes.STRING(10), allowNull: false },
		penyetuju: { type: DataTypes.STRING(20), allowNull: false },
		status: { type: DataTypes.STRING(14), allowNull: false },
		catatan: { type: DataTypes.STRING(1000), allowNull: true },
		nomor_berita_acara: { type: DataTypes.STRING(80), allowNull: true },
		tanggal_berita_acara: { type: DataTypes.DATEONLY, allowNull: true },
		dibuat_oleh_id: pengguna(false),
		instans_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'alur_instans', key: 'id' } },
		version,
		...stamps,
	})
	await queryInterface.addIndex('usul_penyusutan', ['jenis', 'status'])

	await queryInterface.createTable('usul_penyusutan_item', {
		id,
		usul_penyusutan_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'usul_penyusutan', key: 'id' }, onDelete: 'CASCADE' },
		berkas_arsip_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'berkas_arsip', key: 'id' } },
	})
	await queryInterface.addIndex('usul_penyusutan_item', ['usul_penyusutan_id', 'berkas_arsip_id'], { unique: true })
	await queryInterface.addIndex('usul_penyusutan_item', ['berkas_arsip_id'])

	if (mysql) {
		await queryInterface.addIndex('surat_masuk', ['perihal', 'ringkasan'], { type: 'FULLTEXT', name: 'surat_masuk_teks' })
		await queryInterface.addIndex('surat_keluar', ['perihal'], { type: 'FULLTEXT', name: 'surat_keluar_teks' })
		await queryInterface.addIndex('berkas_arsip', ['uraian'], { type: 'FULLTEXT', name: 'berkas_arsip_teks' })
	}
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const table of [
		'usul_penyusutan_item',
		'usul_penyusutan',
		'peminjaman_arsip',
		'isi_berkas',
		'berkas_arsip',
		'ekspedisi_surat',
		'nomor_surat_keluar',
		'komentar_naskah',
		'surat_keluar_versi',
		'surat_keluar',
		'jenis_naskah',
		'pengantaran_surat',
		'surat_masuk',
		'klasifikasi_arsip',
	]) {
		await queryInterface.dropTable(table)
	}
}
