import { describe, expect, it } from 'vitest'
import { Pengguna, PenugasanPlt } from '#models/index'
import { loadAuthority } from '~/utils/permissions.server'
import { PenugasanPltSchema } from './plt.schema'
import { createPenugasanPlt, deletePenugasanPlt, hariIniKantor, listPenugasanPlt, listPilihanPengguna, updatePenugasanPlt } from './plt.server'

function geser(tanggal: string, hari: number) {
	const d = new Date(`${tanggal}T00:00:00Z`)
	d.setUTCDate(d.getUTCDate() + hari)
	return d.toISOString().slice(0, 10)
}

async function versiOf(id: number) {
	return (await PenugasanPlt.findByPk(id, { attributes: ['version'] }))!.version
}

async function penggunaId(username: string) {
	return (await Pengguna.findOne({ where: { username }, attributes: ['id'] }))!.id
}

const dasar = { jenis: 'Plt' as const, nomorSurat: null, keterangan: null }

describe('penugasan Plt/Plh', () => {
	it('gives the Plt the roles of the jabatan for the days it runs, naming the definitive holder', async () => {
		const hariIni = await hariIniKantor()
		const kasiCapil = await penggunaId('kasi.capil')
		const sebelum = await loadAuthority(kasiCapil, hariIni)
		expect(sebelum.peran).not.toContain('kadis')

		const result = await createPenugasanPlt({ ...dasar, penggunaId: kasiCapil, jabatanId: 1, mulai: hariIni, selesai: hariIni, nomorSurat: '800/123/2026' })
		expect(result.ok).toBe(true)

		const sesudah = await loadAuthority(kasiCapil, hariIni)
		expect(sesudah.peran).toContain('kadis')
		expect(sesudah.peran).toContain('kasi')
		// kadis brings read:pengaturan, which kasi.capil's own jabatan does not
		expect(sesudah.izin['read:pengaturan']).toEqual({
			akses: 'any',
			via: 'plt',
			atasNama: 'Plt. Kepala Dinas (definitif: Drs. Bambang Wicaksono, M.Si.)',
		})
		// a permission the user holds through their own jabatan stays theirs, not the Plt's
		expect(sesudah.izin['read:organisasi']?.via).toBe('jabatan')
		// the day after the assignment ends, the authority is gone
		expect((await loadAuthority(kasiCapil, geser(hariIni, 1))).peran).not.toContain('kadis')
	})

	it('refuses a Plt of the jabatan the user already holds', async () => {
		const hariIni = await hariIniKantor()
		const result = await createPenugasanPlt({ ...dasar, penggunaId: await penggunaId('kabid.capil'), jabatanId: 8, mulai: hariIni, selesai: hariIni })
		expect(result).toEqual({ ok: false, errors: { penggunaId: ['Heru Santoso, S.H. sudah memangku jabatan ini secara definitif; tidak perlu Plt/Plh.'] } })
	})

	it('refuses overlapping assignments of one jabatan and names the other person and dates', async () => {
		const mulai = geser(await hariIniKantor(), 30)
		const pertama = await createPenugasanPlt({ ...dasar, jenis: 'Plh', penggunaId: await penggunaId('kasi.dafduk'), jabatanId: 5, mulai, selesai: geser(mulai, 4) })
		expect(pertama.ok).toBe(true)
		const bentrok = await createPenugasanPlt({ ...dasar, penggunaId: await penggunaId('loket'), jabatanId: 5, mulai: geser(mulai, 4), selesai: geser(mulai, 10) })
		expect(bentrok.ok).toBe(false)
		const pesan = !bentrok.ok ? bentrok.errors.mulai?.[0] : ''
		expect(pesan).toMatch(/^Tanggal bertabrakan dengan Plh\. Dwi Handayani, S\.E\. untuk jabatan ini \(\d+ \w+ \d{4} s\.d\. \d+ \w+ \d{4}\)\.$/)

		// the day after is free, and an assignment may move within its own dates
		const sesudahnya = await createPenugasanPlt({ ...dasar, penggunaId: await penggunaId('loket'), jabatanId: 5, mulai: geser(mulai, 5), selesai: geser(mulai, 10) })
		expect(sesudahnya.ok).toBe(true)
		if (!pertama.ok || !sesudahnya.ok) return
		const geserSendiri = await updatePenugasanPlt(pertama.id, {
			...dasar,
			jenis: 'Plh',
			penggunaId: await penggunaId('kasi.dafduk'),
			jabatanId: 5,
			mulai: geser(mulai, 1),
			selesai: geser(mulai, 4),
			version: await versiOf(pertama.id),
		})
		expect(geserSendiri).toEqual({ ok: true, id: pertama.id })
		const keDepan = await updatePenugasanPlt(pertama.id, {
			...dasar,
			jenis: 'Plh',
			penggunaId: await penggunaId('kasi.dafduk'),
			jabatanId: 5,
			mulai,
			selesai: geser(mulai, 6),
			version: await versiOf(pertama.id),
		})
		expect(keDepan && !keDepan.ok && 'errors' in keDepan ? keDepan.errors.mulai?.[0] : '').toMatch(/Plt\. Siti Nurjanah/)
		expect(await updatePenugasanPlt(999999, { ...dasar, penggunaId: 1, jabatanId: 5, mulai, selesai: mulai, version: 0 })).toBeNull()
		expect(await deletePenugasanPlt(sesudahnya.id, await versiOf(sesudahnya.id))).toEqual({ ok: true })
		expect(await deletePenugasanPlt(sesudahnya.id, 0)).toBeNull()
	})

	it('refuses a save or a delete with a stale version and changes nothing', async () => {
		const mulai = geser(await hariIniKantor(), 60)
		const dafduk = await penggunaId('kasi.dafduk')
		const dibuat = await createPenugasanPlt({ ...dasar, penggunaId: dafduk, jabatanId: 9, mulai, selesai: geser(mulai, 2) })
		if (!dibuat.ok) throw new Error('gagal membuat penugasan')
		const awal = await versiOf(dibuat.id)
		expect(awal).toBe(0)

		// the first admin saves; the second still holds the form opened at version 0
		const pertama = await updatePenugasanPlt(dibuat.id, { ...dasar, penggunaId: dafduk, jabatanId: 9, mulai, selesai: geser(mulai, 3), version: awal })
		expect(pertama).toEqual({ ok: true, id: dibuat.id })
		expect(await versiOf(dibuat.id)).toBe(1)

		const basi = await updatePenugasanPlt(dibuat.id, { ...dasar, penggunaId: dafduk, jabatanId: 9, mulai, selesai: geser(mulai, 9), version: awal })
		expect(basi).toEqual({ ok: false, konflik: true })
		expect(await deletePenugasanPlt(dibuat.id, awal)).toEqual({ ok: false, konflik: true })
		const tetap = await PenugasanPlt.findByPk(dibuat.id)
		expect(tetap).toMatchObject({ selesai: geser(mulai, 3), version: 1 })
		expect(await deletePenugasanPlt(dibuat.id, 1)).toEqual({ ok: true })
	})

	it('requires the end on or after the start', () => {
		const parsed = PenugasanPltSchema.safeParse({ penggunaId: '1007', jabatanId: '1', jenis: 'Plh', mulai: '2026-12-10', selesai: '2026-12-09' })
		expect(parsed.success).toBe(false)
		expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ['selesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' })])
		expect(PenugasanPltSchema.safeParse({ penggunaId: '1007', jabatanId: '1', jenis: 'Plh', mulai: '2026-12-10', selesai: '2026-12-10' }).success).toBe(true)
	})

	it('sorts assignments into running, upcoming and finished', async () => {
		const hariIni = await hariIniKantor()
		const id = await penggunaId('kasi.capil')
		await createPenugasanPlt({ ...dasar, penggunaId: id, jabatanId: 8, mulai: geser(hariIni, -20), selesai: geser(hariIni, -10) })
		const status = async (s: 'aktif' | 'akan-datang' | 'selesai') =>
			(await listPenugasanPlt({ status: s, jabatanId: undefined, hariIni, offset: 0, limit: 50 })).rows.map((r) => `${r.jabatanId}:${r.status}`)
		expect(await status('aktif')).toEqual(['1:aktif'])
		expect(await status('akan-datang')).toEqual(['5:akan-datang'])
		expect(await status('selesai')).toEqual(['8:selesai'])
	})

	it('offers active users with their pegawai name', async () => {
		const pilihan = await listPilihanPengguna()
		expect(pilihan).toHaveLength(25)
		expect(pilihan).toContainEqual({ value: await penggunaId('kasi.capil'), label: 'Yuni Astuti, S.Sos. (kasi.capil)' })
	})
})
