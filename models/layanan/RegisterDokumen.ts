import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import type { CaraPengiriman } from './PermohonanLayanan'

/** A line of the buku register: a printed document, and later who received it and when. */
export class RegisterDokumen extends Model<InferAttributes<RegisterDokumen>, InferCreationAttributes<RegisterDokumen>> {
	declare id: CreationOptional<number>
	/** `REG/{YYYY}/{NNNNNN}`, gapless per year */
	declare nomorRegister: string
	declare permohonanId: number
	declare dokumen: string
	declare nomorDokumen: string | null
	declare dicetakAt: Date
	declare dicetakOlehId: number
	/** `baik`, or `rusak` when the quality check sends it back to be printed again */
	declare kondisi: 'baik' | 'rusak'
	declare diserahkanAt: Date | null
	declare diserahkanOlehId: number | null
	declare diterimaOleh: string | null
	declare cara: CaraPengiriman | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		RegisterDokumen.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				nomorRegister: { type: DataTypes.STRING(40), allowNull: false, unique: true },
				permohonanId: { type: DataTypes.INTEGER, allowNull: false },
				dokumen: { type: DataTypes.STRING(300), allowNull: false },
				nomorDokumen: { type: DataTypes.STRING(60), allowNull: true },
				dicetakAt: { type: DataTypes.DATE, allowNull: false },
				dicetakOlehId: { type: DataTypes.INTEGER, allowNull: false },
				kondisi: { type: DataTypes.STRING(12), allowNull: false },
				diserahkanAt: { type: DataTypes.DATE, allowNull: true },
				diserahkanOlehId: { type: DataTypes.INTEGER, allowNull: true },
				diterimaOleh: { type: DataTypes.STRING(150), allowNull: true },
				cara: { type: DataTypes.STRING(10), allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'register_dokumen', version: true },
		)
	}
}
