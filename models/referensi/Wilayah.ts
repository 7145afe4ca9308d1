import {
	DataTypes,
	Model,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

export type TingkatWilayah = 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa'

/** A Kemendagri area code: 33 → 33.05 → 33.05.01 → 33.05.01.2001. */
export class Wilayah extends Model<InferAttributes<Wilayah>, InferCreationAttributes<Wilayah>> {
	declare kode: string
	declare nama: string
	declare tingkat: TingkatWilayah
	declare indukKode: string | null

	static initModel(sequelize: Sequelize) {
		Wilayah.init(
			{
				kode: { type: DataTypes.STRING(13), primaryKey: true },
				nama: { type: DataTypes.STRING(120), allowNull: false },
				tingkat: { type: DataTypes.STRING(12), allowNull: false },
				indukKode: { type: DataTypes.STRING(13), allowNull: true },
			},
			{ sequelize, tableName: 'wilayah', timestamps: false },
		)
	}
}
