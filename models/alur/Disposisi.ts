import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

export type StatusDisposisi = 'belum-dibaca' | 'dibaca' | 'ditindaklanjuti' | 'selesai' | 'dibatalkan'

/** One forward in a disposisi tree: from one person to another, with instructions and a deadline. */
export class Disposisi extends Model<InferAttributes<Disposisi>, InferCreationAttributes<Disposisi>> {
	declare id: CreationOptional<number>
	declare subjekJenis: string
	declare subjekId: string
	declare indukId: number | null
	declare dariPenggunaId: number
	declare kePenggunaId: number
	declare atasNama: string | null
	declare instruksi: string[]
	declare catatan: string | null
	/** `YYYY-MM-DD` */
	declare tenggat: string | null
	declare status: StatusDisposisi
	declare laporan: string | null
	declare dibacaAt: Date | null
	declare ditindaklanjutiAt: Date | null
	declare selesaiAt: Date | null
	declare dibatalkanAt: Date | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		Disposisi.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				subjekJenis: { type: DataTypes.STRING(60), allowNull: false },
				subjekId: { type: DataTypes.STRING(64), allowNull: false },
				indukId: { type: DataTypes.INTEGER, allowNull: true },
				dariPenggunaId: { type: DataTypes.INTEGER, allowNull: false },
				kePenggunaId: { type: DataTypes.INTEGER, allowNull: false },
				atasNama: { type: DataTypes.STRING(300), allowNull: true },
				instruksi: jsonText<string[]>('instruksi', []),
				catatan: { type: DataTypes.TEXT, allowNull: true },
				tenggat: { type: DataTypes.DATEONLY, allowNull: true },
				status: { type: DataTypes.STRING(20), allowNull: false },
				laporan: { type: DataTypes.TEXT, allowNull: true },
				dibacaAt: { type: DataTypes.DATE, allowNull: true },
				ditindaklanjutiAt: { type: DataTypes.DATE, allowNull: true },
				selesaiAt: { type: DataTypes.DATE, allowNull: true },
				dibatalkanAt: { type: DataTypes.DATE, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'disposisi', version: true },
		)
	}
}
