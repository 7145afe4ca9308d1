import { type Acak, Bobot } from './acak'
import { HUB, KAWIN } from './kode-sintetis'
import { HARI_SETAHUN } from './tanggal'

/**
 * One household (one KK) as people: their place in the family, sex, birth day and marital status.
 * Everything else about a person (schooling, work, documents) follows from these in atribut.ts.
 *
 * The household types and their weights are tuned so that, over many families, the residents
 * look like Central Java: about a quarter under 15, about 8% over 65, slightly more men than
 * women, about 3.2 people a KK. Parents are 18–45 years older than their children.
 */
export type Anggota = {
	hubungan: number
	perempuan: boolean
	/** days since 1970-01-01 */
	lahir: number
	kawin: number
}

const MAKS_ANGGOTA = 7
/** 18 and 45 whole years in days, whatever the leap days in between */
const JARAK_ORANG_TUA_MIN = Math.ceil(18 * HARI_SETAHUN)
const JARAK_ORANG_TUA_MAKS = 45 * 365

type Jenis = 'inti' | 'lansia' | 'tigaGenerasi' | 'tunggalMuda' | 'tunggalTua' | 'orangTuaTunggal'
const JENIS = new Bobot<Jenis>([
	['inti', 61],
	['lansia', 9],
	['tigaGenerasi', 9],
	['tunggalMuda', 6],
	['tunggalTua', 5],
	['orangTuaTunggal', 10],
])

/** `[lowest age of the 5-year band, weight]` */
type Band = readonly (readonly [number, number])[]
const UMUR_KEPALA_INTI: Band = [[20, 3], [25, 9], [30, 13], [35, 14], [40, 14], [45, 13], [50, 12], [55, 10], [60, 8], [65, 4]]
const UMUR_KEPALA_LANSIA: Band = [[60, 30], [65, 25], [70, 20], [75, 13], [80, 8], [85, 3], [90, 1]]
const UMUR_KEPALA_TIGA_GENERASI: Band = [[45, 8], [50, 16], [55, 20], [60, 20], [65, 16], [70, 12], [75, 8]]
const UMUR_TUNGGAL_MUDA: Band = [[19, 25], [25, 30], [30, 20], [35, 15], [40, 10]]
const UMUR_TUNGGAL_TUA: Band = [[55, 10], [60, 18], [65, 22], [70, 20], [75, 15], [80, 9], [85, 4], [90, 1.5], [95, 0.5]]
const UMUR_ORANG_TUA_TUNGGAL: Band = [[25, 5], [30, 10], [35, 14], [40, 16], [45, 16], [50, 14], [55, 11], [60, 8], [65, 6]]

const bandBobot = new Map<Band, Bobot<number>>()
/** A birth day for an age drawn from the bands, spread evenly inside the band. */
function lahirDariBand(acak: Acak, acuan: number, band: Band): number {
	let bobot = bandBobot.get(band)
	if (!bobot) {
		bobot = new Bobot(band)
		bandBobot.set(band, bobot)
	}
	return lahirUmur(acak, acuan, bobot.ambil(acak), 5)
}

/** Born between `umur` and `umur + rentang` years before the reference day. */
function lahirUmur(acak: Acak, acuan: number, umur: number, rentang: number): number {
	return acuan - Math.floor((umur + acak.angka() * rentang) * HARI_SETAHUN)
}

function umurTahun(lahir: number, acuan: number) {
	return (acuan - lahir) / HARI_SETAHUN
}

/** Years the wife is younger than the husband. */
const SELISIH_PASANGAN = new Bobot<number>([[-3, 2], [-2, 3], [-1, 5], [0, 8], [1, 11], [2, 13], [3, 13], [4, 11], [5, 9], [6, 7], [7, 5], [8, 4], [10, 3], [12, 2]])

function lahirIstri(acak: Acak, acuan: number, suami: number): number {
	const lahir = suami + Math.floor((SELISIH_PASANGAN.ambil(acak) + acak.angka()) * HARI_SETAHUN)
	// nobody marries before 16 here
	return Math.min(lahir, acuan - Math.floor((16 + acak.angka()) * HARI_SETAHUN))
}

const JUMLAH_ANAK = new Bobot<number>([[0, 5], [1, 15], [2, 38], [3, 25], [4, 11], [5, 6]])

/**
 * Birth days of the children of parents born on `a` and `b` (the same day for one parent): the
 * first 19–27 years after the younger parent, then every 2–6 years, never more than 45 years
 * after the older one nor after the reference day. Eldest first.
 */
function lahirAnak(acak: Acak, acuan: number, a: number, b: number, jumlah: number): number[] {
	const muda = Math.max(a, b)
	const tua = Math.min(a, b)
	const akhir = Math.min(tua + JARAK_ORANG_TUA_MAKS, muda + Math.floor(42 * HARI_SETAHUN), acuan)
	let t = Math.max(muda + JARAK_ORANG_TUA_MIN, muda + Math.floor((19 + acak.angka() * 8) * HARI_SETAHUN))
	const hasil: number[] = []
	for (let i = 0; i < jumlah && t <= akhir; i++) {
		hasil.push(t)
		t += Math.floor((2 + acak.angka() * 4) * HARI_SETAHUN)
	}
	return hasil
}

/** Whether a grown child still lives in the parents' KK: daughters marry earlier and leave sooner. */
function masihSerumah(acak: Acak, umur: number, perempuan: boolean): boolean {
	if (umur < 18) return true
	const p = umur < 25 ? 0.66 : umur < 35 ? 0.24 : 0.05
	return acak.peluang(perempuan ? p * 0.85 : p)
}

/** The marital status of someone whose spouse is not in this KK. */
function kawinSendiri(acak: Acak, umur: number, perempuan: boolean): number {
	if (umur < 16) return KAWIN.belum
	if (umur < 19) return acak.peluang(0.03) ? KAWIN.kawin : KAWIN.belum
	const u = acak.angka()
	if (umur < 30) return u < 0.8 ? KAWIN.belum : u < 0.9 ? KAWIN.ceraiHidup : KAWIN.kawin
	if (umur < 55) return u < 0.45 ? KAWIN.belum : u < 0.7 ? KAWIN.ceraiHidup : u < 0.85 ? KAWIN.ceraiMati : KAWIN.kawin
	// widowhood comes later and more often to women
	return u < 0.08 ? KAWIN.belum : u < 0.2 ? KAWIN.ceraiHidup : u < (perempuan ? 0.95 : 0.85) ? KAWIN.ceraiMati : KAWIN.kawin
}

function anak(acak: Acak, lahir: number): Anggota {
	return { hubungan: HUB.anak, perempuan: acak.peluang(0.485), lahir, kawin: KAWIN.belum }
}

/** The children still at home, with their own status once grown. */
function anakSerumah(acak: Acak, acuan: number, lahir: number[]): Anggota[] {
	const hasil: Anggota[] = []
	for (const l of lahir) {
		const umur = umurTahun(l, acuan)
		const a = anak(acak, l)
		if (!masihSerumah(acak, umur, a.perempuan)) continue
		if (umur >= 16) a.kawin = statusAnakDewasa(acak, umur)
		hasil.push(a)
	}
	return hasil
}

/** Grown children at home are mostly single; some came back after a divorce. */
function statusAnakDewasa(acak: Acak, umur: number): number {
	if (umur < 19) return acak.peluang(0.015) ? KAWIN.kawin : KAWIN.belum
	const u = acak.angka()
	return u < 0.88 ? KAWIN.belum : u < 0.96 ? KAWIN.ceraiHidup : u < 0.98 && umur > 28 ? KAWIN.ceraiMati : KAWIN.kawin
}

/** The kepala's parent, or the wife's (mertua): widowed mostly, sometimes both as a couple. */
function orangTua(acak: Acak, acuan: number, anakLahir: number, hubungan: number): Anggota[] {
	const ibu = anakLahir - Math.floor((20 + acak.angka() * 18) * HARI_SETAHUN)
	if (umurTahun(ibu, acuan) > 98) return []
	if (acak.peluang(0.25)) {
		const ayah = Math.max(ibu - Math.floor((1 + acak.angka() * 6) * HARI_SETAHUN), anakLahir - JARAK_ORANG_TUA_MAKS)
		return [
			{ hubungan, perempuan: false, lahir: ayah, kawin: KAWIN.kawin },
			{ hubungan, perempuan: true, lahir: ibu, kawin: KAWIN.kawin },
		]
	}
	const perempuan = acak.peluang(0.68)
	return [{ hubungan, perempuan, lahir: ibu, kawin: acak.peluang(0.9) ? KAWIN.ceraiMati : KAWIN.ceraiHidup }]
}

function orangLain(acak: Acak, acuan: number, hubungan: number, umurMin: number, umurMaks: number, perempuan: boolean): Anggota {
	const lahir = lahirUmur(acak, acuan, umurMin, umurMaks - umurMin)
	return { hubungan, perempuan, lahir, kawin: kawinSendiri(acak, umurTahun(lahir, acuan), perempuan) }
}

/** Relatives and others who sometimes live in a KK. */
function tambahan(acak: Acak, acuan: number, kepala: Anggota, pasangan: Anggota | null): Anggota[] {
	const hasil: Anggota[] = []
	if (umurTahun(kepala.lahir, acuan) < 62 && acak.peluang(0.08)) {
		const dariPasangan = pasangan !== null && acak.peluang(0.4)
		hasil.push(...orangTua(acak, acuan, dariPasangan ? pasangan.lahir : kepala.lahir, dariPasangan ? HUB.mertua : HUB.orangTua))
	}
	if (acak.peluang(0.03)) hasil.push(orangLain(acak, acuan, HUB.familiLain, 3, 70, acak.peluang(0.5)))
	if (acak.peluang(0.003)) hasil.push(orangLain(acak, acuan, HUB.pembantu, 18, 55, acak.peluang(0.85)))
	if (acak.peluang(0.002)) hasil.push(orangLain(acak, acuan, HUB.lainnya, 18, 60, acak.peluang(0.5)))
	return hasil
}

/** A married couple heading the KK: almost always the husband, now and then the wife. */
function pasanganKepala(acak: Acak, acuan: number, band: Band): [Anggota, Anggota] {
	const suami = lahirDariBand(acak, acuan, band)
	const istri = lahirIstri(acak, acuan, suami)
	if (acak.peluang(0.015)) {
		return [
			{ hubungan: HUB.kepala, perempuan: true, lahir: istri, kawin: KAWIN.kawin },
			{ hubungan: HUB.suami, perempuan: false, lahir: suami, kawin: KAWIN.kawin },
		]
	}
	return [
		{ hubungan: HUB.kepala, perempuan: false, lahir: suami, kawin: KAWIN.kawin },
		{ hubungan: HUB.istri, perempuan: true, lahir: istri, kawin: KAWIN.kawin },
	]
}

function inti(acak: Acak, acuan: number): Anggota[] {
	const [kepala, pasangan] = pasanganKepala(acak, acuan, UMUR_KEPALA_INTI)
	const anakAnak = anakSerumah(acak, acuan, lahirAnak(acak, acuan, kepala.lahir, pasangan.lahir, JUMLAH_ANAK.ambil(acak)))
	return [kepala, pasangan, ...anakAnak, ...tambahan(acak, acuan, kepala, pasangan)]
}

function lansia(acak: Acak, acuan: number): Anggota[] {
	const [kepala, pasangan] = pasanganKepala(acak, acuan, UMUR_KEPALA_LANSIA)
	const hasil = [kepala, pasangan]
	if (acak.peluang(0.4)) {
		// one grown child who stayed with the old parents
		const dewasa = lahirAnak(acak, acuan, kepala.lahir, pasangan.lahir, 4).filter((l) => umurTahun(l, acuan) >= 18)
		if (dewasa.length) {
			const lahir = acak.pilih(dewasa)
			const a = anak(acak, lahir)
			a.kawin = statusAnakDewasa(acak, umurTahun(lahir, acuan))
			hasil.push(a)
		}
	}
	return hasil
}

/** Old parents, a married child with the child's spouse (menantu) and their children (cucu). */
function tigaGenerasi(acak: Acak, acuan: number): Anggota[] {
	let kepala: Anggota
	let pasangan: Anggota | null = null
	if (acak.peluang(0.75)) {
		;[kepala, pasangan] = pasanganKepala(acak, acuan, UMUR_KEPALA_TIGA_GENERASI)
	} else {
		const perempuan = acak.peluang(0.6)
		kepala = { hubungan: HUB.kepala, perempuan, lahir: lahirDariBand(acak, acuan, UMUR_KEPALA_TIGA_GENERASI), kawin: KAWIN.ceraiMati }
	}
	const lahirSemua = lahirAnak(acak, acuan, kepala.lahir, pasangan?.lahir ?? kepala.lahir, 2 + JUMLAH_ANAK.ambil(acak))
	const iKawin = lahirSemua.findIndex((l) => umurTahun(l, acuan) >= 17)
	const hasil: Anggota[] = pasangan ? [kepala, pasangan] : [kepala]
	if (iKawin < 0) return [...hasil, ...anakSerumah(acak, acuan, lahirSemua)]

	const kawin = anak(acak, lahirSemua[iKawin]!)
	kawin.kawin = KAWIN.kawin
	const lahirMenantu = kawin.perempuan
		? Math.max(kawin.lahir - Math.floor((SELISIH_PASANGAN.ambil(acak) + acak.angka()) * HARI_SETAHUN), acuan - Math.floor(98 * HARI_SETAHUN))
		: lahirIstri(acak, acuan, kawin.lahir)
	const menantu: Anggota = { hubungan: HUB.menantu, perempuan: !kawin.perempuan, lahir: lahirMenantu, kawin: KAWIN.kawin }
	const lain = anakSerumah(acak, acuan, lahirSemua.filter((_, i) => i !== iKawin))
	const cucu = lahirAnak(acak, acuan, kawin.lahir, menantu.lahir, JUMLAH_ANAK.ambil(acak))
		.filter((l) => umurTahun(l, acuan) < 25)
		.map((l): Anggota => ({ ...anak(acak, l), hubungan: HUB.cucu }))
	return [...hasil, kawin, ...lain, menantu, ...cucu]
}

function tunggal(acak: Acak, acuan: number, band: Band, peluangPerempuan: number): Anggota[] {
	const perempuan = acak.peluang(peluangPerempuan)
	const lahir = lahirDariBand(acak, acuan, band)
	return [{ hubungan: HUB.kepala, perempuan, lahir, kawin: kawinSendiri(acak, umurTahun(lahir, acuan), perempuan) }]
}

/** A widowed or divorced parent, mostly the mother, with the children. */
function orangTuaTunggal(acak: Acak, acuan: number): Anggota[] {
	const perempuan = acak.peluang(0.6)
	const lahir = lahirDariBand(acak, acuan, UMUR_ORANG_TUA_TUNGGAL)
	const umur = umurTahun(lahir, acuan)
	const peluangMati = umur < 40 ? 0.35 : umur < 55 ? 0.6 : 0.85
	const kepala: Anggota = { hubungan: HUB.kepala, perempuan, lahir, kawin: acak.peluang(peluangMati) ? KAWIN.ceraiMati : KAWIN.ceraiHidup }
	const anakAnak = anakSerumah(acak, acuan, lahirAnak(acak, acuan, lahir, lahir, 1 + JUMLAH_ANAK.ambil(acak)))
	return [kepala, ...anakAnak, ...tambahan(acak, acuan, kepala, null)]
}

/** One household, kepala first, then in the order of STAT_HBKEL; at most seven people. */
export function bangunKeluarga(acak: Acak, acuan: number): Anggota[] {
	let anggota: Anggota[]
	switch (JENIS.ambil(acak)) {
		case 'inti':
			anggota = inti(acak, acuan)
			break
		case 'lansia':
			anggota = lansia(acak, acuan)
			break
		case 'tigaGenerasi':
			anggota = tigaGenerasi(acak, acuan)
			break
		case 'tunggalMuda':
			anggota = tunggal(acak, acuan, UMUR_TUNGGAL_MUDA, 0.3)
			break
		case 'tunggalTua':
			anggota = tunggal(acak, acuan, UMUR_TUNGGAL_TUA, 0.62)
			break
		case 'orangTuaTunggal':
			anggota = orangTuaTunggal(acak, acuan)
			break
	}
	// stable: children stay eldest first
	anggota.sort((a, b) => a.hubungan - b.hubungan)
	return anggota.length > MAKS_ANGGOTA ? anggota.slice(0, MAKS_ANGGOTA) : anggota
}
