import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** The fine for reporting an event late, from the regency's Perda, valid for a date range. */
export class TarifDenda extends Model<InferAttributes<TarifDenda>, InferCreationAttributes<TarifDenda>> {
	declare id: CreationOptional<number>
	/** `kelahiran`, `kematian`, `perkawinan` … — the services name it in `peristiwa` */
	declare peristiwa: string
	declare nama: string
	/** days after the event within which reporting is free */
	declare batasHari: number
	/** integer Rupiah */
	declare nominal: number
	/** `YYYY-MM-DD` */
	declare berlakuMulai: string
	declare berlakuSampai: string | null
	declare dasarHukum: string
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		TarifDenda.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				peristiwa: { type: DataTypes.STRING(30), allowNull: false },
				nama: { type: DataTypes.STRING(200), allowNull: false },
				batasHari: { type: DataTypes.INTEGER, allowNull: false },
				nominal: { type: DataTypes.INTEGER, allowNull: false },
				berlakuMulai: { type: DataTypes.DATEONLY, allowNull: false },
				berlakuSampai: { type: DataTypes.DATEONLY, allowNull: true },
				dasarHukum: { type: DataTypes.STRING(300), allowNull: false },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'tarif_denda', version: true },
		)
	}
}
