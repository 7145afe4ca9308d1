import { QueryTypes } from 'sequelize'
import { beforeAll, describe, expect, it } from 'vitest'
import { getUserById } from '#test/alur'
import { getDb, isSqlite } from '~/utils/db.server'
import { BATAS_HITUNG, CariSuratSchema } from './pencarian-surat.schema'
import { cariSuratDanArsip, type HasilCari, type JejakSql, type OpsiCari, type PenggunaCari } from './pencarian-surat.server'

/**
 * The search against a real database (SQLite, or MariaDB with TEST_DATABASE_URL). The fixtures sit
 * in 2001–2005, years the demo data does not use (its oldest berkas is fifteen years old), and most
 * searches name their year.
 */
const TAHUN_2003 = { dari: '2003-01-01', sampai: '2003-12-31' }

type Baris = Record<string, unknown>
const id: Record<string, number> = {}
let pengguna: Record<'tu' | 'kadis' | 'sekretaris' | 'admin' | 'loket', PenggunaCari>

async function sisipkan(tabel: string, rows: Baris[]) {
	const qi = getDb().getQueryInterface()
	for (let i = 0; i < rows.length; i += 500) await qi.bulkInsert(tabel, rows.slice(i, i + 500))
}

async function satu<T>(sql: string, replacements: unknown[] = []) {
	const [row] = await getDb().query<T & object>(sql, { type: QueryTypes.SELECT, replacements })
	if (!row) throw new Error(`Tidak ada baris: ${sql}`)
	return row
}

beforeAll(async () => {
	const now = new Date()
	const stamp = { version: 0, created_at: now, updated_at: now }
	pengguna = {
		tu: await getUserById('tu'),
		kadis: await getUserById('kadis'),
		sekretaris: await getUserById('sekretaris'),
		admin: await getUserById('admin'),
		loket: await getUserById('loket'),
	}
	const kadisJabatan = (await satu<{ id: number }>(`SELECT id FROM jabatan WHERE kode = 'KADIS'`)).id
	const unit = (await satu<{ id: number }>(`SELECT id FROM unit_kerja WHERE kode = 'UMPEG'`)).id
	const naskah = (await satu<{ id: number }>(`SELECT id FROM jenis_naskah ORDER BY id`)).id

	const masuk = (kunci: string, tahun: number, agenda: number, diterima: string, isian: Baris) => ({
		tahun,
		nomor_agenda: agenda,
		tanggal_diterima: diterima,
		tanggal_surat: diterima,
		asal_jenis: 'instansi',
		ringkasan: null,
		sifat: 'biasa',
		urgensi: 'biasa',
		lampiran: null,
		tujuan_jabatan_id: kadisJabatan,
		kunci_pindaian: null,
		nama_pindaian: null,
		tipe_pindaian: null,
		ukuran_pindaian: null,
		dicatat_oleh_id: pengguna.tu.id,
		instans_id: null,
		...stamp,
		nomor_surat: kunci,
		...isian,
	})
	await sisipkan('surat_masuk', [
		masuk('400.12/301/Kec.Pur/2003', 2003, 301, '2003-03-10', {
			asal: 'Camat Puring',
			perihal: 'Undangan Rapat Koordinasi Percepatan KTP-el',
			ringkasan: 'Rapat di aula kecamatan untuk perekaman warga lansia.',
			klasifikasi_kode: '400.12.2.1',
		}),
		masuk('070/55/UPB/2003', 2003, 302, '2003-05-20', {
			asal: 'Universitas Putra Bangsa',
			perihal: 'Permohonan Data Kependudukan untuk Penelitian',
			ringkasan: 'Data agregat per desa.',
			sifat: 'terbatas',
			klasifikasi_kode: '400.12.4.3',
		}),
		masuk('700.1.2/88/Itda/2003', 2003, 303, '2003-06-01', { asal: 'Inspektorat Daerah', perihal: 'Laporan Hasil Pemeriksaan Khusus', sifat: 'rahasia', klasifikasi_kode: '700.1.2' }),
		masuk('700.1.2/89/Itda/2003', 2003, 304, '2003-06-02', { asal: 'Inspektorat Daerah', perihal: 'Laporan Pengaduan Pegawai', sifat: 'rahasia', klasifikasi_kode: '700.1.2' }),
		masuk('B/77/Polres/2003', 2003, 305, '2003-06-03', { asal: 'Kepolisian Resor Kebumen', perihal: 'Penyidikan Dokumen Palsu', sifat: 'sangat-rahasia', klasifikasi_kode: '700.1.2' }),
		// paging: 60 letters over 30 days of 2004, two a day
		...Array.from({ length: 60 }, (_, i) =>
			masuk(`UJI-HAL/${i + 1}`, 2004, i + 1, `2004-01-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`, {
				asal: 'Kecamatan Sempor',
				perihal: `Surat Rutin Halaman ${i + 1}`,
				klasifikasi_kode: '000.1.5',
			}),
		),
		// the count's cap: more letters in 2005 than it counts
		...Array.from({ length: BATAS_HITUNG + 10 }, (_, i) =>
			masuk(`UJI-BATAS/${i + 1}`, 2005, i + 1, `2005-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, {
				asal: 'Kecamatan Gombong',
				perihal: `Laporan Rutin Bulanan ${i + 1}`,
				klasifikasi_kode: '000.1.5',
			}),
		),
	])
	for (const r of await getDb().query<{ id: number; nomor_surat: string }>(`SELECT id, nomor_surat FROM surat_masuk WHERE tahun = 2003`, { type: QueryTypes.SELECT })) {
		id[r.nomor_surat] = r.id
	}
	const M = { m1: id['400.12/301/Kec.Pur/2003']!, m2: id['070/55/UPB/2003']!, m3: id['700.1.2/88/Itda/2003']!, m4: id['700.1.2/89/Itda/2003']!, m5: id['B/77/Polres/2003']! }
	Object.assign(id, M)

	const disposisi = (suratId: number, ke: number, status: string) => ({
		subjek_jenis: 'surat-masuk',
		subjek_id: String(suratId),
		induk_id: null,
		dari_pengguna_id: pengguna.kadis.id,
		ke_pengguna_id: ke,
		atas_nama: null,
		instruksi: JSON.stringify(['Tindak lanjuti']),
		catatan: null,
		tenggat: null,
		status,
		laporan: null,
		dibaca_at: null,
		ditindaklanjuti_at: null,
		selesai_at: null,
		dibatalkan_at: status === 'dibatalkan' ? now : null,
		...stamp,
	})
	// the secretary is on M3's path; M4's disposisi to them was cancelled; M5 has none
	await sisipkan('disposisi', [disposisi(M.m3, pengguna.sekretaris.id, 'selesai'), disposisi(M.m4, pengguna.sekretaris.id, 'dibatalkan')])

	const keluar = (nomor: string | null, tanggal: string | null, status: string, isian: Baris) => ({
		jenis_naskah_id: naskah,
		unit_kerja_id: unit,
		sifat: 'biasa',
		urgensi: 'biasa',
		tembusan: null,
		isi: '<p>Isi surat.</p>',
		lampiran: null,
		ukuran_kertas: 'A4',
		status,
		revisi_ke: 1,
		jabatan_penandatangan_id: kadisJabatan,
		tahun: tanggal ? Number(tanggal.slice(0, 4)) : null,
		nomor_urut: null,
		nomor,
		tanggal_surat: tanggal,
		penandatangan_id: null,
		penandatangan_nama: null,
		penandatangan_jabatan: null,
		cara_tanda_tangan: null,
		ditandatangani_at: null,
		kunci_pdf: null,
		sha256_pdf: null,
		kode_verifikasi: null,
		dibuat_oleh_id: pengguna.tu.id,
		instans_id: null,
		...stamp,
		...isian,
	})
	await sisipkan('surat_keluar', [
		keluar('000.1.5/401/SEKRET/2003', '2003-04-15', 'selesai', { perihal: 'Undangan Rapat Evaluasi Pelayanan', tujuan: 'Camat se-Kabupaten Kebumen', klasifikasi_kode: '000.1.5' }),
		keluar(null, null, 'draf', { perihal: 'Undangan Rapat Draf Belum Ditandatangani', tujuan: 'Camat Puring', klasifikasi_kode: '000.1.5' }),
		keluar('400.12.4.3/402/PIAK/2003', '2003-05-25', 'dikirim', {
			perihal: 'Jawaban Permohonan Data Kependudukan',
			tujuan: 'Rektor Universitas Putra Bangsa',
			klasifikasi_kode: '400.12.4.3',
			sifat: 'rahasia',
		}),
		keluar('000.1.10/403/UMPEG/2003', '2003-07-01', 'selesai', { perihal: 'Pengamanan Kantor Saat Libur', tujuan: 'Kepala Satpol PP', klasifikasi_kode: '000.1.10' }),
		keluar('000.1.1/404/UMPEG/2003', '2003-08-01', 'ditandatangani', { perihal: 'Tagihan Telepon Kantor', tujuan: 'PT Telkom Indonesia', klasifikasi_kode: '000.1.1' }),
	])
	const perihalKeluar = ['Undangan Rapat Evaluasi Pelayanan', 'Undangan Rapat Draf Belum Ditandatangani', 'Jawaban Permohonan Data Kependudukan', 'Pengamanan Kantor Saat Libur', 'Tagihan Telepon Kantor']
	for (const r of await getDb().query<{ id: number; perihal: string }>(`SELECT id, perihal FROM surat_keluar WHERE perihal IN (?)`, { type: QueryTypes.SELECT, replacements: [perihalKeluar] })) {
		id[r.perihal] = r.id
	}
	Object.assign(id, {
		k1: id['Undangan Rapat Evaluasi Pelayanan'],
		k2: id['Undangan Rapat Draf Belum Ditandatangani'],
		k3: id['Jawaban Permohonan Data Kependudukan'],
		k4: id['Pengamanan Kantor Saat Libur'],
		k5: id['Tagihan Telepon Kantor'],
	})

	const berkas = (nomor: string, klas: string, uraian: string, awal: string, akhir: string | null) => ({
		nomor_berkas: nomor,
		klasifikasi_kode: klas,
		uraian,
		unit_kerja_id: unit,
		kurun_awal: awal,
		kurun_akhir: akhir,
		jumlah: 1,
		satuan: 'berkas',
		tingkat_perkembangan: 'asli',
		lokasi_gedung: null,
		lokasi_ruang: null,
		lokasi_lemari: null,
		lokasi_rak: null,
		lokasi_boks: null,
		lokasi_folder: null,
		status: 'aktif',
		aktif_sampai: null,
		inaktif_sampai: null,
		nasib_akhir: null,
		vital: false,
		dibuat_oleh_id: pengguna.tu.id,
		...stamp,
	})
	await sisipkan('berkas_arsip', [
		berkas('UJI/2003/001', '000.1.5', 'Berkas Undangan Rapat Koordinasi Tahun 2003', '2003-01-01', '2003-12-31'),
		berkas('UJI/2003/002', '400.12.3.1', 'Register Penerbitan Akta Kelahiran', '2002-06-01', '2003-02-28'),
		berkas('UJI/2001/003', '400.12.4.3', 'Data Kependudukan Tahun 2001', '2001-01-01', '2001-12-31'),
		// still being filled: no end yet
		berkas('UJI/2006/004', '000.1.5', 'Berkas Notula Rapat Berjalan', '2006-01-01', null),
	])
	for (const r of await getDb().query<{ id: number; nomor_berkas: string }>(`SELECT id, nomor_berkas FROM berkas_arsip WHERE nomor_berkas LIKE 'UJI/%'`, { type: QueryTypes.SELECT })) {
		id[r.nomor_berkas] = r.id
	}
	Object.assign(id, { b1: id['UJI/2003/001'], b2: id['UJI/2003/002'], b3: id['UJI/2001/003'], b4: id['UJI/2006/004'] })
})

type Masukan = Record<string, string>

function cari(filter: Masukan, user: PenggunaCari = pengguna.tu, page?: number, opsi: OpsiCari = {}) {
	return cariSuratDanArsip({ ...CariSuratSchema.parse(filter), page }, user, opsi)
}

/** The rows as `m1`, `k3`, `b2`…: which fixture, in the order shown. */
function kode(hasil: HasilCari) {
	const balik = new Map<string, string>()
	for (const [k, v] of Object.entries(id)) if (/^[mkb]\d$/.test(k)) balik.set(`${k[0]}:${v}`, k)
	const awalan = { 'surat-masuk': 'm', 'surat-keluar': 'k', berkas: 'b' } as const
	return hasil.rows.map((r) => balik.get(`${awalan[r.jenis]}:${r.id}`) ?? `${r.jenis}:${r.id}`)
}

describe('cariSuratDanArsip', () => {
	it('lists letters and berkas of a period newest first, each with its page', async () => {
		const hasil = await cari(TAHUN_2003)
		expect(kode(hasil)).toEqual(['k5', 'k4', 'm5', 'm4', 'm3', 'k3', 'm2', 'k1', 'm1', 'b1', 'b2'])
		expect(hasil.total).toBe(11)
		expect(hasil.lebih).toBe(false)
		expect(hasil.perJenis).toEqual({ 'surat-masuk': { total: 5, lebih: false }, 'surat-keluar': { total: 4, lebih: false }, berkas: { total: 2, lebih: false } })
		const m1 = hasil.rows.find((r) => r.jenis === 'surat-masuk' && r.id === id.m1)!
		expect(m1).toMatchObject({
			nomor: '400.12/301/Kec.Pur/2003',
			agenda: '0301/2003',
			tanggal: '2003-03-10',
			judul: 'Undangan Rapat Koordinasi Percepatan KTP-el',
			pihak: 'Camat Puring',
			klasifikasiKode: '400.12.2.1',
			tautan: `/surat-masuk/${id.m1}`,
		})
		expect(m1.klasifikasiNama).toBeTruthy()
		expect(hasil.rows.find((r) => r.jenis === 'surat-keluar' && r.id === id.k1)?.tautan).toBe(`/surat-keluar/${id.k1}`)
		const b2 = hasil.rows.find((r) => r.jenis === 'berkas' && r.id === id.b2)!
		expect(b2).toMatchObject({ tautan: `/arsip/${id.b2}`, tanggal: '2002-06-01', tanggalAkhir: '2003-02-28', nomor: 'UJI/2003/002' })
	})

	it('keeps to one kind with jenis, and never lists an unsigned draft', async () => {
		expect(kode(await cari({ ...TAHUN_2003, jenis: 'surat-keluar' }))).toEqual(['k5', 'k4', 'k3', 'k1'])
		expect(kode(await cari({ ...TAHUN_2003, jenis: 'berkas' }))).toEqual(['b1', 'b2'])
		expect((await cari({ ...TAHUN_2003, jenis: 'surat-masuk' })).total).toBe(5)
		expect(kode(await cari({ ...TAHUN_2003, teks: 'draf ditandatangani' }))).toEqual([])
	})

	it('finds numbers by their start: the sender’s number, the agenda number, the outgoing and berkas numbers', async () => {
		expect(kode(await cari({ ...TAHUN_2003, nomor: '400.12/301' }))).toEqual(['m1'])
		expect(kode(await cari({ ...TAHUN_2003, nomor: '301' }))).toEqual(['m1'])
		expect(kode(await cari({ ...TAHUN_2003, nomor: '000.1.5/401' }))).toEqual(['k1'])
		expect(kode(await cari({ ...TAHUN_2003, nomor: 'UJI/2003' }))).toEqual(['b1', 'b2'])
		// LIKE's wildcards are taken literally
		expect(kode(await cari({ ...TAHUN_2003, nomor: '%' }))).toEqual([])
		expect(kode(await cari({ ...TAHUN_2003, nomor: 'UJI_2003' }))).toEqual([])
	})

	it('matches every word of the text in perihal, ringkasan and uraian', async () => {
		expect(kode(await cari({ ...TAHUN_2003, teks: 'undangan' }))).toEqual(['k1', 'm1', 'b1'])
		expect(kode(await cari({ ...TAHUN_2003, teks: 'Rapat AULA' }))).toEqual(['m1'])
		// a word is a prefix: kependu… finds kependudukan
		expect(kode(await cari({ ...TAHUN_2003, teks: 'kependu' }))).toEqual(['k3', 'm2'])
		expect(kode(await cari({ ...TAHUN_2003, teks: 'undangan kependudukan' }))).toEqual([])
		const hasil = await cari({ ...TAHUN_2003, teks: 'undangan rapat' })
		expect(hasil.kata).toEqual(['undangan', 'rapat'])
		expect(hasil.total).toBe(3)
	})

	it('takes boolean operators and quotes in the text as separators, not as syntax', async () => {
		const hasil = await cari({ ...TAHUN_2003, teks: `+undangan -rapat "koordinasi" (ktp*) ~@<> 'el'` })
		expect(hasil.kata).toEqual(['undangan', 'rapat', 'koordinasi', 'ktp', 'el'])
		expect(kode(hasil)).toEqual(['m1'])
		// nothing but operators: no text filter at all
		expect((await cari({ ...TAHUN_2003, teks: '+-*()~"@<>' })).total).toBe(11)
		// a short word (below the full-text index's token size) still matches
		expect(kode(await cari({ ...TAHUN_2003, teks: 'ktp el' }))).toEqual(['m1'])
	})

	it('finds asal and tujuan by their words, letters only', async () => {
		expect(kode(await cari({ ...TAHUN_2003, pihak: 'puring' }))).toEqual(['m1'])
		expect(kode(await cari({ ...TAHUN_2003, pihak: 'universitas bangsa' }))).toEqual(['k3', 'm2'])
		expect((await cari({ ...TAHUN_2003, pihak: 'kabupaten' })).perJenis.berkas.total).toBe(0)
	})

	it('finds a classification code with its children, not its string neighbours', async () => {
		expect(kode(await cari({ ...TAHUN_2003, klasifikasi: '400.12' }))).toEqual(['k3', 'm2', 'm1', 'b2'])
		expect(kode(await cari({ ...TAHUN_2003, klasifikasi: '000.1.1' }))).toEqual(['k5'])
		expect(kode(await cari({ ...TAHUN_2003, klasifikasi: '000.1' }))).toEqual(['k5', 'k4', 'k1', 'b1'])
		expect(kode(await cari({ ...TAHUN_2003, klasifikasi: '000.1.' }))).toEqual(['k5', 'k4', 'k1', 'b1'])
	})

	it('filters by date: received or signed within the range, berkas whose period overlaps it', async () => {
		expect(kode(await cari({ dari: '2003-05-01', sampai: '2003-05-31' }))).toEqual(['k3', 'm2', 'b1'])
		expect(kode(await cari({ dari: '2003-02-01', sampai: '2003-02-15' }))).toEqual(['b1', 'b2'])
		expect(kode(await cari({ dari: '2001-06-01', sampai: '2001-06-30' }))).toEqual(['b3'])
		// a berkas without an end overlaps every later range
		expect(kode(await cari({ dari: '2007-03-01', sampai: '2007-03-31', nomor: 'UJI/' }))).toEqual(['b4'])
	})

	it('filters letters by sifat; a berkas has none', async () => {
		expect(kode(await cari({ ...TAHUN_2003, sifat: 'terbatas' }))).toEqual(['m2'])
		expect(kode(await cari({ ...TAHUN_2003, sifat: 'rahasia' }, pengguna.kadis))).toEqual(['m4', 'm3', 'k3'])
	})

	it('shows Rahasia letters only to their registrar, their addressee and their disposisi path, in rows and totals', async () => {
		const masuk = { ...TAHUN_2003, jenis: 'surat-masuk' }
		const admin = await cari(masuk, pengguna.admin)
		expect(kode(admin)).toEqual(['m2', 'm1'])
		expect(admin.total).toBe(2)
		// on M3's path; M4's disposisi was cancelled; M5 was never disposed
		const sekretaris = await cari(masuk, pengguna.sekretaris)
		expect(kode(sekretaris)).toEqual(['m3', 'm2', 'm1'])
		expect(sekretaris.total).toBe(3)
		expect((await cari(masuk, pengguna.tu)).total).toBe(5)
		expect((await cari(masuk, pengguna.kadis)).total).toBe(5)
		// no rahasia rows at all for the admin, whatever the filter asks
		const rahasia = await cari({ ...TAHUN_2003, sifat: 'rahasia' }, pengguna.admin)
		expect(kode(rahasia)).toEqual(['k3'])
		expect(rahasia.total).toBe(1)
		expect(kode(await cari({ ...TAHUN_2003, teks: 'laporan' }, pengguna.admin))).toEqual([])
		expect(kode(await cari({ ...TAHUN_2003, teks: 'laporan' }, pengguna.sekretaris))).toEqual(['m3'])
	})

	it('pages on the server with a stable order and the same total on every page', async () => {
		const tahun2004 = { dari: '2004-01-01', sampai: '2004-12-31' }
		const halaman = await Promise.all([1, 2, 3, 4].map((p) => cari(tahun2004, pengguna.tu, p)))
		expect(halaman.map((h) => h.rows.length)).toEqual([25, 25, 10, 0])
		expect(halaman.map((h) => h.total)).toEqual([60, 60, 60, 60])
		expect(halaman.map((h) => h.halamanTerakhir)).toEqual([3, 3, 3, 3])
		const semua = halaman.flatMap((h) => h.rows)
		expect(new Set(semua.map((r) => r.id)).size).toBe(60)
		const urutan = semua.map((r) => `${r.tanggal}:${String(r.id).padStart(9, '0')}`)
		expect(urutan).toEqual([...urutan].sort().reverse())
		expect(semua[0]!.judul).toBe('Surat Rutin Halaman 60')
	})

	it('counts up to its cap and says there are more', async () => {
		const tahun2005 = { dari: '2005-01-01', sampai: '2005-12-31' }
		const awal = await cari(tahun2005)
		expect(awal).toMatchObject({ total: BATAS_HITUNG, lebih: true, halamanTerakhir: BATAS_HITUNG / 25 })
		const terakhir = await cari(tahun2005, pengguna.tu, BATAS_HITUNG / 25)
		expect(terakhir.rows).toHaveLength(25)
		const lewat = await cari(tahun2005, pengguna.tu, BATAS_HITUNG / 25 + 5)
		expect(lewat).toMatchObject({ page: BATAS_HITUNG / 25, halamanDibatasi: true })
		expect(lewat.rows.map((r) => r.id)).toEqual(terakhir.rows.map((r) => r.id))
		// the same through the word check
		expect(await cari({ ...tahun2005, teks: 'rutin' })).toMatchObject({ total: BATAS_HITUNG, lebih: true })
	})

	it('gives the same results whichever way the words are checked: one window, several, or the full-text index', async () => {
		const tahun2005 = { dari: '2005-01-01', sampai: '2005-12-31' }
		const jejak: JejakSql[] = []
		// small windows send word searches through several windows and on to the full-text index
		const cara: OpsiCari[] = [
			{ jendela: { awal: 2, maks: 3 }, jejak },
			{ jendela: { awal: 10, maks: 5000 }, jejak },
			{ jendela: { awal: 100, maks: 5000 }, jejak },
		]
		const kasus: [Masukan, PenggunaCari][] = [
			[{ ...TAHUN_2003, teks: 'undangan' }, pengguna.tu],
			[{ ...TAHUN_2003, teks: 'kependu' }, pengguna.tu],
			[{ ...TAHUN_2003, teks: 'ktp el' }, pengguna.tu],
			[{ ...TAHUN_2003, pihak: 'universitas bangsa' }, pengguna.tu],
			[{ ...TAHUN_2003, teks: 'laporan', jenis: 'surat-masuk' }, pengguna.sekretaris],
			[{ ...TAHUN_2003, teks: 'laporan', jenis: 'surat-masuk' }, pengguna.admin],
			[{ teks: 'rutin halaman', dari: '2004-01-01', sampai: '2004-12-31' }, pengguna.tu],
			[{ ...tahun2005, teks: 'rutin' }, pengguna.tu],
			[{ ...tahun2005, teks: 'bulanan 5' }, pengguna.tu],
			[{ ...tahun2005, pihak: 'gombong', teks: 'laporan 7' }, pengguna.tu],
		]
		for (const [filter, user] of kasus) {
			const biasa = await cari(filter, user)
			for (const opsi of cara) {
				const lain = await cari(filter, user, 1, opsi)
				const label = `${JSON.stringify(filter)} ${JSON.stringify(opsi.jendela)}`
				expect(kode(lain), label).toEqual(kode(biasa))
				// a path that counts every match may know the exact total where another stops at its cap
				expect(Math.min(lain.total, BATAS_HITUNG), label).toBe(biasa.total)
			}
		}
		// SQLite has no full-text index: it checks the words on every row, anywhere in a word (LIKE)
		if (!isSqlite()) {
			expect((await cari({ ...tahun2005, teks: 'bulanan 5' })).total).toBe(111)
			expect(jejak.filter((j) => j.tahap === 'indeks').length).toBeGreaterThan(10)
			expect(jejak.filter((j) => j.tahap === 'jendela').length).toBeGreaterThan(jejak.filter((j) => j.tahap === 'indeks').length)
		}
	})

	it('needs read:surat:any for letters and read:arsip:any for berkas', async () => {
		const ditolak = await cari(TAHUN_2003, pengguna.loket).catch((e: unknown) => e)
		expect(ditolak).toBeInstanceOf(Response)
		expect((ditolak as Response).status).toBe(403)

		const izin = Object.fromEntries(Object.entries(pengguna.tu.authority.izin).filter(([k]) => k !== 'read:surat'))
		const arsipSaja: PenggunaCari = { id: pengguna.tu.id, authority: { ...pengguna.tu.authority, izin } }
		expect(kode(await cari(TAHUN_2003, arsipSaja))).toEqual(['b1', 'b2'])
	})
})
