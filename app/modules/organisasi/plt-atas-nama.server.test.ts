import { describe, expect, it } from 'vitest'
import { JabatanPeran, LogAudit, Peran } from '#models/index'
import { action as ubahUnitKerja } from '~/routes/_app+/admin+/unit-kerja+/$id'
import { loginAs, makeRequest, settle, statusOf } from '#test/utils'
import { getUnitKerja } from './unit-kerja.server'
import { createPenugasanPlt, hariIniKantor } from './plt.server'

/**
 * The end-to-end proof that acting for a jabatan leaves both names in the audit trail: the
 * permission to change the organisation comes only through the Plt assignment.
 */
async function ubahNamaUnit(username: string, nama: string) {
	const { cookie, penggunaId } = await loginAs(username)
	const unit = (await getUnitKerja(9))!
	const form = { kode: unit.kode, nama, jenis: unit.jenis, indukId: String(unit.indukId), urutan: String(unit.urutan), aktif: '1', version: String(unit.version) }
	const result = await settle(() => ubahUnitKerja({ request: makeRequest('/admin/unit-kerja/9', { cookie, form }), params: { id: '9' }, context: {} }))
	return { status: statusOf(result), penggunaId }
}

async function auditTerakhir() {
	return LogAudit.findOne({ where: { aksi: 'ubah', entitas: 'unit_kerja', entitasId: '9' }, order: [['id', 'DESC']] })
}

describe('acts done as Plt', () => {
	it('are refused before the assignment, and record "atas nama" once the Plt runs', async () => {
		const admin = (await Peran.findOne({ where: { kode: 'admin' } }))!
		await JabatanPeran.create({ jabatanId: 1, peranId: admin.id })

		expect((await ubahNamaUnit('kasi.capil', 'Seksi Kelahiran dan Kematian (uji)')).status).toBe(403)

		const hariIni = await hariIniKantor()
		const { penggunaId } = await loginAs('kasi.capil')
		const penugasan = await createPenugasanPlt({ penggunaId, jabatanId: 1, jenis: 'Plt', mulai: hariIni, selesai: hariIni, nomorSurat: null, keterangan: null })
		expect(penugasan.ok).toBe(true)

		const sebagaiPlt = await ubahNamaUnit('kasi.capil', 'Seksi Kelahiran dan Kematian (Plt)')
		expect(sebagaiPlt.status).toBe(302)
		const row = (await auditTerakhir())!
		expect(row.penggunaId).toBe(penggunaId)
		expect(row.namaPengguna).toBe('Yuni Astuti, S.Sos.')
		expect(row.atasNama).toContain('Plt. Kepala Dinas')
		expect(row.atasNama).toBe('Plt. Kepala Dinas (definitif: Drs. Bambang Wicaksono, M.Si.)')
		expect(row.perubahan).toMatchObject({ nama: { sesudah: 'Seksi Kelahiran dan Kematian (Plt)' } })
	})

	it('records no "atas nama" for a user acting on their own authority', async () => {
		expect((await ubahNamaUnit('admin', 'Seksi Kelahiran dan Kematian')).status).toBe(302)
		const row = (await auditTerakhir())!
		expect(row.namaPengguna).toBe('Rina Kusumawati, S.Kom.')
		expect(row.atasNama).toBeNull()
	})
})
