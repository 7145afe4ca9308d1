import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

export type Akses = 'own' | 'unit' | 'any'

/** A permission `aksi:entitas:akses`, e.g. `update:pengguna:any`. Synced from the catalogue. */
export class Izin extends Model<InferAttributes<Izin>, InferCreationAttributes<Izin>> {
	declare id: CreationOptional<number>
	declare aksi: string
	declare entitas: string
	declare akses: Akses
	declare deskripsi: string

	static initModel(sequelize: Sequelize) {
		Izin.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				aksi: { type: DataTypes.STRING(40), allowNull: false },
				entitas: { type: DataTypes.STRING(60), allowNull: false },
				akses: { type: DataTypes.STRING(4), allowNull: false },
				deskripsi: { type: DataTypes.STRING(300), allowNull: false },
			},
			{
				sequelize,
				tableName: 'izin',
				timestamps: false,
				indexes: [{ unique: true, fields: ['aksi', 'entitas', 'akses'] }],
			},
		)
	}
}
