import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** A synced copy of a code definition (kode + versi), so reports and old instances can read it. */
export class DefinisiAlur extends Model<InferAttributes<DefinisiAlur>, InferCreationAttributes<DefinisiAlur>> {
	declare id: CreationOptional<number>
	declare kode: string
	declare versi: number
	declare nama: string
	declare area: string
	declare jenisSubjek: string
	/** SHA-256 of the definition's JSON: a changed definition must get a new versi */
	declare sidik: string
	declare isi: string
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		DefinisiAlur.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				kode: { type: DataTypes.STRING(30), allowNull: false },
				versi: { type: DataTypes.INTEGER, allowNull: false },
				nama: { type: DataTypes.STRING(300), allowNull: false },
				area: { type: DataTypes.STRING(4), allowNull: false },
				jenisSubjek: { type: DataTypes.STRING(60), allowNull: false },
				sidik: { type: DataTypes.STRING(64), allowNull: false },
				isi: { type: DataTypes.TEXT('medium'), allowNull: false },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'alur_definisi', updatedAt: false },
		)
	}
}
