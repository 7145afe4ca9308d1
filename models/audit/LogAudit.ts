import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

export type Perubahan = Record<string, { sebelum?: unknown; sesudah?: unknown }>

/** The append-only audit trail: every mutation and every security event. */
export class LogAudit extends Model<InferAttributes<LogAudit>, InferCreationAttributes<LogAudit>> {
	declare id: CreationOptional<number>
	declare waktu: Date
	declare penggunaId: number | null
	declare namaPengguna: string | null
	/** Under Plt/Plh: the jabatan acted for and its definitive holder, e.g. "Plt. Kepala Dinas (…)". */
	declare atasNama: string | null
	declare aksi: string
	declare entitas: string
	declare entitasId: string | null
	declare perubahan: Perubahan | null
	declare keterangan: string | null
	declare ip: string | null
	declare userAgent: string | null
	declare requestId: string | null

	static initModel(sequelize: Sequelize) {
		LogAudit.init(
			{
				id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
				waktu: { type: DataTypes.DATE(3), allowNull: false },
				penggunaId: { type: DataTypes.INTEGER, allowNull: true },
				namaPengguna: { type: DataTypes.STRING(200), allowNull: true },
				atasNama: { type: DataTypes.STRING(300), allowNull: true },
				aksi: { type: DataTypes.STRING(40), allowNull: false },
				entitas: { type: DataTypes.STRING(60), allowNull: false },
				entitasId: { type: DataTypes.STRING(64), allowNull: true },
				perubahan: jsonText<Perubahan | null>('perubahan', null, true),
				keterangan: { type: DataTypes.STRING(500), allowNull: true },
				ip: { type: DataTypes.STRING(45), allowNull: true },
				userAgent: { type: DataTypes.STRING(300), allowNull: true },
				requestId: { type: DataTypes.STRING(40), allowNull: true },
			},
			{ sequelize, tableName: 'log_audit', timestamps: false },
		)
	}
}
