import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { renderPdf, winAnsi } from '#reports/layanan/kertas'
import { pejabat } from '~/modules/arsip/penyusutan.server'
import { siapkanKop, type KopSurat } from '~/modules/persuratan/pdf-surat.server'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { formatAngka, formatTanggal, tanggalDiZona } from '~/utils/format'
import { bacaAgregat, bacaAgregatSemuaWilayah } from '../agregat.server'
import type { AgregatWilayah, BarisAgregat, PublikasiRingkas } from '../agregat.schema'
import { baris, barisLengkap, formatPersen, kepemilikanDokumen, LABEL_STATUS, piramida, semuaTabel, statusTampil } from '../agregat-tampilan'
import { labelSemester } from '../kode'
import { svgBatang, svgPiramida } from './svg-grafik'

/**
 * The publication as a printed book (pdfmake, A4, the standard PDF fonts): the cover, the
 * foreword signed by the Kepala Dinas, the table of contents, a summary with the pyramid and the
 * population per kecamatan drawn as SVG, every table of the kabupaten/kota, and the summary per
 * kecamatan. Desa figures stay in the workbook and the API: 460 desa do not make a readable book.
 * Pure over its inputs (`susunBukuPdf`); `bukuPdfAgregat` reads them.
 */
export type IsiBukuPdf = {
	kop: Pick<KopSurat, 'namaPemda' | 'namaDinas' | 'tempat' | 'logo'>
	publikasi: Pick<PublikasiRingkas, 'semester' | 'versi' | 'tanggalAcuan' | 'status' | 'alasanKoreksi' | 'diterbitkanAt'>
	kabupaten: AgregatWilayah
	kecamatan: Pick<AgregatWilayah, 'wilayah' | 'tabel'>[]
	kadis: { nama: string; nip: string | null } | null
	zonaWaktu: string
	dicetakAt?: Date
}

const TEPI = 50
const LEBAR = 595.28 - 2 * TEPI
const ISI_KEPALA = '#dce6f2'
const GARIS_TABEL = { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#9aa5b1', vLineColor: () => '#9aa5b1', paddingTop: () => 2, paddingBottom: () => 2 }

const angka = (n: number, tebal = false): TableCell => ({ text: formatAngka(n), alignment: 'right', bold: tebal })
const kepala = (teks: string, rata: 'left' | 'right' | 'center' = 'center'): TableCell => ({ text: winAnsi(teks), bold: true, fillColor: ISI_KEPALA, alignment: rata })

function tabelKategori(rows: BarisAgregat[]): Content {
	return {
		table: {
			headerRows: 1,
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			widths: [22, '*', 62, 62, 66],
			body: [
				[kepala('No'), kepala('Kategori', 'left'), kepala('L', 'right'), kepala('P', 'right'), kepala('Jumlah', 'right')],
				...rows.map((r, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, { text: winAnsi(r.kategori) }, angka(r.l), angka(r.p), angka(r.jumlah)]),
			],
		},
		layout: GARIS_TABEL,
		fontSize: 8.5,
		margin: [0, 0, 0, 10],
	}
}

const bab = (teks: string): Content => ({ text: winAnsi(teks), style: 'bab', tocItem: true, pageBreak: 'before' })
const subbab = (teks: string): Content => ({ text: winAnsi(teks), style: 'subbab', tocItem: true, tocMargin: [12, 0, 0, 0] })
/** The longest table kept whole on one page with its heading; pekerjaan (89 rows) runs on. */
const BARIS_SEHALAMAN = 40
/** A table with its heading: a short one moves whole to the next page rather than leave its heading behind. */
const tabelBerjudul = (judul: string, rows: BarisAgregat[]): Content =>
	rows.length <= BARIS_SEHALAMAN ? { stack: [subbab(judul), tabelKategori(rows)], unbreakable: true } : { stack: [subbab(judul), tabelKategori(rows)] }
/** A chart with its heading, kept on one page. */
const grafik = (judul: string, svg: string): Content => ({ stack: [subbab(judul), { svg, font: 'Helvetica', margin: [0, 4, 0, 12] } as Content], unbreakable: true })
const paragraf = (teks: string): Content => ({ text: winAnsi(teks), alignment: 'justify', margin: [0, 0, 0, 8] })

function sampul(isi: IsiBukuPdf, namaWilayah: string, status: string): Content[] {
	const p = isi.publikasi
	return [
		...(isi.kop.logo ? [{ image: isi.kop.logo, fit: [90, 90] as [number, number], alignment: 'center' as const, margin: [0, 40, 0, 16] as [number, number, number, number] }] : [{ text: ' ', margin: [0, 120, 0, 0] as [number, number, number, number] }]),
		...(isi.kop.namaPemda ? [{ text: winAnsi(isi.kop.namaPemda.toUpperCase()), alignment: 'center' as const, fontSize: 13, bold: true }] : []),
		{ text: winAnsi(isi.kop.namaDinas.toUpperCase()), alignment: 'center', fontSize: 13, bold: true, margin: [0, 2, 0, 90] },
		{ text: 'BUKU AGREGAT KEPENDUDUKAN', alignment: 'center', fontSize: 22, bold: true, color: '#143a6b' },
		{ text: winAnsi(namaWilayah.toUpperCase()), alignment: 'center', fontSize: 16, bold: true, margin: [0, 8, 0, 4] },
		{ text: winAnsi(labelSemester(p.semester)), alignment: 'center', fontSize: 15, margin: [0, 0, 0, 6] },
		{ text: winAnsi(`Keadaan per ${formatTanggal(p.tanggalAcuan)}`), alignment: 'center', fontSize: 11 },
		{ text: winAnsi(`Versi ${p.versi} · ${status}`), alignment: 'center', fontSize: 10, color: '#555555', margin: [0, 6, 0, 0] },
		{ text: 'Sumber: Data Konsolidasi Bersih (DKB)', alignment: 'center', fontSize: 9, color: '#555555', margin: [0, 160, 0, 0] },
	]
}

function kataPengantar(isi: IsiBukuPdf, namaWilayah: string): Content[] {
	const p = isi.publikasi
	const tanggal = p.diterbitkanAt ? tanggalDiZona(new Date(p.diterbitkanAt), isi.zonaWaktu) : tanggalDiZona(isi.dicetakAt ?? new Date(), isi.zonaWaktu)
	const semester = labelSemester(p.semester)
	return [
		bab('Kata Pengantar'),
		paragraf(
			`Buku Agregat Kependudukan ${namaWilayah} ${semester} ini menyajikan jumlah penduduk menurut jenis kelamin, kelompok umur, agama, ` +
				`pendidikan, pekerjaan, status perkawinan, golongan darah, hubungan dalam keluarga dan disabilitas, serta kepemilikan dokumen ` +
				`kependudukan, dalam keadaan per ${formatTanggal(p.tanggalAcuan)}.`,
		),
		paragraf(
			`Data bersumber dari Data Konsolidasi Bersih (DKB) semester yang diterima ${isi.kop.namaDinas} dari Direktorat Jenderal Kependudukan dan ` +
				`Pencatatan Sipil Kementerian Dalam Negeri. Buku ini memuat tabel tingkat kabupaten/kota dan ringkasan per kecamatan; tabel per ` +
				`desa/kelurahan tersedia dalam buku kerja Excel yang diterbitkan bersama buku ini.`,
		),
		...(p.versi > 1
			? [paragraf(`Buku ini adalah versi ${p.versi} yang menggantikan versi sebelumnya${p.alasanKoreksi ? ` dengan alasan: ${p.alasanKoreksi}` : ''}.`)]
			: []),
		paragraf('Kami berharap buku ini bermanfaat bagi perencanaan pembangunan, penyusunan kebijakan dan pelayanan publik. Saran untuk perbaikan penyajian kami terima dengan senang hati.'),
		{
			columns: [
				{ text: '', width: '*' },
				{
					width: 230,
					alignment: 'center',
					margin: [0, 18, 0, 0],
					stack: [
						{ text: winAnsi([isi.kop.tempat, formatTanggal(tanggal)].filter(Boolean).join(', ')) },
						{ text: winAnsi(`Kepala ${isi.kop.namaDinas}`) },
						{ text: ' ', margin: [0, 0, 0, 42] },
						{ text: winAnsi(isi.kadis?.nama ?? '........................................'), bold: true, decoration: 'underline' },
						...(isi.kadis?.nip ? [{ text: winAnsi(`NIP ${isi.kadis.nip}`) }] : []),
					],
				},
			],
		},
	]
}

function ringkasan(isi: IsiBukuPdf): Content[] {
	const tabel = isi.kabupaten.tabel
	const dokumen = kepemilikanDokumen(tabel)
	const kecamatan = isi.kabupaten.subwilayah.map((s) => ({ label: s.nama, nilai: s.jumlah }))
	return [
		bab('I. Ringkasan'),
		tabelBerjudul('Penduduk, keluarga dan wajib KTP', barisLengkap(tabel, 'ringkasan')),
		{
			unbreakable: true,
			stack: [
				subbab('Kepemilikan dokumen kependudukan'),
				{
					table: {
						headerRows: 1,
						widths: ['*', '*', 70, 70, 50],
						body: [
							[kepala('Dokumen', 'left'), kepala('Sasaran', 'left'), kepala('Memiliki', 'right'), kepala('Jumlah sasaran', 'right'), kepala('%', 'right')],
							...dokumen.map((d): TableCell[] => [
								{ text: winAnsi(d.dokumen) },
								{ text: winAnsi(d.sasaran) },
								angka(d.memiliki),
								angka(d.jumlahSasaran),
								{ text: winAnsi(formatPersen(d.persen)), alignment: 'right' },
							]),
						],
					},
					layout: GARIS_TABEL,
					fontSize: 8.5,
					margin: [0, 0, 0, 10],
				},
			],
		},
		grafik('Piramida penduduk', svgPiramida(piramida(tabel), { lebar: LEBAR, tinggi: 300 })),
		...(kecamatan.length ? [grafik('Jumlah penduduk per kecamatan', svgBatang(kecamatan, { lebar: LEBAR }))] : []),
	]
}

function tabelKabupaten(isi: IsiBukuPdf): Content[] {
	return [bab(`II. Tabel ${isi.kabupaten.wilayah.nama}`), ...semuaTabel(isi.kabupaten.tabel).map((t) => tabelBerjudul(t.judul, t.baris))]
}

function perKecamatan(isi: IsiBukuPdf): Content[] {
	const data = isi.kecamatan.map((k) => {
		const penduduk = baris(k.tabel, 'ringkasan', 'Penduduk')
		return { kode: k.wilayah.kode, nama: k.wilayah.nama, penduduk, kk: baris(k.tabel, 'ringkasan', 'Kartu Keluarga').jumlah, wajibKtp: baris(k.tabel, 'ringkasan', 'Wajib KTP').jumlah }
	})
	const total = (f: (d: (typeof data)[number]) => number) => data.reduce((s, d) => s + f(d), 0)
	return [
		bab('III. Ringkasan per Kecamatan'),
		{
			table: {
				headerRows: 1,
				dontBreakRows: true,
				widths: [20, 50, '*', 52, 52, 56, 50, 52],
				body: [
					[kepala('No'), kepala('Kode', 'left'), kepala('Kecamatan', 'left'), kepala('L', 'right'), kepala('P', 'right'), kepala('Penduduk', 'right'), kepala('KK', 'right'), kepala('Wajib KTP', 'right')],
					...data.map((d, i): TableCell[] => [
						{ text: String(i + 1), alignment: 'center' },
						{ text: d.kode },
						{ text: winAnsi(d.nama) },
						angka(d.penduduk.l),
						angka(d.penduduk.p),
						angka(d.penduduk.jumlah),
						angka(d.kk),
						angka(d.wajibKtp),
					]),
					[
						{ text: 'Jumlah', colSpan: 3, bold: true },
						{ text: '' },
						{ text: '' },
						angka(total((d) => d.penduduk.l), true),
						angka(total((d) => d.penduduk.p), true),
						angka(total((d) => d.penduduk.jumlah), true),
						angka(total((d) => d.kk), true),
						angka(total((d) => d.wajibKtp), true),
					],
				],
			},
			layout: GARIS_TABEL,
			fontSize: 8,
		},
	]
}

export function susunBukuPdf(isi: IsiBukuPdf): Promise<Buffer> {
	const p = isi.publikasi
	const status = statusTampil(p.status)
	const namaWilayah = isi.kabupaten.wilayah.nama
	const judul = `Buku Agregat Kependudukan ${namaWilayah} ${labelSemester(p.semester)}`
	const dokumen: TDocumentDefinitions = {
		pageSize: 'A4',
		pageMargins: [TEPI, 48, TEPI, 48],
		info: { title: winAnsi(judul), subject: winAnsi(`Agregat kependudukan ${p.semester} versi ${p.versi}`), creator: 'SIMADU', producer: 'SIMADU' },
		...(status === 'terbit' ? {} : { watermark: { text: 'DRAF', opacity: 0.08, bold: true } }),
		footer: (halaman, jumlah) =>
			halaman === 1
				? { text: '' }
				: {
						columns: [
							{ text: winAnsi(`${judul} · versi ${p.versi}`), alignment: 'left' },
							{ text: `Halaman ${halaman} dari ${jumlah}`, alignment: 'right' },
						],
						fontSize: 7,
						color: '#555555',
						margin: [TEPI, 16, TEPI, 0],
					},
		styles: {
			bab: { fontSize: 14, bold: true, color: '#143a6b', margin: [0, 0, 0, 12] },
			subbab: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 4] },
		},
		content: [
			...sampul(isi, namaWilayah, LABEL_STATUS[status]),
			...kataPengantar(isi, namaWilayah),
			{ toc: { title: { text: 'DAFTAR ISI', style: 'bab' } }, pageBreak: 'before' },
			...ringkasan(isi),
			...tabelKabupaten(isi),
			...perKecamatan(isi),
		],
	}
	return renderPdf(dokumen)
}

/** The book of one version: the office's kabupaten/kota and its kecamatan, signed by the Kepala Dinas. */
export async function bukuPdfAgregat(publikasi: IsiBukuPdf['publikasi'] & { imporId: number }): Promise<Buffer | null> {
	const kantor = await getProfilKantorSingkat()
	const [kabupaten, kecamatan, kop, kadis] = await Promise.all([
		bacaAgregat(publikasi.imporId, kantor.kodeWilayah),
		bacaAgregatSemuaWilayah(publikasi.imporId, 'kecamatan'),
		siapkanKop(),
		pejabat('KADIS'),
	])
	if (!kabupaten) return null
	return susunBukuPdf({ kop, publikasi, kabupaten, kecamatan, kadis, zonaWaktu: kantor.zonaWaktu })
}
