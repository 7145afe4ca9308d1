import { describe, expect, it } from 'vitest'
import { BerkasArsip, InstansAlur, IsiBerkas, Outbox, PeminjamanArsip, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { buatSuratMasukUji } from '#test/persuratan'
import { withRequestContext } from '#test/utils'
import { geserTanggal } from '~/utils/hari-kerja'
import { ambilTugas, jalankanAksi, mulaiAlur } from '~/workflow/mesin.server'
import { getHalamanAlur } from '~/workflow/subjek.server'
import { berkaskanSurat, createBerkas } from './berkas.server'
import { hitungPeminjaman, kembalikanPinjaman, kirimPengingatPeminjaman, listPeminjaman, pinjamBerkas } from './peminjaman.server'
import { majukanPengarsipanSurat, selesaikanPengarsipan, subjekPengarsipan } from './pengarsipan.server'
import { hariIniKantor } from './penyusutan.server'

async function kerjakan(instansId: number, username: string, aksiKode: string) {
	const pelaku = await getUserById(username)
	const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' }, order: [['id', 'ASC']] })
	if (!tugas) throw new Error(`tidak ada tugas terbuka di instans ${instansId}`)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	return withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode, pelaku }))
}

/** Registers a letter and drives P1.2.1.2 (version 2) through to the caraka's delivery. */
async function suratMasukSelesai() {
	const tu = await getUserById('tu')
	const surat = await buatSuratMasukUji({ dicatatOlehId: tu.id })
	const instans = await withRequestContext(() =>
		mulaiAlur({ definisiKode: 'P1.2.1.2', subjekJenis: 'surat-masuk', subjekId: String(surat.id), judul: `Surat masuk ${surat.nomorAgenda}`, pemrakarsa: tu, unitId: 3, konteks: { jabatanTujuan: 'KADIS' } }),
	)
	await surat.update({ instansId: instans.id })
	expect(instans.definisiVersi).toBe(2)
	await kerjakan(instans.id, 'tu', 'teruskan')
	await kerjakan(instans.id, 'kadis', 'disposisi')
	await kerjakan(instans.id, 'sekretaris', 'teruskan')
	await kerjakan(instans.id, 'tu', 'teruskan')
	expect(await pengarsipanSurat(surat.id)).toBeNull()
	await kerjakan(instans.id, 'caraka', 'selesaikan')
	expect((await InstansAlur.findByPk(instans.id))!.status).toBe('selesai')
	return surat
}

const pengarsipanSurat = (suratId: number) => InstansAlur.findOne({ where: { subjekJenis: 'arsip', subjekId: subjekPengarsipan(suratId) } })
const berkasTerbuka = () => BerkasArsip.findByPk(9).then((b) => b!)

describe('P1.2.2 kearsipan', () => {
	it('starts when an incoming letter’s process finishes, and is completed by filing the letter from the task', async () => {
		const surat = await suratMasukSelesai()
		const p = await pengarsipanSurat(surat.id)
		expect(p).toMatchObject({ definisiKode: 'P1.2.2', status: 'berjalan', langkahAktif: 'terima-surat' })
		expect(p!.judul).toContain(`agenda ${surat.nomorAgenda}/2026`)
		const tugas = await TugasAlur.findOne({ where: { instansId: p!.id, status: 'terbuka' } })
		expect(tugas).toMatchObject({ targetJenis: 'peran', targetPeran: 'tata-usaha' })

		const tu = await getUserById('tu')
		// receive and classify on the action bar; "simpan" is not a plain button there
		await kerjakan(p!.id, 'tu', 'teruskan')
		await kerjakan(p!.id, 'tu', 'teruskan')
		const t = (await TugasAlur.findOne({ where: { instansId: p!.id, status: 'terbuka' } }))!
		await ambilTugas({ tugasId: t.id, pelaku: tu })
		expect((await getHalamanAlur({ instansId: p!.id, user: tu }))!.actionBar.dipegang!.aksi).toEqual([])
		await expect(withRequestContext(() => jalankanAksi({ tugasId: t.id, aksiKode: 'selesaikan', pelaku: tu }))).rejects.toThrow(/Berkaskan surat ini terlebih dahulu/)

		expect(await withRequestContext(() => selesaikanPengarsipan({ instansId: p!.id, berkasId: null, pelaku: tu }))).toMatchObject({ ok: false, errors: { berkasId: [expect.any(String)] } })
		const berkas = await berkasTerbuka()
		const hasil = await withRequestContext(() => selesaikanPengarsipan({ instansId: p!.id, berkasId: berkas.id, pelaku: tu }))
		expect(hasil).toMatchObject({ ok: true, nomorItem: expect.any(Number) })
		expect((await InstansAlur.findByPk(p!.id))!.status).toBe('selesai')
		expect(await IsiBerkas.findOne({ where: { suratMasukId: surat.id } })).toMatchObject({ berkasArsipId: berkas.id, uraian: surat.perihal })
	})

	it('walks the earlier steps for the filer, and rolls the step back when the filing is refused', async () => {
		const surat = await suratMasukSelesai()
		const p = (await pengarsipanSurat(surat.id))!
		const tu = await getUserById('tu')
		const inaktif = await BerkasArsip.findByPk(7)
		const gagal = await withRequestContext(() => selesaikanPengarsipan({ instansId: p.id, berkasId: inaktif!.id, pelaku: tu }))
		expect(gagal).toMatchObject({ ok: false, errors: { _form: [expect.stringMatching(/tidak aktif/)] } })
		expect((await InstansAlur.findByPk(p.id))!).toMatchObject({ status: 'berjalan', langkahAktif: 'simpan' })
		expect(await IsiBerkas.count({ where: { suratMasukId: surat.id } })).toBe(0)
		// someone without the role cannot take it
		const loket = await getUserById('loket')
		await expect(withRequestContext(() => selesaikanPengarsipan({ instansId: p.id, berkasId: 9, pelaku: loket }))).rejects.toMatchObject({ status: 403 })
		expect(await withRequestContext(() => selesaikanPengarsipan({ instansId: p.id, berkasId: 9, pelaku: tu }))).toMatchObject({ ok: true })
	})

	it('completes the task when the letter is filed from the berkas page instead', async () => {
		const surat = await suratMasukSelesai()
		const tu = await getUserById('tu')
		expect(await withRequestContext(() => berkaskanSurat({ berkasId: 9, jenisSurat: 'masuk', suratId: surat.id, pelaku: tu }))).toMatchObject({ ok: true })
		expect(await withRequestContext(() => majukanPengarsipanSurat(surat.id, tu))).toBe(true)
		expect((await pengarsipanSurat(surat.id))!.status).toBe('selesai')
	})

	it('starts nothing for a letter already filed before its process ends', async () => {
		const tu = await getUserById('tu')
		const surat = await buatSuratMasukUji({ dicatatOlehId: tu.id })
		await withRequestContext(() => berkaskanSurat({ berkasId: 9, jenisSurat: 'masuk', suratId: surat.id, pelaku: tu }))
		const instans = await withRequestContext(() =>
			mulaiAlur({ definisiKode: 'P1.2.1.2', subjekJenis: 'surat-masuk', subjekId: String(surat.id), judul: 'Surat masuk', pemrakarsa: tu, unitId: 3, konteks: { jabatanTujuan: 'KADIS' } }),
		)
		for (const [u, a] of [['tu', 'teruskan'], ['kadis', 'disposisi'], ['sekretaris', 'teruskan'], ['tu', 'teruskan'], ['caraka', 'selesaikan']] as const) await kerjakan(instans.id, u, a)
		expect(await pengarsipanSurat(surat.id)).toBeNull()
	})
})

describe('peminjaman', () => {
	const input = async (berkasId: number, jatuhTempo: string) => ({ berkasId, peminjamId: (await getUserById('kabid.dafduk')).id, keperluan: 'Bahan rapat evaluasi', jatuhTempo })

	it('allows one open loan per berkas, numbers loans without gaps, and records the return', async () => {
		const tu = await getUserById('tu')
		const hariIni = await hariIniKantor()
		const satu = await withRequestContext(async () => pinjamBerkas({ input: await input(5, geserTanggal(hariIni, 7)), pelaku: tu }))
		if (!satu.ok) throw new Error(JSON.stringify(satu))
		const baris = (await PeminjamanArsip.findByPk(satu.id))!
		expect(baris.nomor).toBe(`PJ/${hariIni.slice(0, 4)}/0004`)
		const dua = await withRequestContext(async () => pinjamBerkas({ input: await input(5, geserTanggal(hariIni, 3)), pelaku: tu }))
		expect(dua).toMatchObject({ ok: false, errors: { berkasId: [expect.stringMatching(/masih dipinjam/)] } })
		expect(await withRequestContext(async () => pinjamBerkas({ input: await input(5, geserTanggal(hariIni, -1)), pelaku: tu }))).toMatchObject({ ok: false, errors: { jatuhTempo: [expect.any(String)] } })

		expect(await withRequestContext(() => kembalikanPinjaman({ id: satu.id, input: { version: baris.version, diterimaKembaliOlehId: tu.id, dikembalikanPada: null } }))).toEqual({ ok: true, id: satu.id })
		expect(await withRequestContext(() => kembalikanPinjaman({ id: satu.id, input: { version: baris.version, diterimaKembaliOlehId: tu.id, dikembalikanPada: null } }))).toEqual({ ok: false, konflik: true })
		expect((await PeminjamanArsip.findByPk(satu.id))!).toMatchObject({ status: 'dikembalikan', diterimaKembaliOlehId: tu.id })
		expect(await withRequestContext(async () => pinjamBerkas({ input: await input(5, geserTanggal(hariIni, 3)), pelaku: tu }))).toMatchObject({ ok: true })
	})

	it('lists the overdue loan and the soon-due one', async () => {
		const semua = { q: undefined, offset: 0, limit: 50 }
		const terlambat = await listPeminjaman({ ...semua, status: 'terlambat' })
		const demo = terlambat.rows.find((r) => r.nomorBerkas.startsWith('BRK/') && r.berkasId === 7)
		expect(demo).toMatchObject({ status: 'dipinjam', terlambatHari: 4 })
		expect(terlambat.rows.every((r) => r.terlambatHari > 0)).toBe(true)
		const segera = await listPeminjaman({ ...semua, status: 'segera' })
		expect(segera.rows.map((r) => r.berkasId)).toContain(6)
		expect(segera.rows.every((r) => r.terlambatHari === 0)).toBe(true)
		const hitung = await hitungPeminjaman()
		expect(hitung.terlambat).toBeGreaterThanOrEqual(1)
	})

	it('sends one in-app reminder per loan due tomorrow, today or overdue, once a day', async () => {
		const tu = await getUserById('tu')
		const hariIni = await hariIniKantor()
		const buat = async (ubah: Partial<Parameters<typeof createBerkas>[0]>) => {
			const b = await withRequestContext(() =>
				createBerkas(
					{ klasifikasiKode: '000.1.4', uraian: 'Berkas pinjaman uji', unitKerjaId: 3, kurunAwal: '2025-01-01', kurunAkhir: null, jumlah: 1, satuan: 'berkas', tingkatPerkembangan: 'asli', lokasiGedung: null, lokasiRuang: null, lokasiLemari: null, lokasiRak: null, lokasiBoks: null, lokasiFolder: null, status: 'aktif', ...ubah },
					tu,
				),
			)
			if (!b.ok) throw new Error('berkas')
			return b.id
		}
		const pinjam = async (jatuhTempo: string) => {
			const h = await withRequestContext(async () => pinjamBerkas({ input: await input(await buat({}), jatuhTempo), pelaku: tu }))
			if (!h.ok) throw new Error(JSON.stringify(h))
			return h.id
		}
		const besok = await pinjam(geserTanggal(hariIni, 1))
		const hari = await pinjam(hariIni)
		const lusa = await pinjam(geserTanggal(hariIni, 2))
		const lewat = await pinjam(hariIni)
		await PeminjamanArsip.update({ jatuhTempo: geserTanggal(hariIni, -3) }, { where: { id: lewat } })
		const nomor = async (id: number) => (await PeminjamanArsip.findByPk(id))!.nomor
		const semuaPesan = async (id: number) => {
			const n = await nomor(id)
			return (await Outbox.findAll({ where: { kanal: 'aplikasi' } })).filter((o) => `${o.isi.judul} ${o.isi.isi ?? ''}`.includes(n))
		}
		const pesan = async (id: number) => (await semuaPesan(id)).length

		const now = new Date()
		expect(await kirimPengingatPeminjaman(now)).toBeGreaterThanOrEqual(3)
		expect([await pesan(besok), await pesan(hari), await pesan(lusa), await pesan(lewat)]).toEqual([1, 1, 0, 1])
		const isi = (await semuaPesan(lewat))[0]!.isi
		expect(isi.isi).toMatch(/terlambat 3 hari/)
		expect(isi.judul).toMatch(/^Pengingat pengembalian arsip PJ\//)

		expect(await kirimPengingatPeminjaman(new Date(now.getTime() + 60_000))).toBe(0)
		expect([await pesan(besok), await pesan(hari), await pesan(lusa), await pesan(lewat)]).toEqual([1, 1, 0, 1])

		const esok = new Date(now.getTime() + 86_400_000)
		await kirimPengingatPeminjaman(esok)
		expect([await pesan(besok), await pesan(hari), await pesan(lusa), await pesan(lewat)]).toEqual([2, 2, 1, 2])
	})
})
