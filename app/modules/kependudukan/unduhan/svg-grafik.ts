import { winAnsi } from '#reports/layanan/kertas'
import { formatAngka } from '~/utils/format'

/**
 * The book's two charts as SVG strings that pdfmake draws as vectors: the population pyramid and
 * a horizontal bar per area. Deliberately small: rectangles, lines and text in the standard font,
 * no scripts or styles, so svg-to-pdfkit draws them the same everywhere.
 */
const WARNA_L = '#0072B2'
const WARNA_P = '#E69F00'
const WARNA_GARIS = '#9aa5b1'
const UKURAN_HURUF = 7

/** Text for an SVG text node: the standard font's characters, XML special characters escaped. */
function teks(isi: string) {
	return winAnsi(isi).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

const bulat = (n: number) => Math.round(n * 10) / 10

function tulisan(x: number, y: number, isi: string, anchor: 'start' | 'middle' | 'end' = 'start', tebal = false) {
	return `<text x="${bulat(x)}" y="${bulat(y)}" font-family="Helvetica" font-size="${UKURAN_HURUF}"${tebal ? ' font-weight="bold"' : ''} text-anchor="${anchor}" fill="#222">${teks(isi)}</text>`
}

const kotak = (x: number, y: number, w: number, h: number, warna: string) =>
	`<rect x="${bulat(x)}" y="${bulat(y)}" width="${bulat(Math.max(w, 0))}" height="${bulat(h)}" fill="${warna}"/>`

const garis = (x1: number, y1: number, x2: number, y2: number) =>
	`<line x1="${bulat(x1)}" y1="${bulat(y1)}" x2="${bulat(x2)}" y2="${bulat(y2)}" stroke="${WARNA_GARIS}" stroke-width="0.5"/>`

/**
 * The pyramid: age groups from the youngest at the bottom to the oldest at the top, males to the
 * left of the centre and females to the right, on one scale so the two sides compare.
 */
export function svgPiramida(data: { kelompok: string[]; l: number[]; p: number[] }, ukuran: { lebar?: number; tinggi?: number } = {}) {
	const lebar = ukuran.lebar ?? 480
	const tinggi = ukuran.tinggi ?? 300
	const atas = 22
	const bawah = 16
	const tengah = 40
	const n = Math.max(data.kelompok.length, 1)
	const tinggiBaris = (tinggi - atas - bawah) / n
	const separuh = (lebar - tengah) / 2 - 2
	const maks = Math.max(1, ...data.l, ...data.p)
	const x0 = separuh
	const x1 = separuh + tengah
	const isi: string[] = [
		kotak(x0 - 90, 4, 8, 8, WARNA_L),
		tulisan(x0 - 78, 11, 'Laki-laki'),
		kotak(x1 + 20, 4, 8, 8, WARNA_P),
		tulisan(x1 + 32, 11, 'Perempuan'),
	]
	data.kelompok.forEach((kelompok, i) => {
		// the oldest group on the first line
		const baris = n - 1 - i
		const y = atas + baris * tinggiBaris
		const h = tinggiBaris * 0.8
		const panjangL = ((data.l[i] ?? 0) / maks) * separuh
		const panjangP = ((data.p[i] ?? 0) / maks) * separuh
		isi.push(kotak(x0 - panjangL, y, panjangL, h, WARNA_L), kotak(x1, y, panjangP, h, WARNA_P), tulisan(lebar / 2, y + h / 2 + 2.5, kelompok, 'middle'))
	})
	const dasar = tinggi - bawah
	isi.push(
		garis(0, dasar, x0, dasar),
		garis(x1, dasar, lebar, dasar),
		tulisan(2, dasar + 10, formatAngka(maks)),
		tulisan(x0, dasar + 10, '0', 'end'),
		tulisan(x1, dasar + 10, '0'),
		tulisan(lebar - 2, dasar + 10, formatAngka(maks), 'end'),
	)
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}">${isi.join('')}</svg>`
}

/** One horizontal bar per item, its label on the left and its value at the end of the bar. */
export function svgBatang(data: { label: string; nilai: number }[], ukuran: { lebar?: number; tinggiBaris?: number; lebarLabel?: number } = {}) {
	const lebar = ukuran.lebar ?? 480
	const tinggiBaris = ukuran.tinggiBaris ?? 14
	const lebarLabel = ukuran.lebarLabel ?? 110
	const ruangAngka = 50
	const tinggi = Math.max(data.length, 1) * tinggiBaris + 6
	const maks = Math.max(1, ...data.map((d) => d.nilai))
	const panjangMaks = lebar - lebarLabel - ruangAngka
	const isi: string[] = [garis(lebarLabel, 0, lebarLabel, tinggi)]
	data.forEach((d, i) => {
		const y = 3 + i * tinggiBaris
		const h = tinggiBaris * 0.7
		const panjang = (d.nilai / maks) * panjangMaks
		isi.push(
			tulisan(lebarLabel - 4, y + h / 2 + 2.5, d.label.length > 26 ? `${d.label.slice(0, 25)}…` : d.label, 'end'),
			kotak(lebarLabel, y, panjang, h, WARNA_L),
			tulisan(lebarLabel + panjang + 3, y + h / 2 + 2.5, formatAngka(d.nilai)),
		)
	})
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}">${isi.join('')}</svg>`
}
