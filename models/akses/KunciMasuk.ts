import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

export type JenisKunci = 'akun' | 'alamat'

/** A lockout after too many failed logins, for an account name or a client address. */
export class KunciMasuk extends Model<InferAttributes<KunciMasuk>, InferCreationAttributes<KunciMasuk>> {
	declare id: CreationOptional<number>
	declare jenis: JenisKunci
	declare kunci: string
	declare sampai: Date
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		KunciMasuk.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				jenis: { type: DataTypes.STRING(10), allowNull: false },
				kunci: { type: DataTypes.STRING(60), allowNull: false },
				sampai: { type: DataTypes.DATE, allowNull: false },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'kunci_masuk', updatedAt: false },
		)
	}
}
