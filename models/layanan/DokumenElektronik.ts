import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

export type CaraTandaTangan = 'tte' | 'manual'

/**
 * A document a request issues (the KK, the akta …): the PDF received from SIAK, its signed copy,
 * who signed it and how, and the code of its public verification page. Holds no personal data of
 * the citizen beyond what the PDF itself carries.
 */
export class DokumenElektronik extends Model<InferAttributes<DokumenElektronik>, InferCreationAttributes<DokumenElektronik>> {
	declare id: CreationOptional<number>
	declare permohonanId: number
	declare jenisDokumen: string
	declare nomorDokumen: string | null
	/** storage key of the unsigned PDF from SIAK */
	declare kunciDraf: string | null
	/** storage key of the signed (or, signed by hand, the issued) PDF; null until signed */
	declare kunciFinal: string | null
	declare sha256Final: string | null
	/** the code of `/verifikasi/{kode}`, printed as a QR code on the document */
	declare kodeVerifikasi: string
	declare caraTandaTangan: CaraTandaTangan | null
	declare penandatanganNama: string | null
	declare penandatanganJabatan: string | null
	declare ditandatanganiAt: Date | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		DokumenElektronik.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				permohonanId: { type: DataTypes.INTEGER, allowNull: false },
				jenisDokumen: { type: DataTypes.STRING(300), allowNull: false },
				nomorDokumen: { type: DataTypes.STRING(60), allowNull: true },
				kunciDraf: { type: DataTypes.STRING(200), allowNull: true },
				kunciFinal: { type: DataTypes.STRING(200), allowNull: true },
				sha256Final: { type: DataTypes.STRING(64), allowNull: true },
				kodeVerifikasi: { type: DataTypes.STRING(20), allowNull: false, unique: true },
				caraTandaTangan: { type: DataTypes.STRING(10), allowNull: true },
				penandatanganNama: { type: DataTypes.STRING(150), allowNull: true },
				penandatanganJabatan: { type: DataTypes.STRING(200), allowNull: true },
				ditandatanganiAt: { type: DataTypes.DATE, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'dokumen_elektronik', version: true },
		)
	}
}
