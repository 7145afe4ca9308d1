import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'

/** what happens to a record once its inactive retention ends */
export type NasibAkhir = 'musnah' | 'permanen' | 'dinilai-kembali'

/**
 * A code of the archive classification (000 → 000.1 → 000.1.1 …) with its retention schedule:
 * how long its records stay active and inactive, and what happens to them afterwards.
 */
export class KlasifikasiArsip extends Model<InferAttributes<KlasifikasiArsip>, InferCreationAttributes<KlasifikasiArsip>> {
	declare kode: string
	declare nama: string
	declare indukKode: string | null
	/** 1 for a main subject, one more at every level below */
	declare tingkat: number
	/** years; null where the schedule sets none (a heading, not a series) */
	declare retensiAktif: number | null
	declare retensiInaktif: number | null
	declare nasibAkhir: NasibAkhir | null
	/** vital records are kept safe first and never listed for disposal by default */
	declare vital: CreationOptional<boolean>
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare induk?: NonAttribute<KlasifikasiArsip>
	declare anak?: NonAttribute<KlasifikasiArsip[]>

	static initModel(sequelize: Sequelize) {
		KlasifikasiArsip.init(
			{
				kode: { type: DataTypes.STRING(30), primaryKey: true },
				nama: { type: DataTypes.STRING(1000), allowNull: false },
				indukKode: { type: DataTypes.STRING(30), allowNull: true },
				tingkat: { type: DataTypes.INTEGER, allowNull: false },
				retensiAktif: { type: DataTypes.INTEGER, allowNull: true },
				retensiInaktif: { type: DataTypes.INTEGER, allowNull: true },
				nasibAkhir: { type: DataTypes.STRING(20), allowNull: true },
				vital: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'klasifikasi_arsip', version: true },
		)
	}
}
