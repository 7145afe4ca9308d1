import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

export type JenisHariLibur = 'libur-nasional' | 'cuti-bersama'

/** A non-working day besides Saturday and Sunday; working-day deadlines skip these. */
export class HariLibur extends Model<InferAttributes<HariLibur>, InferCreationAttributes<HariLibur>> {
	declare id: CreationOptional<number>
	/** `YYYY-MM-DD` */
	declare tanggal: string
	declare nama: string
	declare jenis: JenisHariLibur
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		HariLibur.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				tanggal: { type: DataTypes.DATEONLY, allowNull: false, unique: true },
				nama: { type: DataTypes.STRING(200), allowNull: false },
				jenis: { type: DataTypes.STRING(20), allowNull: false },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'hari_libur' },
		)
	}
}
