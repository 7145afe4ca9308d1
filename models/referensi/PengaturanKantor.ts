import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

/** One day's service hours; `hari` is 1 (Senin) to 7 (Minggu), times as HH:mm local. */
export type JamLayanan = { hari: number; buka: string; tutup: string }

/** The office profile: a single row (id 1) that every page header and letterhead reads. */
export class PengaturanKantor extends Model<
	InferAttributes<PengaturanKantor>,
	InferCreationAttributes<PengaturanKantor>
> {
	declare id: CreationOptional<number>
	declare namaDinas: string
	declare namaPemda: string
	declare kodeWilayah: string
	declare alamat: string
	declare kodePos: string | null
	declare telepon: string | null
	declare email: string | null
	declare laman: string | null
	declare logoBerkas: string | null
	declare zonaWaktu: string
	declare jamLayanan: JamLayanan[]
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	/** Bumped by every write in this process, so cached copies of the profile know they are stale. */
	static generasi = 0

	static initModel(sequelize: Sequelize) {
		PengaturanKantor.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				namaDinas: { type: DataTypes.STRING(200), allowNull: false },
				namaPemda: { type: DataTypes.STRING(200), allowNull: false },
				kodeWilayah: { type: DataTypes.STRING(13), allowNull: false },
				alamat: { type: DataTypes.STRING(500), allowNull: false },
				kodePos: { type: DataTypes.STRING(5), allowNull: true },
				telepon: { type: DataTypes.STRING(30), allowNull: true },
				email: { type: DataTypes.STRING(200), allowNull: true },
				laman: { type: DataTypes.STRING(200), allowNull: true },
				logoBerkas: { type: DataTypes.STRING(300), allowNull: true },
				zonaWaktu: { type: DataTypes.STRING(60), allowNull: false },
				jamLayanan: jsonText<JamLayanan[]>('jamLayanan', []),
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{
				sequelize,
				tableName: 'pengaturan_kantor',
				version: true,
				hooks: {
					afterSave: () => void (PengaturanKantor.generasi += 1),
					afterBulkUpdate: () => void (PengaturanKantor.generasi += 1),
					afterDestroy: () => void (PengaturanKantor.generasi += 1),
					afterBulkDestroy: () => void (PengaturanKantor.generasi += 1),
				},
			},
		)
	}
}
