import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

export type KelompokLayanan = 'pendaftaran-penduduk' | 'pencatatan-sipil'
export type VarianLayanan = 'reguler-tanpa-verifikasi' | 'reguler-dengan-verifikasi' | 'inovasi-integrasi' | 'wa-ticket'

/** One service of the desk (KK baru, akta kelahiran …): what it needs, which SOP it runs, what it gives. */
export class JenisLayanan extends Model<InferAttributes<JenisLayanan>, InferCreationAttributes<JenisLayanan>> {
	declare id: CreationOptional<number>
	/** short code used in ticket numbers: `KK-BARU`, `AKTA-LAHIR` */
	declare kode: string
	declare nama: string
	declare kelompok: KelompokLayanan
	/** the seksi that handles it (its head verifies); by default the bidang of the kelompok */
	declare unitKode: string | null
	/** the workflow definition a request of this service runs */
	declare definisiKode: string
	/** the WhatsApp-ticket SOP a request of this service arriving by WhatsApp runs, if any */
	declare definisiWa: string | null
	declare varian: VarianLayanan
	/** the form's field set (`skema-isian.ts`) */
	declare skema: string
	/** what the applicant receives */
	declare dokumenHasil: string
	/** the event whose late report is fined (`kelahiran`, `kematian` …), null when no fine applies */
	declare peristiwa: string | null
	declare keterangan: string | null
	/** citizens may apply on the web */
	declare daring: boolean
	declare aktif: boolean
	declare urutan: number
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		JenisLayanan.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				kode: { type: DataTypes.STRING(20), allowNull: false, unique: true },
				nama: { type: DataTypes.STRING(200), allowNull: false },
				kelompok: { type: DataTypes.STRING(30), allowNull: false },
				unitKode: { type: DataTypes.STRING(20), allowNull: true },
				definisiKode: { type: DataTypes.STRING(30), allowNull: false },
				definisiWa: { type: DataTypes.STRING(30), allowNull: true },
				varian: { type: DataTypes.STRING(30), allowNull: false },
				skema: { type: DataTypes.STRING(40), allowNull: false },
				dokumenHasil: { type: DataTypes.STRING(300), allowNull: false },
				peristiwa: { type: DataTypes.STRING(30), allowNull: true },
				keterangan: { type: DataTypes.TEXT, allowNull: true },
				daring: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				urutan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'jenis_layanan', version: true },
		)
	}
}
