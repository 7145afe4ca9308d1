import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** The numbered receipt the loket issues when a fine is paid. */
export class KuitansiDenda extends Model<InferAttributes<KuitansiDenda>, InferCreationAttributes<KuitansiDenda>> {
	declare id: CreationOptional<number>
	/** `KW/{YYYY}/{NNNNNN}`, gapless per year */
	declare nomor: string
	declare permohonanId: number
	/** integer Rupiah */
	declare nominal: number
	declare dibayarAt: Date
	declare diterimaOlehId: number
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		KuitansiDenda.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				nomor: { type: DataTypes.STRING(40), allowNull: false, unique: true },
				permohonanId: { type: DataTypes.INTEGER, allowNull: false, unique: true },
				nominal: { type: DataTypes.INTEGER, allowNull: false },
				dibayarAt: { type: DataTypes.DATE, allowNull: false },
				diterimaOlehId: { type: DataTypes.INTEGER, allowNull: false },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'kuitansi_denda', updatedAt: false },
		)
	}
}
