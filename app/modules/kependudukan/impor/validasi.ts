import {
	ADA,
	AGAMA,
	DISABILITAS,
	GOLONGAN_DARAH,
	HUBUNGAN_KELUARGA,
	JENIS_KELAMIN,
	KEWARGANEGARAAN,
	PEKERJAAN,
	PENDIDIKAN,
	STATUS_KAWIN,
	STATUS_KTP_EL,
	umurPada,
} from '../kode'

/**
 * The row rules of docs/dkb.md: which columns a DKB file must have, and when a row is rejected
 * (empty required column, NIK/NO_KK not 16 digits, a code outside its list, a date that does not
 * exist or lies after the reference date, an area outside the office's kabupaten, a NIK seen
 * earlier in the file). Pure and allocation-light: it runs 1.5 million times per import.
 */
export type PendudukValid = {
	nik: string
	noKk: string
	nama: string
	jenisKelamin: number
	tempatLahir: string
	tanggalLahir: string
	umur: number
	golonganDarah: number
	agama: number
	statusKawin: number
	hubunganKeluarga: number
	pendidikan: number
	pekerjaan: number
	disabilitas: number
	kewarganegaraan: number
	kodeDesa: string
	alamat: string
	rt: string
	rw: string
	aktaLahir: number
	aktaKawin: number
	aktaCerai: number
	ktpEl: number
	kia: number
}

export type Penolakan = { kolom: string; nilai: string; alasan: string }

type AturanKode = { kolom: string; kunci: keyof PendudukValid; min: number; max: number; label: string; bawaan?: number }

/** Coded columns: the list's codes run from `min` to `max`; an optional column left empty takes `bawaan`. */
const KODE_KOLOM: AturanKode[] = [
	{ kolom: 'JENIS_KLMIN', kunci: 'jenisKelamin', min: 1, max: JENIS_KELAMIN.length, label: 'jenis kelamin' },
	{ kolom: 'GOL_DRH', kunci: 'golonganDarah', min: 1, max: GOLONGAN_DARAH.length, label: 'golongan darah', bawaan: GOLONGAN_DARAH.length },
	{ kolom: 'AGAMA', kunci: 'agama', min: 1, max: AGAMA.length, label: 'agama' },
	{ kolom: 'STAT_KWN', kunci: 'statusKawin', min: 1, max: STATUS_KAWIN.length, label: 'status perkawinan' },
	{ kolom: 'STAT_HBKEL', kunci: 'hubunganKeluarga', min: 1, max: HUBUNGAN_KELUARGA.length, label: 'hubungan keluarga' },
	{ kolom: 'PDDK_AKH', kunci: 'pendidikan', min: 1, max: PENDIDIKAN.length, label: 'pendidikan' },
	{ kolom: 'JENIS_PKRJN', kunci: 'pekerjaan', min: 1, max: PEKERJAAN.length, label: 'pekerjaan' },
	{ kolom: 'PNYDNG_CACAT', kunci: 'disabilitas', min: 0, max: DISABILITAS.length, label: 'penyandang disabilitas', bawaan: 0 },
	{ kolom: 'KWRNGRN', kunci: 'kewarganegaraan', min: 1, max: KEWARGANEGARAAN.length, label: 'kewarganegaraan' },
	{ kolom: 'AKTA_LHR', kunci: 'aktaLahir', min: 1, max: ADA.length, label: 'akta kelahiran' },
	{ kolom: 'AKTA_KWN', kunci: 'aktaKawin', min: 1, max: ADA.length, label: 'akta perkawinan' },
	{ kolom: 'AKTA_CRAI', kunci: 'aktaCerai', min: 1, max: ADA.length, label: 'akta perceraian' },
	{ kolom: 'STAT_KTP_EL', kunci: 'ktpEl', min: 1, max: STATUS_KTP_EL.length, label: 'status KTP-el' },
	{ kolom: 'KIA', kunci: 'kia', min: 1, max: ADA.length, label: 'KIA' },
]

const TEKS_KOLOM = [
	{ kolom: 'NAMA_LGKP', kunci: 'nama', maks: 120, wajib: true },
	{ kolom: 'TMPT_LHR', kunci: 'tempatLahir', maks: 80, wajib: false },
	{ kolom: 'ALAMAT', kunci: 'alamat', maks: 200, wajib: false },
] as const

const KOLOM_WILAYAH = ['NO_PROP', 'NO_KAB', 'NO_KEC', 'NO_KEL'] as const

/** Columns a file must have in its header; the others may be left out. */
export const KOLOM_WAJIB = [
	'NIK',
	'NO_KK',
	'NAMA_LGKP',
	'JENIS_KLMIN',
	'TGL_LHR',
	'AGAMA',
	'STAT_KWN',
	'STAT_HBKEL',
	'PDDK_AKH',
	'JENIS_PKRJN',
	'KWRNGRN',
	...KOLOM_WILAYAH,
	'AKTA_LHR',
	'AKTA_KWN',
	'AKTA_CRAI',
	'STAT_KTP_EL',
	'KIA',
] as const
const KOLOM_PILIHAN = ['TMPT_LHR', 'GOL_DRH', 'PNYDNG_CACAT', 'ALAMAT', 'NO_RT', 'NO_RW'] as const

export type PetaKolom = Map<string, number>

/** Column name → position, case-insensitive; the required columns the header lacks, if any. */
export function petakanKolom(header: string[]): { peta: PetaKolom; hilang: string[] } {
	const peta: PetaKolom = new Map()
	header.forEach((nama, i) => {
		const kunci = nama.replace(/^\uFEFF/, '').trim().toUpperCase()
		if (!peta.has(kunci)) peta.set(kunci, i)
	})
	return { peta, hilang: KOLOM_WAJIB.filter((k) => !peta.has(k)) }
}

const ANGKA = /^\d+$/
const ENAM_BELAS_DIGIT = /^\d{16}$/
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const DMY = /^(\d{2})-(\d{2})-(\d{4})$/
const HARI_BULAN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** `YYYY-MM-DD` for a date in either accepted form that exists in the calendar, else null. */
export function bacaTanggal(teks: string): string | null {
	let y: number, m: number, d: number
	let hasil = ISO.exec(teks)
	if (hasil) [y, m, d] = [Number(hasil[1]), Number(hasil[2]), Number(hasil[3])]
	else {
		hasil = DMY.exec(teks)
		if (!hasil) return null
		;[d, m, y] = [Number(hasil[1]), Number(hasil[2]), Number(hasil[3])]
	}
	if (y < 1800 || m < 1 || m > 12 || d < 1 || d > HARI_BULAN[m - 1]!) return null
	const kabisat = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
	if (m === 2 && d === 29 && !kabisat) return null
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function pad(teks: string, panjang: number) {
	return teks.padStart(panjang, '0')
}

/**
 * The NIKs seen so far in a file, kept compactly: 1.5 million 16-digit strings in a Set would take
 * well over 100 MB, and a 16-digit number does not fit a double exactly. Each NIK is two 8-digit
 * halves in an open-addressing hash table of two Int32Arrays (about 8 bytes a slot, at most half
 * full), which doubles as it fills: about 32 MB for a regency of 1.5 million.
 */
export class NikTerlihat {
	private tinggi: Int32Array
	private rendah: Int32Array
	private isi = 0

	/** `perkiraan`: how many NIKs to expect, so a big file's table is made once rather than doubled into */
	constructor(perkiraan = 0) {
		let ukuran = 1 << 16
		while (ukuran < perkiraan * 2) ukuran *= 2
		this.tinggi = new Int32Array(ukuran)
		this.rendah = new Int32Array(ukuran)
	}

	/** true when the NIK was already there */
	tambah(nik: string) {
		// +1: 0 marks an empty slot, and no half of a real NIK is -1
		const a = Number(nik.slice(0, 8)) + 1
		const b = Number(nik.slice(8))
		if (this.cari(a, b)) return true
		if ((this.isi + 1) * 2 > this.tinggi.length) this.perbesar()
		this.simpan(a, b)
		this.isi += 1
		return false
	}

	private slot(a: number, b: number) {
		// a multiplicative hash of both halves, masked to the table
		return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & (this.tinggi.length - 1)
	}

	private cari(a: number, b: number) {
		for (let i = this.slot(a, b); this.tinggi[i] !== 0; i = (i + 1) & (this.tinggi.length - 1)) {
			if (this.tinggi[i] === a && this.rendah[i] === b) return true
		}
		return false
	}

	private simpan(a: number, b: number) {
		let i = this.slot(a, b)
		while (this.tinggi[i] !== 0) i = (i + 1) & (this.tinggi.length - 1)
		this.tinggi[i] = a
		this.rendah[i] = b
	}

	private perbesar() {
		const [tinggi, rendah] = [this.tinggi, this.rendah]
		this.tinggi = new Int32Array(tinggi.length * 2)
		this.rendah = new Int32Array(rendah.length * 2)
		for (let i = 0; i < tinggi.length; i++) if (tinggi[i] !== 0) this.simpan(tinggi[i]!, rendah[i]!)
	}
}

export type KonteksValidasi = {
	peta: PetaKolom
	/** `YYYY-MM-DD` */
	tanggalAcuan: string
	/** the desa/kelurahan codes of the office's kabupaten */
	desa: Set<string>
	kodeKabupaten: string
	nikTerlihat: NikTerlihat
}

/** One data row: the resident, or every reason to reject it. */
export function validasiBaris(nilai: string[], k: KonteksValidasi): { ok: true; penduduk: PendudukValid } | { ok: false; penolakan: Penolakan[] } {
	const penolakan: Penolakan[] = []
	const ambil = (kolom: string) => {
		const i = k.peta.get(kolom)
		return i === undefined ? '' : (nilai[i] ?? '')
	}
	const kosong = (kolom: string) => penolakan.push({ kolom, nilai: '', alasan: 'Kolom wajib kosong.' })

	const nik = ambil('NIK')
	if (!nik) kosong('NIK')
	else if (!ENAM_BELAS_DIGIT.test(nik)) penolakan.push({ kolom: 'NIK', nilai: nik, alasan: 'NIK harus 16 digit angka.' })
	const noKk = ambil('NO_KK')
	if (!noKk) kosong('NO_KK')
	else if (!ENAM_BELAS_DIGIT.test(noKk)) penolakan.push({ kolom: 'NO_KK', nilai: noKk, alasan: 'Nomor KK harus 16 digit angka.' })

	const penduduk = { nik, noKk } as PendudukValid
	for (const t of TEKS_KOLOM) {
		const v = ambil(t.kolom)
		if (!v && t.wajib) kosong(t.kolom)
		else if (v.length > t.maks) penolakan.push({ kolom: t.kolom, nilai: v.slice(0, 60), alasan: `Lebih dari ${t.maks} karakter.` })
		penduduk[t.kunci] = v
	}
	for (const a of KODE_KOLOM) {
		const v = ambil(a.kolom)
		if (!v) {
			if (a.bawaan === undefined) kosong(a.kolom)
			else penduduk[a.kunci] = a.bawaan as never
			continue
		}
		const n = ANGKA.test(v) ? Number(v) : NaN
		if (!(n >= a.min && n <= a.max)) {
			penolakan.push({ kolom: a.kolom, nilai: v, alasan: `Kode ${a.label} harus ${a.min}–${a.max}.` })
			continue
		}
		penduduk[a.kunci] = n as never
	}

	const tglTeks = ambil('TGL_LHR')
	if (!tglTeks) kosong('TGL_LHR')
	else {
		const tgl = bacaTanggal(tglTeks)
		if (!tgl) penolakan.push({ kolom: 'TGL_LHR', nilai: tglTeks, alasan: 'Tanggal lahir tidak ada di kalender (format YYYY-MM-DD atau DD-MM-YYYY).' })
		else if (tgl > k.tanggalAcuan) penolakan.push({ kolom: 'TGL_LHR', nilai: tglTeks, alasan: `Tanggal lahir sesudah tanggal acuan ${k.tanggalAcuan}.` })
		else {
			penduduk.tanggalLahir = tgl
			penduduk.umur = umurPada(tgl, k.tanggalAcuan)
		}
	}

	const bagian = KOLOM_WILAYAH.map(ambil)
	const kolomKosong = KOLOM_WILAYAH.find((_, i) => !bagian[i])
	if (kolomKosong) kosong(kolomKosong)
	else if (!bagian.every((b) => ANGKA.test(b))) penolakan.push({ kolom: 'NO_KEL', nilai: bagian.join('.'), alasan: 'Kode wilayah harus berupa angka.' })
	else {
		const kode = `${pad(bagian[0]!, 2)}.${pad(bagian[1]!, 2)}.${pad(bagian[2]!, 2)}.${pad(bagian[3]!, 4)}`
		if (!k.desa.has(kode)) penolakan.push({ kolom: 'NO_KEL', nilai: kode, alasan: `Bukan desa/kelurahan di wilayah ${k.kodeKabupaten}.` })
		else penduduk.kodeDesa = kode
	}

	const rt = ambil('NO_RT')
	const rw = ambil('NO_RW')
	if (rt && !/^\d{1,3}$/.test(rt)) penolakan.push({ kolom: 'NO_RT', nilai: rt, alasan: 'Nomor RT paling banyak 3 digit angka.' })
	if (rw && !/^\d{1,3}$/.test(rw)) penolakan.push({ kolom: 'NO_RW', nilai: rw, alasan: 'Nomor RW paling banyak 3 digit angka.' })
	penduduk.rt = rt ? pad(rt, 3) : ''
	penduduk.rw = rw ? pad(rw, 3) : ''

	// the contract says "repeats an earlier row": any earlier row, rejected or not
	if (ENAM_BELAS_DIGIT.test(nik) && k.nikTerlihat.tambah(nik)) {
		penolakan.push({ kolom: 'NIK', nilai: nik, alasan: 'NIK sudah muncul pada baris sebelumnya dalam berkas ini.' })
	}
	return penolakan.length ? { ok: false, penolakan } : { ok: true, penduduk }
}

export { KOLOM_PILIHAN }
