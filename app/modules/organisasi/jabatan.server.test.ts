import { describe, expect, it } from 'vitest'
import { createJabatan, deleteJabatan, getJabatan, listJabatan, updateJabatan } from './jabatan.server'

const base = { kode: 'STAF-UJI', nama: 'Staf Uji', jenis: 'pelaksana' as const, unitId: 9, atasanId: 9, aktif: true, peran: [] as number[] }

describe('jabatan service', () => {
	it('refuses unknown roles and a missing atasan', async () => {
		expect(await createJabatan({ ...base, peran: [99999] })).toEqual({ ok: false, errors: { peran: ['Ada peran yang tidak dikenal; muat ulang halaman.'] } })
		expect(await createJabatan({ ...base, atasanId: 99999 })).toEqual({ ok: false, errors: { atasanId: ['Jabatan atasan tidak ditemukan.'] } })
	})

	it('refuses a deep atasan cycle and a stale version', async () => {
		const kadis = (await getJabatan(1))!
		const loop = await updateJabatan(1, { ...kadis, jenis: 'struktural', atasanId: 24 })
		expect(loop).toEqual({ ok: false, errors: { atasanId: [expect.stringMatching(/atasan \(langsung atau tidak langsung\)/)] } })
		expect(await updateJabatan(1, { ...kadis, jenis: 'struktural', version: kadis.version + 1 })).toEqual({ ok: false, konflik: true })
	})

	it('counts only active holders, and deletes a jabatan nobody depends on', async () => {
		const created = await createJabatan(base)
		expect(created.ok).toBe(true)
		if (!created.ok) return
		const { rows } = await listJabatan({ q: 'STAF-UJI', unitId: undefined, jenis: undefined, offset: 0, limit: 10 })
		expect(rows[0]).toMatchObject({ namaUnit: 'Seksi Kelahiran dan Kematian', namaAtasan: 'Kepala Seksi Kelahiran dan Kematian', jumlahPegawai: 0 })
		expect(await deleteJabatan(created.id)).toEqual({ ok: true })
		expect(await deleteJabatan(created.id)).toBeNull()
	})
})
