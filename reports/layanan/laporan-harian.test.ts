import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { BARIS_HEADER_PERMOHONAN, BARIS_HEADER_REKAP, laporanHarianExcel } from './laporan-harian'

async function baca(isi: Buffer) {
	const workbook = new ExcelJS.Workbook()
	await workbook.xlsx.load(isi as unknown as ArrayBuffer)
	return workbook
}

const nilaiBaris = (sheet: ExcelJS.Worksheet, nomor: number, kolom: number) =>
	Array.from({ length: kolom }, (_, i) => sheet.getRow(nomor).getCell(i + 1).value)

describe('laporanHarianExcel', () => {
	it('writes the recap per service with a total line and the day list with masked NIK', async () => {
		const isi = await laporanHarianExcel({
			tanggal: '2026-11-23',
			tanggalLabel: '23 November 2026',
			namaKantor: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kebumen',
			rekap: [
				{ kode: 'KTP-BARU', nama: 'KTP-el baru', masuk: 2, selesai: 1, ditolak: 0, dikembalikan: 1, dendaKuitansi: 0, dendaNominal: 0 },
				{ kode: 'AKTA-LAHIR', nama: 'Akta kelahiran', masuk: 1, selesai: 0, ditolak: 1, dikembalikan: 0, dendaKuitansi: 1, dendaNominal: 100_000 },
			],
			permohonan: [
				{
					nomorTiket: 'KTP-BARU-20261123-0001',
					jam: '08.15',
					jenisNama: 'KTP-el baru',
					kanal: 'loket',
					pemohonNama: 'Budi Santoso',
					pemohonNikSamar: '3305••••••••0002',
					statusLabel: 'Selesai',
					denda: 0,
					dendaLunas: false,
				},
				{
					nomorTiket: 'AKTA-LAHIR-20261123-0001',
					jam: '09.40',
					jenisNama: 'Akta kelahiran',
					kanal: 'wa',
					pemohonNama: 'Sri Wahyuni',
					pemohonNikSamar: null,
					statusLabel: 'Sedang diproses',
					denda: 100_000,
					dendaLunas: true,
				},
			],
		})
		const workbook = await baca(isi)
		expect(workbook.worksheets.map((w) => w.name)).toEqual(['Rekap', 'Permohonan'])

		const rekap = workbook.getWorksheet('Rekap')!
		expect(rekap.getCell(1, 1).value).toBe('LAPORAN HARIAN PELAYANAN')
		expect(rekap.getCell(2, 1).value).toBe('DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KEBUMEN')
		expect(rekap.getCell(3, 1).value).toBe('Tanggal 23 November 2026')
		expect(nilaiBaris(rekap, BARIS_HEADER_REKAP, 9)).toEqual(['No', 'Kode', 'Layanan', 'Masuk', 'Selesai', 'Ditolak', 'Dikembalikan', 'Kuitansi denda', 'Denda diterima'])
		expect(nilaiBaris(rekap, BARIS_HEADER_REKAP + 1, 9)).toEqual([1, 'KTP-BARU', 'KTP-el baru', 2, 1, 0, 1, 0, 0])
		expect(nilaiBaris(rekap, BARIS_HEADER_REKAP + 2, 9)).toEqual([2, 'AKTA-LAHIR', 'Akta kelahiran', 1, 0, 1, 0, 1, 100_000])
		expect(nilaiBaris(rekap, BARIS_HEADER_REKAP + 3, 9)).toEqual([null, null, 'Jumlah', 3, 1, 1, 1, 1, 100_000])
		expect(rekap.getCell(BARIS_HEADER_REKAP + 2, 9).numFmt).toBe('"Rp"#,##0')

		const daftar = workbook.getWorksheet('Permohonan')!
		expect(daftar.getRow(BARIS_HEADER_PERMOHONAN).getCell(7).value).toBe('NIK')
		expect(nilaiBaris(daftar, BARIS_HEADER_PERMOHONAN + 1, 10)).toEqual([
			1,
			'KTP-BARU-20261123-0001',
			'08.15',
			'KTP-el baru',
			'Loket',
			'Budi Santoso',
			'3305••••••••0002',
			'Selesai',
			0,
			'—',
		])
		expect(nilaiBaris(daftar, BARIS_HEADER_PERMOHONAN + 2, 10).slice(4)).toEqual(['WhatsApp', 'Sri Wahyuni', '—', 'Sedang diproses', 100_000, 'Ya'])
	})

	it('says so when no request came in that day', async () => {
		const workbook = await baca(await laporanHarianExcel({ tanggal: '2026-11-22', tanggalLabel: '22 November 2026', namaKantor: 'Dinas', rekap: [], permohonan: [] }))
		expect(workbook.getWorksheet('Rekap')!.getRow(BARIS_HEADER_REKAP + 1).getCell(3).value).toBe('Jumlah')
		expect(workbook.getWorksheet('Permohonan')!.getCell(BARIS_HEADER_PERMOHONAN + 1, 1).value).toBe('Tidak ada permohonan masuk pada tanggal ini.')
	})
})
