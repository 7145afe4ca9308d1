import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'
import { jsonText } from '../json-text'

/** A received message as the channel reads it from the webhook (the WhatsApp adapter's shape). */
export type IsiPesanWaMasuk = {
	id: string
	dari: string
	nama: string | null
	jenis: string
	teks: string | null
	media: { id: string; mime: string | null; nama: string | null } | null
}

/**
 * An incoming WhatsApp message id, recorded before the message is handled: the unique id makes a
 * redelivered notification a no-op. `diprosesAt` is set when the message was handled; `galat`
 * keeps why it failed (never the message's text). A failed message is retried from `isi` with
 * backoff (`percobaan`, `berikutnyaAt`) or when Meta delivers it again; `isi` is emptied once handled.
 */
export class PesanWaMasuk extends Model<InferAttributes<PesanWaMasuk>, InferCreationAttributes<PesanWaMasuk>> {
	declare id: CreationOptional<number>
	declare messageId: string
	/** the sender's number, `62…` */
	declare dari: string
	/** the Cloud API's message type: text, image, document … */
	declare jenis: string
	declare diterimaAt: Date
	declare diprosesAt: Date | null
	declare galat: string | null
	declare isi: CreationOptional<IsiPesanWaMasuk | null>
	declare percobaan: CreationOptional<number>
	declare berikutnyaAt: CreationOptional<Date | null>

	static initModel(sequelize: Sequelize) {
		PesanWaMasuk.init(
			{
				id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
				messageId: { type: DataTypes.STRING(128), allowNull: false, unique: true },
				dari: { type: DataTypes.STRING(20), allowNull: false },
				jenis: { type: DataTypes.STRING(20), allowNull: false },
				diterimaAt: { type: DataTypes.DATE, allowNull: false },
				diprosesAt: { type: DataTypes.DATE, allowNull: true },
				galat: { type: DataTypes.STRING(500), allowNull: true },
				isi: jsonText<IsiPesanWaMasuk | null>('isi', null, true),
				percobaan: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				berikutnyaAt: { type: DataTypes.DATE, allowNull: true },
			},
			{ sequelize, tableName: 'wa_pesan_masuk', timestamps: false },
		)
	}
}
