import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { SuratKeluar } from '../persuratan/SuratKeluar'
import type { SuratMasuk } from '../persuratan/SuratMasuk'
import type { BerkasArsip } from './BerkasArsip'

/**
 * One item filed in a berkas: an incoming or outgoing letter of SIMADU (each filed at most once),
 * or a paper record described by hand.
 */
export class IsiBerkas extends Model<InferAttributes<IsiBerkas>, InferCreationAttributes<IsiBerkas>> {
	declare id: CreationOptional<number>
	declare berkasArsipId: number
	/** (berkasArsipId, nomorItem) is unique */
	declare nomorItem: number
	declare suratMasukId: number | null
	declare suratKeluarId: number | null
	declare uraian: string
	/** `YYYY-MM-DD` */
	declare tanggal: string
	declare jumlah: CreationOptional<number>
	declare keterangan: string | null
	declare dicatatOlehId: number
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare berkas?: NonAttribute<BerkasArsip>
	declare suratMasuk?: NonAttribute<SuratMasuk>
	declare suratKeluar?: NonAttribute<SuratKeluar>

	static initModel(sequelize: Sequelize) {
		IsiBerkas.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				berkasArsipId: { type: DataTypes.INTEGER, allowNull: false },
				nomorItem: { type: DataTypes.INTEGER, allowNull: false },
				suratMasukId: { type: DataTypes.INTEGER, allowNull: true, unique: true },
				suratKeluarId: { type: DataTypes.INTEGER, allowNull: true, unique: true },
				uraian: { type: DataTypes.STRING(500), allowNull: false },
				tanggal: { type: DataTypes.DATEONLY, allowNull: false },
				jumlah: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
				keterangan: { type: DataTypes.STRING(300), allowNull: true },
				dicatatOlehId: { type: DataTypes.INTEGER, allowNull: false },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'isi_berkas' },
		)
	}
}
