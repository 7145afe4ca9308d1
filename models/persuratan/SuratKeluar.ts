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
import type { CaraTandaTangan } from '../layanan/DokumenElektronik'
import type { Jabatan } from '../organisasi/Jabatan'
import type { UnitKerja } from '../organisasi/UnitKerja'
import type { EkspedisiSurat } from './EkspedisiSurat'
import type { JenisNaskah } from './JenisNaskah'
import type { KomentarNaskah } from './KomentarNaskah'
import type { SifatSurat, UrgensiSurat } from './SuratMasuk'
import type { SuratKeluarVersi } from './SuratKeluarVersi'

export type StatusSuratKeluar =
	| 'draf'
	| 'verifikasi'
	| 'revisi'
	| 'tanda-tangan'
	| 'ditandatangani'
	| 'dikirim'
	| 'selesai'
	| 'dibatalkan'
export type UkuranKertas = 'A4' | 'F4'

/**
 * An outgoing letter from draft to dispatch: its current text (earlier texts are its versions),
 * who must sign it, and once signed its number, date, signer and the signed PDF with the code of
 * its public verification page.
 */
export class SuratKeluar extends Model<InferAttributes<SuratKeluar>, InferCreationAttributes<SuratKeluar>> {
	declare id: CreationOptional<number>
	declare jenisNaskahId: number
	declare klasifikasiKode: string
	/** the unit the letter comes from */
	declare unitKerjaId: number
	declare sifat: SifatSurat
	declare urgensi: UrgensiSurat
	declare perihal: string
	declare tujuan: string
	declare tembusan: string | null
	/** the body of the current version */
	declare isi: string
	declare lampiran: string | null
	declare ukuranKertas: CreationOptional<UkuranKertas>
	declare status: StatusSuratKeluar
	/** the current version's number; starts at 1 */
	declare revisiKe: CreationOptional<number>
	declare jabatanPenandatanganId: number
	/** year, sequence and full number: null until the letter is signed (or a reserved number is used) */
	declare tahun: number | null
	declare nomorUrut: number | null
	declare nomor: string | null
	/** `YYYY-MM-DD` */
	declare tanggalSurat: string | null
	/** who actually signed, and their name and jabatan as printed (kept even if they move on) */
	declare penandatanganId: number | null
	declare penandatanganNama: string | null
	declare penandatanganJabatan: string | null
	declare caraTandaTangan: CaraTandaTangan | null
	declare ditandatanganiAt: Date | null
	/** storage key of the signed (or, signed by hand, the scanned) PDF */
	declare kunciPdf: string | null
	declare sha256Pdf: string | null
	/** the code of `/verifikasi/{kode}`, printed as a QR code on the letter */
	declare kodeVerifikasi: string | null
	declare dibuatOlehId: number
	declare instansId: number | null
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare jenisNaskah?: NonAttribute<JenisNaskah>
	declare klasifikasi?: NonAttribute<KlasifikasiArsip>
	declare unit?: NonAttribute<UnitKerja>
	declare jabatanPenandatangan?: NonAttribute<Jabatan>
	declare pembuat?: NonAttribute<Pengguna>
	declare instans?: NonAttribute<InstansAlur>
	declare versiNaskah?: NonAttribute<SuratKeluarVersi[]>
	declare komentar?: NonAttribute<KomentarNaskah[]>
	declare ekspedisi?: NonAttribute<EkspedisiSurat[]>

	static initModel(sequelize: Sequelize) {
		SuratKeluar.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				jenisNaskahId: { type: DataTypes.INTEGER, allowNull: false },
				klasifikasiKode: { type: DataTypes.STRING(30), allowNull: false },
				unitKerjaId: { type: DataTypes.INTEGER, allowNull: false },
				sifat: { type: DataTypes.STRING(16), allowNull: false },
				urgensi: { type: DataTypes.STRING(12), allowNull: false },
				perihal: { type: DataTypes.STRING(500), allowNull: false },
				tujuan: { type: DataTypes.TEXT, allowNull: false },
				tembusan: { type: DataTypes.TEXT, allowNull: true },
				isi: { type: DataTypes.TEXT('medium'), allowNull: false },
				lampiran: { type: DataTypes.STRING(100), allowNull: true },
				ukuranKertas: { type: DataTypes.STRING(2), allowNull: false, defaultValue: 'A4' },
				status: { type: DataTypes.STRING(20), allowNull: false },
				revisiKe: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
				jabatanPenandatanganId: { type: DataTypes.INTEGER, allowNull: false },
				tahun: { type: DataTypes.INTEGER, allowNull: true },
				nomorUrut: { type: DataTypes.INTEGER, allowNull: true },
				nomor: { type: DataTypes.STRING(120), allowNull: true, unique: true },
				tanggalSurat: { type: DataTypes.DATEONLY, allowNull: true },
				penandatanganId: { type: DataTypes.INTEGER, allowNull: true },
				penandatanganNama: { type: DataTypes.STRING(150), allowNull: true },
				penandatanganJabatan: { type: DataTypes.STRING(200), allowNull: true },
				caraTandaTangan: { type: DataTypes.STRING(10), allowNull: true },
				ditandatanganiAt: { type: DataTypes.DATE, allowNull: true },
				kunciPdf: { type: DataTypes.STRING(200), allowNull: true },
				sha256Pdf: { type: DataTypes.STRING(64), allowNull: true },
				kodeVerifikasi: { type: DataTypes.STRING(20), allowNull: true, unique: true },
				dibuatOlehId: { type: DataTypes.INTEGER, allowNull: false },
				instansId: { type: DataTypes.INTEGER, allowNull: true },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'surat_keluar', version: true },
		)
	}
}
