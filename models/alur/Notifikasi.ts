import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** An in-app notification: counted in the header, listed, marked read. */
export class Notifikasi extends Model<InferAttributes<Notifikasi>, InferCreationAttributes<Notifikasi>> {
	declare id: CreationOptional<number>
	declare penggunaId: number
	declare judul: string
	declare isi: string | null
	declare tautan: string | null
	declare dibacaAt: Date | null
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		Notifikasi.init(
			{
				id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
				penggunaId: { type: DataTypes.INTEGER, allowNull: false },
				judul: { type: DataTypes.STRING(200), allowNull: false },
				isi: { type: DataTypes.STRING(500), allowNull: true },
				tautan: { type: DataTypes.STRING(300), allowNull: true },
				dibacaAt: { type: DataTypes.DATE, allowNull: true },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'notifikasi', updatedAt: false },
		)
	}
}
