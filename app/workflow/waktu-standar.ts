/**
 * Time standards (mutu baku WAKTU) measured on the office's calendar: service minutes count only
 * inside the service hours of an open day, whole working days end at the day's closing time.
 *
 * Pure functions, shared by server and browser. Instants are JS Dates (UTC); calendar days and
 * clock times are taken in the office's time zone with Intl, so any IANA zone works (also one with
 * daylight saving time, though the Indonesian ones have none). Every loop steps a whole day at a
 * time, so a span of weeks or months costs a few dozen iterations.
 *
 * An open day ("hari layanan", also the working day of a `hariKerja` standard) is a day whose
 * weekday has service hours in `jamLayanan` and that is not in `libur`. With the usual Monday to
 * Friday hours this is exactly `isHariKerja` from `~/utils/hari-kerja`; an office that also serves
 * on Saturday counts Saturday too.
 */
import type { Waktu } from './definisi/jenis'
import { geserTanggal } from '~/utils/hari-kerja'

/** One day's service hours, as `JamLayanan` in the office profile: hari 1 (Senin) … 7 (Minggu). */
export type JamLayananHari = { hari: number; buka: string; tutup: string }

export type Kalender = {
	/** Weekdays not listed are closed; a weekday may be listed twice (e.g. around a break). */
	jamLayanan: readonly JamLayananHari[]
	/** Holidays and cuti bersama, `YYYY-MM-DD`; it must cover the span being measured. */
	libur: ReadonlySet<string>
	/** IANA zone of the office, e.g. `Asia/Jakarta`. */
	zonaWaktu: string
}

export type StatusWaktu = 'dalam' | 'hampir' | 'lewat'

const MS_MENIT = 60_000
const POLA_JAM = /^([01]\d|2[0-3]):([0-5]\d)$/
/** From this share of the allowed span on, a task is "hampir" (nearly) late. */
export const AMBANG_HAMPIR = 0.8

// ---------------------------------------------------------------------------------------------
// Time zone helpers

const formatZona = new Map<string, Intl.DateTimeFormat>()

function formatUntuk(zonaWaktu: string) {
	let format = formatZona.get(zonaWaktu)
	if (!format) {
		try {
			format = new Intl.DateTimeFormat('en-US', {
				timeZone: zonaWaktu,
				hourCycle: 'h23',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				second: '2-digit',
			})
		} catch {
			throw new RangeError(`Zona waktu tidak dikenal: ${zonaWaktu}`)
		}
		formatZona.set(zonaWaktu, format)
	}
	return format
}

/** The wall clock in `zonaWaktu` at instant `ms`, as if it were UTC (whole seconds). */
function jamDindingSebagaiUtc(ms: number, zonaWaktu: string) {
	const bagian: Record<string, number> = {}
	for (const p of formatUntuk(zonaWaktu).formatToParts(new Date(ms))) {
		if (p.type !== 'literal') bagian[p.type] = Number(p.value)
	}
	return Date.UTC(bagian.year!, bagian.month! - 1, bagian.day!, bagian.hour!, bagian.minute!, bagian.second!)
}

/** Offset of the zone from UTC at instant `ms`, in milliseconds (WIB: +7 h). */
function selisihZona(ms: number, zonaWaktu: string) {
	const detik = Math.floor(ms / 1000) * 1000
	return jamDindingSebagaiUtc(detik, zonaWaktu) - detik
}

/** The calendar date (`YYYY-MM-DD`) of an instant in the office's zone. */
export function tanggalLokal(instan: Date, zonaWaktu: string) {
	return new Date(jamDindingSebagaiUtc(msDari(instan, 'instan'), zonaWaktu)).toISOString().slice(0, 10)
}

/** Instants of local wall times already computed, `zona|tanggal|menit` → ms (pure, so safe to keep). */
const cacheInstan = new Map<string, number>()
const BATAS_CACHE = 20_000

/**
 * The instant of a local wall time (`menitLokal` minutes after midnight of `tanggal`) in the zone.
 * The offset is looked up twice so a day on which daylight saving time changes still comes out
 * right; a wall time inside the change itself (never service hours in practice) takes one of the
 * two candidates.
 */
function keInstan(tanggal: string, menitLokal: number, zonaWaktu: string) {
	const kunci = `${zonaWaktu}|${tanggal}|${menitLokal}`
	let ms = cacheInstan.get(kunci)
	if (ms === undefined) {
		const dinding = Date.parse(`${tanggal}T00:00:00Z`) + menitLokal * MS_MENIT
		ms = dinding - selisihZona(dinding - selisihZona(dinding, zonaWaktu), zonaWaktu)
		// Intl is the slow part; a list of tasks asks for the same few days over and over.
		if (cacheInstan.size >= BATAS_CACHE) cacheInstan.clear()
		cacheInstan.set(kunci, ms)
	}
	return ms
}

// ---------------------------------------------------------------------------------------------
// Calendar

type Rentang = { buka: number; tutup: number }

/** Service intervals per weekday (index 1 = Senin … 7 = Minggu), in local minutes, sorted. */
type Pola = Rentang[][]

function menitDari(jam: string, hari: number) {
	const m = POLA_JAM.exec(jam)
	if (!m) throw new RangeError(`Jam layanan hari ${hari} tidak sah: "${jam}" (harus JJ:MM).`)
	return Number(m[1]) * 60 + Number(m[2])
}

function polaDari(jamLayanan: readonly JamLayananHari[]): Pola {
	const pola: Pola = [[], [], [], [], [], [], [], []]
	for (const { hari, buka, tutup } of jamLayanan) {
		if (!Number.isInteger(hari) || hari < 1 || hari > 7) throw new RangeError(`Hari layanan tidak sah: ${hari} (harus 1–7).`)
		const rentang = { buka: menitDari(buka, hari), tutup: menitDari(tutup, hari) }
		if (rentang.tutup <= rentang.buka) throw new RangeError(`Jam tutup hari ${hari} (${tutup}) harus setelah jam buka (${buka}).`)
		pola[hari]!.push(rentang)
	}
	if (pola.every((r) => r.length === 0)) {
		throw new Error('Kalender layanan tidak memiliki hari buka: isi jam layanan kantor lebih dahulu.')
	}
	// Sorted, with overlapping or touching intervals of one weekday merged, so nothing counts twice.
	return pola.map((hari) =>
		hari
			.sort((a, b) => a.buka - b.buka)
			.reduce<Rentang[]>((gabung, r) => {
				const akhir = gabung[gabung.length - 1]
				if (akhir && r.buka <= akhir.tutup) akhir.tutup = Math.max(akhir.tutup, r.tutup)
				else gabung.push({ ...r })
				return gabung
			}, []),
	)
}

/**
 * What a normal week (no holidays) offers: open days and service minutes. Callers use it to size
 * the holiday range to load; a week without service hours throws like the calculations do.
 */
export function kapasitasPekan(jamLayanan: readonly JamLayananHari[]) {
	const pola = polaDari(jamLayanan)
	return {
		hari: pola.filter((r) => r.length > 0).length,
		menit: pola.flat().reduce((jumlah, r) => jumlah + r.tutup - r.buka, 0),
	}
}

/** 1 = Senin … 7 = Minggu. */
function hariDalamPekan(tanggal: string) {
	return new Date(`${tanggal}T00:00:00Z`).getUTCDay() || 7
}

/** The service intervals of a date as instants (ms); empty on a closed day or a holiday. */
function rentangHari(tanggal: string, pola: Pola, kalender: Kalender): Rentang[] {
	if (kalender.libur.has(tanggal)) return []
	return pola[hariDalamPekan(tanggal)]!.map((r) => ({
		buka: keInstan(tanggal, r.buka, kalender.zonaWaktu),
		tutup: keInstan(tanggal, r.tutup, kalender.zonaWaktu),
	}))
}

/**
 * Walks the dates from `tanggal` on and calls `kunjungi` with each open day's intervals until it
 * returns a result. Only closed days can make the walk long. The week has an open weekday
 * (checked by `polaDari`), so every 7 closed days in a row hide at least one holiday; with a finite
 * `libur` a run of 7 × (libur.size + 1) closed days cannot happen, and the guard turns a broken
 * calendar into an error instead of a hang.
 */
function jelajahi<T>(tanggal: string, pola: Pola, kalender: Kalender, kunjungi: (rentang: Rentang[], tanggal: string) => T | undefined): T {
	const batasTutup = 7 * (kalender.libur.size + 1)
	for (let hari = tanggal, tutupBeruntun = 0; ; hari = geserTanggal(hari, 1)) {
		const rentang = rentangHari(hari, pola, kalender)
		if (rentang.length === 0) {
			tutupBeruntun += 1
			if (tutupBeruntun >= batasTutup) throw new Error(`Kalender layanan tidak memiliki hari buka setelah ${tanggal}.`)
			continue
		}
		tutupBeruntun = 0
		const hasil = kunjungi(rentang, hari)
		if (hasil !== undefined) return hasil
	}
}

function msDari(tanggal: Date, nama: string) {
	const ms = tanggal.getTime()
	if (Number.isNaN(ms)) throw new RangeError(`Waktu ${nama} tidak sah.`)
	return ms
}

// ---------------------------------------------------------------------------------------------
// Public functions

/**
 * Service minutes between two instants: the time inside service hours on open days. 0 when
 * `sampai` is not after `dari`. Not rounded (seconds count as fractions of a minute).
 */
export function menitLayanan(dari: Date, sampai: Date, kalender: Kalender): number {
	const a = msDari(dari, 'awal')
	const b = msDari(sampai, 'akhir')
	if (b <= a) return 0
	const pola = polaDari(kalender.jamLayanan)
	const akhir = tanggalLokal(sampai, kalender.zonaWaktu)
	let ms = 0
	for (let hari = tanggalLokal(dari, kalender.zonaWaktu); hari <= akhir; hari = geserTanggal(hari, 1)) {
		for (const r of rentangHari(hari, pola, kalender)) {
			const mulai = Math.max(r.buka, a)
			const selesai = Math.min(r.tutup, b)
			if (selesai > mulai) ms += selesai - mulai
		}
	}
	return ms / MS_MENIT
}

/**
 * The instant at which `menit` service minutes have passed since `mulai`. Counting starts at
 * `mulai` when it falls in service hours, otherwise at the next opening (so 0 minutes outside hours
 * gives the next opening). Work that fills a day exactly ends at that day's closing time.
 */
export function tambahMenitLayanan(mulai: Date, menit: number, kalender: Kalender): Date {
	const awal = msDari(mulai, 'mulai')
	if (!Number.isFinite(menit) || menit < 0) throw new RangeError(`Jumlah menit harus bilangan tidak negatif: ${menit}`)
	const pola = polaDari(kalender.jamLayanan)
	let sisa = menit * MS_MENIT
	const ms = jelajahi(tanggalLokal(mulai, kalender.zonaWaktu), pola, kalender, (rentang) => {
		for (const r of rentang) {
			const dari = Math.max(r.buka, awal)
			if (dari >= r.tutup) continue
			if (sisa <= r.tutup - dari) return dari + sisa
			sisa -= r.tutup - dari
		}
		return undefined
	})
	return new Date(ms)
}

/**
 * The closing time of the `n`-th open day after the (local) day of `mulai`. The day of arrival is
 * never counted, whatever the hour: a step received on Monday with 1 hari kerja is due on Tuesday
 * at closing; one received on Friday or on Saturday is due on Monday at closing (holidays and
 * closed days skipped). This matches `tambahHariKerja` for dates.
 *
 * n = 0 means "by closing today": the closing of the day of `mulai`, or of the next open day when
 * `mulai` falls on a closed day or after that day's closing.
 */
export function tenggatHariKerja(mulai: Date, n: number, kalender: Kalender): Date {
	const awal = msDari(mulai, 'mulai')
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Jumlah hari kerja harus bilangan bulat tidak negatif: ${n}`)
	const pola = polaDari(kalender.jamLayanan)
	const hariMulai = tanggalLokal(mulai, kalender.zonaWaktu)
	let sisa = n
	const ms = jelajahi(hariMulai, pola, kalender, (rentang, hari) => {
		const tutup = rentang[rentang.length - 1]!.tutup
		if (n === 0) return tutup >= awal ? tutup : undefined
		if (hari === hariMulai) return undefined
		sisa -= 1
		return sisa === 0 ? tutup : undefined
	})
	return new Date(ms)
}

/** The deadline of a time standard started at `mulai`. */
export function tenggat(mulai: Date, waktu: Waktu, kalender: Kalender): Date {
	return 'menit' in waktu ? tambahMenitLayanan(mulai, waktu.menit, kalender) : tenggatHariKerja(mulai, waktu.hariKerja, kalender)
}

/**
 * Where a running task stands: `lewat` after its deadline, `hampir` once 80% of the span from
 * `mulai` to `tenggat` has passed, otherwise `dalam`. The deadline itself is still on time. The
 * span is measured on the wall clock, or in service minutes when `kalender` is given (so a night
 * or a long weekend does not use up the share of a task due the next morning).
 */
export function statusWaktu({ mulai, tenggat, sekarang, kalender }: { mulai: Date; tenggat: Date; sekarang: Date; kalender?: Kalender }): StatusWaktu {
	const akhir = msDari(tenggat, 'tenggat')
	const kini = msDari(sekarang, 'sekarang')
	if (kini > akhir) return 'lewat'
	const rentang = kalender ? menitLayanan(mulai, tenggat, kalender) : (akhir - msDari(mulai, 'mulai')) / MS_MENIT
	const berjalan = kalender ? menitLayanan(mulai, sekarang, kalender) : (kini - msDari(mulai, 'mulai')) / MS_MENIT
	return rentang <= 0 || berjalan / rentang >= AMBANG_HAMPIR ? 'hampir' : 'dalam'
}

/** Whether work started at `mulai` and finished at `selesai` met its time standard. */
export function dalamStandar(mulai: Date, selesai: Date, waktu: Waktu, kalender: Kalender): boolean {
	return msDari(selesai, 'selesai') <= tenggat(mulai, waktu, kalender).getTime()
}
