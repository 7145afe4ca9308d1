import { describe, expect, it } from 'vitest'
import { PenugasanPlt, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { geserTanggal } from '~/utils/hari-kerja'
import { tanggalDiZona } from '~/utils/format'
import { ambilTugas, jalankanAksi, mulaiAlur } from './mesin.server'
import { hitungTugasSaya, listTugasSaya } from './tugas-saya.server'

async function mulaiKk(konteks: Record<string, unknown> = {}) {
	const loket = await getUserById('loket')
	return mulaiAlur({
		definisiKode: 'SOP-WA-KK',
		subjekJenis: 'uji-tugas-saya',
		subjekId: `${Date.now()}-${Math.random()}`,
		judul: 'Permohonan KK — uji tugas saya',
		pemrakarsa: loket,
		unitId: 6,
		konteks,
		langsungAksi: 'ajukan',
	})
}

async function kerjakan(username: string, instansId: number, aksiKode: string) {
	const pelaku = await getUserById(username)
	const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } })
	await ambilTugas({ tugasId: tugas!.id, pelaku })
	await withRequestContext(() => jalankanAksi({ tugasId: tugas!.id, aksiKode, pelaku }))
}

const semua = { offset: 0, limit: 1000 }

describe('listTugasSaya', () => {
	it('shows an open task to holders of its role only', async () => {
		const instans = await mulaiKk()
		const [loket, tu] = await Promise.all([getUserById('loket'), getUserById('tu')])
		const milikLoket = await listTugasSaya({ user: loket, ...semua })
		const row = milikLoket.rows.find((r) => r.instansId === instans.id)
		expect(row).toMatchObject({
			judul: 'Permohonan KK — uji tugas saya',
			definisiKode: 'SOP-WA-KK',
			definisiNama: 'Standar Pelayanan Penerbitan Kartu Keluarga melalui WA Ticket',
			langkahKode: 'verifikasi-permohonan',
			statusWaktu: 'dalam',
			diambilSaya: false,
			pihakEksternal: null,
			tenggatAt: null,
		})
		expect(row!.kegiatan).toMatch(/^Memverifikasi permohonan Kartu Keluarga/)
		expect(milikLoket.total).toBe(milikLoket.rows.length)
		const milikTu = await listTugasSaya({ user: tu, ...semua })
		expect(milikTu.rows.some((r) => r.instansId === instans.id)).toBe(false)
	})

	it('shows a task addressed to one person to that person only', async () => {
		const instans = await mulaiKk()
		const [tu, loket] = await Promise.all([getUserById('tu'), getUserById('loket')])
		await TugasAlur.update(
			{ targetJenis: 'pengguna', targetPeran: null, targetPenggunaId: tu.id },
			{ where: { instansId: instans.id, status: 'terbuka' } },
		)
		expect((await listTugasSaya({ user: tu, ...semua })).rows.find((r) => r.instansId === instans.id)?.langkahKode).toBe('verifikasi-permohonan')
		expect((await listTugasSaya({ user: loket, ...semua })).rows.some((r) => r.instansId === instans.id)).toBe(false)
	})

	it('gives the TTE task to the Plt of the Kepala Dinas as well as to the Kepala Dinas', async () => {
		const instans = await mulaiKk()
		await kerjakan('loket', instans.id, 'teruskan')
		await kerjakan('operator.siak', instans.id, 'teruskan')
		await kerjakan('kasi.dafduk', instans.id, 'teruskan')
		const sekretaris = await getUserById('sekretaris')
		expect((await listTugasSaya({ user: sekretaris, ...semua })).rows.some((r) => r.instansId === instans.id)).toBe(false)
		const hariIni = tanggalDiZona(new Date())
		await withRequestContext(() =>
			PenugasanPlt.create({ penggunaId: sekretaris.id, jabatanId: 1, jenis: 'Plt', mulai: hariIni, selesai: geserTanggal(hariIni, 7), nomorSurat: null, keterangan: null }),
		)
		const plt = await getUserById('sekretaris')
		const [viaPlt, kadis] = await Promise.all([listTugasSaya({ user: plt, ...semua }), listTugasSaya({ user: await getUserById('kadis'), ...semua })])
		expect(viaPlt.rows.find((r) => r.instansId === instans.id)?.langkahKode).toBe('tte')
		expect(kadis.rows.find((r) => r.instansId === instans.id)?.langkahKode).toBe('tte')
	})

	it('filters by process, step, status and time standard, sorts by deadline and counts in one go', async () => {
		const operator = await getUserById('operator.siak')
		const awal = await hitungTugasSaya(operator)
		const [a, b, c] = [await mulaiKk(), await mulaiKk(), await mulaiKk()]
		for (const i of [a, b, c]) await kerjakan('loket', i.id, 'teruskan')
		const tugasOf = async (instansId: number) => (await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } }))!
		const [ta, tb, tc] = [await tugasOf(a.id), await tugasOf(b.id), await tugasOf(c.id)]
		const now = Date.now()
		// a: overdue; b: nearly due; c: no standard
		await TugasAlur.update({ tenggatAt: new Date(now - 3_600_000), hampirAt: new Date(now - 7_200_000) }, { where: { id: ta.id } })
		await TugasAlur.update({ tenggatAt: new Date(now + 3_600_000), hampirAt: new Date(now - 60_000) }, { where: { id: tb.id } })
		await ambilTugas({ tugasId: tc.id, pelaku: operator })

		const hitung = await hitungTugasSaya(operator)
		expect(hitung.lewat - awal.lewat).toBe(1)
		expect(hitung.hampir - awal.hampir).toBe(1)
		expect(hitung.terbuka - awal.terbuka).toBe(2)
		expect(hitung.diambilSaya - awal.diambilSaya).toBe(1)
		expect(hitung.dalam - awal.dalam).toBe(1)

		const lewat = await listTugasSaya({ user: operator, filter: { waktu: 'lewat' }, ...semua })
		expect(lewat.rows.map((r) => r.tugasId)).toContain(ta.id)
		expect(lewat.rows.every((r) => r.statusWaktu === 'lewat')).toBe(true)
		const hampir = await listTugasSaya({ user: operator, filter: { waktu: 'hampir' }, ...semua })
		expect(hampir.rows.map((r) => r.tugasId)).toEqual([tb.id])
		const dalam = await listTugasSaya({ user: operator, filter: { waktu: 'dalam' }, ...semua })
		expect(dalam.rows.map((r) => r.tugasId)).toContain(tc.id)
		expect(dalam.rows.map((r) => r.tugasId)).not.toContain(ta.id)

		const diambil = await listTugasSaya({ user: operator, filter: { status: 'diambil-saya' }, ...semua })
		expect(diambil.rows.map((r) => r.tugasId)).toEqual([tc.id])
		expect(diambil.rows[0]!.diambilSaya).toBe(true)
		const terbuka = await listTugasSaya({ user: operator, filter: { status: 'terbuka' }, ...semua })
		expect(terbuka.rows.map((r) => r.tugasId)).not.toContain(tc.id)

		const langkah = await listTugasSaya({ user: operator, filter: { definisiKode: 'SOP-WA-KK', langkahKode: 'entri-data' }, ...semua })
		expect(langkah.rows.map((r) => r.tugasId)).toEqual(expect.arrayContaining([ta.id, tb.id, tc.id]))
		expect((await listTugasSaya({ user: operator, filter: { definisiKode: 'SOP-WA-KK', langkahKode: 'cetak' }, ...semua })).total).toBe(0)
		expect((await listTugasSaya({ user: operator, filter: { definisiKode: 'P9.9.9' }, ...semua })).total).toBe(0)

		// deadlines first (earliest first), tasks without one after them
		const urut = (await listTugasSaya({ user: operator, ...semua })).rows.map((r) => r.tugasId)
		expect(urut.indexOf(ta.id)).toBeLessThan(urut.indexOf(tb.id))
		expect(urut.indexOf(tb.id)).toBeLessThan(urut.indexOf(tc.id))

		// server paging: the page holds `limit` rows, the total counts them all
		const halaman = await listTugasSaya({ user: operator, offset: 1, limit: 1 })
		expect(halaman.rows).toHaveLength(1)
		expect(halaman.rows[0]!.tugasId).toBe(urut[1])
		expect(halaman.total).toBe(urut.length)
		// pages taken one after the other give the whole list, in order (open and claimed merged)
		const perHalaman: number[] = []
		for (let offset = 0; offset < urut.length; offset += 2) perHalaman.push(...(await listTugasSaya({ user: operator, offset, limit: 2 })).rows.map((r) => r.tugasId))
		expect(perHalaman).toEqual(urut)
		// a process without a step: every open step of it, counted the same way as its rows
		const proses = await listTugasSaya({ user: operator, filter: { definisiKode: 'SOP-WA-KK' }, ...semua })
		expect(proses.rows.map((r) => r.tugasId)).toEqual(expect.arrayContaining([ta.id, tb.id, tc.id]))
		expect(proses.total).toBe(proses.rows.length)
		const prosesLewat = await listTugasSaya({ user: operator, filter: { definisiKode: 'SOP-WA-KK', waktu: 'lewat', status: 'terbuka' }, offset: 0, limit: 1 })
		expect(prosesLewat.rows.map((r) => r.tugasId)).toEqual([ta.id])
		expect(prosesLewat.total).toBe(1)
	})

	it('merges the inboxes of every role a user holds in one deadline order, page after page', async () => {
		const loket = await getUserById('loket')
		const duaPeran = { id: loket.id, authority: { ...loket.authority, peran: [...loket.authority.peran, 'tata-usaha'] } }
		const instans = [await mulaiKk(), await mulaiKk(), await mulaiKk(), await mulaiKk()]
		const tugas = await Promise.all(instans.map(async (i) => (await TugasAlur.findOne({ where: { instansId: i.id, status: 'terbuka' } }))!))
		const jam = (n: number) => new Date(Date.UTC(2030, 0, 1, n))
		// tata usaha: due at 1 and 3; loket: due at 2 and none
		await TugasAlur.update({ targetPeran: 'tata-usaha', tenggatAt: jam(3), hampirAt: jam(2) }, { where: { id: tugas[0]!.id } })
		await TugasAlur.update({ targetPeran: 'tata-usaha', tenggatAt: jam(1), hampirAt: jam(0) }, { where: { id: tugas[1]!.id } })
		await TugasAlur.update({ tenggatAt: jam(2), hampirAt: jam(1) }, { where: { id: tugas[2]!.id } })
		const ids = tugas.map((t) => t.id)
		const milik = (rows: { tugasId: number }[]) => rows.map((r) => r.tugasId).filter((id) => ids.includes(id))
		const urut = milik((await listTugasSaya({ user: duaPeran, ...semua })).rows)
		expect(urut).toEqual([tugas[1]!.id, tugas[2]!.id, tugas[0]!.id, tugas[3]!.id])
		const semuaBaris = (await listTugasSaya({ user: duaPeran, ...semua })).rows.map((r) => r.tugasId)
		const perHalaman: number[] = []
		for (let offset = 0; offset < semuaBaris.length; offset += 3) perHalaman.push(...(await listTugasSaya({ user: duaPeran, offset, limit: 3 })).rows.map((r) => r.tugasId))
		expect(perHalaman).toEqual(semuaBaris)
		// the loket alone sees its own two, in the same order
		expect(milik((await listTugasSaya({ user: loket, ...semua })).rows)).toEqual([tugas[2]!.id, tugas[3]!.id])
	})
})
