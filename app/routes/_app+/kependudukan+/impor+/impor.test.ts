import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DkbImpor } from '#models/index'
import { penduduk, tulisCsv } from '#test/kependudukan'
import { loginAs, makeRequest, settle } from '#test/utils'
import { action, loader } from './index'
import { loader as kemajuan } from './$id'

function unggah(cookie: string, isi: { semester: string; berkas?: { nama: string; isi: Buffer } }) {
	const form = new FormData()
	form.set('semester', isi.semester)
	if (isi.berkas) form.set('berkas', new File([new Uint8Array(isi.berkas.isi)], isi.berkas.nama, { type: 'text/csv' }))
	return makeRequest('/kependudukan/impor', { cookie, body: form })
}

async function tungguSelesai(id: number) {
	for (let i = 0; i < 100; i++) {
		const impor = (await DkbImpor.findByPk(id))!
		if (impor.status !== 'antri' && impor.status !== 'berjalan') return impor
		await new Promise((r) => setTimeout(r, 100))
	}
	throw new Error('impor tidak selesai')
}

describe('/kependudukan/impor', () => {
	it('takes an upload, runs the job in the background and shows its progress page', async () => {
		const { cookie } = await loginAs('piak')
		const csv = fs.readFileSync(tulisCsv([penduduk({ NIK: '3305011705800001' }), penduduk({ NIK: '3305015706850002', JENIS_KLMIN: '2', STAT_HBKEL: '3' })]))
		const res = (await settle(() => action({ request: unggah(cookie, { semester: '2025-2', berkas: { nama: 'DKB 2025-2.csv', isi: csv } }), params: {}, context: {} }))) as Response
		expect(res.status).toBe(302)
		const id = Number(/\/kependudukan\/impor\/(\d+)$/.exec(res.headers.get('Location')!)![1])
		const selesai = await tungguSelesai(id)
		expect(selesai).toMatchObject({ status: 'selesai', barisDiimpor: 2, namaBerkas: 'DKB 2025-2.csv', berkasKunci: null })
		const halaman = (await settle(() => kemajuan({ request: makeRequest(`/kependudukan/impor/${id}`, { cookie }), params: { id: String(id) }, context: {} }))) as { impor: { status: string; persen: number } }
		expect(halaman.impor).toMatchObject({ status: 'selesai', persen: 100 })
		const daftar = (await settle(() => loader({ request: makeRequest('/kependudukan/impor', { cookie }), params: {}, context: {} }))) as { rows: { id: number }[] }
		expect(daftar.rows[0]!.id).toBe(id)
	})

	it('keeps the semester and says what is wrong next to the field', async () => {
		const { cookie } = await loginAs('piak')
		const tanpaBerkas = (await settle(() => action({ request: unggah(cookie, { semester: '2025-2' }), params: {}, context: {} }))) as { data: { errors: Record<string, string[]>; values: Record<string, string> } }
		expect(tanpaBerkas.data.errors.berkas).toEqual(['Pilih berkas DKB (CSV atau XLSX).'])
		const pdf = (await settle(() =>
			action({ request: unggah(cookie, { semester: '2025-2', berkas: { nama: 'dkb.pdf', isi: Buffer.from('%PDF-1.4') } }), params: {}, context: {} }),
		)) as { data: { errors: Record<string, string[]>; values: Record<string, string> } }
		expect(pdf.data).toEqual({ errors: { berkas: ['Berkas DKB harus CSV atau XLSX.'] }, values: { semester: '2025-2' } })
		const belum = (await settle(() =>
			action({ request: unggah(cookie, { semester: '2099-1', berkas: { nama: 'dkb.csv', isi: Buffer.from('NIK\n1\n') } }), params: {}, context: {} }),
		)) as { data: { errors: Record<string, string[]>; values: Record<string, string> } }
		expect(belum.data.errors.semester![0]).toMatch(/belum berakhir/)
		expect(belum.data.values.semester).toBe('2099-1')
		// nothing of the refused uploads stays on disk
		expect(fs.readdirSync(`${process.env.UPLOAD_DIR}/dkb-masuk`)).toEqual([])
	})

	it('is for the PIAK staff only', async () => {
		const { cookie } = await loginAs('loket')
		const res = (await settle(() => loader({ request: makeRequest('/kependudukan/impor', { cookie }), params: {}, context: {} }))) as Response
		expect(res.status).toBe(403)
	})
})
