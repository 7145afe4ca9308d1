/**
 * NIK and NO_KK as Dukcapil builds them: the kecamatan code without dots (PPKKCC), a date as
 * DDMMYY and a 4-digit sequence for that prefix, starting at 0001. In a NIK the date is the birth
 * date with 40 added to the day for women; in a NO_KK it is the day the card was issued.
 *
 * The sequences live in one typed array per kecamatan, indexed by the prefix's date (two-digit
 * year, so 1925 and 2025 share them as they do in real NIKs): a few hundred kilobytes per
 * kecamatan whatever the number of rows, where a map of prefixes would grow with the file.
 */
const SLOT_TANGGAL = 100 * 12 * 31
const URUT_MAKS = 9999

function dua(n: number) {
	return n < 10 ? `0${n}` : `${n}`
}

function empat(n: number) {
	return n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`
}

type UrutKecamatan = { nik: Uint16Array; kk: Uint16Array }

export class Penomoran {
	private readonly urut = new Map<string, UrutKecamatan>()

	private kecamatan(kodeKec: string) {
		let u = this.urut.get(kodeKec)
		if (!u) {
			// NIK: women and men have different days, so two halves
			u = { nik: new Uint16Array(2 * SLOT_TANGGAL), kk: new Uint16Array(SLOT_TANGGAL) }
			this.urut.set(kodeKec, u)
		}
		return u
	}

	/** `kodeKec` is the 6 digits PPKKCC; `lahir` is `YYYYMMDD`. */
	nik(kodeKec: string, lahir: number, perempuan: boolean): string {
		const { tahun, bulan, hari, slot } = pecah(lahir)
		const daftar = this.kecamatan(kodeKec).nik
		const i = (perempuan ? SLOT_TANGGAL : 0) + slot
		const urut = naik(daftar, i, `NIK ${kodeKec} ${lahir}`)
		return `${kodeKec}${dua(hari + (perempuan ? 40 : 0))}${dua(bulan)}${dua(tahun % 100)}${empat(urut)}`
	}

	/** `terbit` is the issue date of the card, `YYYYMMDD`. */
	noKk(kodeKec: string, terbit: number): string {
		const { tahun, bulan, hari, slot } = pecah(terbit)
		const urut = naik(this.kecamatan(kodeKec).kk, slot, `NO_KK ${kodeKec} ${terbit}`)
		return `${kodeKec}${dua(hari)}${dua(bulan)}${dua(tahun % 100)}${empat(urut)}`
	}
}

function pecah(ymd: number) {
	const tahun = Math.floor(ymd / 10000)
	const bulan = Math.floor(ymd / 100) % 100
	const hari = ymd % 100
	return { tahun, bulan, hari, slot: ((tahun % 100) * 12 + bulan - 1) * 31 + hari - 1 }
}

function naik(daftar: Uint16Array, i: number, untuk: string) {
	const urut = (daftar[i] ?? 0) + 1
	// ten thousand people of one kecamatan born on one day: only a tiny wilayah with a huge file
	if (urut > URUT_MAKS) throw new Error(`Nomor urut ${untuk} melebihi ${URUT_MAKS}: terlalu banyak penduduk untuk wilayah ini.`)
	daftar[i] = urut
	return urut
}
