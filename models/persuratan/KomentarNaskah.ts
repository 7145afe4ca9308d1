import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** A reviewer's comment on one version of an outgoing letter's draft. Never changed. */
export class KomentarNaskah extends Model<InferAttributes<KomentarNaskah>, InferCreationAttributes<KomentarNaskah>> {
	declare id: CreationOptional<number>
	declare suratKeluarId: number
	/** the version the comment was made on */
	declare nomorVersi: number
	/** the workflow step the reviewer was at, when made during review */
	declare langkah: string | null
	declare penggunaId: number
	declare isi: string
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		KomentarNaskah.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				suratKeluarId: { type: DataTypes.INTEGER, allowNull: false },
				nomorVersi: { type: DataTypes.INTEGER, allowNull: false },
				langkah: { type: DataTypes.STRING(40), allowNull: true },
				penggunaId: { type: DataTypes.INTEGER, allowNull: false },
				isi: { type: DataTypes.TEXT, allowNull: false },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'komentar_naskah', updatedAt: false },
		)
	}
}
