import { PEKERJAAN } from './kode-pekerjaan'

/**
 * The DKB contract (docs/dkb.md, from the office's copy of the national format): the code lists
 * of the biodata columns and the agregat tables with their rows, in publication order. Import
 * validation, the agregat queries, the synthetic file, the pages, the workbook, the book and the
 * API all read these lists, so they cannot disagree. A code is its 1-based position in its list.
 */
export const JENIS_KELAMIN = ['Laki-laki', 'Perempuan'] as const
export const GOLONGAN_DARAH = ['A', 'B', 'AB', 'O', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-', 'Tidak Tahu'] as const
export const AGAMA = ['Islam', 'Kristen', 'Katholik', 'Hindu', 'Budha', 'Konghucu', 'Kepercayaan Terhadap Tuhan YME'] as const
export const STATUS_KAWIN = ['Belum Kawin', 'Kawin', 'Cerai Hidup', 'Cerai Mati'] as const
export const HUBUNGAN_KELUARGA = [
	'Kepala Keluarga',
	'Suami',
	'Istri',
	'Anak',
	'Menantu',
	'Cucu',
	'Orang Tua',
	'Mertua',
	'Famili Lain',
	'Pembantu',
	'Lainnya',
] as const
export const PENDIDIKAN = [
	'Tidak/Belum Sekolah',
	'Belum Tamat SD/Sederajat',
	'Tamat SD/Sederajat',
	'SLTP/Sederajat',
	'SLTA/Sederajat',
	'Diploma I/II',
	'Akademi/Diploma III/Sarjana Muda',
	'Diploma IV/Strata I',
	'Strata II',
	'Strata III',
] as const
/** code 0 is "Tidak ada"; the table counts codes 1–6 */
export const DISABILITAS = ['Fisik', 'Netra/Buta', 'Rungu/Wicara', 'Mental/Jiwa', 'Fisik dan Mental', 'Lainnya'] as const
export const KEWARGANEGARAAN = ['WNI', 'WNA'] as const
export const ADA = ['Tidak Ada', 'Ada'] as const
export const STATUS_KTP_EL = ['Belum Rekam', 'Sudah Rekam', 'Sudah Cetak'] as const
export { PEKERJAAN }

/** Codes of the lists above that the rules name. */
export const KODE = {
	lakiLaki: 1,
	perempuan: 2,
	belumKawin: 1,
	kawin: 2,
	ceraiHidup: 3,
	kepalaKeluarga: 1,
	wni: 1,
	wna: 2,
	ada: 2,
	tidakAda: 1,
	ktpBelumRekam: 1,
	ktpSudahRekam: 2,
	ktpSudahCetak: 3,
} as const

/** Age limits of the counting rules. */
export const UMUR = { wajibKtp: 17, anak: 18, wajibKia: 17 } as const

export const KELOMPOK_UMUR = [
	'00-04',
	'05-09',
	'10-14',
	'15-19',
	'20-24',
	'25-29',
	'30-34',
	'35-39',
	'40-44',
	'45-49',
	'50-54',
	'55-59',
	'60-64',
	'65-69',
	'70-74',
	'75+',
] as const

export type KunciTabel =
	| 'ringkasan'
	| 'kelompok-umur'
	| 'usia-produktif'
	| 'usia-sekolah'
	| 'agama'
	| 'pendidikan'
	| 'pekerjaan'
	| 'status-perkawinan'
	| 'golongan-darah'
	| 'hubungan-keluarga'
	| 'disabilitas'
	| 'ktp-el'
	| 'kia'
	| 'akta-kelahiran'
	| 'akta-perkawinan'
	| 'akta-perceraian'

export type DefinisiTabel = { kunci: KunciTabel; judul: string; kategori: readonly string[] }

/** The published tables, in this order, with their rows in this order (a row's index + 1 is its `kategori`). */
export const TABEL_AGREGAT: readonly DefinisiTabel[] = [
	{ kunci: 'ringkasan', judul: 'Ringkasan', kategori: ['Penduduk', 'Kartu Keluarga', 'WNI', 'WNA', 'Wajib KTP'] },
	{ kunci: 'kelompok-umur', judul: 'Penduduk menurut Kelompok Umur', kategori: KELOMPOK_UMUR },
	{ kunci: 'usia-produktif', judul: 'Penduduk menurut Usia Produktif', kategori: ['Muda (0-14)', 'Produktif (15-64)', 'Tua (65+)'] },
	{ kunci: 'usia-sekolah', judul: 'Penduduk Usia Sekolah', kategori: ['04-06', '07-12', '13-15', '16-18'] },
	{ kunci: 'agama', judul: 'Penduduk menurut Agama', kategori: AGAMA },
	{ kunci: 'pendidikan', judul: 'Penduduk menurut Pendidikan Terakhir', kategori: PENDIDIKAN },
	{ kunci: 'pekerjaan', judul: 'Penduduk menurut Jenis Pekerjaan', kategori: PEKERJAAN },
	{ kunci: 'status-perkawinan', judul: 'Penduduk menurut Status Perkawinan', kategori: STATUS_KAWIN },
	{ kunci: 'golongan-darah', judul: 'Penduduk menurut Golongan Darah', kategori: GOLONGAN_DARAH },
	{ kunci: 'hubungan-keluarga', judul: 'Penduduk menurut Hubungan dalam Keluarga', kategori: HUBUNGAN_KELUARGA },
	{ kunci: 'disabilitas', judul: 'Penduduk Penyandang Disabilitas', kategori: DISABILITAS },
	{ kunci: 'ktp-el', judul: 'Kepemilikan KTP Elektronik', kategori: ['Wajib KTP', 'Sudah Rekam', 'Belum Rekam', 'Sudah Cetak'] },
	{ kunci: 'kia', judul: 'Kepemilikan Kartu Identitas Anak (KIA)', kategori: ['Anak Wajib KIA', 'Memiliki KIA', 'Belum Memiliki KIA'] },
	{
		kunci: 'akta-kelahiran',
		judul: 'Kepemilikan Akta Kelahiran',
		kategori: ['Memiliki Akta', 'Belum Memiliki Akta', 'Anak Memiliki Akta', 'Anak Belum Memiliki Akta'],
	},
	{ kunci: 'akta-perkawinan', judul: 'Kepemilikan Akta Perkawinan', kategori: ['Kawin Memiliki Akta', 'Kawin Belum Memiliki Akta'] },
	{ kunci: 'akta-perceraian', judul: 'Kepemilikan Akta Perceraian', kategori: ['Cerai Hidup Memiliki Akta', 'Cerai Hidup Belum Memiliki Akta'] },
]

export const TABEL_PER_KUNCI = new Map(TABEL_AGREGAT.map((t) => [t.kunci, t]))

/** `2026-1` (January–June) or `2026-2` (July–December). */
export const POLA_SEMESTER = /^(\d{4})-([12])$/

/** The reference date of a semester: 30 June or 31 December, `YYYY-MM-DD`; null when not a semester. */
export function tanggalAcuan(semester: string) {
	const m = POLA_SEMESTER.exec(semester)
	if (!m) return null
	return m[2] === '1' ? `${m[1]}-06-30` : `${m[1]}-12-31`
}

/** The semester before: `2026-1` → `2025-2`. */
export function semesterSebelumnya(semester: string) {
	const m = POLA_SEMESTER.exec(semester)
	if (!m) return null
	return m[2] === '2' ? `${m[1]}-1` : `${Number(m[1]) - 1}-2`
}

/** `Semester I 2026` */
export function labelSemester(semester: string) {
	const m = POLA_SEMESTER.exec(semester)
	if (!m) return semester
	return `Semester ${m[2] === '1' ? 'I' : 'II'} ${m[1]}`
}

/**
 * Completed years at the reference date, both `YYYY-MM-DD`. Someone born on 29 February has a
 * birthday on 1 March in a year without one: the comparison of month-and-day does exactly that.
 */
export function umurPada(tanggalLahir: string, acuan: string) {
	const tahun = Number(acuan.slice(0, 4)) - Number(tanggalLahir.slice(0, 4))
	return acuan.slice(5) >= tanggalLahir.slice(5) ? tahun : tahun - 1
}

/** Wajib KTP: 17 or older, or ever married whatever the age. */
export function wajibKtp(umur: number, statusKawin: number) {
	return umur >= UMUR.wajibKtp || statusKawin !== KODE.belumKawin
}
