import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { UnitKerja } from '../organisasi/UnitKerja'
import type { IsiBerkas } from './IsiBerkas'
import type { KlasifikasiArsip, NasibAkhir } from './KlasifikasiArsip'

export type StatusBerkasArsip = 'aktif' | 'inaktif' | 'usul-pindah' | 'usul-musnah' | 'musnah' | 'diserahkan' | 'permanen'
export type SatuanArsip = 'lembar' | 'berkas' | 'boks' | 'bundel'
export type TingkatPerkembangan = 'asli' | 'salinan' | 'tembusan' | 'pertinggal'

/**
 * A berkas (file) of the archive: records of one classification and unit over a period, where it
 * is kept physically, and where it stands in its retention (active until, inactive until, then
 * destroyed or handed over as permanent).
 */
export class BerkasArsip extends Model<InferAttributes<BerkasArsip>, InferCreationAttributes<BerkasArsip>> {
	declare id: CreationOptional<number>
	declare nomorBerkas: string
	declare klasifikasiKode: string
	declare uraian: string
	declare unitKerjaId: number
	/** `YYYY-MM-DD`: the period its records cover */
	declare kurunAwal: string
	declare kurunAkhir: string | null
	declare jumlah: CreationOptional<number>
	declare satuan: SatuanArsip
	declare tingkatPerkembangan: TingkatPerkembangan
	declare lokasiGedung: string | null
	declare lokasiRuang: string | null
	declare lokasiLemari: string | null
	declare lokasiRak: string | null
	declare lokasiBoks: string | null
	declare lokasiFolder: string | null
	declare status: StatusBerkasArsip
	/** `YYYY-MM-DD`, from the classification's retention */
	declare aktifSampai: string | null
	declare inaktifSampai: string | null
	/** from the classification's retention schedule */
	declare nasibAkhir: NasibAkhir | null
	declare vital: CreationOptional<boolean>
	declare dibuatOlehId: number
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare klasifikasi?: NonAttribute<KlasifikasiArsip>
	declare unit?: NonAttribute<UnitKerja>
	declare isi?: NonAttribute<IsiBerkas[]>

	static initModel(sequelize: Sequelize) {
		BerkasArsip.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				nomorBerkas: { type: DataTypes.STRING(60), allowNull: false, unique: true },
				klasifikasiKode: { type: DataTypes.STRING(30), allowNull: false },
				uraian: { type: DataTypes.STRING(500), allowNull: false },
				unitKerjaId: { type: DataTypes.INTEGER, allowNull: false },
				kurunAwal: { type: DataTypes.DATEONLY, allowNull: false },
				kurunAkhir: { type: DataTypes.DATEONLY, allowNull: true },
				jumlah: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				satuan: { type: DataTypes.STRING(20), allowNull: false },
				tingkatPerkembangan: { type: DataTypes.STRING(20), allowNull: false },
				lokasiGedung: { type: DataTypes.STRING(60), allowNull: true },
				lokasiRuang: { type: DataTypes.STRING(60), allowNull: true },
				lokasiLemari: { type: DataTypes.STRING(60), allowNull: true },
				lokasiRak: { type: DataTypes.STRING(60), allowNull: true },
				lokasiBoks: { type: DataTypes.STRING(60), allowNull: true },
				lokasiFolder: { type: DataTypes.STRING(60), allowNull: true },
				status: { type: DataTypes.STRING(20), allowNull: false },
				aktifSampai: { type: DataTypes.DATEONLY, allowNull: true },
				inaktifSampai: { type: DataTypes.DATEONLY, allowNull: true },
				nasibAkhir: { type: DataTypes.STRING(20), allowNull: true },
				vital: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
				dibuatOlehId: { type: DataTypes.INTEGER, allowNull: false },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'berkas_arsip', version: true },
		)
	}
}
