/**
 * A small seeded random generator (sfc32, seeded through splitmix32), so that the same seed and
 * the same arguments give a byte-identical file on every machine; `Math.random` cannot be seeded.
 */
export class Acak {
	private a: number
	private b: number
	private c: number
	private d: number

	constructor(seed: number) {
		let s = seed >>> 0
		const splitmix = () => {
			s = (s + 0x9e3779b9) >>> 0
			let z = s
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
			return (z ^ (z >>> 16)) >>> 0
		}
		this.a = splitmix()
		this.b = splitmix()
		this.c = splitmix()
		this.d = splitmix()
		// the first outputs of a fresh state are poorly mixed
		for (let i = 0; i < 12; i++) this.angka()
	}

	/** A number in [0, 1). */
	angka(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0
		this.d = (this.d + 1) | 0
		this.a = this.b ^ (this.b >>> 9)
		this.b = (this.c + (this.c << 3)) | 0
		this.c = (this.c << 21) | (this.c >>> 11)
		this.c = (this.c + t) | 0
		return (t >>> 0) / 4294967296
	}

	/** An integer in [min, max], both included. */
	bulat(min: number, max: number): number {
		return min + Math.floor(this.angka() * (max - min + 1))
	}

	/** True with probability `p`. */
	peluang(p: number): boolean {
		return this.angka() < p
	}

	pilih<T>(daftar: readonly T[]): T {
		return daftar[Math.floor(this.angka() * daftar.length)]!
	}
}

/** A weighted choice: `[value, weight]` pairs, weights in any unit (percentages read best). */
export class Bobot<T> {
	private readonly nilai: T[]
	private readonly batas: Float64Array

	constructor(pasangan: readonly (readonly [T, number])[]) {
		this.nilai = pasangan.map(([v]) => v)
		const jumlah = pasangan.reduce((s, [, w]) => s + w, 0)
		let kumulatif = 0
		this.batas = Float64Array.from(pasangan, ([, w]) => (kumulatif += w) / jumlah)
	}

	ambil(acak: Acak): T {
		const u = acak.angka()
		const batas = this.batas
		for (let i = 0; i < batas.length - 1; i++) if (u < batas[i]!) return this.nilai[i]!
		return this.nilai[batas.length - 1]!
	}
}
