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
import type { Pengguna } from './Pengguna'

/**
 * A login session. The cookie carries a random token; the row's id is the token's SHA-256, so a
 * copy of this table does not let anyone sign in.
 */
export class Sesi extends Model<InferAttributes<Sesi>, InferCreationAttributes<Sesi>> {
	declare id: string
	declare penggunaId: ForeignKey<Pengguna['id']>
	declare terakhirAktifAt: Date
	declare kedaluwarsaAt: Date
	declare ip: string | null
	declare userAgent: string | null
	declare berakhirAt: Date | null
	declare alasanBerakhir: string | null
	declare createdAt: CreationOptional<Date>

	declare pengguna?: NonAttribute<Pengguna>

	static initModel(sequelize: Sequelize) {
		Sesi.init(
			{
				id: { type: DataTypes.STRING(64), primaryKey: true },
				penggunaId: { type: DataTypes.INTEGER, allowNull: false },
				terakhirAktifAt: { type: DataTypes.DATE, allowNull: false },
				kedaluwarsaAt: { type: DataTypes.DATE, allowNull: false },
				ip: { type: DataTypes.STRING(45), allowNull: true },
				userAgent: { type: DataTypes.STRING(300), allowNull: true },
				berakhirAt: { type: DataTypes.DATE, allowNull: true },
				alasanBerakhir: { type: DataTypes.STRING(40), allowNull: true },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'sesi', updatedAt: false },
		)
	}
}
