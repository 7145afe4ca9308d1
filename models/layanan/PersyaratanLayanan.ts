import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** One line of a service's persyaratan checklist; the loket ticks it against the scanned berkas. */
export class PersyaratanLayanan extends Model<InferAttributes<PersyaratanLayanan>, InferCreationAttributes<PersyaratanLayanan>> {
	declare id: CreationOptional<number>
	declare jenisLayananId: number
	declare urutan: number
	declare nama: string
	/** required; an optional line (e.g. "bila ada") does not block completeness */
	declare wajib: boolean
	declare keterangan: string | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		PersyaratanLayanan.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				jenisLayananId: { type: DataTypes.INTEGER, allowNull: false },
				urutan: { type: DataTypes.INTEGER, allowNull: false },
				nama: { type: DataTypes.STRING(300), allowNull: false },
				wajib: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				keterangan: { type: DataTypes.STRING(300), allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'persyaratan_layanan', version: true },
		)
	}
}
