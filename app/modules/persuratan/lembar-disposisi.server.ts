import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { kopSurat, renderPdf, winAnsi, type Kop } from '#reports/layanan/kertas'
import { getPengaturanKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { INSTRUKSI_DISPOSISI, labelStatusDisposisi } from '~/workflow/disposisi.schema'
import type { SimpulDisposisi } from '~/workflow/disposisi.server'
import { getDataLembarDisposisi, type Pembaca, type RincianSuratMasuk } from './surat-masuk.server'

/**
 * The lembar disposisi: the sheet that travels with an incoming letter, in the office's usual
 * layout — letterhead, the letter's particulars (from whom, numbers and dates, agenda number,
 * sifat, perihal), then one row per disposisi with its recipient, the six preset instructions as
 * boxes (ticked where given), the note and deadline, and the sender's name with room for a paraf.
 * With no disposisi yet it prints blank rows for the addressee to fill in by hand.
 */
export type IsiLembarDisposisi = {
	kop: Kop
	zonaWaktu: string
	surat: Pick<
		RincianSuratMasuk,
		'asal' | 'nomorSurat' | 'tanggalSurat' | 'tanggalDiterima' | 'nomorAgenda' | 'sifatLabel' | 'urgensiLabel' | 'perihal' | 'klasifikasi' | 'lampiran' | 'tujuan'
	>
	pohon: SimpulDisposisi[]
	dicetakAt: Date
}

/** A4 portrait, in points */
const LEBAR = 595.28
const TEPI = 40
const BARIS_KOSONG = 3

/** The tree in reading order: each disposisi followed by its forwards, with its depth. */
function urutkan(pohon: SimpulDisposisi[], kedalaman = 0): { simpul: SimpulDisposisi; kedalaman: number }[] {
	return pohon.flatMap((s) => [{ simpul: s, kedalaman }, ...urutkan(s.anak, kedalaman + 1)])
}

/** A small box, with a cross when ticked, and its label beside it. */
function kotak(label: string, dicentang: boolean): Content {
	return {
		columns: [
			{
				width: 11,
				canvas: [
					{ type: 'rect', x: 0, y: 1.5, w: 7, h: 7, lineWidth: 0.7 },
					...(dicentang
						? [
								{ type: 'line' as const, x1: 1, y1: 2.5, x2: 6, y2: 7.5, lineWidth: 1 },
								{ type: 'line' as const, x1: 6, y1: 2.5, x2: 1, y2: 7.5, lineWidth: 1 },
							]
						: []),
				],
			},
			{ width: '*', text: winAnsi(label), bold: dicentang },
		],
		margin: [0, 0, 0, 1.5],
	}
}

function instruksi(dipilih: readonly string[]): Content {
	return { stack: INSTRUKSI_DISPOSISI.map((i) => kotak(i.label, dipilih.includes(i.value))) }
}

const teks = (s: string, lain: Record<string, unknown> = {}): Content => ({ text: winAnsi(s), ...lain })

function barisDisposisi(s: SimpulDisposisi, kedalaman: number, zonaWaktu: string): TableCell[] {
	const penanda = kedalaman > 0 ? `${'»'.repeat(kedalaman)} ` : ''
	return [
		{
			stack: [
				teks(`${penanda}${s.ke.nama}`, { bold: true }),
				...(s.ke.jabatan ? [teks(s.ke.jabatan, { fontSize: 8 })] : []),
				teks(`Status: ${labelStatusDisposisi(s.status)}`, { fontSize: 7.5, color: '#444444', margin: [0, 3, 0, 0] }),
			],
			margin: [kedalaman * 6, 0, 0, 0],
		},
		instruksi(s.instruksi),
		{
			stack: [
				teks(s.catatan ?? '-'),
				teks(`Tenggat: ${s.tenggat ? formatTanggal(s.tenggat) : '-'}`, { margin: [0, 4, 0, 0], fontSize: 8.5 }),
			],
		},
		{
			stack: [
				teks(s.dari.nama, { bold: true }),
				...(s.dari.jabatan ? [teks(s.dari.jabatan, { fontSize: 8 })] : []),
				...(s.atasNama ? [teks(`a.n. ${s.atasNama}`, { fontSize: 8 })] : []),
				teks(formatWaktu(s.createdAt, zonaWaktu), { fontSize: 7.5, color: '#444444', margin: [0, 3, 0, 0] }),
				teks('Paraf:', { fontSize: 8, margin: [0, 6, 0, 14] }),
			],
		},
	]
}

function barisKosong(): TableCell[] {
	return [
		{ text: ' ', margin: [0, 0, 0, 60] },
		instruksi([]),
		{ text: 'Tenggat:', fontSize: 8.5, margin: [0, 58, 0, 0] },
		{ text: 'Paraf:', fontSize: 8, margin: [0, 58, 0, 0] },
	]
}

/** Label and value cells of the particulars table. */
const isian = (label: string, nilai: string, lain: Record<string, unknown> = {}): TableCell[] => [
	{ text: winAnsi(label), bold: true, fontSize: 9 },
	{ text: winAnsi(nilai), ...lain },
]

export function lembarDisposisiPdf(isi: IsiLembarDisposisi): Promise<Buffer> {
	const { surat } = isi
	const baris = urutkan(isi.pohon)
	const dokumen: TDocumentDefinitions = {
		pageSize: 'A4',
		pageMargins: [TEPI, 36, TEPI, 44],
		info: { title: winAnsi(`Lembar disposisi ${surat.nomorAgenda}`), subject: 'Lembar disposisi surat masuk', creator: 'SIMADU', producer: 'SIMADU' },
		content: [
			...kopSurat(isi.kop, LEBAR - 2 * TEPI),
			{ text: 'LEMBAR DISPOSISI', alignment: 'center', bold: true, fontSize: 13, margin: [0, 0, 0, 8] },
			{
				table: {
					widths: [78, '*', 78, 120],
					body: [
						[...isian('Surat dari', surat.asal), ...isian('Diterima tanggal', formatTanggal(surat.tanggalDiterima))],
						[...isian('Nomor surat', surat.nomorSurat), ...isian('Nomor agenda', surat.nomorAgenda, { bold: true })],
						[...isian('Tanggal surat', formatTanggal(surat.tanggalSurat)), ...isian('Sifat', surat.sifatLabel, { bold: true })],
						[...isian('Klasifikasi', [surat.klasifikasi.kode, surat.klasifikasi.nama].filter(Boolean).join(' ')), ...isian('Urgensi', surat.urgensiLabel)],
						[...isian('Lampiran', surat.lampiran ?? '-'), ...isian('Ditujukan kepada', surat.tujuan.nama ?? '-')],
						[{ text: 'Perihal', bold: true, fontSize: 9 }, { text: winAnsi(surat.perihal), colSpan: 3 }, {}, {}],
					],
				},
				layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingTop: () => 3, paddingBottom: () => 3 },
				margin: [0, 0, 0, 10],
			},
			{
				table: {
					headerRows: 1,
					dontBreakRows: true,
					widths: [120, 118, '*', 110],
					body: [
						['Diteruskan kepada', 'Instruksi', 'Catatan', 'Pengirim / paraf'].map((h) => ({ text: h, bold: true, alignment: 'center' as const, fillColor: '#eeeeee' })),
						...(baris.length
							? baris.map(({ simpul, kedalaman }) => barisDisposisi(simpul, kedalaman, isi.zonaWaktu))
							: Array.from({ length: BARIS_KOSONG }, barisKosong)),
					],
				},
				layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingTop: () => 4, paddingBottom: () => 4 },
			},
		],
		footer: (halaman, jumlah) => ({
			columns: [
				{ text: winAnsi(`Dicetak dari SIMADU, ${formatWaktu(isi.dicetakAt, isi.zonaWaktu)}`), alignment: 'left' },
				{ text: `Halaman ${halaman} dari ${jumlah}`, alignment: 'right' },
			],
			fontSize: 7,
			margin: [TEPI, 16, TEPI, 0],
		}),
		defaultStyle: { fontSize: 9.5 },
	}
	return renderPdf(dokumen)
}

/** The lembar disposisi of a letter the reader may see, with its file name; null when hidden. */
export async function buatLembarDisposisi(params: { id: number; pembaca: Pembaca }) {
	const data = await getDataLembarDisposisi(params)
	if (!data) return null
	const profil = await getPengaturanKantor()
	const kontak = [profil.telepon ? `Telepon ${profil.telepon}` : null, profil.email, profil.laman].filter(Boolean).join(' · ')
	const pdf = await lembarDisposisiPdf({
		kop: { namaPemda: profil.namaPemda, namaDinas: profil.namaDinas, alamat: [profil.alamat, profil.kodePos].filter(Boolean).join(' '), kontak },
		zonaWaktu: profil.zonaWaktu,
		surat: data.surat,
		pohon: data.pohon,
		dicetakAt: new Date(),
	})
	return { pdf, nama: `lembar-disposisi-${data.surat.nomorAgenda.replace('/', '-')}.pdf` }
}
