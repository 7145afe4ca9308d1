import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** A wrong tracking code, kept for a while so repeated guesses are slowed down. */
export class PercobaanLacak extends Model<InferAttributes<PercobaanLacak>, InferCreationAttributes<PercobaanLacak>> {
	declare id: CreationOptional<number>
	/** `ip:{address}` or `tiket:{nomor}` */
	declare kunci: string
	declare waktu: Date

	static initModel(sequelize: Sequelize) {
		PercobaanLacak.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				kunci: { type: DataTypes.STRING(80), allowNull: false },
				waktu: { type: DataTypes.DATE, allowNull: false },
			},
			{ sequelize, tableName: 'percobaan_lacak', timestamps: false },
		)
	}
}
