import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

export type KanalOutbox = 'aplikasi' | 'email' | 'wa'
export type StatusOutbox = 'menunggu' | 'terkirim' | 'gagal'

/**
 * A message written in the same transaction as the change it announces and delivered after
 * commit by the outbox worker, with retries: never lost, never sent twice.
 */
export class Outbox extends Model<InferAttributes<Outbox>, InferCreationAttributes<Outbox>> {
	declare id: CreationOptional<number>
	declare kanal: KanalOutbox
	/** a user id for `aplikasi`, an address or number for the others */
	declare tujuan: string
	declare isi: { judul: string; isi?: string | null; tautan?: string | null; [key: string]: unknown }
	declare status: StatusOutbox
	declare percobaan: CreationOptional<number>
	declare berikutnyaAt: Date
	declare dikunciSampai: Date | null
	declare galatTerakhir: string | null
	declare terkirimAt: Date | null
	declare createdAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		Outbox.init(
			{
				id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
				kanal: { type: DataTypes.STRING(12), allowNull: false },
				tujuan: { type: DataTypes.STRING(200), allowNull: false },
				isi: jsonText<Outbox['isi']>('isi', { judul: '' }),
				status: { type: DataTypes.STRING(12), allowNull: false },
				percobaan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				berikutnyaAt: { type: DataTypes.DATE, allowNull: false },
				dikunciSampai: { type: DataTypes.DATE, allowNull: true },
				galatTerakhir: { type: DataTypes.STRING(500), allowNull: true },
				terkirimAt: { type: DataTypes.DATE, allowNull: true },
				createdAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'outbox', updatedAt: false },
		)
	}
}
