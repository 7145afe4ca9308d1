/**
 * Working-day arithmetic on calendar dates (`YYYY-MM-DD`), shared by server and browser.
 * A working day is Monday to Friday and not in `libur` (national holidays and cuti bersama).
 * Dates are whole days without a time zone; callers first take "today" in the office's zone.
 */

const POLA_TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_SEHARI = 86_400_000
/** Epoch day 4 (1970-01-05) was a Monday. */
const SENIN_ACUAN = 4

/** Days since 1970-01-01; a malformed or non-existent date throws. */
function keHari(tanggal: string) {
	const m = POLA_TANGGAL.exec(tanggal)
	const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN
	if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== tanggal) throw new RangeError(`Tanggal tidak sah: ${tanggal}`)
	return ms / MS_SEHARI
}

function keTanggal(hari: number) {
	return new Date(hari * MS_SEHARI).toISOString().slice(0, 10)
}

/** 0 = Senin … 6 = Minggu. */
function urutanHari(hari: number) {
	return (((hari - SENIN_ACUAN) % 7) + 7) % 7
}

/** The date `hari` calendar days later (earlier when negative). */
export function geserTanggal(tanggal: string, hari: number) {
	return keTanggal(keHari(tanggal) + hari)
}

export function isAkhirPekan(tanggal: string) {
	return urutanHari(keHari(tanggal)) >= 5
}

export function isHariKerja(tanggal: string, libur: ReadonlySet<string>) {
	return !isAkhirPekan(tanggal) && !libur.has(tanggal)
}

/**
 * The date `n` working days after `tanggal` (before it when n is negative). `tanggal` itself is
 * never counted, so a letter received on Friday with a 1-day deadline is due on Monday; n = 0
 * returns `tanggal` unchanged.
 */
export function tambahHariKerja(tanggal: string, n: number, libur: ReadonlySet<string>) {
	if (!Number.isSafeInteger(n)) throw new RangeError(`Jumlah hari kerja harus bilangan bulat: ${n}`)
	let hari = keHari(tanggal)
	const langkah = n < 0 ? -1 : 1
	for (let sisa = Math.abs(n); sisa > 0; ) {
		hari += langkah
		if (urutanHari(hari) < 5 && !libur.has(keTanggal(hari))) sisa -= 1
	}
	return keTanggal(hari)
}

/** Monday-to-Friday days from the reference Monday up to and including `hari`. */
function hariBiasaSampai(hari: number) {
	const relatif = hari - SENIN_ACUAN
	const minggu = Math.floor(relatif / 7)
	return minggu * 5 + Math.min(relatif - minggu * 7 + 1, 5)
}

/**
 * The working days after `dari` up to and including `sampai` (so the same day gives 0, Friday to
 * Monday gives 1), matching `tambahHariKerja`: hitungHariKerja(d, tambahHariKerja(d, n)) === n.
 * Negative when `sampai` is before `dari` (e.g. days overdue).
 */
export function hitungHariKerja(dari: string, sampai: string, libur: ReadonlySet<string>): number {
	const a = keHari(dari)
	const b = keHari(sampai)
	if (b < a) return -hitungHariKerja(sampai, dari, libur)
	let jumlah = hariBiasaSampai(b) - hariBiasaSampai(a)
	for (const tanggal of libur) {
		if (!POLA_TANGGAL.test(tanggal)) continue
		const hari = keHari(tanggal)
		if (hari > a && hari <= b && urutanHari(hari) < 5) jumlah -= 1
	}
	return jumlah
}
