import { DataTypes, Model, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize'

/**
 * One resident of one import, as the DKB row gave it (codes as in docs/dkb.md). Written in bulk by
 * the import with plain statements (the import itself is the audited event); read through this
 * model by the resident search.
 */
export class Penduduk extends Model<InferAttributes<Penduduk>, InferCreationAttributes<Penduduk>> {
	declare imporId: number
	/** the row number in the file (header is row 1) */
	declare baris: number
	declare nik: string
	declare noKk: string
	declare nama: string
	declare jenisKelamin: number
	declare tempatLahir: string
	/** `YYYY-MM-DD` */
	declare tanggalLahir: string
	declare umur: number
	declare golonganDarah: number
	declare agama: number
	declare statusKawin: number
	declare hubunganKeluarga: number
	declare pendidikan: number
	declare pekerjaan: number
	declare disabilitas: number
	declare kewarganegaraan: number
	declare kodeDesa: string
	declare alamat: string
	declare rt: string
	declare rw: string
	declare aktaLahir: number
	declare aktaKawin: number
	declare aktaCerai: number
	declare ktpEl: number
	declare kia: number

	static initModel(sequelize: Sequelize) {
		// TINYINT in the table, read as SMALLINT: Sequelize's SQLite dialect reads TINYINT as a
		// boolean. A fresh object per attribute, since Sequelize writes the field name into it.
		const kode = () => ({ type: DataTypes.SMALLINT, allowNull: false })
		Penduduk.init(
			{
				imporId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
				baris: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
				nik: { type: DataTypes.CHAR(16), allowNull: false },
				noKk: { type: DataTypes.CHAR(16), allowNull: false },
				nama: { type: DataTypes.STRING(120), allowNull: false },
				jenisKelamin: kode(),
				tempatLahir: { type: DataTypes.STRING(80), allowNull: false },
				tanggalLahir: { type: DataTypes.DATEONLY, allowNull: false },
				umur: { type: DataTypes.SMALLINT, allowNull: false },
				golonganDarah: kode(),
				agama: kode(),
				statusKawin: kode(),
				hubunganKeluarga: kode(),
				pendidikan: kode(),
				pekerjaan: kode(),
				disabilitas: kode(),
				kewarganegaraan: kode(),
				kodeDesa: { type: DataTypes.STRING(13), allowNull: false },
				alamat: { type: DataTypes.STRING(200), allowNull: false },
				rt: { type: DataTypes.STRING(3), allowNull: false },
				rw: { type: DataTypes.STRING(3), allowNull: false },
				aktaLahir: kode(),
				aktaKawin: kode(),
				aktaCerai: kode(),
				ktpEl: kode(),
				kia: kode(),
			},
			{ sequelize, tableName: 'penduduk', timestamps: false },
		)
	}
}
