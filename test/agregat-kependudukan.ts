import type { InferCreationAttributes } from 'sequelize'
import type { Penduduk } from '#models/index'
import { KODE, tanggalAcuan, umurPada } from '~/modules/kependudukan/kode'
import { getDb } from '~/utils/db.server'

/**
 * A hand-made semester (2026-1, reference date 30 June 2026) of 31 residents in three desa of two
 * kecamatan of Kabupaten Kebumen, with the cases the counting rules single out. The agregat
 * tests check their expected numbers against this list row by row.
 */
export const SEMESTER_UJI = '2026-1'
const ACUAN = tanggalAcuan(SEMESTER_UJI)!

/** Argopeni, Kecamatan Ayah (33.05.01) */
export const DESA_A = '33.05.01.2001'
/** Karangduwur, Kecamatan Ayah: one member of a family registered in Argopeni lives here */
export const DESA_A2 = '33.05.01.2002'
/** Karangbolong, Kecamatan Buayan (33.05.02) */
export const DESA_B = '33.05.02.2001'

export type WargaUji = Omit<InferCreationAttributes<Penduduk>, 'imporId' | 'baris' | 'nik'>
type KodeLain = Partial<Omit<WargaUji, 'kodeDesa' | 'noKk' | 'jenisKelamin' | 'umur' | 'statusKawin' | 'hubunganKeluarga'>>

const L = KODE.lakiLaki
const P = KODE.perempuan

/** NO_KK is 16 digits, as the import requires: family A1 → 3305006500000001. */
const nomorKk = (kk: string) => `3305${String(kk.charCodeAt(0)).padStart(4, '0')}${kk.slice(1).padStart(8, '0')}`

/** One resident; born on 15 January unless told, so `umur` is the age at the reference date. */
function warga(
	kodeDesa: string,
	kk: string,
	jenisKelamin: number,
	umur: number,
	statusKawin: number,
	hubunganKeluarga: number,
	lain: KodeLain = {},
): WargaUji {
	const tanggalLahir = lain.tanggalLahir ?? `${Number(ACUAN.slice(0, 4)) - umur}-01-15`
	if (umurPada(tanggalLahir, ACUAN) !== umur) throw new Error(`tanggal lahir ${tanggalLahir} bukan umur ${umur}`)
	return {
		noKk: nomorKk(kk),
		nama: `Warga ${kk} ${umur}`,
		jenisKelamin,
		tempatLahir: 'Kebumen',
		tanggalLahir,
		umur,
		golonganDarah: 13,
		agama: 1,
		statusKawin,
		hubunganKeluarga,
		pendidikan: 5,
		pekerjaan: 1,
		disabilitas: 0,
		kewarganegaraan: KODE.wni,
		kodeDesa,
		alamat: 'Jalan Uji',
		rt: '001',
		rw: '002',
		aktaLahir: KODE.ada,
		aktaKawin: KODE.tidakAda,
		aktaCerai: KODE.tidakAda,
		ktpEl: KODE.ktpSudahCetak,
		kia: KODE.tidakAda,
		...lain,
	}
}

const TIDAK = KODE.tidakAda
const ADA = KODE.ada

/**
 * Status kawin 1 Belum Kawin, 2 Kawin, 3 Cerai Hidup, 4 Cerai Mati; hubungan 1 Kepala Keluarga,
 * 3 Istri, 4 Anak, 6 Cucu, 9 Famili Lain. Family A3 has no kepala keluarga.
 */
export const WARGA_UJI: WargaUji[] = [
	// Desa A
	warga(DESA_A, 'A1', L, 45, 2, 1, { aktaKawin: ADA, golonganDarah: 1, pekerjaan: 89 }),
	warga(DESA_A, 'A1', P, 40, 2, 3, { ktpEl: KODE.ktpSudahRekam, pendidikan: 8, pekerjaan: 2 }),
	// 17 exactly on the reference date: wajib KTP, not yet recorded
	warga(DESA_A, 'A1', L, 17, 1, 4, { tanggalLahir: '2009-06-30', ktpEl: KODE.ktpBelumRekam, pendidikan: 4 }),
	warga(DESA_A, 'A1', P, 16, 1, 4, { kia: ADA, aktaLahir: TIDAK, pendidikan: 4 }),
	warga(DESA_A, 'A1', L, 3, 1, 4, { pendidikan: 1 }),
	warga(DESA_A, 'A2', P, 70, 4, 1, { disabilitas: 2, golonganDarah: 4 }),
	// married at 16: wajib KTP, not wajib KIA; in family A3, which has no kepala keluarga
	warga(DESA_A, 'A3', L, 16, 2, 9, { ktpEl: KODE.ktpSudahRekam }),
	warga(DESA_A, 'A3', P, 20, 1, 9, { ktpEl: KODE.ktpBelumRekam, aktaLahir: TIDAK }),
	warga(DESA_A, 'A4', L, 35, 3, 1, { kewarganegaraan: KODE.wna, aktaCerai: ADA, agama: 2 }),
	warga(DESA_A, 'A5', P, 80, 4, 1, { disabilitas: 5, ktpEl: KODE.ktpBelumRekam, agama: 3 }),
	warga(DESA_A, 'A6', L, 62, 2, 1, { aktaKawin: ADA, disabilitas: 1 }),
	warga(DESA_A, 'A6', P, 58, 2, 3, { aktaKawin: ADA, pendidikan: 10 }),
	warga(DESA_A, 'A6', L, 12, 1, 4, { kia: ADA }),
	warga(DESA_A, 'A6', P, 8, 1, 4, { kia: ADA }),
	warga(DESA_A, 'A6', L, 0, 1, 6, { aktaLahir: TIDAK, tanggalLahir: '2026-03-01' }),
	// Desa B
	warga(DESA_B, 'B1', L, 50, 2, 1, { aktaKawin: ADA, disabilitas: 1, pekerjaan: 89 }),
	warga(DESA_B, 'B1', P, 48, 2, 3, { aktaKawin: ADA, golonganDarah: 12 }),
	warga(DESA_B, 'B1', P, 10, 1, 4),
	warga(DESA_B, 'B1', L, 5, 1, 4, { kia: ADA }),
	warga(DESA_B, 'B2', P, 30, 3, 1, { ktpEl: KODE.ktpSudahRekam }),
	warga(DESA_B, 'B2', L, 1, 1, 4, { aktaLahir: TIDAK }),
	warga(DESA_B, 'B3', L, 66, 2, 1, { disabilitas: 6, agama: 7 }),
	warga(DESA_B, 'B3', P, 64, 2, 3, { aktaKawin: ADA }),
	warga(DESA_B, 'B3', L, 18, 1, 4, { ktpEl: KODE.ktpBelumRekam, aktaLahir: TIDAK }),
	warga(DESA_B, 'B3', P, 14, 1, 4, { kia: ADA }),
	warga(DESA_B, 'B4', P, 27, 1, 1, { kewarganegaraan: KODE.wna, ktpEl: KODE.ktpBelumRekam, disabilitas: 3, agama: 4 }),
	warga(DESA_B, 'B5', L, 75, 4, 1, { disabilitas: 4 }),
	warga(DESA_B, 'B5', P, 4, 1, 6),
	warga(DESA_B, 'B6', P, 33, 3, 1, { ktpEl: KODE.ktpSudahRekam, aktaCerai: ADA }),
	warga(DESA_B, 'B6', L, 7, 1, 4, { kia: ADA }),
	// a member of family A1 registered in the next desa: A1 is one family in Kecamatan Ayah
	warga(DESA_A2, 'A1', P, 19, 1, 4),
]

const snakeCase = (nama: string) => nama.replace(/[A-Z]/g, (huruf) => `_${huruf.toLowerCase()}`)

/**
 * Stores residents as import `imporId`, numbered from `mulai` in file order (row 2 is the first
 * after the header). Plain rows, as the import writes them.
 */
export async function sisipkanWarga(imporId: number, daftar: WargaUji[], mulai = 2) {
	const rows = daftar.map((w, i) => {
		const baris = mulai + i
		const nilai = { ...w, imporId, baris, nik: `3305${String(imporId).padStart(4, '0')}${String(baris).padStart(8, '0')}` }
		return Object.fromEntries(Object.entries(nilai).map(([kunci, isi]) => [snakeCase(kunci), isi]))
	})
	await getDb().getQueryInterface().bulkInsert('penduduk', rows)
}
