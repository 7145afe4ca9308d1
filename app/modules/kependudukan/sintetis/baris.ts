import { KODE, tanggalAcuan } from '../kode'
import { Acak } from './acak'
import {
	AGAMA_KELUARGA,
	aktaCerai,
	aktaKawin,
	aktaLahir,
	disabilitas,
	golonganDarah,
	jenisPekerjaan,
	kia,
	pendidikan,
	statusKtpEl,
} from './atribut'
import { type BarisDkb } from './kolom'
import { bangunKeluarga } from './keluarga'
import { DIDIK } from './kode-sintetis'
import { DUSUN, JALAN, namaAsing, namaLengkap, tempatLahir } from './nama'
import { Penomoran } from './nik'
import { HARI_SETAHUN, dariHari, hariDariTeks, umurYmd, teksTanggal } from './tanggal'

export type DesaSintetis = { kode: string; nama: string }

export type OpsiSintetis = {
	penduduk: number
	/** `2026-1`: birth dates and ages are taken at its reference date */
	semester: string
	/** the desa/kelurahan to spread the residents over, codes like 33.05.01.2001 */
	desa: DesaSintetis[]
	/** same seed and same options: the same rows */
	seed?: number
	/** the town most people were born in (TMPT_LHR); KEBUMEN unless told */
	kota?: string
}

export const SEED_BAKU = 1

const POLA_KODE_DESA = /^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$/
/** ~1% of KKs whose kepala is no longer in the file (moved, died, not yet updated) */
const PELUANG_TANPA_KEPALA = 0.012
/** a handful of foreigners holding a KITAP, ~0.01% */
const PELUANG_WNA = 0.0001
/** KKs are reissued on every change, so most are recent */
const TAHUN_TERBIT_KK = 15

/** Checks the options; the message says what to fix. */
export function periksaOpsiSintetis(opsi: OpsiSintetis): string | null {
	if (!Number.isSafeInteger(opsi.penduduk) || opsi.penduduk < 0) return 'Jumlah penduduk harus bilangan bulat 0 atau lebih.'
	if (!tanggalAcuan(opsi.semester)) return `Semester "${opsi.semester}" tidak sah; tulis seperti 2026-1 atau 2026-2.`
	if (!opsi.desa.length) return 'Daftar desa/kelurahan kosong.'
	const salah = opsi.desa.find((d) => !POLA_KODE_DESA.test(d.kode))
	if (salah) return `Kode desa/kelurahan "${salah.kode}" tidak sah; bentuknya 33.05.01.2001.`
	if (opsi.seed !== undefined && !Number.isSafeInteger(opsi.seed)) return 'Seed harus bilangan bulat.'
	return null
}

type ProfilDesa = {
	kodeKec: string
	wilayah: Pick<BarisDkb, 'NO_PROP' | 'NO_KAB' | 'NO_KEC' | 'NO_KEL'>
	/** per RW: its hamlet or street and its RT numbers */
	rw: { alamat: string; nomor: string; rt: string[] }[]
	kelurahan: boolean
}

/** Kemendagri numbers kelurahan from 1001, desa from 2001. */
function adalahKelurahan(kode: string) {
	return kode.charAt(9) === '1'
}

function tigaDigit(n: number) {
	return n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`
}

/** A desa's hamlets (a kelurahan's streets), each an RW with a few RTs numbered across the desa. */
function profilDesa(acak: Acak, desa: DesaSintetis, jumlah: number): ProfilDesa {
	const [, prop, kab, kec, kel] = POLA_KODE_DESA.exec(desa.kode)!
	const kelurahan = adalahKelurahan(desa.kode)
	const jumlahRw = Math.min(Math.max(Math.ceil(jumlah / 800), 2), 16)
	const nama = kelurahan ? JALAN : DUSUN
	const mulai = kelurahan ? acak.bulat(0, nama.length - 1) : 0
	let rt = 0
	const rw = Array.from({ length: jumlahRw }, (_, i) => ({
		alamat: kelurahan ? nama[(mulai + i) % nama.length]! : `DUSUN ${nama[i % nama.length]}`,
		nomor: tigaDigit(i + 1),
		rt: Array.from({ length: acak.bulat(2, 6) }, () => tigaDigit(++rt)),
	}))
	return {
		kodeKec: `${prop}${kab}${kec}`,
		wilayah: { NO_PROP: String(Number(prop)), NO_KAB: String(Number(kab)), NO_KEC: String(Number(kec)), NO_KEL: String(Number(kel)) },
		rw,
		kelurahan,
	}
}

/**
 * How many residents each desa gets: uneven weights (the busiest desa have 2–4 times the people
 * of the quietest, kelurahan more), rounded on the running total so they add up exactly.
 */
function kuotaDesa(acak: Acak, desa: DesaSintetis[], penduduk: number): number[] {
	const bobot = desa.map((d) => {
		const u = acak.angka()
		return (1 + 3 * u * u) * (adalahKelurahan(d.kode) ? 1.5 : 1)
	})
	const total = bobot.reduce((s, b) => s + b, 0)
	let kumulatif = 0
	let sebelumnya = 0
	return bobot.map((b) => {
		kumulatif += b
		const sampai = Math.round((penduduk * kumulatif) / total)
		const kuota = sampai - sebelumnya
		sebelumnya = sampai
		return kuota
	})
}

/**
 * The rows of a synthetic DKB file, one resident at a time, desa by desa and family by family,
 * so that a file of any size is written without holding it. Deterministic for a seed.
 */
export function* barisSintetis(opsi: OpsiSintetis): Generator<BarisDkb> {
	const masalah = periksaOpsiSintetis(opsi)
	if (masalah) throw new Error(masalah)
	const teksAcuan = tanggalAcuan(opsi.semester)!
	const acuan = hariDariTeks(teksAcuan)
	const acuanYmd = dariHari(acuan)
	const kota = opsi.kota ?? 'KEBUMEN'
	const acak = new Acak(opsi.seed ?? SEED_BAKU)
	const nomor = new Penomoran()
	const kuota = kuotaDesa(acak, opsi.desa, opsi.penduduk)
	const terbitPaling = acuan - Math.floor(TAHUN_TERBIT_KK * HARI_SETAHUN)

	for (let d = 0; d < opsi.desa.length; d++) {
		let sisa = kuota[d]!
		if (sisa === 0) continue
		const profil = profilDesa(acak, opsi.desa[d]!, sisa)
		while (sisa > 0) {
			// the desa's last places go to a family that fits, rather than to half a family
			let anggota = bangunKeluarga(acak, acuan)
			for (let coba = 0; anggota.length > sisa && coba < 30; coba++) anggota = bangunKeluarga(acak, acuan)
			// the card is reissued when the youngest joined, and not before this decade-and-a-half
			const termuda = anggota.reduce((m, a) => Math.max(m, a.lahir), terbitPaling)
			const terbit = termuda + Math.floor(acak.angka() * (acuan - termuda + 1))
			if (anggota.length > 1 && acak.peluang(PELUANG_TANPA_KEPALA)) anggota = anggota.slice(1)
			if (anggota.length > sisa) anggota = anggota.slice(0, sisa)
			sisa -= anggota.length

			const noKk = nomor.noKk(profil.kodeKec, dariHari(terbit))
			const agama = AGAMA_KELUARGA.ambil(acak)
			const rw = acak.pilih(profil.rw)
			const alamat = profil.kelurahan && acak.peluang(0.6) ? `${rw.alamat} NO. ${acak.bulat(1, 150)}` : rw.alamat
			const rt = acak.pilih(rw.rt)

			for (const orang of anggota) {
				const lahir = dariHari(orang.lahir)
				const umur = umurYmd(lahir, acuanYmd)
				const asing = umur >= 18 && acak.peluang(PELUANG_WNA)
				const didik = pendidikan(acak, umur)
				const gelar = didik >= DIDIK.s1 && acak.peluang(0.1)
				yield {
					NIK: nomor.nik(profil.kodeKec, lahir, orang.perempuan),
					NO_KK: noKk,
					NAMA_LGKP: asing ? namaAsing(acak) : namaLengkap(acak, orang.perempuan, Math.floor(lahir / 10000), gelar),
					JENIS_KLMIN: String(orang.perempuan ? KODE.perempuan : KODE.lakiLaki),
					TMPT_LHR: tempatLahir(acak, kota, asing),
					TGL_LHR: teksTanggal(lahir),
					GOL_DRH: String(golonganDarah(acak)),
					AGAMA: String(agama),
					STAT_KWN: String(orang.kawin),
					STAT_HBKEL: String(orang.hubungan),
					PDDK_AKH: String(didik),
					JENIS_PKRJN: String(jenisPekerjaan(acak, umur, orang.perempuan, didik, orang.kawin)),
					PNYDNG_CACAT: String(disabilitas(acak, umur)),
					KWRNGRN: String(asing ? KODE.wna : KODE.wni),
					NO_PROP: profil.wilayah.NO_PROP,
					NO_KAB: profil.wilayah.NO_KAB,
					NO_KEC: profil.wilayah.NO_KEC,
					NO_KEL: profil.wilayah.NO_KEL,
					ALAMAT: alamat,
					NO_RT: rt,
					NO_RW: rw.nomor,
					AKTA_LHR: String(aktaLahir(acak, umur)),
					AKTA_KWN: String(aktaKawin(acak, umur, orang.kawin)),
					AKTA_CRAI: String(aktaCerai(acak, orang.kawin)),
					STAT_KTP_EL: String(statusKtpEl(acak, umur, orang.kawin)),
					KIA: String(kia(acak, umur, orang.kawin)),
				}
			}
		}
	}
}
