import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize'

/**
 * `draft` while the team drafts and Bidang PIAK discusses (an import may replace the data);
 * `menunggu-persetujuan` at the Sekretaris or the Kepala Dinas; `terbit` once the Kepala Dinas
 * approves (frozen); `diganti` when a later version of the same semester is published (still
 * downloadable).
 */
export type StatusPublikasi = 'draft' | 'menunggu-persetujuan' | 'terbit' | 'diganti'

/** One version of a semester's agregat publication, on P7.2. */
export class PublikasiAgregat extends Model<InferAttributes<PublikasiAgregat>, InferCreationAttributes<PublikasiAgregat>> {
	declare id: CreationOptional<number>
	declare semester: string
	declare versi: number
	/** `YYYY-MM-DD` */
	declare tanggalAcuan: string
	declare status: StatusPublikasi
	/** the import whose figures this version publishes; null until the first import of a correction */
	declare imporId: number | null
	/** why a version after the first was made */
	declare alasanKoreksi: string | null
	declare instansAlurId: number | null
	declare diterbitkanAt: Date | null
	declare dibuatOlehId: number | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	static initModel(sequelize: Sequelize) {
		PublikasiAgregat.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				semester: { type: DataTypes.STRING(6), allowNull: false },
				versi: { type: DataTypes.INTEGER, allowNull: false },
				tanggalAcuan: { type: DataTypes.DATEONLY, allowNull: false },
				status: { type: DataTypes.STRING(24), allowNull: false },
				imporId: { type: DataTypes.INTEGER, allowNull: true },
				alasanKoreksi: { type: DataTypes.STRING(1000), allowNull: true },
				instansAlurId: { type: DataTypes.INTEGER, allowNull: true },
				diterbitkanAt: { type: DataTypes.DATE, allowNull: true },
				dibuatOlehId: { type: DataTypes.INTEGER, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'publikasi_agregat', version: true },
		)
	}
}
