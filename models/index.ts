import type { Model, ModelStatic, Sequelize } from 'sequelize'
import { DefinisiAlur } from './alur/DefinisiAlur'
import { Disposisi } from './alur/Disposisi'
import { InstansAlur } from './alur/InstansAlur'
import { Notifikasi } from './alur/Notifikasi'
import { Outbox } from './alur/Outbox'
import { RiwayatAlur } from './alur/RiwayatAlur'
import { TugasAlur } from './alur/TugasAlur'
import { BerkasArsip } from './arsip/BerkasArsip'
import { IsiBerkas } from './arsip/IsiBerkas'
import { KlasifikasiArsip } from './arsip/KlasifikasiArsip'
import { PeminjamanArsip } from './arsip/PeminjamanArsip'
import { UsulPenyusutan } from './arsip/UsulPenyusutan'
import { UsulPenyusutanItem } from './arsip/UsulPenyusutanItem'
import { Izin } from './akses/Izin'
import { KunciMasuk } from './akses/KunciMasuk'
import { Pengguna } from './akses/Pengguna'
import { PercobaanMasuk } from './akses/PercobaanMasuk'
import { Peran } from './akses/Peran'
import { JabatanPeran, PenggunaPeran, PeranIzin } from './akses/PeranTautan'
import { Sesi } from './akses/Sesi'
import { LogAudit } from './audit/LogAudit'
import { NomorUrut } from './layanan/NomorUrut'
import { JenisLayanan } from './layanan/JenisLayanan'
import { PersyaratanLayanan } from './layanan/PersyaratanLayanan'
import { TarifDenda } from './layanan/TarifDenda'
import { PermohonanLayanan } from './layanan/PermohonanLayanan'
import { BerkasPermohonan } from './layanan/BerkasPermohonan'
import { KuitansiDenda } from './layanan/KuitansiDenda'
import { RegisterDokumen } from './layanan/RegisterDokumen'
import { PercobaanLacak } from './layanan/PercobaanLacak'
import { PesanWaMasuk } from './layanan/PesanWaMasuk'
import { DokumenElektronik } from './layanan/DokumenElektronik'
import { AgregatKependudukan } from './kependudukan/AgregatKependudukan'
import { DkbImpor } from './kependudukan/DkbImpor'
import { Keluarga } from './kependudukan/Keluarga'
import { Penduduk } from './kependudukan/Penduduk'
import { PublikasiAgregat } from './kependudukan/PublikasiAgregat'
import { Jabatan } from './organisasi/Jabatan'
import { Pegawai } from './organisasi/Pegawai'
import { PenugasanPlt } from './organisasi/PenugasanPlt'
import { UnitKerja } from './organisasi/UnitKerja'
import { EkspedisiSurat } from './persuratan/EkspedisiSurat'
import { JenisNaskah } from './persuratan/JenisNaskah'
import { KomentarNaskah } from './persuratan/KomentarNaskah'
import { NomorSuratKeluar } from './persuratan/NomorSuratKeluar'
import { PengantaranSurat } from './persuratan/PengantaranSurat'
import { SuratKeluar } from './persuratan/SuratKeluar'
import { SuratKeluarVersi } from './persuratan/SuratKeluarVersi'
import { SuratMasuk } from './persuratan/SuratMasuk'
import { HariLibur } from './referensi/HariLibur'
import { PengaturanKantor } from './referensi/PengaturanKantor'
import { Wilayah } from './referensi/Wilayah'

export {
	DkbImpor,
	PublikasiAgregat,
	Penduduk,
	Keluarga,
	AgregatKependudukan,
	NomorUrut,
	JenisLayanan,
	PersyaratanLayanan,
	TarifDenda,
	PermohonanLayanan,
	BerkasPermohonan,
	KuitansiDenda,
	RegisterDokumen,
	PercobaanLacak,
	PesanWaMasuk,
	DokumenElektronik,
	KlasifikasiArsip,
	SuratMasuk,
	PengantaranSurat,
	JenisNaskah,
	SuratKeluar,
	SuratKeluarVersi,
	KomentarNaskah,
	NomorSuratKeluar,
	EkspedisiSurat,
	BerkasArsip,
	IsiBerkas,
	PeminjamanArsip,
	UsulPenyusutan,
	UsulPenyusutanItem,
	DefinisiAlur,
	Disposisi,
	InstansAlur,
	Notifikasi,
	Outbox,
	RiwayatAlur,
	TugasAlur,
	HariLibur,
	Izin,
	Jabatan,
	JabatanPeran,
	KunciMasuk,
	LogAudit,
	Pegawai,
	PengaturanKantor,
	Pengguna,
	PenggunaPeran,
	PenugasanPlt,
	PercobaanMasuk,
	Peran,
	PeranIzin,
	Sesi,
	UnitKerja,
	Wilayah,
}

const all = [
	PengaturanKantor,
	Wilayah,
	HariLibur,
	UnitKerja,
	Jabatan,
	Pegawai,
	PenugasanPlt,
	Pengguna,
	Peran,
	Izin,
	PeranIzin,
	PenggunaPeran,
	JabatanPeran,
	Sesi,
	PercobaanMasuk,
	KunciMasuk,
	LogAudit,
	DefinisiAlur,
	InstansAlur,
	TugasAlur,
	RiwayatAlur,
	Outbox,
	Notifikasi,
	Disposisi,
	NomorUrut,
	JenisLayanan,
	PersyaratanLayanan,
	TarifDenda,
	PermohonanLayanan,
	BerkasPermohonan,
	KuitansiDenda,
	RegisterDokumen,
	PercobaanLacak,
	PesanWaMasuk,
	DokumenElektronik,
	KlasifikasiArsip,
	SuratMasuk,
	PengantaranSurat,
	JenisNaskah,
	SuratKeluar,
	SuratKeluarVersi,
	KomentarNaskah,
	NomorSuratKeluar,
	EkspedisiSurat,
	BerkasArsip,
	IsiBerkas,
	PeminjamanArsip,
	UsulPenyusutan,
	UsulPenyusutanItem,
	DkbImpor,
	PublikasiAgregat,
	Penduduk,
	Keluarga,
	AgregatKependudukan,
]

/**
 * Bumped by every write to a table that decides who may do what (accounts, pegawai, roles,
 * permissions, jabatan, Plt/Plh), so per-session caches of a user's authority know to reload.
 */
export const generasiAkses = { nilai: 0 }

/** Binds every model to one connection and declares how they relate. Called once per process. */
export function initModels(sequelize: Sequelize) {
	for (const model of all) model.initModel(sequelize)

	UnitKerja.belongsTo(UnitKerja, { as: 'induk', foreignKey: 'indukId' })
	UnitKerja.hasMany(UnitKerja, { as: 'anak', foreignKey: 'indukId' })
	Jabatan.belongsTo(UnitKerja, { as: 'unit', foreignKey: 'unitId' })
	Jabatan.belongsTo(Jabatan, { as: 'atasan', foreignKey: 'atasanId' })
	Jabatan.hasMany(Pegawai, { as: 'pemangku', foreignKey: 'jabatanId' })
	Pegawai.belongsTo(Jabatan, { as: 'jabatan', foreignKey: 'jabatanId' })
	Pegawai.belongsTo(UnitKerja, { as: 'unit', foreignKey: 'unitId' })
	Pengguna.belongsTo(Pegawai, { as: 'pegawai', foreignKey: 'pegawaiId' })
	Pegawai.hasOne(Pengguna, { as: 'pengguna', foreignKey: 'pegawaiId' })
	PenugasanPlt.belongsTo(Pengguna, { as: 'pengguna', foreignKey: 'penggunaId' })
	PenugasanPlt.belongsTo(Jabatan, { as: 'jabatan', foreignKey: 'jabatanId' })
	Pengguna.belongsToMany(Peran, { as: 'peran', through: PenggunaPeran, foreignKey: 'penggunaId', otherKey: 'peranId' })
	Peran.belongsToMany(Pengguna, { as: 'pengguna', through: PenggunaPeran, foreignKey: 'peranId', otherKey: 'penggunaId' })
	Peran.belongsToMany(Izin, { as: 'izin', through: PeranIzin, foreignKey: 'peranId', otherKey: 'izinId' })
	PeranIzin.belongsTo(Izin, { as: 'izinRow', foreignKey: 'izinId' })
	Jabatan.belongsToMany(Peran, { as: 'peran', through: JabatanPeran, foreignKey: 'jabatanId', otherKey: 'peranId' })
	Sesi.belongsTo(Pengguna, { as: 'pengguna', foreignKey: 'penggunaId' })

	const bump = () => void (generasiAkses.nilai += 1)
	for (const model of [Pengguna, Pegawai, Jabatan, UnitKerja, Peran, Izin, PeranIzin, PenggunaPeran, JabatanPeran, PenugasanPlt]) {
		for (const hook of ['afterSave', 'afterDestroy', 'afterBulkCreate', 'afterBulkUpdate', 'afterBulkDestroy'] as const) {
			;(model as unknown as ModelStatic<Model>).addHook(hook, bump)
		}
	}
	DkbImpor.belongsTo(Pengguna, { as: 'pengunggah', foreignKey: 'dibuatOlehId' })
	TugasAlur.belongsTo(InstansAlur, { as: 'instans', foreignKey: 'instansId' })
	InstansAlur.hasMany(TugasAlur, { as: 'tugas', foreignKey: 'instansId' })
	InstansAlur.hasMany(RiwayatAlur, { as: 'riwayat', foreignKey: 'instansId' })
	TugasAlur.belongsTo(Pengguna, { as: 'pengambil', foreignKey: 'diambilOlehId' })
	Disposisi.belongsTo(Pengguna, { as: 'dari', foreignKey: 'dariPenggunaId' })
	Disposisi.belongsTo(Pengguna, { as: 'ke', foreignKey: 'kePenggunaId' })
	Disposisi.belongsTo(Disposisi, { as: 'induk', foreignKey: 'indukId' })
	JenisLayanan.hasMany(PersyaratanLayanan, { as: 'persyaratan', foreignKey: 'jenisLayananId' })
	PermohonanLayanan.belongsTo(JenisLayanan, { as: 'jenis', foreignKey: 'jenisLayananId' })
	PermohonanLayanan.belongsTo(InstansAlur, { as: 'instans', foreignKey: 'instansId' })
	PermohonanLayanan.hasMany(BerkasPermohonan, { as: 'berkas', foreignKey: 'permohonanId' })
	PermohonanLayanan.hasOne(KuitansiDenda, { as: 'kuitansi', foreignKey: 'permohonanId' })
	PermohonanLayanan.hasMany(RegisterDokumen, { as: 'register', foreignKey: 'permohonanId' })
	RegisterDokumen.belongsTo(PermohonanLayanan, { as: 'permohonan', foreignKey: 'permohonanId' })
	DokumenElektronik.belongsTo(PermohonanLayanan, { as: 'permohonan', foreignKey: 'permohonanId' })

	KlasifikasiArsip.belongsTo(KlasifikasiArsip, { as: 'induk', foreignKey: 'indukKode', targetKey: 'kode' })
	KlasifikasiArsip.hasMany(KlasifikasiArsip, { as: 'anak', foreignKey: 'indukKode', sourceKey: 'kode' })
	SuratMasuk.belongsTo(KlasifikasiArsip, { as: 'klasifikasi', foreignKey: 'klasifikasiKode', targetKey: 'kode' })
	SuratMasuk.belongsTo(Jabatan, { as: 'tujuanJabatan', foreignKey: 'tujuanJabatanId' })
	SuratMasuk.belongsTo(Pengguna, { as: 'pencatat', foreignKey: 'dicatatOlehId' })
	SuratMasuk.belongsTo(InstansAlur, { as: 'instans', foreignKey: 'instansId' })
	SuratMasuk.hasMany(PengantaranSurat, { as: 'pengantaran', foreignKey: 'suratMasukId' })
	SuratKeluar.belongsTo(JenisNaskah, { as: 'jenisNaskah', foreignKey: 'jenisNaskahId' })
	SuratKeluar.belongsTo(KlasifikasiArsip, { as: 'klasifikasi', foreignKey: 'klasifikasiKode', targetKey: 'kode' })
	SuratKeluar.belongsTo(UnitKerja, { as: 'unit', foreignKey: 'unitKerjaId' })
	SuratKeluar.belongsTo(Jabatan, { as: 'jabatanPenandatangan', foreignKey: 'jabatanPenandatanganId' })
	SuratKeluar.belongsTo(Pengguna, { as: 'pembuat', foreignKey: 'dibuatOlehId' })
	SuratKeluar.belongsTo(InstansAlur, { as: 'instans', foreignKey: 'instansId' })
	SuratKeluar.hasMany(SuratKeluarVersi, { as: 'versiNaskah', foreignKey: 'suratKeluarId' })
	SuratKeluar.hasMany(KomentarNaskah, { as: 'komentar', foreignKey: 'suratKeluarId' })
	SuratKeluar.hasMany(EkspedisiSurat, { as: 'ekspedisi', foreignKey: 'suratKeluarId' })
	NomorSuratKeluar.belongsTo(JenisNaskah, { as: 'jenisNaskah', foreignKey: 'jenisNaskahId' })
	NomorSuratKeluar.belongsTo(SuratKeluar, { as: 'suratKeluar', foreignKey: 'suratKeluarId' })
	BerkasArsip.belongsTo(KlasifikasiArsip, { as: 'klasifikasi', foreignKey: 'klasifikasiKode', targetKey: 'kode' })
	BerkasArsip.belongsTo(UnitKerja, { as: 'unit', foreignKey: 'unitKerjaId' })
	BerkasArsip.hasMany(IsiBerkas, { as: 'isi', foreignKey: 'berkasArsipId' })
	IsiBerkas.belongsTo(BerkasArsip, { as: 'berkas', foreignKey: 'berkasArsipId' })
	IsiBerkas.belongsTo(SuratMasuk, { as: 'suratMasuk', foreignKey: 'suratMasukId' })
	IsiBerkas.belongsTo(SuratKeluar, { as: 'suratKeluar', foreignKey: 'suratKeluarId' })
	PeminjamanArsip.belongsTo(BerkasArsip, { as: 'berkas', foreignKey: 'berkasArsipId' })
	PeminjamanArsip.belongsTo(Pengguna, { as: 'peminjam', foreignKey: 'peminjamId' })
	UsulPenyusutan.hasMany(UsulPenyusutanItem, { as: 'item', foreignKey: 'usulPenyusutanId' })
	UsulPenyusutanItem.belongsTo(BerkasArsip, { as: 'berkas', foreignKey: 'berkasArsipId' })
}
