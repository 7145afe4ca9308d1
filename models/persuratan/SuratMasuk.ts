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
import type { InstansAlur } from '../alur/InstansAlur'
import type { KlasifikasiArsip } from '../arsip/KlasifikasiArsip'
import type { Jabatan } from '../organisasi/Jabatan'
import type { PengantaranSurat } from './PengantaranSurat'

export type SifatSurat = 'biasa' | 'terbatas' | 'rahasia' | 'sangat-rahasia'
export type UrgensiSurat = 'biasa' | 'segera' | 'amat-segera'
export type AsalJenisSurat = 'instansi' | 'perorangan'

/**
 * An incoming letter as the agenda book records it: who sent it, about what, how secret and how
 * urgent, its classification, the jabatan it is addressed to and its scan. Its disposisi runs on
 * the workflow instance.
 */
export class SuratMasuk extends Model<InferAttributes<SuratMasuk>, InferCreationAttributes<SuratMasuk>> {
	declare id: CreationOptional<number>
	declare tahun: number
	/** gapless per year; (tahun, nomorAgenda) is unique */
	declare nomorAgenda: number
	/** `YYYY-MM-DD` */
	declare tanggalDiterima: string
	/** the sender's own number, as printed on the letter */
	declare nomorSurat: string
	/** `YYYY-MM-DD` */
	declare tanggalSurat: string
	declare asalJenis: AsalJenisSurat
	declare asal: string
	declare perihal: string
	declare ringkasan: string | null
	declare sifat: SifatSurat
	declare urgensi: UrgensiSurat
	declare klasifikasiKode: string
	/** what came with it, as written on the letter ("1 berkas", "2 lembar") */
	declare lampiran: string | null
	declare tujuanJabatanId: number
	/** storage key of the scanned letter */
	declare kunciPindaian: string | null
	declare namaPindaian: string | null
	declare tipePindaian: string | null
	declare ukuranPindaian: number | null
	declare dicatatOlehId: number
	declare instansId: number | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare klasifikasi?: NonAttribute<KlasifikasiArsip>
	declare tujuanJabatan?: NonAttribute<Jabatan>
	declare pencatat?: NonAttribute<Pengguna>
	declare instans?: NonAttribute<InstansAlur>
	declare pengantaran?: NonAttribute<PengantaranSurat[]>

	static initModel(sequelize: Sequelize) {
		SuratMasuk.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				tahun: { type: DataTypes.INTEGER, allowNull: false },
				nomorAgenda: { type: DataTypes.INTEGER, allowNull: false },
				tanggalDiterima: { type: DataTypes.DATEONLY, allowNull: false },
				nomorSurat: { type: DataTypes.STRING(100), allowNull: false },
				tanggalSurat: { type: DataTypes.DATEONLY, allowNull: false },
				asalJenis: { type: DataTypes.STRING(12), allowNull: false },
				asal: { type: DataTypes.STRING(200), allowNull: false },
				perihal: { type: DataTypes.STRING(500), allowNull: false },
				ringkasan: { type: DataTypes.TEXT, allowNull: true },
				sifat: { type: DataTypes.STRING(16), allowNull: false },
				urgensi: { type: DataTypes.STRING(12), allowNull: false },
				klasifikasiKode: { type: DataTypes.STRING(30), allowNull: false },
				lampiran: { type: DataTypes.STRING(100), allowNull: true },
				tujuanJabatanId: { type: DataTypes.INTEGER, allowNull: false },
				kunciPindaian: { type: DataTypes.STRING(200), allowNull: true },
				namaPindaian: { type: DataTypes.STRING(200), allowNull: true },
				tipePindaian: { type: DataTypes.STRING(60), allowNull: true },
				ukuranPindaian: { type: DataTypes.INTEGER, allowNull: true },
				dicatatOlehId: { type: DataTypes.INTEGER, allowNull: false },
				instansId: { type: DataTypes.INTEGER, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'surat_masuk', version: true },
		)
	}
}
