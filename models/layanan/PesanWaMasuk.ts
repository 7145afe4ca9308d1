import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type Sequelize,
} from 'sequelize'

/**
 * An incoming WhatsApp message id, recorded before the message is handled: the unique id makes a
 * redelivered notification a no-op. `diprosesAt` is set when the message was handled; `galat`
 * keeps why it failed (never the message's text), and such a message is handled again if Meta
 * delivers it again.
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
			},
			{ sequelize, tableName: 'wa_pesan_masuk', timestamps: false },
		)
	}
}
