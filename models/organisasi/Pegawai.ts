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
import type { Jabatan } from './Jabatan'
import type { UnitKerja } from './UnitKerja'

/** A member of staff: the person behind a user account. */
export class Pegawai extends Model<InferAttributes<Pegawai>, InferCreationAttributes<Pegawai>> {
	declare id: CreationOptional<number>
	/** 18 digits: birth date, appointment month, sex, sequence. */
	declare nip: string
	declare nama: string
	declare jabatanId: ForeignKey<Jabatan['id']> | null
	declare unitId: ForeignKey<UnitKerja['id']>
	declare email: string | null
	declare telepon: string | null
	declare aktif: CreationOptional<boolean>
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare jabatan?: NonAttribute<Jabatan>
	declare unit?: NonAttribute<UnitKerja>

	static initModel(sequelize: Sequelize) {
		Pegawai.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				nip: { type: DataTypes.STRING(18), allowNull: false, unique: true },
				nama: { type: DataTypes.STRING(200), allowNull: false },
				jabatanId: { type: DataTypes.INTEGER, allowNull: true },
				unitId: { type: DataTypes.INTEGER, allowNull: false },
				email: { type: DataTypes.STRING(200), allowNull: true },
				telepon: { type: DataTypes.STRING(30), allowNull: true },
				aktif: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'pegawai', version: true },
		)
	}
}
