import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { BerkasArsip } from './BerkasArsip'

/** A berkas listed in a disposal proposal; each berkas at most once per proposal. */
export class UsulPenyusutanItem extends Model<InferAttributes<UsulPenyusutanItem>, InferCreationAttributes<UsulPenyusutanItem>> {
	declare id: CreationOptional<number>
	declare usulPenyusutanId: number
	declare berkasArsipId: number

	declare berkas?: NonAttribute<BerkasArsip>

	static initModel(sequelize: Sequelize) {
		UsulPenyusutanItem.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				usulPenyusutanId: { type: DataTypes.INTEGER, allowNull: false },
				berkasArsipId: { type: DataTypes.INTEGER, allowNull: false },
			},
			{ sequelize, tableName: 'usul_penyusutan_item', timestamps: false },
		)
	}
}
