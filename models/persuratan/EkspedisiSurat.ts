import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

export type CaraEkspedisi = 'caraka' | 'pos' | 'email'
export type StatusEkspedisi = 'dikirim' | 'diterima' | 'gagal'

/** A line of the expedition book: one dispatch of a signed letter to one addressee, and its receipt. */
export class EkspedisiSurat extends Model<InferAttributes<EkspedisiSurat>, InferCreationAttributes<EkspedisiSurat>> {
	declare id: CreationOptional<number>
	declare suratKeluarId: number
	declare cara: CaraEkspedisi
	declare tujuan: string
	/** postal or e-mail address */
	declare alamat: string | null
	declare nomorResi: string | null
	declare dikirimAt: Date
	declare dikirimOlehId: number
	declare status: StatusEkspedisi
	declare diterimaOleh: string | null
	declare diterimaAt: Date | null
	/** storage key of the proof of receipt (signed book page, post receipt) */
	declare kunciBukti: string | null
	declare catatan: string | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		EkspedisiSurat.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				suratKeluarId: { type: DataTypes.INTEGER, allowNull: false },
				cara: { type: DataTypes.STRING(10), allowNull: false },
				tujuan: { type: DataTypes.STRING(300), allowNull: false },
				alamat: { type: DataTypes.STRING(300), allowNull: true },
				nomorResi: { type: DataTypes.STRING(100), allowNull: true },
				dikirimAt: { type: DataTypes.DATE, allowNull: false },
				dikirimOlehId: { type: DataTypes.INTEGER, allowNull: false },
				status: { type: DataTypes.STRING(10), allowNull: false },
				diterimaOleh: { type: DataTypes.STRING(150), allowNull: true },
				diterimaAt: { type: DataTypes.DATE, allowNull: true },
				kunciBukti: { type: DataTypes.STRING(200), allowNull: true },
				catatan: { type: DataTypes.STRING(500), allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'ekspedisi_surat', version: true },
		)
	}
}
