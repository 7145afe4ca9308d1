import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** A saved text of an outgoing letter, kept when a revision starts so reviewers can compare. Never changed. */
export class SuratKeluarVersi extends Model<InferAttributes<SuratKeluarVersi>, InferCreationAttributes<SuratKeluarVersi>> {
	declare id: CreationOptional<number>
	declare suratKeluarId: number
	/** (suratKeluarId, nomorVersi) is unique */
	declare nomorVersi: number
	declare perihal: string
	declare tujuan: string
	declare tembusan: string | null
	declare isi: string
	declare lampiran: string | null
	/** what changed, as its author put it */
	declare catatan: string | null
	declare dibuatOlehId: number
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		SuratKeluarVersi.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				suratKeluarId: { type: DataTypes.INTEGER, allowNull: false },
				nomorVersi: { type: DataTypes.INTEGER, allowNull: false },
				perihal: { type: DataTypes.STRING(500), allowNull: false },
				tujuan: { type: DataTypes.TEXT, allowNull: false },
				tembusan: { type: DataTypes.TEXT, allowNull: true },
				isi: { type: DataTypes.TEXT('medium'), allowNull: false },
				lampiran: { type: DataTypes.STRING(100), allowNull: true },
				catatan: { type: DataTypes.STRING(1000), allowNull: true },
				dibuatOlehId: { type: DataTypes.INTEGER, allowNull: false },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'surat_keluar_versi', updatedAt: false },
		)
	}
}
