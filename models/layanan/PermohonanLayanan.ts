import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

export type KanalPermohonan = 'loket' | 'web' | 'wa' | 'integrasi'
export type CaraPengiriman = 'ambil' | 'email' | 'wa'
/** the card pipeline of biometric recording */
export type StatusRekam = 'belum-rekam' | 'sudah-rekam' | 'prr' | 'duplicate' | 'dicetak' | 'diserahkan'

/**
 * A citizen's request for one service. Where it stands is its workflow instance's step; this row
 * keeps what the desk records: the applicant, the form's data, the checklist, the fine, the
 * result SIAK gave, how the document is delivered.
 */
export class PermohonanLayanan extends Model<InferAttributes<PermohonanLayanan>, InferCreationAttributes<PermohonanLayanan>> {
	declare id: CreationOptional<number>
	/** `{KODE}-{YYYYMMDD}-{NNNN}` */
	declare nomorTiket: string
	/** SHA-256 of the 6-character tracking code; the code itself is shown once */
	declare kodeLacakHash: string
	declare jenisLayananId: number
	declare kanal: KanalPermohonan
	declare pemohonNama: string
	declare pemohonNik: string | null
	declare pemohonTelepon: string | null
	declare pemohonEmail: string | null
	/** the service form's fields, validated by its schema */
	declare isian: Record<string, string>
	/** ids of the persyaratan lines the loket ticked */
	declare ceklis: number[]
	declare tanggalPeristiwa: string | null
	declare tanggalLapor: string
	/** integer Rupiah, computed at submission */
	declare denda: number
	declare dendaLunas: boolean
	declare pengiriman: CaraPengiriman
	/** what SIAK gave back: the KK number, NIK, akta number … */
	declare hasilNomor: string | null
	declare hasilKeterangan: string | null
	declare statusRekam: StatusRekam | null
	declare jadwalKunjungan: Date | null
	declare pendamping: string | null
	/** the member of staff (loket, partner officer) who submitted it; null from the web */
	declare diajukanOlehId: number | null
	declare instansId: number | null
	/** the submitting form's one-time key: a double submit makes one request */
	declare kunciPengajuan: CreationOptional<string | null>
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		PermohonanLayanan.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				nomorTiket: { type: DataTypes.STRING(40), allowNull: false, unique: true },
				kodeLacakHash: { type: DataTypes.STRING(64), allowNull: false },
				jenisLayananId: { type: DataTypes.INTEGER, allowNull: false },
				kanal: { type: DataTypes.STRING(12), allowNull: false },
				pemohonNama: { type: DataTypes.STRING(150), allowNull: false },
				pemohonNik: { type: DataTypes.STRING(16), allowNull: true },
				pemohonTelepon: { type: DataTypes.STRING(20), allowNull: true },
				pemohonEmail: { type: DataTypes.STRING(150), allowNull: true },
				isian: jsonText<Record<string, string>>('isian', {}),
				ceklis: jsonText<number[]>('ceklis', []),
				tanggalPeristiwa: { type: DataTypes.DATEONLY, allowNull: true },
				tanggalLapor: { type: DataTypes.DATEONLY, allowNull: false },
				denda: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				dendaLunas: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
				pengiriman: { type: DataTypes.STRING(10), allowNull: false },
				hasilNomor: { type: DataTypes.STRING(60), allowNull: true },
				hasilKeterangan: { type: DataTypes.STRING(500), allowNull: true },
				statusRekam: { type: DataTypes.STRING(20), allowNull: true },
				jadwalKunjungan: { type: DataTypes.DATE, allowNull: true },
				pendamping: { type: DataTypes.STRING(200), allowNull: true },
				diajukanOlehId: { type: DataTypes.INTEGER, allowNull: true },
				instansId: { type: DataTypes.INTEGER, allowNull: true, unique: true },
				kunciPengajuan: { type: DataTypes.STRING(64), allowNull: true, unique: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'permohonan_layanan', version: true },
		)
	}
}
