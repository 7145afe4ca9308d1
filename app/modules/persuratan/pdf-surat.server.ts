import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces'
import { renderPdf, winAnsi } from '#reports/layanan/kertas'
import { getLogoKantor } from '~/modules/referensi/logo.server'
import { getPengaturanKantor, getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { formatTanggal } from '~/utils/format'
import { uraiHtml, type SimpulHtml } from './html-aman'

/**
 * The outgoing letter as PDF (pdfmake, the standard PDF fonts): A4 or F4, the letterhead with the
 * office logo, the particulars (nomor, sifat, lampiran, hal) and the addressees, the body from
 * its cleaned HTML, the signature block (with the verification QR for an electronic signature,
 * room for a wet one otherwise), the copies, and "Halaman x dari y" on every page. Everything it
 * needs is read before (`siapkanKop`), so it can be rendered inside the signing transaction.
 */
export type KopSurat = { namaPemda: string; namaDinas: string; alamat: string; kontak: string; tempat: string; logo: string | null }

/** The letterhead data; the logo only when the office uploaded a PNG or JPEG (pdfmake draws those). */
export async function siapkanKop(): Promise<KopSurat> {
	const [profil, singkat, logo] = await Promise.all([getPengaturanKantor(), getProfilKantorSingkat(), getLogoKantor()])
	const gambar = logo.contentType === 'image/png' || logo.contentType === 'image/jpeg' ? `data:${logo.contentType};base64,${Buffer.from(logo.body).toString('base64')}` : null
	return {
		namaPemda: profil.namaPemda,
		namaDinas: profil.namaDinas,
		alamat: [profil.alamat, profil.kodePos].filter(Boolean).join(' '),
		kontak: [profil.telepon ? `Telepon ${profil.telepon}` : null, profil.email ? `Pos-el ${profil.email}` : null, profil.laman].filter(Boolean).join(' · '),
		tempat: singkat.wilayah.replace(/^(Kabupaten|Kota)\s+/i, ''),
		logo: gambar,
	}
}

export type DataPdfSurat = {
	kop: KopSurat
	ukuranKertas: 'A4' | 'F4'
	jenisKode: string
	jenisNama: string
	/** null before signing: the preview prints where the number will go */
	nomor: string | null
	/** `YYYY-MM-DD`; null before signing */
	tanggal: string | null
	sifat: string
	lampiran: string | null
	perihal: string
	tujuan: string[]
	tembusan: string[]
	isi: string
	penandatangan: { jabatan: string; nama: string | null; nip: string | null }
	/** null: a draft preview, watermarked */
	cara: 'tte' | 'manual' | null
	/** the verification QR (PNG), for an electronic signature */
	qrPng: Buffer | null
}

/** Where the QR was drawn, in PDF points from the page's lower-left corner: where the TTE service stamps. */
export type PosisiQr = { page: number; originX: number; originY: number; width: number; height: number }

const MM = 72 / 25.4
const KERTAS = { A4: { width: 210 * MM, height: 297 * MM }, F4: { width: 215 * MM, height: 330 * MM } } as const
/** left 3 cm (binding), right 2 cm, top 2 cm, bottom 2.5 cm (room for the page footer) */
const TEPI: [number, number, number, number] = [30 * MM, 20 * MM, 20 * MM, 25 * MM]
const UKURAN_QR = 80
const ID_QR = 'qr-tte'
const ID_TTD = 'tanda-tangan'
/** Letters laid out as a surat dinas (place and date top right, particulars and addressees side by side). */
const BENTUK_SURAT = new Set(['SB', 'UND'])

type Gaya = { bold?: boolean; italics?: boolean; decoration?: 'underline' }
const BLOK = new Set(['p', 'h3', 'h4', 'blockquote', 'ol', 'ul', 'table'])

const rapat = (s: string) => s.replace(/\s+/g, ' ')

/** The inline run of a paragraph: text with bold, italics and underline, line breaks kept. */
function sebaris(anak: (SimpulHtml | string)[], gaya: Gaya): ContentText[] {
	const hasil: ContentText[] = []
	for (const a of anak) {
		if (typeof a === 'string') {
			if (a) hasil.push({ text: winAnsi(rapat(a)), ...gaya })
			continue
		}
		if (a.tag === 'br') hasil.push({ text: '\n' })
		else if (a.tag === 'strong' || a.tag === 'b') hasil.push(...sebaris(a.anak, { ...gaya, bold: true }))
		else if (a.tag === 'em' || a.tag === 'i') hasil.push(...sebaris(a.anak, { ...gaya, italics: true }))
		else if (a.tag === 'u') hasil.push(...sebaris(a.anak, { ...gaya, decoration: 'underline' }))
		else hasil.push(...sebaris(a.anak, gaya))
	}
	return hasil
}

/** A paragraph from a run, without the spaces HTML would not show at its ends; null when empty. */
function paragraf(run: ContentText[], tambahan: Record<string, unknown> = {}): Content | null {
	const isi = run.map((r) => ({ ...r }))
	while (isi.length && typeof isi[0]!.text === 'string' && !(isi[0]!.text as string).trim() && isi[0]!.text !== '\n') isi.shift()
	while (isi.length && typeof isi.at(-1)!.text === 'string' && !(isi.at(-1)!.text as string).trim() && isi.at(-1)!.text !== '\n') isi.pop()
	if (isi.length === 0) return null
	if (typeof isi[0]!.text === 'string') isi[0]!.text = (isi[0]!.text as string).trimStart()
	if (typeof isi.at(-1)!.text === 'string') isi.at(-1)!.text = (isi.at(-1)!.text as string).trimEnd()
	return { text: isi, ...tambahan } as Content
}

/** Children that mix text and blocks: each run of inline content becomes a paragraph of its own. */
function susun(anak: (SimpulHtml | string)[], gaya: Gaya = {}): Content[] {
	const hasil: Content[] = []
	let run: ContentText[] = []
	const tutup = () => {
		const p = paragraf(run, { margin: [0, 0, 0, 4] })
		if (p) hasil.push(p)
		run = []
	}
	for (const a of anak) {
		if (typeof a !== 'string' && BLOK.has(a.tag)) {
			tutup()
			const b = blok(a, gaya)
			if (b) hasil.push(b)
		} else {
			run.push(...sebaris([a], gaya))
		}
	}
	tutup()
	return hasil
}

function blok(s: SimpulHtml, gaya: Gaya): Content | null {
	const rata = s.rata ? { alignment: s.rata } : {}
	switch (s.tag) {
		case 'p':
		case 'h3':
		case 'h4': {
			const judul = s.tag === 'p' ? {} : { bold: true, fontSize: s.tag === 'h3' ? 12 : 11 }
			if (s.anak.some((a) => typeof a !== 'string' && BLOK.has(a.tag))) return { stack: susun(s.anak, gaya), ...rata, ...judul, margin: [0, 0, 0, 6] }
			return paragraf(sebaris(s.anak, gaya), { ...rata, ...judul, margin: [0, 0, 0, 6] })
		}
		case 'blockquote':
			return { stack: susun(s.anak, gaya), margin: [24, 0, 0, 6] }
		case 'ol':
		case 'ul': {
			const butir = s.anak.filter((a): a is SimpulHtml => typeof a !== 'string' && a.tag === 'li').map((li) => ({ stack: susun(li.anak, gaya) }))
			if (butir.length === 0) return null
			return s.tag === 'ol' ? { ol: butir, margin: [0, 0, 0, 6] } : { ul: butir, margin: [0, 0, 0, 6] }
		}
		case 'table': {
			const baris: SimpulHtml[] = []
			let berkepala = false
			const kumpul = (n: SimpulHtml) => {
				for (const a of n.anak) {
					if (typeof a === 'string') continue
					if (a.tag === 'tr') baris.push(a)
					else if (a.tag === 'thead' || a.tag === 'tbody') {
						if (a.tag === 'thead') berkepala = true
						kumpul(a)
					}
				}
			}
			kumpul(s)
			const sel = baris.map((tr) =>
				tr.anak
					.filter((a): a is SimpulHtml => typeof a !== 'string' && (a.tag === 'td' || a.tag === 'th'))
					.map((c) => ({ stack: susun(c.anak, c.tag === 'th' ? { ...gaya, bold: true } : gaya), ...(c.rata ? { alignment: c.rata } : {}) }) as Content),
			)
			const kolom = Math.max(0, ...sel.map((b) => b.length))
			if (kolom === 0) return null
			const body = sel.map((b) => [...b, ...Array.from({ length: kolom - b.length }, (): Content => ({ text: '' }))])
			return {
				table: { headerRows: berkepala ? 1 : 0, widths: Array.from({ length: kolom }, (_, i) => (i === kolom - 1 ? '*' : 'auto')), body },
				// a table with a header row is a data table with rules; one without is a layout (the invitation's "hari, tanggal : …")
				layout: berkepala ? undefined : 'noBorders',
				margin: [0, 0, 0, 6],
			}
		}
		default:
			return { stack: susun(s.anak, gaya) }
	}
}

/** The cleaned HTML body as pdfmake content. */
export function isiKePdf(html: string): Content[] {
	return susun(uraiHtml(html).anak)
}

function kopSurat(kop: KopSurat, lebar: number): Content[] {
	const teks: Content[] = [
		...(kop.namaPemda ? [{ text: winAnsi(kop.namaPemda.toUpperCase()), fontSize: 13, bold: true }] : []),
		{ text: winAnsi(kop.namaDinas.toUpperCase()), fontSize: 14, bold: true },
		...(kop.alamat ? [{ text: winAnsi(kop.alamat), fontSize: 9 }] : []),
		...(kop.kontak ? [{ text: winAnsi(kop.kontak), fontSize: 9 }] : []),
	]
	return [
		kop.logo
			? { columns: [{ image: kop.logo, fit: [60, 60], width: 64 }, { stack: teks, alignment: 'center', width: '*' }, { text: '', width: 64 }], columnGap: 6 }
			: { stack: teks, alignment: 'center' },
		{
			canvas: [
				{ type: 'line', x1: 0, y1: 5, x2: lebar, y2: 5, lineWidth: 2 },
				{ type: 'line', x1: 0, y1: 8, x2: lebar, y2: 8, lineWidth: 0.6 },
			],
			margin: [0, 0, 0, 12],
		},
	]
}

const TANPA_NOMOR = '[nomor diterbitkan saat ditandatangani]'

function rincian(baris: [string, string][]): Content {
	return {
		table: { widths: [52, 8, '*'], body: baris.map(([l, v]) => [{ text: winAnsi(l) }, { text: ':' }, { text: winAnsi(v) }]) },
		layout: 'noBorders',
	}
}

function daftarTujuan(tujuan: string[]): Content {
	if (tujuan.length <= 1) return { text: winAnsi(tujuan[0] ?? '') }
	return { ol: tujuan.map((t) => winAnsi(t)) }
}

function tandaTangan(d: DataPdfSurat, tanggalTeks: string): Content {
	const ruang: Content =
		d.cara === 'tte' && d.qrPng
			? {
					stack: [
						{ text: 'Ditandatangani secara elektronik', fontSize: 8, italics: true, margin: [0, 2, 0, 2] },
						// centred by columns, not by alignment: the reported position is then the drawn one
						{
							columns: [
								{ text: '', width: '*' },
								{ image: `data:image/png;base64,${d.qrPng.toString('base64')}`, width: UKURAN_QR, height: UKURAN_QR, id: ID_QR } as Content,
								{ text: '', width: '*' },
							],
							columnGap: 0,
						},
					],
				}
			: { text: d.cara === 'manual' ? ' ' : '[tanda tangan]', color: '#888888', margin: [0, 22, 0, 38] }
	return {
		columns: [
			{ text: '', width: '*' },
			{
				width: 230,
				alignment: 'center',
				stack: [
					...(BENTUK_SURAT.has(d.jenisKode) ? [] : [{ text: winAnsi(tanggalTeks) }]),
					{ text: winAnsi(`${d.penandatangan.jabatan},`), bold: true },
					ruang,
					{ text: winAnsi(d.penandatangan.nama ?? '[nama penandatangan]'), bold: true, decoration: 'underline' },
					...(d.penandatangan.nip ? [{ text: winAnsi(`NIP. ${d.penandatangan.nip}`) }] : []),
				],
			},
		],
		margin: [0, 12, 0, 12],
		id: ID_TTD,
	} as Content
}

/** The letter as PDF, and where its verification QR landed (for the TTE service's stamp). */
export async function renderPdfSurat(d: DataPdfSurat): Promise<{ pdf: Buffer; posisiQr: PosisiQr | null }> {
	const kertas = KERTAS[d.ukuranKertas]
	const lebar = kertas.width - TEPI[0] - TEPI[2]
	const tanggalTeks = `${d.kop.tempat ? `${d.kop.tempat}, ` : ''}${d.tanggal ? formatTanggal(d.tanggal) : '[tanggal]'}`
	const nomor = d.nomor ?? TANPA_NOMOR
	const kepala: Content[] = BENTUK_SURAT.has(d.jenisKode)
		? [
				{ text: winAnsi(tanggalTeks), alignment: 'right', margin: [0, 0, 0, 8] },
				{
					columns: [
						{
							width: '*',
							stack: [
								rincian([
									['Nomor', nomor],
									['Sifat', d.sifat],
									['Lampiran', d.lampiran ?? '-'],
									['Hal', d.perihal],
								]),
							],
						},
						{ width: 190, stack: [{ text: 'Yth.' }, daftarTujuan(d.tujuan), { text: 'di', margin: [0, 4, 0, 0] }, { text: 'Tempat', margin: [16, 0, 0, 0] }] },
					],
					columnGap: 16,
					margin: [0, 0, 0, 14],
				},
			]
		: [
				{ text: winAnsi(d.jenisNama.toUpperCase()), alignment: 'center', bold: true, fontSize: 12 },
				{ text: winAnsi(`NOMOR ${nomor}`), alignment: 'center', margin: [0, 0, 0, 10] },
				rincian([
					['Yth.', d.tujuan.join('; ')],
					['Sifat', d.sifat],
					['Lampiran', d.lampiran ?? '-'],
					['Hal', d.perihal],
				]),
				{ canvas: [{ type: 'line', x1: 0, y1: 4, x2: lebar, y2: 4, lineWidth: 0.5 }], margin: [0, 0, 0, 10] },
			]
	let posisiQr: PosisiQr | null = null
	const dokumen: TDocumentDefinitions = {
		pageSize: { width: kertas.width, height: kertas.height },
		pageMargins: TEPI,
		info: { title: winAnsi(`${d.jenisNama} ${d.nomor ?? '(draf)'}`), subject: winAnsi(d.perihal), creator: 'SIMADU', producer: 'SIMADU' },
		defaultStyle: { fontSize: 11, lineHeight: 1.2 },
		...(d.cara === null ? { watermark: { text: 'DRAF', opacity: 0.08, bold: true } } : {}),
		content: [
			...kopSurat(d.kop, lebar),
			...kepala,
			...isiKePdf(d.isi),
			tandaTangan(d, tanggalTeks),
			...(d.tembusan.length ? [{ text: 'Tembusan:', margin: [0, 6, 0, 0] } as Content, { ol: d.tembusan.map((t) => winAnsi(t)) } as Content] : []),
		],
		footer: (halaman, jumlah) => ({ text: `Halaman ${halaman} dari ${jumlah}`, alignment: 'right', fontSize: 8, margin: [TEPI[0], 24, TEPI[2], 0] }),
		// pdfmake reports each node's place as it lays it out, again after every break it is asked
		// for: the signature block moves whole to the next page rather than split (not `unbreakable`,
		// whose nodes report the places of a trial layout), and the last report of the QR is where it stays
		pageBreakBefore: (node) => {
			if (node.id === ID_TTD && node.pageNumbers.length > 1) return true
			if (node.id === ID_QR && node.startPosition) {
				posisiQr = {
					page: node.startPosition.pageNumber,
					originX: Math.round(node.startPosition.left),
					originY: Math.round(kertas.height - node.startPosition.top - UKURAN_QR),
					width: UKURAN_QR,
					height: UKURAN_QR,
				}
			}
			return false
		},
	}
	const pdf = await renderPdf(dokumen)
	return { pdf, posisiQr }
}
