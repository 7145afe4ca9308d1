import { DataTypes, Model, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize'

/**
 * One row of one agregat table for one area, computed from one import. `kategori` is the row's
 * 1-based position in its table (app/modules/kependudukan/kode.ts); rows counting nobody are not
 * stored and read as zero.
 */
export class AgregatKependudukan extends Model<InferAttributes<AgregatKependudukan>, InferCreationAttributes<AgregatKependudukan>> {
	declare imporId: number
	declare wilayahKode: string
	declare tabel: string
	declare kategori: number
	declare l: number
	declare p: number
	declare jumlah: number

	static initModel(sequelize: Sequelize) {
		AgregatKependudukan.init(
			{
				imporId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
				wilayahKode: { type: DataTypes.STRING(13), allowNull: false, primaryKey: true },
				tabel: { type: DataTypes.STRING(24), allowNull: false, primaryKey: true },
				kategori: { type: DataTypes.SMALLINT, allowNull: false, primaryKey: true },
				l: { type: DataTypes.INTEGER, allowNull: false },
				p: { type: DataTypes.INTEGER, allowNull: false },
				jumlah: { type: DataTypes.INTEGER, allowNull: false },
			},
			{ sequelize, tableName: 'agregat_kependudukan', timestamps: false },
		)
	}
}
