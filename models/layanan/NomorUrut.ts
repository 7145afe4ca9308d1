import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** A gapless counter (ticket numbers per service and day, receipts and register per year). */
export class NomorUrut extends Model<InferAttributes<NomorUrut>, InferCreationAttributes<NomorUrut>> {
	declare kunci: string
	declare nilai: number
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		NomorUrut.init(
			{
				kunci: { type: DataTypes.STRING(80), primaryKey: true },
				nilai: { type: DataTypes.INTEGER, allowNull: false },
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'nomor_urut', createdAt: false },
		)
	}
}
