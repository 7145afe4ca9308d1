import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { JenisNaskah } from './JenisNaskah'
import type { SuratKeluar } from './SuratKeluar'

export type StatusNomorSurat = 'dipesan' | 'terpakai' | 'dilepas'

/**
 * One sequence number of a kind of document in a year: taken by a letter at signing, or reserved
 * ahead and then used or released.
 */
export class NomorSuratKeluar extends Model<InferAttributes<NomorSuratKeluar>, InferCreationAttributes<NomorSuratKeluar>> {
	declare id: CreationOptional<number>
	declare jenisNaskahId: number
	declare tahun: number
	/** (jenisNaskahId, tahun, nomorUrut) is unique */
	declare nomorUrut: number
	/** the full number as printed */
	declare nomor: string | null
	declare status: StatusNomorSurat
	declare suratKeluarId: number | null
	/** what a reserved number is for */
	declare keperluan: string | null
	declare klasifikasiKode: string | null
	declare dipesanOlehId: number | null
	declare dipesanAt: Date | null
	/** a reservation not used by then may be released */
	declare berlakuSampai: Date | null
	declare dipakaiAt: Date | null
	declare dilepasAt: Date | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare jenisNaskah?: NonAttribute<JenisNaskah>
	declare suratKeluar?: NonAttribute<SuratKeluar>

	static initModel(sequelize: Sequelize) {
		NomorSuratKeluar.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				jenisNaskahId: { type: DataTypes.INTEGER, allowNull: false },
				tahun: { type: DataTypes.INTEGER, allowNull: false },
				nomorUrut: { type: DataTypes.INTEGER, allowNull: false },
				nomor: { type: DataTypes.STRING(120), allowNull: true },
				status: { type: DataTypes.STRING(12), allowNull: false },
				suratKeluarId: { type: DataTypes.INTEGER, allowNull: true },
				keperluan: { type: DataTypes.STRING(300), allowNull: true },
				klasifikasiKode: { type: DataTypes.STRING(30), allowNull: true },
				dipesanOlehId: { type: DataTypes.INTEGER, allowNull: true },
				dipesanAt: { type: DataTypes.DATE, allowNull: true },
				berlakuSampai: { type: DataTypes.DATE, allowNull: true },
				dipakaiAt: { type: DataTypes.DATE, allowNull: true },
				dilepasAt: { type: DataTypes.DATE, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'nomor_surat_keluar', version: true },
		)
	}
}
