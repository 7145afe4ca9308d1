import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { InstansAlur } from './InstansAlur'

export type StatusTugas = 'terbuka' | 'diambil' | 'selesai' | 'dibatalkan'
export type TargetTugas = 'peran' | 'jabatan' | 'pengguna'

/**
 * An inbox entry: one per active step (several for a parallel step). Open for a role, a jabatan
 * (its holder and Plt/Plh) or a person; claimed by one user before work starts.
 */
export class TugasAlur extends Model<InferAttributes<TugasAlur>, InferCreationAttributes<TugasAlur>> {
	declare id: CreationOptional<number>
	declare instansId: number
	declare definisiKode: string
	declare langkahKode: string
	declare status: StatusTugas
	declare targetJenis: TargetTugas
	declare targetPeran: string | null
	declare targetJabatanId: number | null
	declare targetPenggunaId: number | null
	/** the outside party whose act an internal user records (pemohon, BKD …) */
	declare pihakEksternal: string | null
	declare diambilOlehId: number | null
	declare tibaAt: Date
	declare diambilAt: Date | null
	declare selesaiAt: Date | null
	declare tenggatAt: Date | null
	declare hampirAt: Date | null
	declare aksiKode: string | null
	declare diselesaikanOlehId: number | null
	declare dalamStandar: boolean | null
	declare version: CreationOptional<number>

	declare instans?: NonAttribute<InstansAlur>

	static initModel(sequelize: Sequelize) {
		TugasAlur.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				instansId: { type: DataTypes.INTEGER, allowNull: false },
				definisiKode: { type: DataTypes.STRING(30), allowNull: false },
				langkahKode: { type: DataTypes.STRING(60), allowNull: false },
				status: { type: DataTypes.STRING(12), allowNull: false },
				targetJenis: { type: DataTypes.STRING(10), allowNull: false },
				targetPeran: { type: DataTypes.STRING(60), allowNull: true },
				targetJabatanId: { type: DataTypes.INTEGER, allowNull: true },
				targetPenggunaId: { type: DataTypes.INTEGER, allowNull: true },
				pihakEksternal: { type: DataTypes.STRING(40), allowNull: true },
				diambilOlehId: { type: DataTypes.INTEGER, allowNull: true },
				// with milliseconds: the arrival names a step's round (Sequelize writes them only for DATE(n))
				tibaAt: { type: DataTypes.DATE(3), allowNull: false },
				diambilAt: { type: DataTypes.DATE, allowNull: true },
				selesaiAt: { type: DataTypes.DATE, allowNull: true },
				tenggatAt: { type: DataTypes.DATE, allowNull: true },
				hampirAt: { type: DataTypes.DATE, allowNull: true },
				aksiKode: { type: DataTypes.STRING(40), allowNull: true },
				diselesaikanOlehId: { type: DataTypes.INTEGER, allowNull: true },
				dalamStandar: { type: DataTypes.BOOLEAN, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
			},
			{ sequelize, tableName: 'alur_tugas', timestamps: false, version: true },
		)
	}
}
