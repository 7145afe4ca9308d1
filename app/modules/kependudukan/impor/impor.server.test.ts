import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { DkbImpor, Keluarga, Penduduk, PublikasiAgregat } from '#models/index'
import { getUserById } from '#test/alur'
import { KOLOM, imporUji, langkahPublikasi, penduduk, terbitkan, tulisCsv, type BarisUji } from '#test/kependudukan'
import { getStorage } from '~/integrations/storage/storage.server'
import { getDb } from '~/utils/db.server'
import { bacaAgregat } from '../agregat.server'
import { bersihkanImpor, buatKoreksi } from '../publikasi.server'
import { getPublikasiUntukBaca } from '../publikasi-baca.server'
import { siapkanKalender } from '~/workflow/mesin.server'
import { buatImpor, samarkanNomor } from './impor.server'

/**
 * The hand-made file of the counting rules, semester 2026-1 (reference date 30 June 2026), in
 * desa Argopeni (33.05.01.2001) and desa Kalipoh (33.05.01.2002) of Kecamatan Ayah, and one
 * resident of desa Banjarsari (33.05.02.2001) of Kecamatan Buayan.
 */
const SAH: BarisUji[] = [
	// KK 1: a family with a kepala
	penduduk({ NIK: '3305011705800001' }),
	penduduk({ NIK: '3305015706850002', NAMA_LGKP: 'ISTRI UJI', JENIS_KLMIN: '2', STAT_HBKEL: '3', TGL_LHR: '1985-06-17' }),
	// 17 exactly on the reference date: wajib KTP, not recorded yet
	penduduk({ NIK: '3305017006090003', NAMA_LGKP: 'ANAK TUJUH BELAS', JENIS_KLMIN: '2', STAT_HBKEL: '4', STAT_KWN: '1', TGL_LHR: '2009-06-30', STAT_KTP_EL: '1', AKTA_KWN: '1', KIA: '1' }),
	// one day short of 17: wajib KIA (has it), not wajib KTP
	penduduk({ NIK: '3305010107090004', NAMA_LGKP: 'ANAK ENAM BELAS', STAT_HBKEL: '4', STAT_KWN: '1', TGL_LHR: '2009-07-01', STAT_KTP_EL: '1', AKTA_KWN: '1', KIA: '2' }),
	// born 29 February 2012, written DD-MM-YYYY: 14 years old, anak without akta
	penduduk({ NIK: '3305016902120005', NAMA_LGKP: 'ANAK KABISAT', JENIS_KLMIN: '2', STAT_HBKEL: '4', STAT_KWN: '1', TGL_LHR: '29-02-2012', STAT_KTP_EL: '1', AKTA_LHR: '1', AKTA_KWN: '1', KIA: '1' }),
	// KK 2 in Kalipoh: a married 16-year-old (wajib KTP, not wajib KIA) and a WNA, no kepala row at all
	penduduk({ NIK: '3305015501100006', NO_KK: '3305010101200002', NAMA_LGKP: 'MENIKAH MUDA', JENIS_KLMIN: '2', STAT_HBKEL: '3', TGL_LHR: '2010-01-15', NO_KEL: '2002', STAT_KTP_EL: '2', KIA: '1' }),
	penduduk({ NIK: '3305010303700007', NO_KK: '3305010101200002', NAMA_LGKP: 'JOHN DOE', STAT_HBKEL: '9', KWRNGRN: '2', TGL_LHR: '1970-03-03', NO_KEL: '2002', STAT_KWN: '3', AKTA_CRAI: '2', PNYDNG_CACAT: '2', AGAMA: '2' }),
	// KK 3 in Kecamatan Buayan: a widow, kepala keluarga, no akta kelahiran, with the `;` file below
	penduduk({ NIK: '3305024404500008', NO_KK: '3305020101200003', NAMA_LGKP: 'JANDA UJI', JENIS_KLMIN: '2', TGL_LHR: '1950-04-04', NO_KEC: '2', NO_KEL: '2001', STAT_KWN: '4', AKTA_LHR: '1', AKTA_KWN: '1' }),
]

const DITOLAK: BarisUji[] = [
	penduduk({ NIK: '330501170580001' }), // 15 digits
	penduduk({ NIK: '3305011705800009', AGAMA: '9' }),
	penduduk({ NIK: '3305011705800010', TGL_LHR: '2026-07-01' }), // after the reference date
	penduduk({ NIK: '3305011705800011', TGL_LHR: '31-04-2000' }), // no such date
	penduduk({ NIK: '3305011705800012', NO_PROP: '35', NO_KAB: '75', NO_KEC: '1', NO_KEL: '1001' }), // Kota Pasuruan
	penduduk({ NIK: '3305011705800001', NAMA_LGKP: 'KEMBAR' }), // the first row's NIK again
	penduduk({ NIK: '3305011705800013', NAMA_LGKP: '' }),
	penduduk({ NIK: '3305011705800014', TGL_LHR: '2023-02-29' }), // not a leap year
]

type Agregat = NonNullable<Awaited<ReturnType<typeof bacaAgregat>>>
const baris = (data: Agregat | null, tabel: keyof Agregat['tabel'], kategori: string) => data!.tabel[tabel].find((b) => b.kategori === kategori)!

describe('samarkanNomor', () => {
	it('keeps NIK and KK numbers out of a failed job\'s message', () => {
		expect(samarkanNomor("Duplicate entry '7-3305011705800001' for key 'penduduk_impor_nik'")).toBe("Duplicate entry '7-################' for key 'penduduk_impor_nik'")
	})
})

describe('impor DKB', () => {
	it('imports the valid rows, rejects the others with row, column and reason, and counts by the rules', async () => {
		const file = tulisCsv([...SAH, ...DITOLAK])
		const hasil = await imporUji('2026-1', file)
		expect(hasil).toMatchObject({ status: 'selesai', barisDibaca: 16, barisDiimpor: 8, barisDitolak: 8 })

		const laporan = await getStorage().read(hasil.laporan!)
		const wb = new ExcelJS.Workbook()
		await wb.xlsx.load(laporan as unknown as ArrayBuffer)
		const rows = wb.worksheets[0]!.getSheetValues().slice(3) as unknown[][]
		const alasan = rows.map((r) => [r[1], r[2], r[4]].join(' | '))
		expect(alasan).toEqual([
			'10 | NIK | NIK harus 16 digit angka.',
			'11 | AGAMA | Kode agama harus 1–7.',
			'12 | TGL_LHR | Tanggal lahir sesudah tanggal acuan 2026-06-30.',
			'13 | TGL_LHR | Tanggal lahir tidak ada di kalender (format YYYY-MM-DD atau DD-MM-YYYY).',
			'14 | NO_KEL | Bukan desa/kelurahan di wilayah 33.05.',
			'15 | NIK | NIK sudah muncul pada baris sebelumnya dalam berkas ini.',
			'16 | NAMA_LGKP | Kolom wajib kosong.',
			'17 | TGL_LHR | Tanggal lahir tidak ada di kalender (format YYYY-MM-DD atau DD-MM-YYYY).',
		])

		const pub = await getPublikasiUntukBaca('2026-1', { draft: true })
		expect(pub).toMatchObject({ status: 'draft', versi: 1, imporId: hasil.imporId })
		const kab = await bacaAgregat(hasil.imporId, '33.05')
		expect(baris(kab, 'ringkasan', 'Penduduk')).toEqual({ kategori: 'Penduduk', l: 3, p: 5, jumlah: 8 })
		// KK 2 has no kepala: in the total, under neither sex
		expect(baris(kab, 'ringkasan', 'Kartu Keluarga')).toEqual({ kategori: 'Kartu Keluarga', l: 1, p: 1, jumlah: 3 })
		expect(baris(kab, 'ringkasan', 'WNA')).toMatchObject({ l: 1, p: 0, jumlah: 1 })
		// the three adults of KK 1, the 17-year-old, the married 16-year-old, the WNA, the widow
		expect(baris(kab, 'ringkasan', 'Wajib KTP')).toMatchObject({ l: 2, p: 4, jumlah: 6 })
		expect(baris(kab, 'ktp-el', 'Belum Rekam')).toMatchObject({ jumlah: 1 })
		expect(baris(kab, 'ktp-el', 'Sudah Rekam')).toMatchObject({ jumlah: 5 })
		expect(baris(kab, 'ktp-el', 'Sudah Cetak')).toMatchObject({ jumlah: 4 })
		expect(baris(kab, 'kia', 'Anak Wajib KIA')).toMatchObject({ l: 1, p: 1, jumlah: 2 })
		expect(baris(kab, 'kia', 'Memiliki KIA')).toMatchObject({ l: 1, p: 0, jumlah: 1 })
		expect(baris(kab, 'akta-kelahiran', 'Anak Belum Memiliki Akta')).toMatchObject({ jumlah: 1 })
		expect(baris(kab, 'akta-kelahiran', 'Belum Memiliki Akta')).toMatchObject({ jumlah: 2 })
		expect(baris(kab, 'kelompok-umur', '15-19')).toMatchObject({ l: 1, p: 2, jumlah: 3 })
		expect(baris(kab, 'kelompok-umur', '10-14')).toMatchObject({ l: 0, p: 1, jumlah: 1 })
		expect(baris(kab, 'kelompok-umur', '75+')).toMatchObject({ jumlah: 1 })
		expect(baris(kab, 'disabilitas', 'Netra/Buta')).toMatchObject({ l: 1, jumlah: 1 })
		expect(baris(kab, 'akta-perceraian', 'Cerai Hidup Memiliki Akta')).toMatchObject({ jumlah: 1 })
		expect(kab!.subwilayah.map((s) => [s.kode, s.jumlah, s.kk])).toEqual([
			['33.05.01', 7, 2],
			['33.05.02', 1, 1],
			...kab!.subwilayah.slice(2).map((s) => [s.kode, 0, 0]),
		])

		const keluarga = await Keluarga.findAll({ where: { imporId: hasil.imporId }, order: [['noKk', 'ASC']], raw: true })
		expect(keluarga.map((k) => [k.noKk, k.jumlahAnggota, k.nikKepala])).toEqual([
			['3305010101200001', 5, '3305011705800001'],
			['3305010101200002', 2, null],
			['3305020101200003', 1, '3305024404500008'],
		])
		fs.rmSync(file, { force: true })
	})

	it('reads a semicolon file and a file with its columns in another order and case', async () => {
		const kolom = ['nik', 'no_kk', 'Nama_Lgkp', 'JENIS_KLMIN', 'TGL_LHR', 'AGAMA', 'STAT_KWN', 'STAT_HBKEL', 'PDDK_AKH', 'JENIS_PKRJN', 'KWRNGRN', 'NO_PROP', 'NO_KAB', 'NO_KEC', 'NO_KEL', 'AKTA_LHR', 'AKTA_KWN', 'AKTA_CRAI', 'STAT_KTP_EL', 'KIA'].reverse()
		const rows = SAH.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [kolom.find((c) => c.toUpperCase() === k) ?? k, v])))
		const file = tulisCsv(rows as BarisUji[], { pemisah: ';', kolom })
		const hasil = await imporUji('2025-2', file)
		expect(hasil).toMatchObject({ status: 'selesai', barisDiimpor: 8, barisDitolak: 0, laporan: null })
		// optional columns left out take their defaults
		const p = await Penduduk.findOne({ where: { imporId: hasil.imporId, nik: '3305011705800001' } })
		expect(p).toMatchObject({ golonganDarah: 13, disabilitas: 0, alamat: '', rt: '' })
	})

	it('reads the first sheet of an XLSX file, dates typed as dates included', async () => {
		const wb = new ExcelJS.Workbook()
		const sheet = wb.addWorksheet('DKB')
		sheet.addRow([...KOLOM])
		for (const r of SAH) {
			sheet.addRow(KOLOM.map((k) => (k === 'TGL_LHR' && r.TGL_LHR === '1980-05-17' ? new Date(Date.UTC(1980, 4, 17)) : (r[k] ?? ''))))
		}
		wb.addWorksheet('Catatan').addRow(['diabaikan'])
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'simadu-dkb-')), 'dkb.xlsx')
		await wb.xlsx.writeFile(file)
		const hasil = await imporUji('2024-2', file)
		expect(hasil).toMatchObject({ status: 'selesai', barisDibaca: 8, barisDiimpor: 8, barisDitolak: 0 })
		const p = await Penduduk.findOne({ where: { imporId: hasil.imporId, nik: '3305011705800001' } })
		expect(p).toMatchObject({ tanggalLahir: '1980-05-17', umur: 44, kodeDesa: '33.05.01.2001' })
	})

	it('fails a file without the required columns and leaves the semester as it was', async () => {
		const sebelum = await getPublikasiUntukBaca('2026-1', { draft: true })
		const file = tulisCsv([penduduk({ NIK: '3305011705800001' })], { kolom: ['NIK', 'NAMA_LGKP'] })
		const hasil = await imporUji('2026-1', file)
		expect(hasil.status).toBe('gagal')
		expect(hasil.pesan).toMatch(/Kolom wajib tidak ada pada baris judul: NO_KK, JENIS_KLMIN/)
		expect(await getPublikasiUntukBaca('2026-1', { draft: true })).toEqual(sebelum)
		expect(await Penduduk.count({ where: { imporId: hasil.imporId } })).toBe(0)
	})

	it('replaces a draft semester completely: the publication moves to the new import and the old rows go', async () => {
		const lama = (await getPublikasiUntukBaca('2026-1', { draft: true }))!.imporId!
		const file = tulisCsv(SAH.slice(0, 3))
		const hasil = await imporUji('2026-1', file)
		expect(hasil.status).toBe('selesai')
		const pub = await getPublikasiUntukBaca('2026-1', { draft: true })
		expect(pub).toMatchObject({ versi: 1, imporId: hasil.imporId })
		expect(await Penduduk.count({ where: { imporId: lama } })).toBe(0)
		expect(await Penduduk.count({ where: { imporId: hasil.imporId } })).toBe(3)
		expect(baris(await bacaAgregat(hasil.imporId, '33.05'), 'ringkasan', 'Penduduk').jumlah).toBe(3)
		expect((await DkbImpor.findByPk(lama))!.status).toBe('diganti')
		// one workflow for the version, however often it is re-imported
		expect(await PublikasiAgregat.count({ where: { semester: '2026-1' } })).toBe(1)
	})

	it('refuses a semester that has not ended, and a second import while one runs', async () => {
		const file = tulisCsv(SAH)
		const belum = await buatImpor({ semester: '2026-2', namaBerkas: 'a.csv', berkas: file, asal: 'luar', pelaku: null, now: new Date('2026-11-22T03:00:00Z') })
		expect(belum).toEqual({ ok: false, errors: { semester: ['Semester II 2026 belum berakhir (tanggal acuan 2026-12-31).'] } })
		const salah = await buatImpor({ semester: '2026-3', namaBerkas: 'a.csv', berkas: file, asal: 'luar', pelaku: null })
		expect(salah.ok).toBe(false)

		const pertama = await buatImpor({ semester: '2025-1', namaBerkas: 'a.csv', berkas: file, asal: 'luar', pelaku: null })
		const kedua = await buatImpor({ semester: '2025-1', namaBerkas: 'b.csv', berkas: file, asal: 'luar', pelaku: null })
		expect(pertama.ok).toBe(true)
		expect(kedua).toEqual({ ok: false, errors: { semester: [expect.stringMatching(/^Impor Semester I 2025 lain sedang berjalan \(a\.csv\)/)] } })
		await DkbImpor.update({ status: 'gagal' }, { where: { semester: '2025-1' } })
	})

	it('goes through P7.2: returned by the Sekretaris, published by the Kepala Dinas, then frozen; a correction is a new version', async () => {
		const pub = (await PublikasiAgregat.findOne({ where: { semester: '2026-1' } }))!
		const instansId = pub.instansAlurId!
		await langkahPublikasi(instansId, 'teruskan')
		await langkahPublikasi(instansId, 'ajukan')
		expect((await pub.reload()).status).toBe('menunggu-persetujuan')
		// while it waits for approval, no import replaces it
		const file = tulisCsv(SAH)
		await expect(imporUji('2026-1', file)).rejects.toThrow(/sedang menunggu persetujuan/)
		await langkahPublikasi(instansId, 'kembalikan', 'Jumlah KK per kecamatan perlu dicek ulang.')
		expect((await pub.reload()).status).toBe('draft')
		await langkahPublikasi(instansId, 'ajukan')
		await langkahPublikasi(instansId, 'setujui')
		expect((await pub.reload()).status).toBe('menunggu-persetujuan')
		await langkahPublikasi(instansId, 'setujui')
		expect(await pub.reload()).toMatchObject({ status: 'terbit' })
		expect(pub.diterbitkanAt).toBeInstanceOf(Date)
		await expect(imporUji('2026-1', file)).rejects.toThrow(/sudah terbit dan tidak dapat diimpor ulang/)

		const kadis = await getUserById('piak')
		const tanpaAlasan = await buatKoreksi({ semester: '2026-1', alasan: 'salah', pelaku: kadis, kalender: await siapkanKalender() })
		expect(tanpaAlasan.ok).toBe(false)
		const koreksi = await buatKoreksi({ semester: '2026-1', alasan: 'Data desa Kalipoh tertukar dengan desa Argopeni.', pelaku: kadis, kalender: await siapkanKalender() })
		expect(koreksi.ok).toBe(true)
		// the public still reads version 1 while version 2 is drafted
		expect(await getPublikasiUntukBaca('2026-1')).toMatchObject({ versi: 1, status: 'terbit' })
		const baru = await imporUji('2026-1', file)
		expect(baru.status).toBe('selesai')
		const v2 = (await PublikasiAgregat.findOne({ where: { semester: '2026-1', versi: 2 } }))!
		expect(v2).toMatchObject({ imporId: baru.imporId, alasanKoreksi: 'Data desa Kalipoh tertukar dengan desa Argopeni.' })
		await terbitkan(v2.instansAlurId!)
		expect(await getPublikasiUntukBaca('2026-1')).toMatchObject({ versi: 2, status: 'terbit', imporId: baru.imporId })
		// version 1 stays downloadable with its own figures, though its residents were replaced
		const v1 = (await getPublikasiUntukBaca('2026-1', { versi: 1 }))!
		expect(v1.status).toBe('diganti')
		expect(baris(await bacaAgregat(v1.imporId!, '33.05'), 'ringkasan', 'Penduduk').jumlah).toBe(3)
		expect(baris(await bacaAgregat(baru.imporId, '33.05'), 'ringkasan', 'Penduduk').jumlah).toBe(8)
		// the sweeper purges the residents of the superseded version
		await bersihkanImpor()
		const [sisa] = (await getDb().query('SELECT COUNT(*) AS n FROM penduduk WHERE impor_id = ?', { replacements: [v1.imporId] })) as [{ n: number }[], unknown]
		expect(Number(sisa[0]!.n)).toBe(0)
	})
})
