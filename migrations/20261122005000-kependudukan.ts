import { DataTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

const id = { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true }
const version = { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 }
const stamps = { created_at: { type: DataTypes.DATE, allowNull: false }, updated_at: { type: DataTypes.DATE, allowNull: false } }
const pengguna = (allowNull: boolean) => ({ type: DataTypes.INTEGER, allowNull, references: { model: 'pengguna', key: 'id' } })
// a fresh object per column: Sequelize writes into the definitions it is given
const kode = () => ({ type: DataTypes.TINYINT, allowNull: false })

/**
 * Population data (P7.2): the semester DKB imports (jobs with their progress), the residents and
 * families of each import, the agregat computed from an import, and the publication versions of a
 * semester, each pointing at the import whose figures it publishes.
 *
 * Residents and families are keyed by their import: a re-import loads beside the old rows and the
 * publication's pointer moves in one short transaction, so a reader sees the old semester or the
 * new one, never a mix; the old rows are purged afterwards. `penduduk` is clustered by
 * (impor_id, baris), the file order, so a load appends and an import is one range.
 */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.createTable('dkb_impor', {
		id,
		semester: { type: DataTypes.STRING(6), allowNull: false },
		tanggal_acuan: { type: DataTypes.DATEONLY, allowNull: false },
		nama_berkas: { type: DataTypes.STRING(255), allowNull: false },
		berkas_kunci: { type: DataTypes.STRING(300), allowNull: true },
		ukuran_byte: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
		status: { type: DataTypes.STRING(12), allowNull: false },
		tahap: { type: DataTypes.STRING(20), allowNull: true },
		byte_dibaca: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
		baris_dibaca: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		baris_diimpor: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		baris_ditolak: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
		laporan_kunci: { type: DataTypes.STRING(300), allowNull: true },
		pesan: { type: DataTypes.STRING(1000), allowNull: true },
		mulai_at: { type: DataTypes.DATE, allowNull: true },
		selesai_at: { type: DataTypes.DATE, allowNull: true },
		dibuat_oleh_id: pengguna(true),
		version,
		...stamps,
	})
	await queryInterface.addIndex('dkb_impor', ['semester', 'id'])
	await queryInterface.addIndex('dkb_impor', ['status'])

	await queryInterface.createTable('publikasi_agregat', {
		id,
		semester: { type: DataTypes.STRING(6), allowNull: false },
		versi: { type: DataTypes.INTEGER, allowNull: false },
		tanggal_acuan: { type: DataTypes.DATEONLY, allowNull: false },
		status: { type: DataTypes.STRING(24), allowNull: false },
		impor_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'dkb_impor', key: 'id' } },
		alasan_koreksi: { type: DataTypes.STRING(1000), allowNull: true },
		instans_alur_id: { type: DataTypes.INTEGER, allowNull: true },
		diterbitkan_at: { type: DataTypes.DATE, allowNull: true },
		dibuat_oleh_id: pengguna(true),
		version,
		...stamps,
	})
	await queryInterface.addIndex('publikasi_agregat', ['semester', 'versi'], { unique: true })
	await queryInterface.addIndex('publikasi_agregat', ['status', 'semester'])

	await queryInterface.createTable('penduduk', {
		impor_id: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
		baris: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
		nik: { type: DataTypes.CHAR(16), allowNull: false },
		no_kk: { type: DataTypes.CHAR(16), allowNull: false },
		nama: { type: DataTypes.STRING(120), allowNull: false },
		jenis_kelamin: kode(),
		tempat_lahir: { type: DataTypes.STRING(80), allowNull: false },
		tanggal_lahir: { type: DataTypes.DATEONLY, allowNull: false },
		// completed years at the semester's reference date, fixed at import: every age table groups on it
		umur: { type: DataTypes.SMALLINT, allowNull: false },
		golongan_darah: kode(),
		agama: kode(),
		status_kawin: kode(),
		hubungan_keluarga: kode(),
		pendidikan: kode(),
		pekerjaan: kode(),
		disabilitas: kode(),
		kewarganegaraan: kode(),
		kode_desa: { type: DataTypes.STRING(13), allowNull: false },
		alamat: { type: DataTypes.STRING(200), allowNull: false },
		rt: { type: DataTypes.STRING(3), allowNull: false },
		rw: { type: DataTypes.STRING(3), allowNull: false },
		akta_lahir: kode(),
		akta_kawin: kode(),
		akta_cerai: kode(),
		ktp_el: kode(),
		kia: kode(),
	})
	await queryInterface.addIndex('penduduk', ['impor_id', 'nik'], { unique: true, name: 'penduduk_impor_nik' })
	await queryInterface.addIndex('penduduk', ['impor_id', 'no_kk'], { name: 'penduduk_impor_kk' })
	await queryInterface.addIndex('penduduk', ['impor_id', 'nama'], { name: 'penduduk_impor_nama' })
	await queryInterface.addIndex('penduduk', ['impor_id', 'kode_desa'], { name: 'penduduk_impor_desa' })

	await queryInterface.createTable('keluarga', {
		impor_id: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
		no_kk: { type: DataTypes.CHAR(16), allowNull: false, primaryKey: true },
		kode_desa: { type: DataTypes.STRING(13), allowNull: false },
		alamat: { type: DataTypes.STRING(200), allowNull: false },
		rt: { type: DataTypes.STRING(3), allowNull: false },
		rw: { type: DataTypes.STRING(3), allowNull: false },
		nik_kepala: { type: DataTypes.CHAR(16), allowNull: true },
		nama_kepala: { type: DataTypes.STRING(120), allowNull: true },
		jenis_kelamin_kepala: { type: DataTypes.TINYINT, allowNull: true },
		jumlah_anggota: { type: DataTypes.INTEGER, allowNull: false },
	})
	await queryInterface.addIndex('keluarga', ['impor_id', 'kode_desa'], { name: 'keluarga_impor_desa' })

	await queryInterface.createTable('agregat_kependudukan', {
		impor_id: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
		wilayah_kode: { type: DataTypes.STRING(13), allowNull: false, primaryKey: true },
		tabel: { type: DataTypes.STRING(24), allowNull: false, primaryKey: true },
		kategori: { type: DataTypes.SMALLINT, allowNull: false, primaryKey: true },
		l: { type: DataTypes.INTEGER, allowNull: false },
		p: { type: DataTypes.INTEGER, allowNull: false },
		// not always l + p: a family without a kepala keluarga counts in the total under neither sex
		jumlah: { type: DataTypes.INTEGER, allowNull: false },
	})
	await queryInterface.addIndex('agregat_kependudukan', ['impor_id', 'tabel', 'wilayah_kode'], { name: 'agregat_impor_tabel' })
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	for (const table of ['agregat_kependudukan', 'keluarga', 'penduduk', 'publikasi_agregat', 'dkb_impor']) {
		await queryInterface.dropTable(table)
	}
}
