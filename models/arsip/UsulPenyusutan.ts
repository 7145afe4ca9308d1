import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { UsulPenyusutanItem } from './UsulPenyusutanItem'

export type JenisPenyusutan = 'pindah' | 'musnah'
export type PenyetujuPenyusutan = 'sekretaris' | 'kepala-daerah' | 'kepala-anri'
export type StatusUsulPenyusutan = 'draf' | 'diajukan' | 'disetujui' | 'ditolak' | 'dilaksanakan'

/**
 * A proposal to dispose of berkas whose retention has ended: move them to the records centre
 * (pindah) or destroy them (musnah), the authority that must approve, and the berita acara once
 * carried out.
 */
export class UsulPenyusutan extends Model<InferAttributes<UsulPenyusutan>, InferCreationAttributes<UsulPenyusutan>> {
	declare id: CreationOptional<number>
	declare nomor: string
	declare jenis: JenisPenyusutan
	declare penyetuju: PenyetujuPenyusutan
	declare status: StatusUsulPenyusutan
	declare catatan: string | null
	declare nomorBeritaAcara: string | null
	/** `YYYY-MM-DD` */
	declare tanggalBeritaAcara: string | null
	declare dibuatOlehId: number
	declare instansId: number | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare item?: NonAttribute<UsulPenyusutanItem[]>

	static initModel(sequelize: Sequelize) {
		UsulPenyusutan.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				nomor: { type: DataTypes.STRING(40), allowNull: false, unique: true },
				jenis: { type: DataTypes.STRING(10), allowNull: false },
				penyetuju: { type: DataTypes.STRING(20), allowNull: false },
				status: { type: DataTypes.STRING(14), allowNull: false },
				catatan: { type: DataTypes.STRING(1000), allowNull: true },
				nomorBeritaAcara: { type: DataTypes.STRING(80), allowNull: true },
				tanggalBeritaAcara: { type: DataTypes.DATEONLY, allowNull: true },
				dibuatOlehId: { type: DataTypes.INTEGER, allowNull: false },
				instansId: { type: DataTypes.INTEGER, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'usul_penyusutan', version: true },
		)
	}
}
