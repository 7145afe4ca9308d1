import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize'

export type StatusImpor = 'antri' | 'berjalan' | 'selesai' | 'gagal' | 'diganti'
/** What a running import is doing: reading the file, building the families, counting the agregat. */
export type TahapImpor = 'membaca' | 'keluarga' | 'agregat' | 'menerapkan'

/**
 * One import of a semester's DKB file: a job whose progress the upload page polls. Its residents,
 * families and agregat rows carry its id; the publication points at the import it publishes.
 */
export class DkbImpor extends Model<InferAttributes<DkbImpor>, InferCreationAttributes<DkbImpor>> {
	declare id: CreationOptional<number>
	declare semester: string
	/** `YYYY-MM-DD` */
	declare tanggalAcuan: string
	declare namaBerkas: string
	/** the uploaded file in storage, removed when the import ends */
	declare berkasKunci: string | null
	declare ukuranByte: number
	declare status: StatusImpor
	declare tahap: TahapImpor | null
	declare byteDibaca: number
	declare barisDibaca: number
	declare barisDiimpor: number
	declare barisDitolak: number
	/** the rejected rows as an Excel report in storage */
	declare laporanKunci: string | null
	declare pesan: string | null
	declare mulaiAt: Date | null
	declare selesaiAt: Date | null
	declare dibuatOlehId: number | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		DkbImpor.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				semester: { type: DataTypes.STRING(6), allowNull: false },
				tanggalAcuan: { type: DataTypes.DATEONLY, allowNull: false },
				namaBerkas: { type: DataTypes.STRING(255), allowNull: false },
				berkasKunci: { type: DataTypes.STRING(300), allowNull: true },
				ukuranByte: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0, get() { return Number(this.getDataValue('ukuranByte')) } },
				status: { type: DataTypes.STRING(12), allowNull: false },
				tahap: { type: DataTypes.STRING(20), allowNull: true },
				byteDibaca: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0, get() { return Number(this.getDataValue('byteDibaca')) } },
				barisDibaca: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				barisDiimpor: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				barisDitolak: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				laporanKunci: { type: DataTypes.STRING(300), allowNull: true },
				pesan: { type: DataTypes.STRING(1000), allowNull: true },
				mulaiAt: { type: DataTypes.DATE, allowNull: true },
				selesaiAt: { type: DataTypes.DATE, allowNull: true },
				dibuatOlehId: { type: DataTypes.INTEGER, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'dkb_impor', version: true },
		)
	}
}
