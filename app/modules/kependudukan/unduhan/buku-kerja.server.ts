import { PassThrough, type Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { formatTanggal } from '~/utils/format'
import { bacaAgregat, bacaAgregatSemuaWilayah } from '../agregat.server'
import type { AgregatWilayah, PublikasiRingkas } from '../agregat.schema'
import { barisLengkap, JUDUL_SINGKAT, LABEL_STATUS, statusTampil } from '../agregat-tampilan'
import { labelSemester, TABEL_AGREGAT } from '../kode'

/**
 * The publication as an Excel workbook, streamed (exceljs WorkbookWriter): a cover sheet, then
 * every table three times: the kabupaten/kota (a row per category), the kecamatan and the
 * desa/kelurahan in long format (a row per area and category: a block of columns per category
 * would be 267 columns wide for pekerjaan). Pure over the figures, so it is tested without a
 * database; `bukuKerjaAgregat` reads them.
 */
type TabelWilayah = Pick<AgregatWilayah, 'wilayah' | 'tabel'>

export type IsiBukuKerja = {
	kantor: { namaDinas: string; namaPemda: string }
	publikasi: Pick<PublikasiRingkas, 'semester' | 'versi' | 'tanggalAcuan' | 'status' | 'alasanKoreksi' | 'diterbitkanAt'>
	kabupaten: TabelWilayah
	kecamatan: TabelWilayah[]
	desa: TabelWilayah[]
	zonaWaktu?: string
}

const FORMAT_ANGKA = '#,##0'
const GARIS: Partial<ExcelJS.Borders> = {
	top: { style: 'thin', color: { argb: 'FFB9C1CC' } },
	left: { style: 'thin', color: { argb: 'FFB9C1CC' } },
	bottom: { style: 'thin', color: { argb: 'FFB9C1CC' } },
	right: { style: 'thin', color: { argb: 'FFB9C1CC' } },
}
const ISI_KEPALA: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } }

/** Excel's rules for a sheet name: at most 31 characters, none of `: \ / ? * [ ]`, unique ignoring case. */
export function namaSheet(nama: string, dipakai: Set<string>) {
	const bersih = nama.replace(/[:\\/?*[\]]/g, '-').trim().slice(0, 31)
	let hasil = bersih
	for (let i = 2; dipakai.has(hasil.toLowerCase()); i++) hasil = `${bersih.slice(0, 31 - String(i).length - 1)}~${i}`
	dipakai.add(hasil.toLowerCase())
	return hasil
}

type Kolom = { header: string; width: number; angka?: boolean }

function lembar(workbook: ExcelJS.stream.xlsx.WorkbookWriter, nama: string, kolom: Kolom[]) {
	const sheet = workbook.addWorksheet(nama, { views: [{ state: 'frozen', ySplit: 1 }] })
	// a column's style is copied into each new cell: far cheaper than styling 40,000 cells one by one
	sheet.columns = kolom.map((k) => ({ header: k.header, width: k.width, style: { border: GARIS, ...(k.angka ? { numFmt: FORMAT_ANGKA } : {}) } }))
	const kepala = sheet.getRow(1)
	kolom.forEach((k, i) => {
		const sel = kepala.getCell(i + 1)
		sel.style = { font: { bold: true }, fill: ISI_KEPALA, border: GARIS, alignment: { vertical: 'middle', horizontal: k.angka ? 'right' : 'left' } }
	})
	kepala.commit()
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: kolom.length } }
	const tambah = (nilai: (string | number)[]) => sheet.addRow(nilai).commit()
	return { sheet, tambah }
}

function sampul(workbook: ExcelJS.stream.xlsx.WorkbookWriter, isi: IsiBukuKerja, nama: string) {
	const { publikasi: p } = isi
	const sheet = workbook.addWorksheet(nama)
	sheet.columns = [{ width: 24 }, { width: 70 }]
	const judul = sheet.addRow(['Agregat Kependudukan'])
	judul.getCell(1).font = { bold: true, size: 14 }
	judul.commit()
	sheet.addRow([]).commit()
	const baris: [string, string][] = [
		['Instansi', [isi.kantor.namaDinas, isi.kantor.namaPemda].filter(Boolean).join(', ')],
		['Wilayah', isi.kabupaten.wilayah.nama],
		['Semester', labelSemester(p.semester)],
		['Tanggal acuan', formatTanggal(p.tanggalAcuan)],
		['Versi', String(p.versi)],
		['Status', LABEL_STATUS[statusTampil(p.status)]],
		...(p.diterbitkanAt ? [['Diterbitkan', formatTanggal(p.diterbitkanAt, isi.zonaWaktu)] as [string, string]] : []),
		...(p.alasanKoreksi ? [['Alasan koreksi', p.alasanKoreksi] as [string, string]] : []),
		['Sumber', 'Data Konsolidasi Bersih (DKB) semester'],
		['Isi', 'Setiap tabel untuk kabupaten/kota (Kab), per kecamatan (Kec) dan per desa/kelurahan (Desa). L = laki-laki, P = perempuan.'],
	]
	for (const [label, nilai] of baris) {
		const row = sheet.addRow([label, nilai])
		row.getCell(1).font = { bold: true }
		row.getCell(2).alignment = { wrapText: true, vertical: 'top' }
		row.commit()
	}
	sheet.commit()
}

const KOLOM_KAB: Kolom[] = [
	{ header: 'Kategori', width: 44 },
	{ header: 'L', width: 14, angka: true },
	{ header: 'P', width: 14, angka: true },
	{ header: 'Jumlah', width: 14, angka: true },
]
const KOLOM_PANJANG = (wilayah: string): Kolom[] => [
	{ header: 'Kode', width: 15 },
	{ header: wilayah, width: 28 },
	{ header: 'Kategori', width: 44 },
	{ header: 'L', width: 14, angka: true },
	{ header: 'P', width: 14, angka: true },
	{ header: 'Jumlah', width: 14, angka: true },
]

/**
 * Lets other requests and the response itself move every few thousand rows: the desa sheet of
 * pekerjaan alone is 41,000 rows, too long to hold the event loop for.
 */
const jeda = () => new Promise<void>((resolve) => setImmediate(resolve))
const BARIS_PER_JEDA = 2000

export function tulisBukuKerja(isi: IsiBukuKerja): Readable {
	const output = new PassThrough()
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
	workbook.creator = 'SIMADU'
	const dipakai = new Set<string>()
	void (async () => {
		try {
			sampul(workbook, isi, namaSheet('Sampul', dipakai))
			for (const t of TABEL_AGREGAT) {
				const judul = JUDUL_SINGKAT[t.kunci]
				const kab = lembar(workbook, namaSheet(`${judul} - Kab`, dipakai), KOLOM_KAB)
				for (const b of barisLengkap(isi.kabupaten.tabel, t.kunci)) kab.tambah([b.kategori, b.l, b.p, b.jumlah])
				kab.sheet.commit()
				for (const [akhiran, tingkat, daftar] of [
					['Kec', 'Kecamatan', isi.kecamatan],
					['Desa', 'Desa/Kelurahan', isi.desa],
				] as const) {
					const s = lembar(workbook, namaSheet(`${judul} - ${akhiran}`, dipakai), KOLOM_PANJANG(tingkat))
					let sejakJeda = 0
					for (const w of daftar) {
						for (const b of barisLengkap(w.tabel, t.kunci)) s.tambah([w.wilayah.kode, w.wilayah.nama, b.kategori, b.l, b.p, b.jumlah])
						sejakJeda += t.kategori.length
						if (sejakJeda >= BARIS_PER_JEDA) {
							sejakJeda = 0
							await jeda()
						}
					}
					s.sheet.commit()
				}
				await jeda()
			}
			await workbook.commit()
		} catch (error) {
			output.destroy(error instanceof Error ? error : new Error(String(error)))
		}
	})()
	return output
}

/** The workbook of one version: its kabupaten/kota, every kecamatan and every desa/kelurahan. */
export async function bukuKerjaAgregat(publikasi: IsiBukuKerja['publikasi'] & { imporId: number }): Promise<Readable | null> {
	const kantor = await getProfilKantorSingkat()
	const [kabupaten, kecamatan, desa] = await Promise.all([
		bacaAgregat(publikasi.imporId, kantor.kodeWilayah),
		bacaAgregatSemuaWilayah(publikasi.imporId, 'kecamatan'),
		bacaAgregatSemuaWilayah(publikasi.imporId, 'desa'),
	])
	if (!kabupaten) return null
	return tulisBukuKerja({ kantor, publikasi, kabupaten, kecamatan, desa, zonaWaktu: kantor.zonaWaktu })
}
