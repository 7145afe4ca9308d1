import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** One login attempt, kept to count failures per account and per address. */
export class PercobaanMasuk extends Model<
	InferAttributes<PercobaanMasuk>,
	InferCreationAttributes<PercobaanMasuk>
> {
	declare id: CreationOptional<number>
	/** Lower-cased as typed, whether or not such an account exists. */
	declare username: string
	declare ip: string
	declare berhasil: boolean
	declare waktu: Date

	static initModel(sequelize: Sequelize) {
		PercobaanMasuk.init(
			{
				id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
				username: { type: DataTypes.STRING(60), allowNull: false },
				ip: { type: DataTypes.STRING(45), allowNull: false },
				berhasil: { type: DataTypes.BOOLEAN, allowNull: false },
				waktu: { type: DataTypes.DATE, allowNull: false },
			},
			{ sequelize, tableName: 'percobaan_masuk', timestamps: false },
		)
	}
}
