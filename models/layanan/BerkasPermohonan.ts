import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** One uploaded document of a request, stored outside the web root under a generated key. */
export class BerkasPermohonan extends Model<InferAttributes<BerkasPermohonan>, InferCreationAttributes<BerkasPermohonan>> {
	declare id: CreationOptional<number>
	declare permohonanId: number
	/** the checklist line it answers, when known */
	declare persyaratanId: number | null
	/** the uploaded name, cleaned of any path */
	declare nama: string
	declare kunci: string
	declare mime: string
	declare ukuran: number
	declare sha256: string
	declare sumber: 'pemohon' | 'petugas'
	declare diunggahOlehId: number | null
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		BerkasPermohonan.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				permohonanId: { type: DataTypes.INTEGER, allowNull: false },
				persyaratanId: { type: DataTypes.INTEGER, allowNull: true },
				nama: { type: DataTypes.STRING(200), allowNull: false },
				kunci: { type: DataTypes.STRING(200), allowNull: false },
				mime: { type: DataTypes.STRING(60), allowNull: false },
				ukuran: { type: DataTypes.INTEGER, allowNull: false },
				sha256: { type: DataTypes.STRING(64), allowNull: false },
				sumber: { type: DataTypes.STRING(12), allowNull: false },
				diunggahOlehId: { type: DataTypes.INTEGER, allowNull: true },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'berkas_permohonan', updatedAt: false },
		)
	}
}
