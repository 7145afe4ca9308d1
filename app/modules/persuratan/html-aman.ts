/**
 * Reading a letter body that `bersihkanHtml` already cleaned: a small tree of the allowed tags,
 * for the PDF and for the plain text the version comparison works on. The cleaned HTML is well
 * formed and carries no attribute but a text alignment, so a tokenizer is enough; anything
 * unexpected (an unclosed tag) is closed where its parent closes. Pure, shared by server and
 * browser.
 */
export type Rata = 'left' | 'right' | 'center' | 'justify'
export type SimpulHtml = { tag: string; rata: Rata | null; anak: (SimpulHtml | string)[] }

const KOSONG = new Set(['br'])
const BLOK = new Set(['p', 'h3', 'h4', 'blockquote', 'li', 'tr', 'table', 'thead', 'tbody', 'ol', 'ul'])

const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function dekodeEntitas(teks: string) {
	return teks.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (utuh, nama: string) => {
		if (nama[0] === '#') {
			const kode = nama[1] === 'x' || nama[1] === 'X' ? Number.parseInt(nama.slice(2), 16) : Number.parseInt(nama.slice(1), 10)
			return Number.isFinite(kode) && kode > 0 && kode <= 0x10ffff ? String.fromCodePoint(kode) : utuh
		}
		return ENTITAS[nama.toLowerCase()] ?? utuh
	})
}

function rataDari(atribut: string): Rata | null {
	const cocok = /text-align\s*:\s*(left|right|center|justify)/i.exec(atribut)
	return cocok ? (cocok[1]!.toLowerCase() as Rata) : null
}

export function uraiHtml(html: string): SimpulHtml {
	const akar: SimpulHtml = { tag: '#akar', rata: null, anak: [] }
	const tumpuk: SimpulHtml[] = [akar]
	const pola = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|</g
	for (let m = pola.exec(html); m; m = pola.exec(html)) {
		const atas = tumpuk.at(-1)!
		if (m[4] !== undefined || m[0] === '<') {
			atas.anak.push(dekodeEntitas(m[4] ?? '<'))
			continue
		}
		const tag = m[2]!.toLowerCase()
		if (m[1]) {
			const i = tumpuk.map((s) => s.tag).lastIndexOf(tag)
			if (i > 0) tumpuk.length = i
			continue
		}
		const simpul: SimpulHtml = { tag, rata: rataDari(m[3] ?? ''), anak: [] }
		atas.anak.push(simpul)
		if (!KOSONG.has(tag) && !/\/\s*$/.test(m[3] ?? '')) tumpuk.push(simpul)
	}
	return akar
}

/**
 * The body as lines of plain text, the way it reads: paragraphs, list items (numbered or
 * bulleted) and table rows on lines of their own, cells separated by a tab.
 */
export function teksDariHtml(html: string): string {
	const baris: string[] = []
	let sekarang = ''
	const putus = () => {
		const bersih = sekarang.replace(/[ \t]+/g, (s) => (s.includes('\t') ? '\t' : ' ')).trim()
		if (bersih) baris.push(bersih)
		sekarang = ''
	}
	const jalan = (s: SimpulHtml | string, awalan = '') => {
		if (typeof s === 'string') {
			sekarang += s.replace(/\s+/g, ' ')
			return
		}
		if (s.tag === 'br') {
			putus()
			return
		}
		if (s.tag === 'td' || s.tag === 'th') {
			if (sekarang.trim()) sekarang += '\t'
			for (const a of s.anak) jalan(a)
			return
		}
		if (s.tag === 'ol' || s.tag === 'ul') {
			putus()
			let n = 0
			for (const a of s.anak) {
				if (typeof a !== 'string' && a.tag === 'li') n += 1
				jalan(a, s.tag === 'ol' ? `${n}. ` : '• ')
			}
			putus()
			return
		}
		const blok = BLOK.has(s.tag)
		// a list item that opens with a paragraph keeps its number on the paragraph's line
		if (blok && !/^(\d+\.|•)$/.test(sekarang.trim())) putus()
		sekarang += awalan
		for (const a of s.anak) jalan(a)
		if (blok) putus()
	}
	jalan(uraiHtml(html))
	putus()
	return baris.join('\n')
}
