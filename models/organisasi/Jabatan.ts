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
import type { Pegawai } from './Pegawai'
import type { UnitKerja } from './UnitKerja'

export type JenisJabatan = 'struktural' | 'fungsional' | 'pelaksana'

/** A position in a unit, with the position it reports to (atasan). */
export class Jabatan extends Model<InferAttributes<Jabatan>, InferCreationAttributes<Jabatan>> {
	declare id: CreationOptional<number>
	declare kode: string
	declare nama: string
	declare jenis: JenisJabatan
	declare unitId: ForeignKey<UnitKerja['id']>
	declare atasanId: ForeignKey<Jabatan['id']> | null
	declare aktif: CreationOptional<boolean>
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare unit?: NonAttribute<UnitKerja>
	declare atasan?: NonAttribute<Jabatan>
	declare pemangku?: NonAttribute<Pegawai[]>

	static initModel(sequelize: Sequelize) {
		Jabatan.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				kode: { type: DataTypes.STRING(40), allowNull: false, unique: true },
				nama: { type: DataTypes.STRING(200), allowNull: false },
				jenis: { type: DataTypes.STRING(20), allowNull: false },
				unitId: { type: DataTypes.INTEGER, allowNull: false },
				atasanId: { type: DataTypes.INTEGER, allowNull: true },
				aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'jabatan', version: true },
		)
	}
}
