/**
 * NIP PNS (18 digits): birth date YYYYMMDD, TMT CPNS month YYYYMM, sex (1 pria, 2 wanita), then a
 * three-digit sequence. Returns the first rule broken, in words for the form, or null.
 */
export function periksaNip(nip: string, hariIni: Date = new Date()): string | null {
	if (!/^\d{18}$/.test(nip)) return 'NIP harus tepat 18 digit angka.'
	const tahun = Number(nip.slice(0, 4))
	const bulan = Number(nip.slice(4, 6))
	const hari = Number(nip.slice(6, 8))
	const tahunIni = hariIni.getUTCFullYear()
	if (tahun < 1940 || tahun > tahunIni) return `8 digit pertama NIP adalah tanggal lahir; tahunnya harus antara 1940 dan ${tahunIni}.`
	const lahir = new Date(Date.UTC(tahun, bulan - 1, hari))
	if (bulan < 1 || bulan > 12 || lahir.getUTCMonth() !== bulan - 1 || lahir.getUTCDate() !== hari) {
		return '8 digit pertama NIP harus tanggal lahir yang ada di kalender (TTTTBBHH).'
	}
	if (lahir.getTime() > hariIni.getTime()) return 'Tanggal lahir pada NIP tidak boleh setelah hari ini.'
	const bulanTmt = Number(nip.slice(12, 14))
	if (bulanTmt < 1 || bulanTmt > 12) return 'Digit ke-9 sampai ke-14 NIP adalah bulan TMT CPNS (TTTTBB); bulannya harus 01–12.'
	if (nip[14] !== '1' && nip[14] !== '2') return 'Digit ke-15 NIP harus 1 (pria) atau 2 (wanita).'
	return null
}
