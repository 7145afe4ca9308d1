import {
	DataTypes,
	Model,
	type CreationOptional,
	type ForeignKey,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'

export type JenisUnitKerja = 'pimpinan' | 'sekretariat' | 'subbagian' | 'bidang' | 'seksi' | 'uptd'

/** A unit of the organisation tree: Kepala Dinas, Sekretariat and its subbagian, bidang, seksi. */
export class UnitKerja extends Model<InferAttributes<UnitKerja>, InferCreationAttributes<UnitKerja>> {
	declare id: CreationOptional<number>
	declare kode: string
	declare nama: string
	declare jenis: JenisUnitKerja
	declare indukId: ForeignKey<UnitKerja['id']> | null
	declare urutan: CreationOptional<number>
	declare aktif: CreationOptional<boolean>
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare induk?: NonAttribute<UnitKerja>

	static initModel(sequelize: Sequelize) {
		UnitKerja.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				kode: { type: DataTypes.STRING(30), allowNull: false, unique: true },
				nama: { type: DataTypes.STRING(200), allowNull: false },
				jenis: { type: DataTypes.STRING(20), allowNull: false },
				indukId: { type: DataTypes.INTEGER, allowNull: true },
				urutan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'unit_kerja', version: true },
		)
	}
}
