import type { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { AgregatWilayah, BarisAgregat, TingkatAgregat } from '../agregat.schema'
import { kepemilikanDokumen, pekerjaanTerbanyak, piramida } from '../agregat-tampilan'
import { TABEL_AGREGAT, type KunciTabel } from '../kode'
import { susunBukuPdf } from './buku-pdf.server'
import { namaSheet, tulisBukuKerja } from './buku-kerja.server'
import { svgBatang, svgPiramida } from './svg-grafik'

/**
 * The workbook, the book and their charts from fabricated figures: no import needed. Every row
 * gets a figure from its table, its position and the area, so a cell read back can be checked
 * against the number that went in; every third row is zero, as empty categories must still appear.
 */
function tabelPalsu(faktor: number) {
	return Object.fromEntries(
		TABEL_AGREGAT.map((t, ti) => [
			t.kunci,
			t.kategori.map((kategori, i): BarisAgregat => {
				const l = i % 3 === 2 ? 0 : (ti + 1) * 100 * faktor + i
				const p = i % 3 === 2 ? 0 : (ti + 1) * 90 * faktor + i
				return { kategori, l, p, jumlah: l + p }
			}),
		]),
	) as Record<KunciTabel, BarisAgregat[]>
}

function wilayahPalsu(kode: string, nama: string, tingkat: TingkatAgregat, faktor: number): Pick<AgregatWilayah, 'wilayah' | 'tabel'> {
	return { wilayah: { kode, nama, tingkat }, tabel: tabelPalsu(faktor) }
}

const kecamatan = [wilayahPalsu('33.05.01', 'Ayah', 'kecamatan', 2), wilayahPalsu('33.05.02', 'Buayan', 'kecamatan', 3)]
const desa = [wilayahPalsu('33.05.01.2001', 'Argopeni', 'desa', 1), wilayahPalsu('33.05.01.2002', 'Argosari', 'desa', 1), wilayahPalsu('33.05.02.2001', 'Adiwarno', 'desa', 1)]
const kabupaten: AgregatWilayah = {
	...wilayahPalsu('33.05', 'Kabupaten Kebumen', 'kabupaten', 5),
	subwilayah: [
		{ kode: '33.05.01', nama: 'Ayah', l: 1200, p: 1100, jumlah: 2300, kk: 700 },
		{ kode: '33.05.02', nama: 'Buayan', l: 900, p: 950, jumlah: 1850, kk: 600 },
	],
}
const publikasi = { semester: '2026-1', versi: 2, tanggalAcuan: '2026-06-30', status: 'terbit' as const, alasanKoreksi: 'Perbaikan kode wilayah desa Argosari', diterbitkanAt: '2026-07-20T03:00:00.000Z' }

async function bacaBalik(stream: Readable) {
	const potongan: Buffer[] = []
	for await (const c of stream) potongan.push(Buffer.from(c as Buffer))
	const workbook = new ExcelJS.Workbook()
	await workbook.xlsx.load(Buffer.concat(potongan) as unknown as ArrayBuffer)
	return workbook
}

describe('the workbook', () => {
	it('has a cover and three formatted sheets per table, with the figures that went in', async () => {
		const workbook = await bacaBalik(
			tulisBukuKerja({ kantor: { namaDinas: 'Dinas Kependudukan dan Pencatatan Sipil', namaPemda: 'Pemerintah Kabupaten Kebumen' }, publikasi, kabupaten, kecamatan, desa }),
		)
		const nama = workbook.worksheets.map((w) => w.name)
		expect(nama).toHaveLength(1 + 3 * 16)
		expect(nama.slice(0, 4)).toEqual(['Sampul', 'Ringkasan - Kab', 'Ringkasan - Kec', 'Ringkasan - Desa'])
		expect(nama).toContain('Hubungan Keluarga - Desa')
		expect(new Set(nama.map((n) => n.toLowerCase())).size).toBe(nama.length)
		for (const n of nama) expect(n.length).toBeLessThanOrEqual(31)

		const sampul = workbook.getWorksheet('Sampul')!
		const isiSampul = sampul.getSheetValues().flat().filter(Boolean).map(String)
		expect(isiSampul).toEqual(expect.arrayContaining(['Semester I 2026', '30 Juni 2026', '2', 'Terbit', 'Perbaikan kode wilayah desa Argosari', 'Kabupaten Kebumen']))

		// kelompok-umur is the second table: row "05-09" (index 1) of the kabupaten, factor 5
		const umur = workbook.getWorksheet('Kelompok Umur - Kab')!
		expect(umur.getRow(1).values).toEqual([undefined, 'Kategori', 'L', 'P', 'Jumlah'])
		expect(umur.getRow(3).values).toEqual([undefined, '05-09', 2 * 100 * 5 + 1, 2 * 90 * 5 + 1, 2 * 190 * 5 + 2])
		// the zero row is there too
		expect(umur.getRow(4).values).toEqual([undefined, '10-14', 0, 0, 0])
		expect(umur.rowCount).toBe(1 + 16)
		const kepala = umur.getCell('A1')
		expect(kepala.font?.bold).toBe(true)
		expect(kepala.fill).toMatchObject({ type: 'pattern', pattern: 'solid' })
		expect(kepala.border?.bottom?.style).toBe('thin')
		expect(umur.getCell('B3').numFmt).toBe('#,##0')
		expect(umur.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
		expect(umur.getColumn(1).width).toBeGreaterThan(20)

		// long format: one row per area and category, in area order
		const pekerjaanDesa = workbook.getWorksheet('Pekerjaan - Desa')!
		expect(pekerjaanDesa.getRow(1).values).toEqual([undefined, 'Kode', 'Desa/Kelurahan', 'Kategori', 'L', 'P', 'Jumlah'])
		expect(pekerjaanDesa.rowCount).toBe(1 + 3 * 89)
		expect(pekerjaanDesa.getRow(2).values).toEqual([undefined, '33.05.01.2001', 'Argopeni', 'BELUM/TIDAK BEKERJA', 700, 630, 1330])
		expect(pekerjaanDesa.getRow(2 + 2 * 89).getCell(1).value).toBe('33.05.02.2001')
		const agamaKec = workbook.getWorksheet('Agama - Kec')!
		expect(agamaKec.getRow(2 + 7).values).toEqual([undefined, '33.05.02', 'Buayan', 'Islam', 5 * 100 * 3, 5 * 90 * 3, 5 * 190 * 3])
	})

	it('keeps sheet names within Excel rules', () => {
		const dipakai = new Set<string>()
		expect(namaSheet('Ringkasan - Kab', dipakai)).toBe('Ringkasan - Kab')
		expect(namaSheet('ringkasan - kab', dipakai)).toBe('ringkasan - kab~2')
		const panjang = namaSheet('Penduduk menurut Jenis Pekerjaan [Desa/Kel]', dipakai)
		expect(panjang.length).toBeLessThanOrEqual(31)
		expect(panjang).not.toMatch(/[[\]/]/)
	})
})

describe('the book', () => {
	it('renders an A4 PDF with the cover, the foreword, the contents and the charts', async () => {
		const pdf = await susunBukuPdf({
			kop: { namaPemda: 'Pemerintah Kabupaten Kebumen', namaDinas: 'Dinas Kependudukan dan Pencatatan Sipil', tempat: 'Kebumen', logo: null },
			publikasi,
			kabupaten,
			kecamatan,
			kadis: { nama: 'Drs. Bambang Wicaksono, M.Si.', nip: '196905121994031008' },
			zonaWaktu: 'Asia/Jakarta',
		})
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
		expect(pdf.length).toBeGreaterThan(20_000)
		const teks = pdf.toString('latin1')
		// A4 pages, and more than a cover and a foreword
		expect(teks).toMatch(/\/MediaBox \[0 0 595\.2\d+ 841\.8\d+\]/)
		expect((teks.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(8)
	})

	it('draws a draft with a watermark and without a signer', async () => {
		const pdf = await susunBukuPdf({
			kop: { namaPemda: '', namaDinas: 'Dinas Kependudukan dan Pencatatan Sipil', tempat: '', logo: null },
			publikasi: { ...publikasi, versi: 1, status: 'draft', alasanKoreksi: null, diterbitkanAt: null },
			kabupaten: { ...kabupaten, subwilayah: [] },
			kecamatan: [],
			kadis: null,
			zonaWaktu: 'Asia/Jakarta',
		})
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
	})
})

describe('the charts', () => {
	it('shapes the pyramid, the top occupations and the ownership rates', () => {
		const tabel = tabelPalsu(1)
		const p = piramida(tabel)
		expect(p.kelompok).toHaveLength(16)
		expect(p.l[1]).toBe(201)
		const teratas = pekerjaanTerbanyak(tabel)
		expect(teratas).toHaveLength(10)
		expect(teratas[0]!.jumlah).toBeGreaterThanOrEqual(teratas[9]!.jumlah)
		expect(teratas.every((r) => r.jumlah > 0)).toBe(true)
		const dokumen = kepemilikanDokumen(tabel)
		expect(dokumen.map((d) => d.dokumen)).toEqual(['KTP-el', 'KIA', 'Akta kelahiran', 'Akta perkawinan'])
		// ktp-el (table 12): Wajib KTP 1200+1080, Sudah Rekam 1201+1081
		expect(dokumen[0]).toMatchObject({ memiliki: 2282, jumlahSasaran: 2280 })
		// akta-perkawinan (table 15): memiliki 1500+1350, belum 1501+1351
		expect(dokumen[3]).toMatchObject({ memiliki: 2850, jumlahSasaran: 2850 + 2852, persen: 50 })
		expect(kepemilikanDokumen({})[0]!.persen).toBeNull()
	})

	it('builds SVG the PDF can draw, with escaped labels', () => {
		const pir = svgPiramida({ kelompok: ['00-04', '75+'], l: [10, 5], p: [8, 0] })
		expect(pir).toMatch(/^<svg [^>]*width="480" height="300"/)
		expect(pir).toContain('>75+</text>')
		const batang = svgBatang([
			{ label: 'Ayah & <Buayan>', nilai: 1234 },
			{ label: 'Kosong', nilai: 0 },
		])
		expect(batang).toContain('Ayah &amp; &lt;Buayan&gt;')
		expect(batang).toContain('>1.234</text>')
		expect((batang.match(/<rect /g) ?? []).length).toBe(2)
	})
})
