import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/** Append-only history of an instance: who did what, from which step to which, why and how long. */
export class RiwayatAlur extends Model<InferAttributes<RiwayatAlur>, InferCreationAttributes<RiwayatAlur>> {
	declare id: CreationOptional<number>
	declare instansId: number
	declare tugasId: number | null
	declare langkahDari: string | null
	declare langkahKe: string | null
	declare aksi: string
	declare label: string
	declare alasan: string | null
	declare penggunaId: number | null
	declare namaPengguna: string | null
	declare jabatan: string | null
	declare atasNama: string | null
	declare waktu: Date
	declare tungguDetik: number | null
	declare prosesDetik: number | null
	declare kunciIdempotensi: string | null

	static initModel(sequelize: Sequelize) {
		RiwayatAlur.init(
			{
				id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
				instansId: { type: DataTypes.INTEGER, allowNull: false },
				tugasId: { type: DataTypes.INTEGER, allowNull: true },
				langkahDari: { type: DataTypes.STRING(60), allowNull: true },
				langkahKe: { type: DataTypes.STRING(60), allowNull: true },
				aksi: { type: DataTypes.STRING(40), allowNull: false },
				label: { type: DataTypes.STRING(200), allowNull: false },
				alasan: { type: DataTypes.TEXT, allowNull: true },
				penggunaId: { type: DataTypes.INTEGER, allowNull: true },
				namaPengguna: { type: DataTypes.STRING(200), allowNull: true },
				jabatan: { type: DataTypes.STRING(200), allowNull: true },
				atasNama: { type: DataTypes.STRING(300), allowNull: true },
				waktu: { type: DataTypes.DATE(3), allowNull: false },
				tungguDetik: { type: DataTypes.INTEGER, allowNull: true },
				prosesDetik: { type: DataTypes.INTEGER, allowNull: true },
				kunciIdempotensi: { type: DataTypes.STRING(64), allowNull: true },
			},
			{ sequelize, tableName: 'alur_riwayat', timestamps: false },
		)
	}
}
