import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** One hand delivery of an incoming letter by the caraka: to whom, who signed for it and when. */
export class PengantaranSurat extends Model<InferAttributes<PengantaranSurat>, InferCreationAttributes<PengantaranSurat>> {
	declare id: CreationOptional<number>
	declare suratMasukId: number
	/** the unit or person it was taken to */
	declare kepada: string
	/** the name of whoever signed the delivery book */
	declare diterimaOleh: string
	declare diterimaAt: Date
	declare carakaId: number
	declare catatan: string | null
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		PengantaranSurat.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				suratMasukId: { type: DataTypes.INTEGER, allowNull: false },
				kepada: { type: DataTypes.STRING(200), allowNull: false },
				diterimaOleh: { type: DataTypes.STRING(150), allowNull: false },
				diterimaAt: { type: DataTypes.DATE, allowNull: false },
				carakaId: { type: DataTypes.INTEGER, allowNull: false },
				catatan: { type: DataTypes.STRING(500), allowNull: true },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'pengantaran_surat' },
		)
	}
}
