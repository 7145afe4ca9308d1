import {
	DataTypes,
	Model,
	type CreationOptional,
	type ForeignKey,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { Pegawai } from '../organisasi/Pegawai'
import type { Peran } from './Peran'

/** A staff account. The person is the linked pegawai; the account holds roles directly too. */
export class Pengguna extends Model<InferAttributes<Pengguna>, InferCreationAttributes<Pengguna>> {
	declare id: CreationOptional<number>
	declare username: string
	declare passwordHash: string
	declare pegawaiId: ForeignKey<Pegawai['id']>
	declare aktif: CreationOptional<boolean>
	/** Set by an admin reset: the next login must choose a new password. */
	declare wajibGantiSandi: CreationOptional<boolean>
	/** The password is the published demo password; a production start refuses while any is. */
	declare sandiDemo: CreationOptional<boolean>
	/** The user also receives their in-app notifications by e-mail (at the pegawai's address). */
	declare notifikasiEmail: CreationOptional<boolean>
	declare sandiDiubahAt: Date | null
	declare terakhirMasukAt: Date | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare pegawai?: NonAttribute<Pegawai>
	declare peran?: NonAttribute<Peran[]>

	static initModel(sequelize: Sequelize) {
		Pengguna.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				username: { type: DataTypes.STRING(60), allowNull: false, unique: true },
				passwordHash: { type: DataTypes.STRING(100), allowNull: false },
				pegawaiId: { type: DataTypes.INTEGER, allowNull: false, unique: true },
				aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				wajibGantiSandi: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
				sandiDemo: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
				notifikasiEmail: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
				sandiDiubahAt: { type: DataTypes.DATE, allowNull: true },
				terakhirMasukAt: { type: DataTypes.DATE, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{
				sequelize,
				tableName: 'pengguna',
				version: true,
				defaultScope: { attributes: { exclude: ['passwordHash'] } },
				scopes: { denganSandi: { attributes: { include: ['passwordHash'] } } },
			},
		)
	}
}
