import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { Pengguna } from '../akses/Pengguna'
import type { BerkasArsip } from './BerkasArsip'

export type StatusPeminjaman = 'dipinjam' | 'dikembalikan'

/** A loan of a berkas to a member of staff: why, until when, and its return. */
export class PeminjamanArsip extends Model<InferAttributes<PeminjamanArsip>, InferCreationAttributes<PeminjamanArsip>> {
	declare id: CreationOptional<number>
	declare nomor: string
	declare berkasArsipId: number
	declare peminjamId: number
	declare keperluan: string
	declare dipinjamAt: Date
	/** `YYYY-MM-DD` */
	declare jatuhTempo: string
	declare status: StatusPeminjaman
	declare dikembalikanAt: Date | null
	declare diterimaKembaliOlehId: number | null
	/** when the overdue reminder went out, so it goes out once */
	declare pengingatAt: Date | null
	declare dicatatOlehId: number
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare berkas?: NonAttribute<BerkasArsip>
	declare peminjam?: NonAttribute<Pengguna>

	static initModel(sequelize: Sequelize) {
		PeminjamanArsip.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				nomor: { type: DataTypes.STRING(40), allowNull: false, unique: true },
				berkasArsipId: { type: DataTypes.INTEGER, allowNull: false },
				peminjamId: { type: DataTypes.INTEGER, allowNull: false },
				keperluan: { type: DataTypes.STRING(500), allowNull: false },
				dipinjamAt: { type: DataTypes.DATE, allowNull: false },
				jatuhTempo: { type: DataTypes.DATEONLY, allowNull: false },
				status: { type: DataTypes.STRING(14), allowNull: false },
				dikembalikanAt: { type: DataTypes.DATE, allowNull: true },
				diterimaKembaliOlehId: { type: DataTypes.INTEGER, allowNull: true },
				pengingatAt: { type: DataTypes.DATE, allowNull: true },
				dicatatOlehId: { type: DataTypes.INTEGER, allowNull: false },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'peminjaman_arsip', version: true },
		)
	}
}
