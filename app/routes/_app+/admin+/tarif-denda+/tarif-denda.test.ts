import { describe, expect, it } from 'vitest'
import { loginAs, makeRequest, payload, settle, statusOf } from '#test/utils'
import { listTarifDenda } from '~/modules/layanan/katalog.server'
import { action as ubah, loader as rincian } from './$id'
import { action as tambah, loader as formBaru } from './baru'
import { loader as daftar } from './index'

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

type Failure = { errors: Record<string, string[]>; values: Record<string, string> }

const form = (ubahan: Record<string, string> = {}) => ({
	peristiwa: 'kelahiran',
	nama: 'Keterlambatan pelaporan kelahiran (Perda baru)',
	batasHari: '60',
	nominal: 'Rp150.000',
	berlakuMulai: '2027-01-01',
	berlakuSampai: '',
	dasarHukum: 'Perda Kabupaten Nomor 1 Tahun 2027 Pasal 27',
	...ubahan,
})

async function tarifKelahiran() {
	return (await listTarifDenda()).filter((t) => t.peristiwa === 'kelahiran')
}

describe('tarif denda (admin)', () => {
	it('lists the rates with the event named for people', async () => {
		const { cookie } = await loginAs('admin')
		const { rows } = payload<Awaited<ReturnType<typeof daftar>>>(await settle(() => daftar(args(makeRequest('/admin/tarif-denda', { cookie })))))
		expect(rows.find((r) => r.peristiwa === 'lahir-mati')).toMatchObject({ peristiwaLabel: 'Lahir mati', nominal: 100_000, batasHari: 30, berlakuSampai: null })
	})

	it('offers only the events the services fine, named with their services', async () => {
		const { cookie } = await loginAs('admin')
		const { peristiwa } = payload<Awaited<ReturnType<typeof formBaru>>>(await settle(() => formBaru(args(makeRequest('/admin/tarif-denda/baru', { cookie })))))
		expect(peristiwa.map((p) => p.value).sort()).toEqual(['kelahiran', 'kematian', 'lahir-mati', 'perceraian', 'perkawinan'])
		expect(peristiwa.find((p) => p.value === 'kelahiran')?.label).toMatch(/^Kelahiran \(.*Akta kelahiran/i)
	})

	it('refuses a user without update:layanan:any with 403', async () => {
		const { cookie } = await loginAs('loket')
		expect(statusOf(await settle(() => daftar(args(makeRequest('/admin/tarif-denda', { cookie })))))).toBe(403)
		expect(statusOf(await settle(() => tambah(args(makeRequest('/admin/tarif-denda/baru', { cookie, form: form() })))))).toBe(403)
	})

	it('refuses a period overlapping another rate of the same event, next to the start date', async () => {
		const { cookie } = await loginAs('admin')
		const tumpang = await settle(() => tambah(args(makeRequest('/admin/tarif-denda/baru', { cookie, form: form() }))))
		expect(statusOf(tumpang)).toBe(400)
		const failure = payload<Failure>(tumpang)
		expect(failure.errors.berlakuMulai?.[0]).toMatch(/^Masa berlaku bertumpang tindih dengan tarif "Keterlambatan pelaporan kelahiran" \(1 Januari 2026 – seterusnya\)/)
		expect(failure.values.nominal).toBe('Rp150.000')
		// another event's rate does not get in the way
		expect(statusOf(await settle(() => tambah(args(makeRequest('/admin/tarif-denda/baru', { cookie, form: form({ peristiwa: 'kematian', berlakuMulai: '2025-01-01', berlakuSampai: '2025-12-31', nama: 'Denda kematian lama' }) })))))).toBe(302)
	})

	it('ends the old rate, then adds the new one from the day after; a stale form gets 409', async () => {
		const { cookie } = await loginAs('admin')
		const [lama] = await tarifKelahiran()
		const id = String(lama!.id)
		const { tarif } = payload<Awaited<ReturnType<typeof rincian>>>(await settle(() => rincian(args(makeRequest(`/admin/tarif-denda/${id}`, { cookie }), { id }))))
		const akhiri = {
			peristiwa: tarif.peristiwa,
			nama: tarif.nama,
			batasHari: String(tarif.batasHari),
			nominal: String(tarif.nominal),
			berlakuMulai: tarif.berlakuMulai,
			berlakuSampai: '2026-12-31',
			dasarHukum: tarif.dasarHukum,
			version: String(tarif.version),
		}
		expect(statusOf(await settle(() => ubah(args(makeRequest(`/admin/tarif-denda/${id}`, { cookie, form: akhiri }), { id }))))).toBe(302)
		expect(statusOf(await settle(() => tambah(args(makeRequest('/admin/tarif-denda/baru', { cookie, form: form() })))))).toBe(302)
		expect((await tarifKelahiran()).map((t) => [t.berlakuMulai, t.berlakuSampai, t.nominal])).toEqual([
			['2027-01-01', null, 150_000],
			['2026-01-01', '2026-12-31', 100_000],
		])

		const basi = await settle(() => ubah(args(makeRequest(`/admin/tarif-denda/${id}`, { cookie, form: { ...akhiri, berlakuSampai: '' } }), { id })))
		expect(statusOf(basi)).toBe(409)
		// re-opening the old rate with the current version overlaps the new one
		const buka = await settle(() => ubah(args(makeRequest(`/admin/tarif-denda/${id}`, { cookie, form: { ...akhiri, berlakuSampai: '', version: String(tarif.version + 1) } }), { id })))
		expect(payload<Failure>(buka).errors.berlakuMulai?.[0]).toMatch(/Keterlambatan pelaporan kelahiran \(Perda baru\)/)
	})

	it('checks the amounts and dates it is given', async () => {
		const { cookie } = await loginAs('admin')
		const salah = payload<Failure>(
			await settle(() =>
				tambah(args(makeRequest('/admin/tarif-denda/baru', { cookie, form: form({ peristiwa: 'pindah', nominal: '12,5', batasHari: '-1', berlakuMulai: '2027-02-30', berlakuSampai: '2026-01-01' }) }))),
			),
		)
		expect(salah.errors).toMatchObject({
			nominal: ['Nominal ditulis dalam rupiah tanpa sen, misalnya 100.000.'],
			batasHari: ['Batas hari tidak boleh negatif.'],
			berlakuMulai: ['Tanggal tidak ada di kalender.'],
		})
		const urutan = payload<Failure>(await settle(() => tambah(args(makeRequest('/admin/tarif-denda/baru', { cookie, form: form({ berlakuMulai: '2028-01-01', berlakuSampai: '2027-12-31' }) })))))
		expect(urutan.errors.berlakuSampai).toEqual(['Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.'])
		const peristiwa = payload<Failure>(await settle(() => tambah(args(makeRequest('/admin/tarif-denda/baru', { cookie, form: form({ peristiwa: 'pindah' }) })))))
		expect(peristiwa.errors.peristiwa).toEqual(['Pilih peristiwa dari daftar.'])
	})
})
