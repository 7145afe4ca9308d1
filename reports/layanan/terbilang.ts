/**
 * A whole number in Indonesian words, as receipts write an amount: `terbilang(125000)` →
 * "seratus dua puluh lima ribu". "se-" replaces "satu" before belas, puluh (sepuluh), ratus and
 * ribu, but not before juta and larger ("satu juta").
 */
const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan']

const SKALA = [
	{ nilai: 1_000_000_000_000, nama: 'triliun' },
	{ nilai: 1_000_000_000, nama: 'miliar' },
	{ nilai: 1_000_000, nama: 'juta' },
] as const

/** 1–999 */
function ratusan(n: number): string[] {
	const kata: string[] = []
	const ratus = Math.floor(n / 100)
	const sisa = n % 100
	if (ratus === 1) kata.push('seratus')
	else if (ratus > 1) kata.push(SATUAN[ratus]!, 'ratus')
	if (sisa === 0) return kata
	if (sisa < 10) kata.push(SATUAN[sisa]!)
	else if (sisa === 10) kata.push('sepuluh')
	else if (sisa === 11) kata.push('sebelas')
	else if (sisa < 20) kata.push(SATUAN[sisa - 10]!, 'belas')
	else {
		kata.push(SATUAN[Math.floor(sisa / 10)]!, 'puluh')
		if (sisa % 10) kata.push(SATUAN[sisa % 10]!)
	}
	return kata
}

/** 1–999 999 */
function ribuan(n: number): string[] {
	const ribu = Math.floor(n / 1000)
	const sisa = n % 1000
	const kata = ribu === 1 ? ['seribu'] : ribu > 1 ? [...ratusan(ribu), 'ribu'] : []
	return sisa ? [...kata, ...ratusan(sisa)] : kata
}

export function terbilang(n: number): string {
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`terbilang: ${n} bukan bilangan bulat tidak negatif`)
	if (n === 0) return SATUAN[0]!
	const kata: string[] = []
	let sisa = n
	for (const skala of SKALA) {
		const jumlah = Math.floor(sisa / skala.nilai)
		if (jumlah) kata.push(...terbilang(jumlah).split(' '), skala.nama)
		sisa %= skala.nilai
	}
	if (sisa) kata.push(...ribuan(sisa))
	return kata.join(' ')
}

/** "seratus ribu rupiah" */
export function terbilangRupiah(n: number): string {
	return `${terbilang(n)} rupiah`
}
