import { QueryTypes } from 'sequelize'
import { beforeAll, describe, expect, it } from 'vitest'
import { LogAudit } from '#models/index'
import { getUserById } from '#test/alur'
import { imporUji, penduduk, tulisCsv, type BarisUji } from '#test/kependudukan'
import { withRequestContext } from '#test/utils'
import { getDb, isSqlite } from '~/utils/db.server'
import { BATAS_HITUNG_PENDUDUK, bacaKunciPenduduk, PESAN_TANPA_KRITERIA } from './penduduk.schema'
import { bukaPenduduk, cariPenduduk, semesterPencarianPenduduk, kueriCariPenduduk, type HasilCariPenduduk } from './penduduk.server'

/**
 * Semester 2026-1: two families in Kecamatan Ayah (33.05.01: desa Argopeni 2001 and Karangduwur
 * 2002) and one in Kecamatan Buayan (33.05.02, desa Karangbolong 2001). Names chosen so that
 * prefixes overlap.
 */
const KK_SANTOSO = '3305010101200001'
const KK_KARANGDUWUR = '3305010101200002'
const KK_BUAYAN = '3305020101200003'
const NIK_BUDI = '3305011705800001'
const WARGA: BarisUji[] = [
	penduduk({ NIK: NIK_BUDI, NAMA_LGKP: 'BUDI SANTOSO' }),
	penduduk({ NIK: '3305015706850002', NAMA_LGKP: 'SITI AMINAH', JENIS_KLMIN: '2', STAT_HBKEL: '3', TGL_LHR: '1985-06-17' }),
	penduduk({ NIK: '3305010107100003', NAMA_LGKP: 'ANDI SANTOSO', STAT_HBKEL: '4', STAT_KWN: '1', TGL_LHR: '2010-07-01', AKTA_KWN: '1', STAT_KTP_EL: '1' }),
	penduduk({ NIK: '3305010303700004', NO_KK: KK_KARANGDUWUR, NAMA_LGKP: 'BUDIMAN', NO_KEL: '2002', TGL_LHR: '1970-03-03', PNYDNG_CACAT: '2', JENIS_PKRJN: '9' }),
	penduduk({ NIK: '3305014404750005', NO_KK: KK_KARANGDUWUR, NAMA_LGKP: 'WI_DI WATI', JENIS_KLMIN: '2', STAT_HBKEL: '3', NO_KEL: '2002', TGL_LHR: '1975-04-04' }),
	penduduk({ NIK: '3305020505600006', NO_KK: KK_BUAYAN, NAMA_LGKP: 'BUDI RAHARJO', NO_KEC: '2', NO_KEL: '2001', TGL_LHR: '1960-05-05', AGAMA: '2' }),
]

let imporId: number
const ok = (h: HasilCariPenduduk) => {
	if (!h.ok) throw new Error(`pencarian ditolak: ${JSON.stringify(h.errors)}`)
	return h
}
const cari = async (k: { nik?: string; noKk?: string; nama?: string; kodeWilayah?: string }, offset = 0, limit = 25) => ok(await cariPenduduk({ ...k, offset, limit }))
const nama = (h: { rows: { nama: string }[] }) => h.rows.map((r) => r.nama)

describe('cari penduduk', () => {
	beforeAll(async () => {
		expect(await semesterPencarianPenduduk()).toBeNull()
		expect(await cariPenduduk({ nama: 'BUDI', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { _form: ['Belum ada DKB yang diimpor.'] } })
		const hasil = await imporUji('2026-1', tulisCsv(WARGA))
		expect(hasil).toMatchObject({ status: 'selesai', barisDiimpor: WARGA.length })
		imporId = hasil.imporId
	})

	it('finds one resident by the full NIK, with NIK and KK masked, the desa named and no birth date', async () => {
		const h = await cari({ nik: NIK_BUDI })
		expect(h).toMatchObject({ semester: '2026-1', total: 1, lebih: false })
		expect(h.rows).toEqual([
			{
				kunci: `${imporId}-2`,
				nikSamar: '3305••••••••0001',
				noKkSamar: '3305••••••••0001',
				nama: 'BUDI SANTOSO',
				jenisKelamin: 'Laki-laki',
				umur: 46,
				desa: 'Argopeni',
				kecamatan: 'Ayah',
			},
		])
		const teks = JSON.stringify(h)
		expect(teks).not.toContain(NIK_BUDI)
		expect(teks).not.toContain(KK_SANTOSO)
		expect(teks).not.toMatch(/1980-05-17|tanggalLahir/)
		// spaces typed inside the number are forgiven
		expect((await cari({ nik: '3305 0117 0580 0001' })).total).toBe(1)
		expect((await cari({ nik: '3305011705809999' })).total).toBe(0)
	})

	it('finds a family by its KK number, in name order', async () => {
		const h = await cari({ noKk: KK_SANTOSO })
		expect(nama(h)).toEqual(['ANDI SANTOSO', 'BUDI SANTOSO', 'SITI AMINAH'])
		expect(h.rows.every((r) => r.noKkSamar === '3305••••••••0001')).toBe(true)
		expect((await cari({ noKk: KK_BUAYAN })).rows.map((r) => [r.nama, r.desa, r.kecamatan])).toEqual([['BUDI RAHARJO', 'Karangbolong', 'Buayan']])
	})

	it('finds names by their start, whatever the case, with wildcards taken literally', async () => {
		expect(nama(await cari({ nama: 'budi' }))).toEqual(['BUDI RAHARJO', 'BUDI SANTOSO', 'BUDIMAN'])
		expect(nama(await cari({ nama: '  Budi   San ' }))).toEqual(['BUDI SANTOSO'])
		// a prefix, not a word anywhere in the name
		expect((await cari({ nama: 'SANTOSO' })).total).toBe(0)
		// `_` and `%` typed by the user match only themselves
		expect(nama(await cari({ nama: 'WI_' }))).toEqual(['WI_DI WATI'])
		expect((await cari({ nama: 'B%' })).total).toBe(0)
		expect((await cari({ nama: 'B*' })).total).toBe(0)
		expect((await cari({ nama: 'W_' })).total).toBe(0)
	})

	it('finds by kecamatan (its desa) or by one desa, and combines criteria', async () => {
		expect(nama(await cari({ kodeWilayah: '33.05.01' }))).toEqual(['ANDI SANTOSO', 'BUDI SANTOSO', 'BUDIMAN', 'SITI AMINAH', 'WI_DI WATI'])
		expect(nama(await cari({ kodeWilayah: '33.05.01.2002' }))).toEqual(['BUDIMAN', 'WI_DI WATI'])
		expect(nama(await cari({ kodeWilayah: '33.05.02' }))).toEqual(['BUDI RAHARJO'])
		// `33.05.0` is not a kecamatan and must not reach 33.05.01 and 33.05.02 as a prefix
		expect((await cariPenduduk({ kodeWilayah: '33.05.0', offset: 0, limit: 25 })).ok).toBe(false)
		expect(nama(await cari({ nama: 'BUDI', kodeWilayah: '33.05.01' }))).toEqual(['BUDI SANTOSO', 'BUDIMAN'])
		expect(nama(await cari({ nama: 'BUDI', noKk: KK_KARANGDUWUR }))).toEqual(['BUDIMAN'])
	})

	it('pages through the results on the server, in a stable order', async () => {
		const semua = nama(await cari({ kodeWilayah: '33.05.01' }))
		const halaman = await Promise.all([0, 2, 4].map((offset) => cari({ kodeWilayah: '33.05.01' }, offset, 2)))
		expect(halaman.map((h) => h.rows.length)).toEqual([2, 2, 1])
		expect(halaman.every((h) => h.total === 5)).toBe(true)
		expect(halaman.flatMap(nama)).toEqual(semua)
		// past the last match: an empty page, the total still told
		expect(await cari({ kodeWilayah: '33.05.01' }, 10, 2)).toMatchObject({ rows: [], total: 5 })
	})

	it('refuses a search without a criterion or with a malformed number, the message next to its field', async () => {
		expect(await cariPenduduk({ offset: 0, limit: 25 })).toEqual({ ok: false, errors: { nik: [PESAN_TANPA_KRITERIA] } })
		expect(await cariPenduduk({ nik: '  ', nama: '', noKk: '', kodeWilayah: '', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { nik: [PESAN_TANPA_KRITERIA] } })
		expect(await cariPenduduk({ nik: '330501170580001', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { nik: ['NIK harus 16 digit angka.'] } })
		expect(await cariPenduduk({ nik: '33050117058000011', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { nik: ['NIK harus 16 digit angka.'] } })
		expect(await cariPenduduk({ nik: '33050117058000AB', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { nik: ['NIK harus 16 digit angka.'] } })
		expect(await cariPenduduk({ noKk: '123', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { noKk: ['Nomor KK harus 16 digit angka.'] } })
		expect(await cariPenduduk({ nama: 'B', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { nama: ['Tulis paling sedikit 2 huruf awal nama.'] } })
		expect(await cariPenduduk({ kodeWilayah: 'Ayah', offset: 0, limit: 25 })).toEqual({ ok: false, errors: { kodeWilayah: ['Pilih kecamatan atau desa/kelurahan dari daftar.'] } })
	})

	it('asks an index of penduduk for every criterion', async () => {
		const db = getDb()
		const kasus: [Parameters<typeof kueriCariPenduduk>[0], string][] = [
			[{ nik: NIK_BUDI }, 'penduduk_impor_nik'],
			[{ noKk: KK_SANTOSO }, 'penduduk_impor_kk'],
			[{ nama: 'BUDI' }, 'penduduk_impor_nama'],
			[{ kodeWilayah: '33.05.01.2001' }, 'penduduk_impor_desa'],
			[{ kodeWilayah: '33.05.01' }, 'penduduk_impor_desa'],
		]
		for (const [kriteria, indeks] of kasus) {
			const kueri = kueriCariPenduduk(kriteria, imporId)
			for (const sql of [kueri.hitung, kueri.halaman(25, 0)]) {
				if (isSqlite()) {
					const plan = await db.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, { type: QueryTypes.SELECT, replacements: kueri.replacements })
					expect(plan.map((b) => b.detail).join(' | '), indeks).toMatch(new RegExp(`SEARCH p USING (COVERING )?INDEX ${indeks} \\(impor_id=\\? AND`))
				} else {
					// which keys could serve the WHERE, whatever the optimizer picks on a table this small
					const plan = await db.query<{ table: string; possible_keys: string | null; key: string | null }>(`EXPLAIN ${sql}`, { type: QueryTypes.SELECT, replacements: kueri.replacements })
					const p = plan.find((b) => b.table === 'p')
					expect(`${p?.possible_keys},${p?.key}`, indeks).toContain(indeks)
				}
			}
		}
	})

	it('opens a record in full with labels and the family, and audits the reading without the NIK', async () => {
		const pelaku = await getUserById('piak')
		const baris = (await cari({ nik: '3305010303700004' })).rows[0]!
		const kunci = bacaKunciPenduduk(baris.kunci)!
		const sebelum = await LogAudit.count()
		const p = await withRequestContext(() => bukaPenduduk({ ...kunci, pelaku }))
		expect(p).toMatchObject({
			kunci: baris.kunci,
			semester: '2026-1',
			labelSemester: 'Semester I 2026',
			tanggalAcuan: '2026-06-30',
			nik: '3305010303700004',
			noKk: KK_KARANGDUWUR,
			nama: 'BUDIMAN',
			jenisKelamin: 'Laki-laki',
			tempatLahir: 'KEBUMEN',
			tanggalLahir: '1970-03-03',
			umur: 56,
			golonganDarah: 'Tidak Tahu',
			agama: 'Islam',
			statusKawin: 'Kawin',
			hubunganKeluarga: 'Kepala Keluarga',
			pendidikan: 'SLTA/Sederajat',
			pekerjaan: 'PETANI/PEKEBUN',
			disabilitas: 'Netra/Buta',
			kewarganegaraan: 'WNI',
			aktaLahir: 'Ada',
			aktaCerai: 'Tidak Ada',
			ktpEl: 'Sudah Cetak',
			kia: 'Tidak Ada',
			alamat: 'DUSUN KRAJAN',
			rt: '001',
			rw: '002',
			wilayah: { kodeDesa: '33.05.01.2002', desa: 'Karangduwur', kecamatan: 'Ayah', kabupaten: 'Kabupaten Kebumen', provinsi: 'Jawa Tengah' },
			keluarga: { kepala: 'BUDIMAN', jumlahAnggota: 2 },
		})
		expect(p!.keluarga.anggota).toEqual([
			{ kunci: baris.kunci, nikSamar: '3305••••••••0004', nama: 'BUDIMAN', jenisKelamin: 'Laki-laki', hubungan: 'Kepala Keluarga', umur: 56, diri: true },
			{ kunci: `${imporId}-6`, nikSamar: '3305••••••••0005', nama: 'WI_DI WATI', jenisKelamin: 'Perempuan', hubungan: 'Istri', umur: 51, diri: false },
		])

		const log = await LogAudit.findAll({ where: { entitas: 'penduduk' }, order: [['id', 'ASC']] })
		expect(await LogAudit.count()).toBe(sebelum + 1)
		expect(log.at(-1)).toMatchObject({ aksi: 'baca-data-pribadi', entitas: 'penduduk', entitasId: `${kunci.imporId}:${kunci.baris}`, penggunaId: pelaku.id, namaPengguna: pelaku.nama })
		expect(log.at(-1)!.keterangan).toContain('Semester I 2026')
		// no trace of the person in the trail: neither the NIK, the KK number nor the name
		const jejak = JSON.stringify((await LogAudit.findAll()).map((l) => [l.keterangan, l.entitasId, l.perubahan]))
		for (const rahasia of ['3305010303700004', KK_KARANGDUWUR, 'BUDIMAN']) expect(jejak).not.toContain(rahasia)
	})

	it('answers null for an unknown row and 403 for a user without the permission, neither audited as a reading', async () => {
		const pelaku = await getUserById('piak')
		expect(await bukaPenduduk({ imporId, baris: 999, pelaku })).toBeNull()
		expect(await bukaPenduduk({ imporId: imporId + 50, baris: 2, pelaku })).toBeNull()
		const caraka = await getUserById('caraka')
		const ditolak = await bukaPenduduk({ imporId, baris: 2, pelaku: caraka }).catch((e: unknown) => e)
		expect(ditolak).toBeInstanceOf(Response)
		expect((ditolak as Response).status).toBe(403)
		expect(await LogAudit.count({ where: { entitas: 'penduduk', entitasId: `${imporId}:999` } })).toBe(0)
		expect(await LogAudit.count({ where: { entitas: 'penduduk', penggunaId: caraka.id } })).toBe(0)
	})

	it(`counts exactly up to ${BATAS_HITUNG_PENDUDUK}, says "more" beyond, and pages only within the counted ones`, async () => {
		// a re-import of the semester replaces the residents searched: a thousand residents in desa Karangbolong, one
		// more in desa Jladri of the same kecamatan, one in Kecamatan Ayah
		const nomor = (i: number) => `330502${String(i).padStart(10, '0')}`
		const banyak = Array.from({ length: BATAS_HITUNG_PENDUDUK + 1 }, (_, i) =>
			penduduk({ NIK: nomor(i + 1), NO_KK: nomor(i + 1), NAMA_LGKP: `WARGA ${String(i + 1).padStart(4, '0')}`, NO_KEC: '2', NO_KEL: i < BATAS_HITUNG_PENDUDUK ? '2001' : '2002' }),
		)
		const kedua = await imporUji('2026-1', tulisCsv([...banyak, penduduk({ NIK: '3305010101010101', NAMA_LGKP: 'LAIN KECAMATAN' })]))
		expect(kedua).toMatchObject({ status: 'selesai', barisDiimpor: BATAS_HITUNG_PENDUDUK + 2 })
		expect(await semesterPencarianPenduduk()).toEqual({ semester: '2026-1', label: 'Semester I 2026', tanggalAcuan: '2026-06-30' })

		const h = await cari({ kodeWilayah: '33.05.02' })
		expect(h).toMatchObject({ semester: '2026-1', total: BATAS_HITUNG_PENDUDUK, lebih: true })
		expect(nama(h).slice(0, 2)).toEqual(['WARGA 0001', 'WARGA 0002'])
		expect(h.rows[0]!.kunci).toBe(`${kedua.imporId}-2`)
		const akhir = await cari({ kodeWilayah: '33.05.02' }, BATAS_HITUNG_PENDUDUK - 25, 25)
		expect(nama(akhir).at(-1)).toBe('WARGA 1000')
		expect((await cari({ kodeWilayah: '33.05.02' }, BATAS_HITUNG_PENDUDUK, 25)).rows).toEqual([])
		// exactly the bound is still exact
		expect(await cari({ kodeWilayah: '33.05.02.2001' })).toMatchObject({ total: BATAS_HITUNG_PENDUDUK, lebih: false })
		expect(await cari({ nama: 'WARGA 0' })).toMatchObject({ total: 999, lebih: false })
		expect(await cari({ kodeWilayah: '33.05.01' })).toMatchObject({ total: 1, lebih: false })
		// the replaced import's residents are no longer searched nor opened
		expect((await cari({ nik: NIK_BUDI })).total).toBe(0)
		expect(await bukaPenduduk({ imporId, baris: 2, pelaku: await getUserById('piak') })).toBeNull()
	})
})
