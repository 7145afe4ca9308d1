import type { Izin } from './Izin'
import {
	DataTypes,
	Model,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'

/** Which permissions a role holds. */
export class PeranIzin extends Model<InferAttributes<PeranIzin>, InferCreationAttributes<PeranIzin>> {
	declare peranId: number
	declare izinId: number

	declare izinRow?: NonAttribute<Izin>

	static initModel(sequelize: Sequelize) {
		PeranIzin.init(
			{
				peranId: { type: DataTypes.INTEGER, primaryKey: true },
				izinId: { type: DataTypes.INTEGER, primaryKey: true },
			},
			{ sequelize, tableName: 'peran_izin', timestamps: false },
		)
	}
}

/** Roles given to a user directly. */
export class PenggunaPeran extends Model<
	InferAttributes<PenggunaPeran>,
	InferCreationAttributes<PenggunaPeran>
> {
	declare penggunaId: number
	declare peranId: number

	static initModel(sequelize: Sequelize) {
		PenggunaPeran.init(
			{
				penggunaId: { type: DataTypes.INTEGER, primaryKey: true },
				peranId: { type: DataTypes.INTEGER, primaryKey: true },
			},
			{ sequelize, tableName: 'pengguna_peran', timestamps: false },
		)
	}
}

/** Roles that come with a jabatan: to its holder, and to a Plt/Plh while the assignment runs. */
export class JabatanPeran extends Model<
	InferAttributes<JabatanPeran>,
	InferCreationAttributes<JabatanPeran>
> {
	declare jabatanId: number
	declare peranId: number

	static initModel(sequelize: Sequelize) {
		JabatanPeran.init(
			{
				jabatanId: { type: DataTypes.INTEGER, primaryKey: true },
				peranId: { type: DataTypes.INTEGER, primaryKey: true },
			},
			{ sequelize, tableName: 'jabatan_peran', timestamps: false },
		)
	}
}
