import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Disposisi, InstansAlur, Jabatan, PengantaranSurat, RiwayatAlur, SuratMasuk, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { PDF_KECIL } from '#test/layanan'
import { withRequestContext } from '#test/utils'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { getEnv } from '~/utils/env.server'
import { tanggalDiZona } from '~/utils/format'
import { batalkan, buatDisposisi, getPohonDisposisi, selesaikan } from '~/workflow/disposisi.server'
import { TidakBerhakError, TidakDitemukanError } from '~/workflow/galat'
import { ambilTugas, jalankanAksi, type Pelaku } from '~/workflow/mesin.server'
import {
	buatDisposisiSurat,
	catatPengantaran,
	catatSuratMasuk,
	getSuratMasuk,
	listSuratMasuk,
	syaratAksiSurat,
	type CatatSuratMasukInput,
} from './surat-masuk.server'
import type { FilterSuratMasuk } from './surat-masuk.schema'

/** An office date `n` days ago (negative: ahead); the demo office keeps Asia/Jakarta time. */
const hariLalu = (n: number) => tanggalDiZona(new Date(Date.now() - n * 86_400_000))

const ISIAN = {
	nomorSurat: '005/123/Bappeda',
	tanggalSurat: hariLalu(4),
	tanggalDiterima: hariLalu(1),
	asalJenis: 'instansi',
	asal: 'Bappeda Kabupaten Kebumen',
	perihal: 'Permintaan data agregat kependudukan',
	ringkasan: 'Data agregat per kecamatan untuk RKPD.',
	sifat: 'biasa',
	urgensi: 'segera',
	klasifikasiKode: '400.12.2',
	lampiran: '1 berkas',
	tujuanJabatanId: '',
}

async function catat(ubah: Partial<typeof ISIAN> = {}, lain: Partial<CatatSuratMasukInput> = {}) {
	const tu = await getUserById('tu')
	return withRequestContext(() =>
		catatSuratMasuk({ isian: { ...ISIAN, ...ubah }, pindaian: { nama: 'surat.pdf', bytes: PDF_KECIL, persyaratanId: null }, pelaku: tu, ...lain }),
	)
}

async function catatBerhasil(ubah: Partial<typeof ISIAN> = {}) {
	const hasil = await catat(ubah)
	if (!hasil.ok) throw new Error(`Pencatatan gagal: ${JSON.stringify(hasil.errors)}`)
	return hasil
}

const lihat = (id: number, pembaca: Pelaku) => withRequestContext(() => getSuratMasuk({ id, pembaca }))
const daftar = (pembaca: Pelaku, filter: FilterSuratMasuk = {}) =>
	listSuratMasuk({ pembaca, offset: 0, limit: 500, ...filter })

/** Several demo users at once, typed as a tuple. */
async function para<const T extends readonly string[]>(...username: T) {
	return (await Promise.all(username.map((u) => getUserById(u)))) as { [K in keyof T]: Pelaku }
}

function formDisposisi(isi: Record<string, string | string[]>) {
	const form = new FormData()
	for (const [k, v] of Object.entries(isi)) for (const x of [v].flat()) form.append(k, x)
	return form
}

/** The addressee disposes to `kepada` through the letter's own service (claims the step too). */
async function disposisiKadis(suratId: number, kepada: Pelaku[], instruksi = ['tindak-lanjuti']) {
	const kadis = await getUserById('kadis')
	const hasil = await withRequestContext(() =>
		buatDisposisiSurat({ suratId, pelaku: kadis, formData: formDisposisi({ 'kepada[]': kepada.map((k) => String(k.id)), 'instruksi[]': instruksi, catatan: 'Segera ditindaklanjuti.' }) }),
	)
	expect(hasil).toMatchObject({ ok: true })
	return kadis
}

function pindaianDiDisk() {
	const dir = path.join(getEnv().uploadDir, 'surat-masuk')
	return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0
}

describe('catatSuratMasuk', () => {
	it('registers a letter with its agenda number and scan, straight into the Kepala Dinas’s inbox', async () => {
		const tu = await getUserById('tu')
		const hasil = await catatBerhasil()
		const tahun = Number(ISIAN.tanggalDiterima.slice(0, 4))
		expect(hasil.nomorAgendaLabel).toBe(`${String(hasil.nomorAgenda).padStart(4, '0')}/${tahun}`)
		const surat = (await SuratMasuk.findByPk(hasil.id))!
		expect(surat).toMatchObject({ tahun, asal: ISIAN.asal, sifat: 'biasa', urgensi: 'segera', klasifikasiKode: '400.12.2', dicatatOlehId: tu.id, tipePindaian: 'application/pdf', instansId: hasil.instansId })
		expect(surat.kunciPindaian).toMatch(/^surat-masuk\/[a-f0-9]{32}\.pdf$/)
		const kadis = (await Jabatan.findOne({ where: { kode: 'KADIS' } }))!
		expect(surat.tujuanJabatanId).toBe(kadis.id)

		const instans = (await InstansAlur.findByPk(hasil.instansId))!
		expect(instans).toMatchObject({ definisiKode: 'P1.2.1.2', definisiVersi: 2, subjekJenis: 'surat-masuk', subjekId: String(hasil.id), langkahAktif: 'disposisi', pemrakarsaId: tu.id })
		expect(instans.konteks).toEqual({ jabatanTujuan: 'KADIS', sifat: 'biasa' })
		expect(instans.judul).toContain(ISIAN.perihal)
		const tugas = await TugasAlur.findAll({ where: { instansId: instans.id } })
		expect(tugas.map((t) => [t.langkahKode, t.status, t.targetJenis, t.targetJabatanId])).toEqual([['disposisi', 'terbuka', 'jabatan', kadis.id]])
		const riwayat = await RiwayatAlur.findAll({ where: { instansId: instans.id }, order: [['id', 'ASC']] })
		expect(riwayat.map((r) => [r.aksi, r.langkahKe, r.namaPengguna])).toEqual([
			['mulai', 'terima-entri', tu.nama],
			['teruskan', 'disposisi', tu.nama],
		])
	})

	it('addresses a letter to another jabatan, whose holder disposes it', async () => {
		const sekretaris = (await Jabatan.findOne({ where: { kode: 'SEKRETARIS' } }))!
		const hasil = await catatBerhasil({ tujuanJabatanId: String(sekretaris.id) })
		expect((await InstansAlur.findByPk(hasil.instansId))!.konteks).toMatchObject({ jabatanTujuan: 'SEKRETARIS' })
		expect((await TugasAlur.findOne({ where: { instansId: hasil.instansId } }))!.targetJabatanId).toBe(sekretaris.id)
	})

	it('gives twenty parallel registrations twenty consecutive agenda numbers of the year, without gaps', async () => {
		const tahun = Number(ISIAN.tanggalDiterima.slice(0, 4))
		const sebelum = ((await SuratMasuk.max('nomorAgenda', { where: { tahun } })) as number | null) ?? 0
		const hasil = await Promise.all(Array.from({ length: 20 }, (_, i) => catatBerhasil({ nomorSurat: `PARALEL/${i}` })))
		const urut = hasil.map((h) => h.nomorAgenda).sort((a, b) => a - b)
		expect(new Set(hasil.map((h) => h.nomorAgendaLabel)).size).toBe(20)
		expect(urut).toEqual(Array.from({ length: 20 }, (_, i) => sebelum + 1 + i))
		expect(await SuratMasuk.count({ where: { tahun } })).toBe(sebelum + 20)
		expect(await InstansAlur.count({ where: { subjekJenis: 'surat-masuk', subjekId: hasil.map((h) => String(h.id)) } })).toBe(20)
	})

	it('refuses bad input field by field and saves nothing, not even the scan', async () => {
		const sebelum = { surat: await SuratMasuk.count(), disk: pindaianDiDisk() }
		const html = new TextEncoder().encode('<html><script>alert(1)</script></html>')
		const hasil = await catat(
			{ tanggalDiterima: hariLalu(-1), klasifikasiKode: '999.99', asal: '', sifat: 'sangat-penting' },
			{ pindaian: { nama: 'surat.pdf', bytes: html, persyaratanId: null } },
		)
		expect(hasil.ok).toBe(false)
		if (hasil.ok) return
		expect(hasil.errors.tanggalDiterima?.[0]).toMatch(/tidak boleh sesudah hari ini/)
		expect(hasil.errors.asal?.[0]).toMatch(/wajib diisi/)
		expect(hasil.errors.sifat).toBeTruthy()
		expect(hasil.errors.pindaian?.[0]).toMatch(/surat\.pdf: bukan PDF/)
		// checked against the table in the same round as the other fields
		expect(hasil.errors.klasifikasiKode?.[0]).toMatch(/999\.99 tidak ada/)

		const klasifikasi = await catat({ klasifikasiKode: '400.12.x' })
		expect(!klasifikasi.ok && klasifikasi.errors.klasifikasiKode?.[0]).toMatch(/ditulis seperti/)
		const tujuan = await catat({ tujuanJabatanId: '99999' })
		expect(!tujuan.ok && tujuan.errors.tujuanJabatanId?.[0]).toMatch(/tidak ditemukan/)
		const terbalik = await catat({ tanggalSurat: hariLalu(1), tanggalDiterima: hariLalu(3) })
		expect(!terbalik.ok && terbalik.errors.tanggalDiterima?.[0]).toMatch(/sebelum tanggal surat/)
		const tanpaPindaian = await catat({}, { pindaian: null })
		expect(!tanpaPindaian.ok && tanpaPindaian.errors.pindaian?.[0]).toMatch(/Unggah pindaian/)
		expect({ surat: await SuratMasuk.count(), disk: pindaianDiDisk() }).toEqual(sebelum)
	})
})

describe('who sees a Rahasia letter', () => {
	it('only the registrar, the addressee and the people on its disposisi path; others not even in lists or counts', async () => {
		const [tu, kadis, sekretaris, kabid, kabidCapil, caraka] = await para('tu', 'kadis', 'sekretaris', 'kabid.dafduk', 'kabid.capil', 'caraka')
		const biasa = await catatBerhasil({ nomorSurat: 'BIASA/1' })
		const rahasia = await catatBerhasil({ nomorSurat: 'RAHASIA/1', sifat: 'rahasia', perihal: 'Laporan hasil pemeriksaan khusus' })
		const sangat = await catatBerhasil({ nomorSurat: 'RAHASIA/2', sifat: 'sangat-rahasia', perihal: 'Dugaan pelanggaran disiplin' })
		expect((await InstansAlur.findByPk(rahasia.instansId))!.judul).not.toContain('pemeriksaan')

		const terlihat = async (p: Pelaku) => (await daftar(p, { q: 'RAHASIA/' })).total
		expect(await lihat(rahasia.id, tu)).not.toBeNull()
		expect(await lihat(rahasia.id, kadis)).not.toBeNull()
		expect(await terlihat(tu)).toBe(2)
		expect(await terlihat(kadis)).toBe(2)
		// read:surat:any opens the agenda book, not its secrets
		expect(await lihat(biasa.id, sekretaris)).not.toBeNull()
		expect(await lihat(rahasia.id, sekretaris)).toBeNull()
		expect(await terlihat(sekretaris)).toBe(0)
		for (const p of [kabid, kabidCapil, caraka]) {
			expect(await lihat(rahasia.id, p)).toBeNull()
			expect(await terlihat(p)).toBe(0)
		}
		const semua = await daftar(sekretaris, { sifat: 'rahasia' })
		expect(semua.total).toBe(0)

		// a disposisi puts the Kabid on the path: page and list; a cancelled one takes him off again
		await disposisiKadis(rahasia.id, [kabid])
		expect(await lihat(rahasia.id, kabid)).not.toBeNull()
		expect((await daftar(kabid, { q: 'RAHASIA/' })).rows.map((r) => r.id)).toEqual([rahasia.id])
		const keKabidCapil = await buatDisposisi({ subjekJenis: 'surat-masuk', subjekId: String(sangat.id), dari: kadis, kepada: [kabidCapil.id], instruksi: ['untuk-diketahui'] })
		expect(keKabidCapil.ok).toBe(true)
		expect(await terlihat(kabidCapil)).toBe(1)
		await batalkan({ id: keKabidCapil.ok ? keKabidCapil.ids[0]! : 0, user: kadis })
		expect(await lihat(sangat.id, kabidCapil)).toBeNull()
		expect(await terlihat(kabidCapil)).toBe(0)
	})

	it('lets staff with only their own letters see what they hold or held, and nothing else', async () => {
		const [kasi, kadis, kabid] = await para('kasi.capil', 'kadis', 'kabid.dafduk')
		const surat = await catatBerhasil({ nomorSurat: 'BIASA/2' })
		expect(await lihat(surat.id, kasi)).toBeNull()
		expect(await lihat(surat.id, kabid)).toBeNull()
		await disposisiKadis(surat.id, [kabid])
		expect(await lihat(surat.id, kabid)).not.toBeNull()
		expect(await lihat(surat.id, kasi)).toBeNull()
		expect(await lihat(surat.id, kadis)).not.toBeNull()
	})

	it('refuses the first disposisi to anyone but the addressee, and the page of a hidden letter', async () => {
		const [kabid, sekretaris] = await para('kabid.dafduk', 'sekretaris')
		const surat = await catatBerhasil({ nomorSurat: 'RAHASIA/3', sifat: 'rahasia' })
		const form = formDisposisi({ 'kepada[]': [String(sekretaris.id)], 'instruksi[]': ['tindak-lanjuti'] })
		await expect(withRequestContext(() => buatDisposisiSurat({ suratId: surat.id, pelaku: kabid, formData: form }))).rejects.toBeInstanceOf(TidakDitemukanError)
		const biasa = await catatBerhasil({ nomorSurat: 'BIASA/3' })
		await expect(withRequestContext(() => buatDisposisiSurat({ suratId: biasa.id, pelaku: sekretaris, formData: form }))).rejects.toBeInstanceOf(TidakBerhakError)
	})
})

describe('the disposisi tree of a letter', () => {
	it('goes Kadis → Kabid → Kasi with each recipient’s status, and the step moves on only after a first disposisi', async () => {
		const [kabid, kasi, sekretaris] = await para('kabid.dafduk', 'kasi.dafduk', 'sekretaris')
		const surat = await catatBerhasil({ nomorSurat: 'POHON/1' })
		expect(await syaratAksiSurat({ suratId: surat.id, aksiKode: 'disposisi' })).toMatch(/Buat disposisi terlebih dahulu/)

		const kadis = await disposisiKadis(surat.id, [kabid], ['tindak-lanjuti', 'koordinasikan'])
		// the disposition step was claimed for the Kadis: the action is his next click
		const tugas = (await TugasAlur.findOne({ where: { instansId: surat.instansId, langkahKode: 'disposisi' } }))!
		expect(tugas).toMatchObject({ status: 'diambil', diambilOlehId: kadis.id })
		expect(await syaratAksiSurat({ suratId: surat.id, aksiKode: 'disposisi' })).toBeNull()
		await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'disposisi', pelaku: kadis }))
		expect((await InstansAlur.findByPk(surat.instansId))!.langkahAktif).toBe('tindak-lanjut-sekretaris')

		// the Kabid opens the letter (which reads his disposisi) and forwards it to the Kasi
		const halamanKabid = (await lihat(surat.id, kabid))!
		const keKabid = halamanKabid.pohon[0]!
		expect(keKabid).toMatchObject({ dari: { id: kadis.id }, ke: { id: kabid.id } })
		expect((await Disposisi.findByPk(keKabid.id))!.status).toBe('dibaca')
		const terus = await buatDisposisi({ indukId: keKabid.id, dari: kabid, kepada: [kasi.id], instruksi: ['siapkan-jawaban'], catatan: 'Siapkan data capaian.' })
		expect(terus.ok).toBe(true)
		const keKasi = terus.ok ? terus.ids[0]! : 0

		// the Kasi sees the letter only now, reads and finishes; the Kabid finishes his part
		expect(await lihat(surat.id, kasi)).not.toBeNull()
		expect((await Disposisi.findByPk(keKasi))!.status).toBe('dibaca')
		await selesaikan({ id: keKasi, user: kasi, laporan: 'Data capaian terlampir.' })
		await selesaikan({ id: keKabid.id, user: kabid, laporan: 'Sudah ditindaklanjuti seksi IDP.' })

		const pohon = await getPohonDisposisi({ subjekJenis: 'surat-masuk', subjekId: String(surat.id) })
		expect(pohon).toHaveLength(1)
		expect(pohon[0]).toMatchObject({ ke: { id: kabid.id }, status: 'selesai', instruksi: ['tindak-lanjuti', 'koordinasikan'] })
		expect(pohon[0]!.anak).toHaveLength(1)
		expect(pohon[0]!.anak[0]).toMatchObject({ dari: { id: kabid.id }, ke: { id: kasi.id }, status: 'selesai', laporan: 'Data capaian terlampir.' })
		// the Sekretaris (next step) was not on the path but reads the register anyway
		expect(await lihat(surat.id, sekretaris)).not.toBeNull()
	})
})

describe('catatPengantaran', () => {
	it('records the caraka’s delivery once the letter reaches them, and the path then closes', async () => {
		const [kabid, sekretaris, tu, caraka] = await para('kabid.dafduk', 'sekretaris', 'tu', 'caraka')
		const surat = await catatBerhasil({ nomorSurat: 'ANTAR/1' })
		const form = (isi: Record<string, string>) => formDisposisi(isi)
		const isiBaik = { kepada: 'Bidang Pendaftaran Penduduk', diterimaOleh: 'Agus Prasetyo', diterimaAt: `${hariLalu(0)}T00:05`, catatan: '' }
		// before the delivery step the caraka is not involved: the letter does not exist for them
		await expect(withRequestContext(() => catatPengantaran({ suratId: surat.id, pelaku: caraka, formData: form(isiBaik) }))).rejects.toBeInstanceOf(TidakDitemukanError)

		const kadis = await disposisiKadis(surat.id, [kabid])
		const maju = async (langkah: string, aksiKode: string, pelaku: Pelaku) => {
			const tugas = (await TugasAlur.findOne({ where: { instansId: surat.instansId, langkahKode: langkah, status: ['terbuka', 'diambil'] } }))!
			if (tugas.status === 'terbuka') await ambilTugas({ tugasId: tugas.id, pelaku })
			await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode, pelaku }))
			return tugas
		}
		await maju('disposisi', 'disposisi', kadis)
		await maju('tindak-lanjut-sekretaris', 'teruskan', sekretaris)
		await maju('terima-berkas', 'teruskan', tu)
		expect(await syaratAksiSurat({ suratId: surat.id, aksiKode: 'selesaikan' })).toMatch(/Catat pengantaran/)

		const besok = await withRequestContext(() => catatPengantaran({ suratId: surat.id, pelaku: caraka, formData: form({ ...isiBaik, diterimaAt: `${hariLalu(-1)}T10:00` }) }))
		expect(besok).toMatchObject({ ok: false, errors: { diterimaAt: [expect.stringMatching(/sesudah sekarang/)] }, values: { diterimaOleh: 'Agus Prasetyo' } })
		const dulu = await withRequestContext(() => catatPengantaran({ suratId: surat.id, pelaku: caraka, formData: form({ ...isiBaik, diterimaAt: `${hariLalu(5)}T10:00` }) }))
		expect(dulu).toMatchObject({ ok: false, errors: { diterimaAt: [expect.stringMatching(/sebelum surat diterima/)] } })
		const kosong = await withRequestContext(() => catatPengantaran({ suratId: surat.id, pelaku: caraka, formData: form({ kepada: '', diterimaOleh: '', diterimaAt: '' }) }))
		expect(kosong).toMatchObject({ ok: false, errors: { kepada: expect.any(Array), diterimaOleh: expect.any(Array), diterimaAt: expect.any(Array) } })

		const dicatat = await withRequestContext(() => catatPengantaran({ suratId: surat.id, pelaku: caraka, formData: form(isiBaik) }))
		expect(dicatat).toMatchObject({ ok: true })
		const baris = await PengantaranSurat.findAll({ where: { suratMasukId: surat.id } })
		expect(baris).toHaveLength(1)
		expect(baris[0]).toMatchObject({ kepada: 'Bidang Pendaftaran Penduduk', diterimaOleh: 'Agus Prasetyo', carakaId: caraka.id, catatan: null })
		const zonaKantor = await getZonaWaktuKantor()
		expect(tanggalDiZona(baris[0]!.diterimaAt, zonaKantor)).toBe(hariLalu(0))
		expect((await lihat(surat.id, caraka))!.pengantaran).toMatchObject([{ kepada: 'Bidang Pendaftaran Penduduk', caraka: caraka.nama }])

		expect(await syaratAksiSurat({ suratId: surat.id, aksiKode: 'selesaikan' })).toBeNull()
		await maju('antar', 'selesaikan', caraka)
		expect((await InstansAlur.findByPk(surat.instansId))!.status).toBe('selesai')
		expect((await daftar(caraka, { q: 'ANTAR/1', status: 'selesai' })).total).toBe(1)
	})
})

describe('listSuratMasuk', () => {
	it('filters by year, dates, sifat, urgensi, klasifikasi, status and text, newest agenda first', async () => {
		const sekretaris = await getUserById('sekretaris')
		const a = await catatBerhasil({ nomorSurat: 'SARING/1', asal: 'Kantor Pertanahan', klasifikasiKode: '400.12.3', urgensi: 'amat-segera', sifat: 'terbatas' })
		const b = await catatBerhasil({ nomorSurat: 'SARING/2', asal: 'Kantor Pertanahan', klasifikasiKode: '400.12.2.1', tanggalDiterima: hariLalu(2) })
		const ids = async (filter: Parameters<typeof daftar>[1]) => (await daftar(sekretaris, { q: 'Pertanahan', ...filter })).rows.map((r) => r.id)
		expect(await ids({})).toEqual([b.id, a.id])
		expect(await ids({ klasifikasi: '400.12.2' })).toEqual([b.id])
		expect(await ids({ klasifikasi: '400.12' })).toEqual([b.id, a.id])
		expect(await ids({ urgensi: 'amat-segera' })).toEqual([a.id])
		expect(await ids({ sifat: 'terbatas' })).toEqual([a.id])
		expect(await ids({ dari: hariLalu(1) })).toEqual([a.id])
		expect(await ids({ sampai: hariLalu(2) })).toEqual([b.id])
		expect(await ids({ status: 'menunggu-disposisi', tahun: a.tahun })).toEqual([b.id, a.id])
		expect(await ids({ status: 'selesai' })).toEqual([])
		expect((await daftar(sekretaris, { q: a.nomorAgendaLabel })).rows.map((r) => r.id)).toEqual([a.id])
		const [baris] = (await daftar(sekretaris, { q: 'SARING/1' })).rows
		expect(baris).toMatchObject({ nomorAgenda: a.nomorAgendaLabel, sifatLabel: 'Terbatas', urgensiLabel: 'Amat Segera', tujuan: 'Kepala Dinas', status: 'menunggu-disposisi', statusLabel: 'Menunggu disposisi' })
	})
})
