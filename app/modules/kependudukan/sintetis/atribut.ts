import { KODE, UMUR, wajibKtp } from '../kode'
import { type Acak, Bobot } from './acak'
import { AGAMA_KODE, DIDIK, GOLDAR, KAWIN, TANPA_DISABILITAS, pekerjaan } from './kode-sintetis'

/**
 * What follows from a person's age, sex and marital status: schooling, work, blood group,
 * disability and documents, in shares that look like a rural Central Java kabupaten.
 */

/** A family's religion (the members share it). */
export const AGAMA_KELUARGA = new Bobot<number>([
	[AGAMA_KODE.islam, 99.0],
	[AGAMA_KODE.kristen, 0.45],
	[AGAMA_KODE.katholik, 0.35],
	[AGAMA_KODE.hindu, 0.02],
	[AGAMA_KODE.budha, 0.1],
	[AGAMA_KODE.konghucu, 0.02],
	[AGAMA_KODE.kepercayaan, 0.06],
])

/** Most people never had their blood tested: "Tidak Tahu" dominates. */
const GOLONGAN_DARAH = new Bobot<number>([
	[GOLDAR['Tidak Tahu'], 58],
	[GOLDAR.O, 13],
	[GOLDAR.B, 10],
	[GOLDAR.A, 8],
	[GOLDAR.AB, 3],
	[GOLDAR['O+'], 2.5],
	[GOLDAR['B+'], 2],
	[GOLDAR['A+'], 1.6],
	[GOLDAR['AB+'], 0.6],
	[GOLDAR['O-'], 0.4],
	[GOLDAR['B-'], 0.3],
	[GOLDAR['A-'], 0.3],
	[GOLDAR['AB-'], 0.1],
])

export function golonganDarah(acak: Acak): number {
	return GOLONGAN_DARAH.ambil(acak)
}

/** Disability is rarer among the young: about 1% overall. */
export function disabilitas(acak: Acak, umur: number): number {
	const p = umur < 18 ? 0.004 : umur < 60 ? 0.009 : 0.025
	return acak.peluang(p) ? acak.bulat(1, 6) : TANPA_DISABILITAS
}

const DIDIK_DEWASA_MUDA = new Bobot<number>([
	[DIDIK.belumTamatSd, 1], [DIDIK.sd, 12], [DIDIK.sltp, 24], [DIDIK.slta, 47],
	[DIDIK.d12, 2], [DIDIK.d3, 4], [DIDIK.s1, 9.5], [DIDIK.s2, 0.5],
])
const DIDIK_DEWASA = new Bobot<number>([
	[DIDIK.tidakSekolah, 2], [DIDIK.belumTamatSd, 6], [DIDIK.sd, 32], [DIDIK.sltp, 22], [DIDIK.slta, 26],
	[DIDIK.d12, 1.5], [DIDIK.d3, 2.5], [DIDIK.s1, 7], [DIDIK.s2, 0.9], [DIDIK.s3, 0.1],
])
const DIDIK_PARUH_BAYA = new Bobot<number>([
	[DIDIK.tidakSekolah, 5], [DIDIK.belumTamatSd, 14], [DIDIK.sd, 42], [DIDIK.sltp, 15], [DIDIK.slta, 16],
	[DIDIK.d12, 1.5], [DIDIK.d3, 1.5], [DIDIK.s1, 4.5], [DIDIK.s2, 0.4], [DIDIK.s3, 0.1],
])
const DIDIK_LANSIA = new Bobot<number>([
	[DIDIK.tidakSekolah, 22], [DIDIK.belumTamatSd, 26], [DIDIK.sd, 36], [DIDIK.sltp, 7], [DIDIK.slta, 6],
	[DIDIK.d12, 0.8], [DIDIK.d3, 0.7], [DIDIK.s1, 1.4], [DIDIK.s2, 0.1],
])

/** The last schooling completed (PDDK_AKH): children by the class they are in, adults by generation. */
export function pendidikan(acak: Acak, umur: number): number {
	if (umur < 5) return DIDIK.tidakSekolah
	if (umur < 7) return acak.peluang(0.85) ? DIDIK.tidakSekolah : DIDIK.belumTamatSd
	if (umur < 12) return DIDIK.belumTamatSd
	if (umur < 13) return acak.peluang(0.5) ? DIDIK.belumTamatSd : DIDIK.sd
	if (umur < 16) return acak.peluang(0.95) ? DIDIK.sd : DIDIK.belumTamatSd
	if (umur < 19) return acak.peluang(0.8) ? DIDIK.sltp : acak.peluang(0.6) ? DIDIK.sd : DIDIK.slta
	if (umur < 30) return DIDIK_DEWASA_MUDA.ambil(acak)
	if (umur < 45) return DIDIK_DEWASA.ambil(acak)
	if (umur < 60) return DIDIK_PARUH_BAYA.ambil(acak)
	return DIDIK_LANSIA.ambil(acak)
}

const P = {
	belumBekerja: pekerjaan('BELUM/TIDAK BEKERJA'),
	mengurusRumahTangga: pekerjaan('MENGURUS RUMAH TANGGA'),
	pelajar: pekerjaan('PELAJAR/MAHASISWA'),
	pensiunan: pekerjaan('PENSIUNAN'),
}

/** Work of adults without a degree; the same table for both sexes would put too few women at home. */
const KERJA_LAKI = new Bobot<number>([
	[pekerjaan('PETANI/PEKEBUN'), 22], [pekerjaan('BURUH HARIAN LEPAS'), 15], [pekerjaan('WIRASWASTA'), 15],
	[pekerjaan('KARYAWAN SWASTA'), 14], [pekerjaan('BURUH TANI/PERKEBUNAN'), 8], [pekerjaan('PEDAGANG'), 4],
	[pekerjaan('TUKANG BATU'), 3], [pekerjaan('BELUM/TIDAK BEKERJA'), 3], [pekerjaan('PERDAGANGAN'), 2],
	[pekerjaan('SOPIR'), 2], [pekerjaan('TUKANG KAYU'), 1.5], [pekerjaan('NELAYAN/PERIKANAN'), 1],
	[pekerjaan('LAINNYA'), 1], [pekerjaan('KARYAWAN HONORER'), 1], [pekerjaan('PETERNAK'), 0.8],
	[pekerjaan('KONSTRUKSI'), 0.6], [pekerjaan('MEKANIK'), 0.5], [pekerjaan('PERANGKAT DESA'), 0.5],
	[pekerjaan('INDUSTRI'), 0.5], [pekerjaan('TRANSPORTASI'), 0.5], [pekerjaan('TENTARA NASIONAL INDONESIA'), 0.4],
	[pekerjaan('KEPOLISIAN RI'), 0.4], [pekerjaan('TUKANG LAS/PANDAI BESI'), 0.3], [pekerjaan('TUKANG CUKUR'), 0.2],
	[pekerjaan('TUKANG LISTRIK'), 0.2], [pekerjaan('USTADZ/MUBALIGH'), 0.2], [pekerjaan('PELAUT'), 0.2],
	[pekerjaan('KEPALA DESA'), 0.05], [pekerjaan('SENIMAN'), 0.05], [pekerjaan('IMAM MASJID'), 0.05],
])
const KERJA_PEREMPUAN = new Bobot<number>([
	[P.mengurusRumahTangga, 40], [pekerjaan('PETANI/PEKEBUN'), 10], [pekerjaan('WIRASWASTA'), 10],
	[pekerjaan('KARYAWAN SWASTA'), 9], [pekerjaan('BURUH HARIAN LEPAS'), 6], [P.belumBekerja, 6],
	[pekerjaan('PEDAGANG'), 5], [pekerjaan('BURUH TANI/PERKEBUNAN'), 4], [pekerjaan('PERDAGANGAN'), 1.5],
	[pekerjaan('TUKANG JAHIT'), 1], [pekerjaan('PEMBANTU RUMAH TANGGA'), 1], [pekerjaan('KARYAWAN HONORER'), 1],
	[pekerjaan('INDUSTRI'), 0.8], [pekerjaan('LAINNYA'), 0.8], [pekerjaan('PENATA RIAS'), 0.3],
	[pekerjaan('JURU MASAK'), 0.3], [pekerjaan('PERANGKAT DESA'), 0.2], [pekerjaan('PARAJI'), 0.05],
])
/** Work of those with a diploma or degree. */
const KERJA_SARJANA = new Bobot<number>([
	[pekerjaan('KARYAWAN SWASTA'), 25], [pekerjaan('GURU'), 16], [pekerjaan('PEGAWAI NEGERI SIPIL'), 14],
	[pekerjaan('WIRASWASTA'), 12], [pekerjaan('KARYAWAN HONORER'), 6], [P.belumBekerja, 5],
	[pekerjaan('PERAWAT'), 3], [pekerjaan('BIDAN'), 2], [pekerjaan('KARYAWAN BUMN'), 2], [pekerjaan('PERANGKAT DESA'), 1.5],
	[pekerjaan('DOSEN'), 0.6], [pekerjaan('DOKTER'), 0.6], [pekerjaan('APOTEKER'), 0.4], [pekerjaan('AKUNTAN'), 0.4],
	[pekerjaan('KARYAWAN BUMD'), 0.5], [pekerjaan('KONSULTAN'), 0.3], [pekerjaan('PENGACARA'), 0.2],
	[pekerjaan('ARSITEK'), 0.1], [pekerjaan('NOTARIS'), 0.1], [pekerjaan('WARTAWAN'), 0.2], [pekerjaan('PENELITI'), 0.1],
	[pekerjaan('TENTARA NASIONAL INDONESIA'), 0.5], [pekerjaan('KEPOLISIAN RI'), 0.5], [pekerjaan('ANGGOTA DPRD KABUPATEN/KOTA'), 0.05],
])
const KERJA_LANSIA_LAKI = new Bobot<number>([
	[pekerjaan('PETANI/PEKEBUN'), 36], [P.belumBekerja, 28], [pekerjaan('WIRASWASTA'), 10], [P.pensiunan, 8],
	[pekerjaan('BURUH TANI/PERKEBUNAN'), 6], [pekerjaan('BURUH HARIAN LEPAS'), 5], [pekerjaan('PEDAGANG'), 4],
	[pekerjaan('PETERNAK'), 1], [pekerjaan('IMAM MASJID'), 0.3], [pekerjaan('TABIB'), 0.1], [pekerjaan('PARANORMAL'), 0.05],
])
const KERJA_LANSIA_PEREMPUAN = new Bobot<number>([
	[P.mengurusRumahTangga, 40], [P.belumBekerja, 30], [pekerjaan('PETANI/PEKEBUN'), 15], [pekerjaan('PEDAGANG'), 5],
	[pekerjaan('BURUH TANI/PERKEBUNAN'), 4], [P.pensiunan, 3], [pekerjaan('WIRASWASTA'), 3], [pekerjaan('PARAJI'), 0.2],
])

/** JENIS_PKRJN: school children are pupils, many wives keep the house, the old often stop. */
export function jenisPekerjaan(acak: Acak, umur: number, perempuan: boolean, didik: number, kawin: number): number {
	if (umur < 5) return P.belumBekerja
	if (umur < 7) return acak.peluang(0.6) ? P.belumBekerja : P.pelajar
	if (umur < 16) return acak.peluang(0.97) ? P.pelajar : P.belumBekerja
	if (umur < 19) return kawin !== KAWIN.belum ? (perempuan ? P.mengurusRumahTangga : KERJA_LAKI.ambil(acak)) : acak.peluang(0.8) ? P.pelajar : P.belumBekerja
	if (umur < 24 && kawin === KAWIN.belum && didik >= DIDIK.slta && acak.peluang(0.35)) return P.pelajar
	if (umur < 24 && kawin === KAWIN.belum && acak.peluang(0.2)) return P.belumBekerja
	if (umur >= 62) return perempuan ? KERJA_LANSIA_PEREMPUAN.ambil(acak) : KERJA_LANSIA_LAKI.ambil(acak)
	if (didik >= DIDIK.d3 && acak.peluang(0.75)) return KERJA_SARJANA.ambil(acak)
	if (perempuan) {
		const kerja = KERJA_PEREMPUAN.ambil(acak)
		// unmarried women keep the house less often
		return kerja === P.mengurusRumahTangga && kawin === KAWIN.belum && acak.peluang(0.6) ? KERJA_LAKI.ambil(acak) : kerja
	}
	return KERJA_LAKI.ambil(acak)
}

/** Birth certificates: nearly all children now, far fewer of those born long ago. */
export function aktaLahir(acak: Acak, umur: number): number {
	const p = umur < 5 ? 0.95 : umur < 18 ? 0.9 : umur < 30 ? 0.75 : umur < 45 ? 0.5 : umur < 60 ? 0.3 : 0.15
	return acak.peluang(p) ? KODE.ada : KODE.tidakAda
}

/** Marriage certificates for most who married (fewer of the old); divorce papers for most divorced. */
export function aktaKawin(acak: Acak, umur: number, kawin: number): number {
	if (kawin === KAWIN.belum) return KODE.tidakAda
	const p = kawin === KAWIN.kawin ? (umur < 60 ? 0.88 : 0.7) : 0.6
	return acak.peluang(p) ? KODE.ada : KODE.tidakAda
}

export function aktaCerai(acak: Acak, kawin: number): number {
	return kawin === KAWIN.ceraiHidup && acak.peluang(0.72) ? KODE.ada : KODE.tidakAda
}

/** KTP-el: about 97% of those who must have one have recorded, most have the card. */
export function statusKtpEl(acak: Acak, umur: number, kawin: number): number {
	if (!wajibKtp(umur, kawin)) return KODE.ktpBelumRekam
	const u = acak.angka()
	return u < 0.03 ? KODE.ktpBelumRekam : u < 0.09 ? KODE.ktpSudahRekam : KODE.ktpSudahCetak
}

/** KIA: about 40% of the children who should have one. */
export function kia(acak: Acak, umur: number, kawin: number): number {
	return umur < UMUR.wajibKia && kawin === KAWIN.belum && acak.peluang(0.4) ? KODE.ada : KODE.tidakAda
}
