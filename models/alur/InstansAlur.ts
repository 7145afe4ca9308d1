import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

export type StatusInstans = 'berjalan' | 'selesai' | 'ditolak' | 'dibatalkan'

/** One document moving through one definition version. */
export class InstansAlur extends Model<InferAttributes<InstansAlur>, InferCreationAttributes<InstansAlur>> {
	declare id: CreationOptional<number>
	declare definisiKode: string
	declare definisiVersi: number
	declare subjekJenis: string
	declare subjekId: string
	declare judul: string
	declare status: StatusInstans
	declare langkahAktif: string | null
	declare pemrakarsaId: number | null
	declare unitId: number | null
	/** the data the named conditions read (denda, email, berkasLengkap …) */
	declare konteks: Record<string, unknown>
	declare mulaiAt: Date
	declare selesaiAt: Date | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		InstansAlur.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				definisiKode: { type: DataTypes.STRING(30), allowNull: false },
				definisiVersi: { type: DataTypes.INTEGER, allowNull: false },
				subjekJenis: { type: DataTypes.STRING(60), allowNull: false },
				subjekId: { type: DataTypes.STRING(64), allowNull: false },
				judul: { type: DataTypes.STRING(300), allowNull: false },
				status: { type: DataTypes.STRING(12), allowNull: false },
				langkahAktif: { type: DataTypes.STRING(60), allowNull: true },
				pemrakarsaId: { type: DataTypes.INTEGER, allowNull: true },
				unitId: { type: DataTypes.INTEGER, allowNull: true },
				konteks: jsonText<Record<string, unknown>>('konteks', {}),
				mulaiAt: { type: DataTypes.DATE, allowNull: false },
				selesaiAt: { type: DataTypes.DATE, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'alur_instans', version: true },
		)
	}
}
