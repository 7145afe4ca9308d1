import { describe, expect, it } from 'vitest'
import { BerkasArsip, InstansAlur, TugasAlur, UsulPenyusutan } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { TransisiTidakSahError } from '~/workflow/galat'
import { ambilTugas, jalankanAksi } from '~/workflow/mesin.server'
import { getHalamanAlur, tanganiIntentAlur } from '~/workflow/subjek.server'
import { createBerkas } from './berkas.server'
import { pdfBeritaAcara, pdfDaftarUsulan } from './laporan.server'
import { pinjamBerkas } from './peminjaman.server'
import { batalkanUsulan, buatUsulan, getUsulan, hariIniKantor, hitungJatuhTempo, keluarkanDariUsulan, listJatuhTempo, selesaikanPenyusutan } from './penyusutan.server'

/** The open task of an instance, claimed and acted on by `username`. */
async function kerjakan(instansId: number, username: string, aksiKode: string, alasan?: string) {
	const pelaku = await getUserById(username)
	const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' }, order: [['id', 'ASC']] })
	if (!tugas) throw new Error(`tidak ada tugas terbuka di instans ${instansId}`)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	return withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode, alasan, pelaku }))
}

const langkah = async (instansId: number) => (await InstansAlur.findByPk(instansId))!.langkahAktif
const status = async (...ids: number[]) => (await BerkasArsip.findAll({ where: { id: ids }, order: [['id', 'ASC']] })).map((b) => b.status)

async function usul(jenis: 'pindah' | 'musnah', berkasIds: number[]) {
	const tu = await getUserById('tu')
	return withRequestContext(() => buatUsulan({ jenis, berkasIds, catatan: null, pelaku: tu }))
}

async function instansUsul(id: number) {
	return (await UsulPenyusutan.findByPk(id))!.instansId!
}

describe('due lists', () => {
	it('lists the demo berkas due for pindah, musnah (with the approver) and hand-over', async () => {
		const hariIni = await hariIniKantor()
		const ids = async (jenis: Parameters<typeof listJatuhTempo>[0]['jenis']) => (await listJatuhTempo({ jenis, hariIni, offset: 0, limit: 50 })).rows
		expect((await ids('pindah')).map((r) => r.id).sort()).toEqual([4, 5])
		const musnah = await ids('musnah')
		expect(musnah.map((r) => [r.id, r.retensiTahun, r.penyetuju]).sort()).toEqual([
			[1, 5, 'Kepala Daerah'],
			[2, 5, 'Kepala Daerah'],
			[3, 10, 'Kepala ANRI'],
		])
		expect((await ids('serah')).map((r) => r.id)).toEqual([8])
		// the vital register is inactive but far from due; the open berkas has no dates at all
		expect([...(await ids('pindah')), ...musnah].map((r) => r.id)).not.toContain(7)
		expect(await hitungJatuhTempo(hariIni)).toEqual({ pindah: 2, musnah: 3, serah: 1, 'nilai-kembali': 0 })
	})
})

describe('usul musnah', () => {
	it('refuses to mix Kepala Daerah (< 10 years) and Kepala ANRI (>= 10 years) berkas', async () => {
		const hasil = await usul('musnah', [1, 3])
		expect(hasil).toMatchObject({ ok: false, errors: { berkasIds: [expect.stringMatching(/tidak boleh mencampur/)] } })
		expect(await status(1, 3)).toEqual(['inaktif', 'inaktif'])
	})

	it('runs to the end by the right roles: tata usaha, sekretaris, kadis, tata usaha for the Kepala Daerah; berkas musnah with the berita acara', async () => {
		const hasil = await usul('musnah', [1, 2])
		if (!hasil.ok) throw new Error(JSON.stringify(hasil))
		expect(hasil.nomor).toMatch(/^UM\/\d{4}\/0001$/)
		const u = (await UsulPenyusutan.findByPk(hasil.id))!
		expect(u.penyetuju).toBe('kepala-daerah')
		expect(await status(1, 2)).toEqual(['usul-musnah', 'usul-musnah'])
		const instansId = u.instansId!
		expect((await InstansAlur.findByPk(instansId))!.konteks).toMatchObject({ retensiTerlamaTahun: 5 })

		// a berkas in an open usulan cannot join another
		expect(await usul('musnah', [2])).toMatchObject({ ok: false, errors: { berkasIds: [expect.stringMatching(/usulan lain/)] } })

		expect(await langkah(instansId)).toBe('usul')
		await kerjakan(instansId, 'tu', 'ajukan')
		expect((await UsulPenyusutan.findByPk(hasil.id))!.status).toBe('diajukan')
		await expect(kerjakan(instansId, 'kadis', 'setujui')).rejects.toThrow()
		await kerjakan(instansId, 'sekretaris', 'setujui')
		await kerjakan(instansId, 'kadis', 'ajukan')
		expect(await langkah(instansId)).toBe('persetujuan-kepala-daerah')
		await kerjakan(instansId, 'tu', 'setujui')
		expect(await langkah(instansId)).toBe('pelaksanaan')
		expect((await UsulPenyusutan.findByPk(hasil.id))!.status).toBe('disetujui')

		// the plain action is kept off the bar and, taken anyway, refused without a berita acara
		const tu = await getUserById('tu')
		const halaman = await getHalamanAlur({ instansId, user: tu })
		expect(halaman!.actionBar.dapatDiambil).not.toBeNull()
		const tugas = (await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } }))!
		await ambilTugas({ tugasId: tugas.id, pelaku: tu })
		expect((await getHalamanAlur({ instansId, user: tu }))!.actionBar.dipegang!.aksi).toEqual([])
		const form = new FormData()
		form.set('intent', 'aksi')
		form.set('tugasId', String(tugas.id))
		form.set('aksiKode', 'selesaikan')
		await expect(withRequestContext(() => tanganiIntentAlur({ formData: form, instansId, user: tu, kembaliKe: '/' }))).rejects.toMatchObject({ status: 409 })
		await expect(withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'selesaikan', pelaku: tu }))).rejects.toBeInstanceOf(TransisiTidakSahError)
		expect(await status(1, 2)).toEqual(['usul-musnah', 'usul-musnah'])

		await withRequestContext(() => selesaikanPenyusutan({ usulId: hasil.id, input: { nomorBeritaAcara: 'BA/045/ARSIP/2026', tanggalBeritaAcara: '2026-11-20' }, pelaku: tu }))
		expect((await InstansAlur.findByPk(instansId))!.status).toBe('selesai')
		expect(await status(1, 2)).toEqual(['musnah', 'musnah'])
		expect(await UsulPenyusutan.findByPk(hasil.id)).toMatchObject({ status: 'dilaksanakan', nomorBeritaAcara: 'BA/045/ARSIP/2026', tanggalBeritaAcara: '2026-11-20' })

		const daftar = await pdfDaftarUsulan(hasil.id)
		expect(daftar!.nama).toMatch(/^daftar-arsip-yang-dimusnahkan-UM-/)
		expect(Buffer.from(daftar!.pdf).subarray(0, 5).toString()).toBe('%PDF-')
		const ba = await pdfBeritaAcara(hasil.id)
		expect(ba!.nama).toBe('berita-acara-pemusnahan-BA-045-ARSIP-2026.pdf')
		expect(Buffer.from(ba!.pdf).subarray(0, 5).toString()).toBe('%PDF-')
	})

	it('goes to the Kepala ANRI from 10 years, and a refusal puts the berkas back', async () => {
		const hasil = await usul('musnah', [3])
		if (!hasil.ok) throw new Error(JSON.stringify(hasil))
		expect((await UsulPenyusutan.findByPk(hasil.id))!.penyetuju).toBe('kepala-anri')
		const instansId = await instansUsul(hasil.id)
		await kerjakan(instansId, 'tu', 'ajukan')
		await kerjakan(instansId, 'sekretaris', 'setujui')
		await kerjakan(instansId, 'kadis', 'ajukan')
		expect(await langkah(instansId)).toBe('persetujuan-anri')
		expect(await pdfBeritaAcara(hasil.id)).toBeNull()
		await kerjakan(instansId, 'tu', 'tolak', 'Kepala ANRI meminta penilaian ulang nilai guna arsip')
		expect((await InstansAlur.findByPk(instansId))!.status).toBe('ditolak')
		expect((await UsulPenyusutan.findByPk(hasil.id))!.status).toBe('ditolak')
		expect(await status(3)).toEqual(['inaktif'])
		// back on the due list, and free for a new usulan
		expect((await listJatuhTempo({ jenis: 'musnah', hariIni: await hariIniKantor(), offset: 0, limit: 50 })).rows.map((r) => r.id)).toContain(3)
	})
})

describe('usul pindah', () => {
	it('is returned, revised by taking a berkas out, approved by the sekretaris and carried out: berkas inaktif', async () => {
		const hasil = await usul('pindah', [4, 5])
		if (!hasil.ok) throw new Error(JSON.stringify(hasil))
		expect((await UsulPenyusutan.findByPk(hasil.id))!.penyetuju).toBe('sekretaris')
		const instansId = await instansUsul(hasil.id)
		await kerjakan(instansId, 'tu', 'ajukan')
		expect(await keluarkanDariUsulan({ usulId: hasil.id, berkasId: 5 })).toMatchObject({ ok: false })
		// returned and resubmitted within the same second: still a new round (arrival kept in milliseconds)
		await kerjakan(instansId, 'sekretaris', 'kembalikan', 'Berkas monitoring evaluasi masih dipakai bidang')
		expect((await UsulPenyusutan.findByPk(hasil.id))!.status).toBe('draf')
		expect(await keluarkanDariUsulan({ usulId: hasil.id, berkasId: 5 })).toEqual({ ok: true })
		expect(await keluarkanDariUsulan({ usulId: hasil.id, berkasId: 4 })).toMatchObject({ ok: false, pesan: expect.stringMatching(/paling sedikit satu/) })
		expect(await status(4, 5)).toEqual(['usul-pindah', 'aktif'])
		expect((await getUsulan(hasil.id))!.berkas.map((b) => b.id)).toEqual([4])

		await kerjakan(instansId, 'tu', 'ajukan')
		await kerjakan(instansId, 'sekretaris', 'setujui')
		const tu = await getUserById('tu')
		await withRequestContext(() => selesaikanPenyusutan({ usulId: hasil.id, input: { nomorBeritaAcara: 'BA/046/ARSIP/2026', tanggalBeritaAcara: '2026-11-21' }, pelaku: tu }))
		expect(await status(4, 5)).toEqual(['inaktif', 'aktif'])
		expect((await pdfBeritaAcara(hasil.id))!.nama).toBe('berita-acara-pemindahan-BA-046-ARSIP-2026.pdf')
	})

	it('cancelling an usulan puts its berkas back', async () => {
		const hasil = await usul('pindah', [5])
		if (!hasil.ok) throw new Error(JSON.stringify(hasil))
		const tu = await getUserById('tu')
		await withRequestContext(() => batalkanUsulan({ usulId: hasil.id, alasan: 'Salah pilih berkas', pelaku: tu }))
		expect(await status(5)).toEqual(['aktif'])
		expect((await UsulPenyusutan.findByPk(hasil.id))!.status).toBe('ditolak')
		expect((await InstansAlur.findByPk(await instansUsul(hasil.id)))!.status).toBe('dibatalkan')
	})

	it('refuses a berkas that is not due, and one on loan', async () => {
		const tu = await getUserById('tu')
		expect(await usul('pindah', [6])).toMatchObject({ ok: false, errors: { berkasIds: [expect.stringMatching(/belum berakhir/)] } })
		const dibuat = await withRequestContext(() =>
			createBerkas(
				{
					klasifikasiKode: '000.1.6',
					uraian: 'Penyediaan konsumsi rapat',
					unitKerjaId: 3,
					kurunAwal: '2015-01-01',
					kurunAkhir: '2015-12-31',
					jumlah: 1,
					satuan: 'berkas',
					tingkatPerkembangan: 'asli',
					lokasiGedung: null,
					lokasiRuang: null,
					lokasiLemari: null,
					lokasiRak: null,
					lokasiBoks: null,
					lokasiFolder: null,
					status: 'aktif',
				},
				tu,
			),
		)
		if (!dibuat.ok) throw new Error('berkas')
		const kepegawaian = await getUserById('kepegawaian')
		const jatuhTempo = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
		expect(await withRequestContext(() => pinjamBerkas({ input: { berkasId: dibuat.id, peminjamId: kepegawaian.id, keperluan: 'Pemeriksaan', jatuhTempo }, pelaku: tu }))).toMatchObject({ ok: true })
		expect(await usul('pindah', [dibuat.id])).toMatchObject({ ok: false, errors: { berkasIds: [expect.stringMatching(/sedang dipinjam/)] } })
	})
})
