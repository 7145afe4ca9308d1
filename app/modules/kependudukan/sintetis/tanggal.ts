/**
 * Dates as whole days since 1970-01-01 and as packed `YYYYMMDD` numbers: a million and a half
 * birth dates are computed here, and `Date` objects would cost more than the rest of a row.
 * The conversions are Howard Hinnant's `days_from_civil` and `civil_from_days`.
 */

/** Roughly a year, in days, for ranges of ages. */
export const HARI_SETAHUN = 365.25

export function keHari(tahun: number, bulan: number, hari: number): number {
	const y = bulan <= 2 ? tahun - 1 : tahun
	const era = Math.floor(y / 400)
	const yoe = y - era * 400
	const doy = Math.floor((153 * (bulan + (bulan > 2 ? -3 : 9)) + 2) / 5) + hari - 1
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
	return era * 146097 + doe - 719468
}

/** `YYYYMMDD` as one number, e.g. 20260630. */
export function dariHari(n: number): number {
	const z = n + 719468
	const era = Math.floor(z / 146097)
	const doe = z - era * 146097
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
	const mp = Math.floor((5 * doy + 2) / 153)
	const hari = doy - Math.floor((153 * mp + 2) / 5) + 1
	const bulan = mp < 10 ? mp + 3 : mp - 9
	const tahun = yoe + era * 400 + (bulan <= 2 ? 1 : 0)
	return tahun * 10000 + bulan * 100 + hari
}

/** The day number of `YYYY-MM-DD`. */
export function hariDariTeks(teks: string): number {
	return keHari(Number(teks.slice(0, 4)), Number(teks.slice(5, 7)), Number(teks.slice(8, 10)))
}

export function teksTanggal(ymd: number): string {
	const tahun = Math.floor(ymd / 10000)
	const bulanHari = ymd % 10000
	return `${tahun}-${bulanHari < 1000 ? '0' : ''}${Math.floor(bulanHari / 100)}-${bulanHari % 100 < 10 ? '0' : ''}${bulanHari % 100}`
}

/**
 * Completed years from a birth date to a reference date, both `YYYYMMDD`: the same rule as
 * `umurPada` in kode.ts (29 February counts a year on 1 March in a year without one).
 */
export function umurYmd(lahir: number, acuan: number): number {
	const tahun = Math.floor(acuan / 10000) - Math.floor(lahir / 10000)
	return acuan % 10000 >= lahir % 10000 ? tahun : tahun - 1
}
