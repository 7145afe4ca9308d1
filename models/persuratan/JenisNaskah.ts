import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

/**
 * A kind of official document (surat dinas, nota dinas, undangan …): its body template, the
 * jabatan that review a draft in order, the jabatan that signs it and the pattern of its number.
 */
export class JenisNaskah extends Model<InferAttributes<JenisNaskah>, InferCreationAttributes<JenisNaskah>> {
	declare id: CreationOptional<number>
	declare kode: string
	declare nama: string
	/** the body a new draft starts from */
	declare templat: string
	/** jabatan codes that verify a draft, in order, before the signer */
	declare rantaiVerifikasi: string[]
	/** the code of the jabatan that signs */
	declare jabatanPenandatangan: string
	/** e.g. `{klasifikasi}/{nomor}/{unit}/{tahun}` (placeholders: seeders/data/jenis-naskah.ts) */
	declare formatNomor: string
	declare aktif: CreationOptional<boolean>
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		JenisNaskah.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				kode: { type: DataTypes.STRING(20), allowNull: false, unique: true },
				nama: { type: DataTypes.STRING(100), allowNull: false },
				templat: { type: DataTypes.TEXT, allowNull: false },
				rantaiVerifikasi: jsonText<string[]>('rantaiVerifikasi', []),
				jabatanPenandatangan: { type: DataTypes.STRING(40), allowNull: false },
				formatNomor: { type: DataTypes.STRING(120), allowNull: false },
				aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'jenis_naskah', version: true },
		)
	}
}
