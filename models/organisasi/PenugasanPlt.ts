import {
	DataTypes,
	Model,
	type CreationOptional,
	type ForeignKey,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { Pengguna } from '../akses/Pengguna'
import type { Jabatan } from './Jabatan'

export type JenisPenugasan = 'Plt' | 'Plh'

/**
 * Pelaksana Tugas / Pelaksana Harian: a user acts with a jabatan's authority from `mulai` to
 * `selesai` (inclusive, office dates). Acts done with that authority record both names.
 */
export class PenugasanPlt extends Model<
	InferAttributes<PenugasanPlt>,
	InferCreationAttributes<PenugasanPlt>
> {
	declare id: CreationOptional<number>
	declare penggunaId: ForeignKey<Pengguna['id']>
	declare jabatanId: ForeignKey<Jabatan['id']>
	declare jenis: JenisPenugasan
	/** `YYYY-MM-DD` */
	declare mulai: string
	/** `YYYY-MM-DD` */
	declare selesai: string
	declare nomorSurat: string | null
	declare keterangan: string | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare pengguna?: NonAttribute<Pengguna>
	declare jabatan?: NonAttribute<Jabatan>

	static initModel(sequelize: Sequelize) {
		PenugasanPlt.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				penggunaId: { type: DataTypes.INTEGER, allowNull: false },
				jabatanId: { type: DataTypes.INTEGER, allowNull: false },
				jenis: { type: DataTypes.STRING(3), allowNull: false },
				mulai: { type: DataTypes.DATEONLY, allowNull: false },
				selesai: { type: DataTypes.DATEONLY, allowNull: false },
				nomorSurat: { type: DataTypes.STRING(100), allowNull: true },
				keterangan: { type: DataTypes.STRING(500), allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'penugasan_plt', version: true },
		)
	}
}
