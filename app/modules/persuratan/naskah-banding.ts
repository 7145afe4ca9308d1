/**
 * Comparing two versions of a letter: a word diff (longest common subsequence) of their plain
 * text, with line breaks kept as tokens so added and removed paragraphs show as such. The
 * project carries no diff library (the `diff` package in node_modules is only a development tool's
 * dependency), and a letter is small, so the classic table is enough; past `BATAS_SEL` cells the
 * comparison falls back to whole lines. Pure, shared by server and browser.
 */
export type JenisPotongan = 'sama' | 'tambah' | 'hapus'
export type Potongan = { jenis: JenisPotongan; teks: string }

/** Cells of the LCS table before words give way to lines (a few MB of memory at most). */
export const BATAS_SEL = 4_000_000

/** Words with the spaces before them, and line breaks: a shared space never glues two changes together. */
const kata = (teks: string) => teks.match(/\n|[^\S\n]*[^\s]+|[^\S\n]+/g) ?? []
const baris = (teks: string) => teks.match(/[^\n]*\n|[^\n]+$/g) ?? []

function gabung(potongan: Potongan[]): Potongan[] {
	const hasil: Potongan[] = []
	for (const p of potongan) {
		const akhir = hasil.at(-1)
		if (akhir && akhir.jenis === p.jenis) akhir.teks += p.teks
		else if (p.teks) hasil.push({ ...p })
	}
	return hasil
}

/** The LCS diff of two token lists, with the common start and end taken off first. */
export function bandingkanToken(a: string[], b: string[]): Potongan[] {
	let awal = 0
	while (awal < a.length && awal < b.length && a[awal] === b[awal]) awal += 1
	let akhir = 0
	while (akhir < a.length - awal && akhir < b.length - awal && a[a.length - 1 - akhir] === b[b.length - 1 - akhir]) akhir += 1
	const x = a.slice(awal, a.length - akhir)
	const y = b.slice(awal, b.length - akhir)
	const n = x.length
	const m = y.length
	const tengah: Potongan[] = []
	if (n === 0 || m === 0) {
		tengah.push(...x.map((teks) => ({ jenis: 'hapus' as const, teks })), ...y.map((teks) => ({ jenis: 'tambah' as const, teks })))
	} else {
		// panjang[i][j]: LCS of x[i..] and y[j..], in one flat array
		const lebar = m + 1
		const panjang = new Uint32Array((n + 1) * lebar)
		for (let i = n - 1; i >= 0; i -= 1) {
			for (let j = m - 1; j >= 0; j -= 1) {
				panjang[i * lebar + j] = x[i] === y[j] ? panjang[(i + 1) * lebar + j + 1]! + 1 : Math.max(panjang[(i + 1) * lebar + j]!, panjang[i * lebar + j + 1]!)
			}
		}
		let i = 0
		let j = 0
		while (i < n && j < m) {
			if (x[i] === y[j]) {
				tengah.push({ jenis: 'sama', teks: x[i]! })
				i += 1
				j += 1
			} else if (panjang[(i + 1) * lebar + j]! >= panjang[i * lebar + j + 1]!) {
				tengah.push({ jenis: 'hapus', teks: x[i]! })
				i += 1
			} else {
				tengah.push({ jenis: 'tambah', teks: y[j]! })
				j += 1
			}
		}
		for (; i < n; i += 1) tengah.push({ jenis: 'hapus', teks: x[i]! })
		for (; j < m; j += 1) tengah.push({ jenis: 'tambah', teks: y[j]! })
	}
	return gabung([{ jenis: 'sama', teks: a.slice(0, awal).join('') }, ...tengah, { jenis: 'sama', teks: a.slice(a.length - akhir).join('') }])
}

/** What changed from `lama` to `baru`, word by word (line by line for very long texts). */
export function bandingkanTeks(lama: string, baru: string): Potongan[] {
	const a = kata(lama)
	const b = kata(baru)
	if (a.length * b.length <= BATAS_SEL) return bandingkanToken(a, b)
	return bandingkanToken(baris(lama), baris(baru))
}

/** Whether a comparison found any change at all. */
export const adaPerubahan = (potongan: Potongan[]) => potongan.some((p) => p.jenis !== 'sama')
