import { DataTypes, Model, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize'

/** One family (Kartu Keluarga) of one import, built from its residents by the import. */
export class Keluarga extends Model<InferAttributes<Keluarga>, InferCreationAttributes<Keluarga>> {
	declare imporId: number
	declare noKk: string
	declare kodeDesa: string
	declare alamat: string
	declare rt: string
	declare rw: string
	/** null when no member has STAT_HBKEL 1 */
	declare nikKepala: string | null
	declare namaKepala: string | null
	declare jenisKelaminKepala: number | null
	declare jumlahAnggota: number

	static initModel(sequelize: Sequelize) {
		Keluarga.init(
			{
				imporId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
				noKk: { type: DataTypes.CHAR(16), allowNull: false, primaryKey: true },
				kodeDesa: { type: DataTypes.STRING(13), allowNull: false },
				alamat: { type: DataTypes.STRING(200), allowNull: false },
				rt: { type: DataTypes.STRING(3), allowNull: false },
				rw: { type: DataTypes.STRING(3), allowNull: false },
				nikKepala: { type: DataTypes.CHAR(16), allowNull: true },
				namaKepala: { type: DataTypes.STRING(120), allowNull: true },
				jenisKelaminKepala: { type: DataTypes.SMALLINT, allowNull: true },
				jumlahAnggota: { type: DataTypes.INTEGER, allowNull: false },
			},
			{ sequelize, tableName: 'keluarga', timestamps: false },
		)
	}
}
