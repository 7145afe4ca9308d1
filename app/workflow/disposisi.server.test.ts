import { describe, expect, it } from 'vitest'
import { Disposisi, LogAudit, Notifikasi, Outbox, Pengguna } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { createPenugasanPlt, hariIniKantor } from '~/modules/organisasi/plt.server'
import { geserTanggal } from '~/utils/hari-kerja'
import {
	batalkan,
	bolehLihatSubjek,
	buatDisposisi,
	getPohonDisposisi,
	listDisposisiSaya,
	listPenerimaDisposisi,
	selesaikan,
	tandaiDibaca,
	tindakLanjuti,
} from './disposisi.server'
import { KonflikError, TidakBerhakError, TidakDitemukanError, TransisiTidakSahError } from './galat'
import { kirimOutbox } from './outbox.server'

const subjek = (id: string) => ({ subjekJenis: 'uji', subjekId: id })

async function kirim(dari: string, kepada: string[], extra: Partial<Parameters<typeof buatDisposisi>[0]> & { subjekId?: string } = {}) {
	const pengirim = await getUserById(dari)
	const penerima = await Promise.all(kepada.map((u) => getUserById(u)))
	const result = await withRequestContext(() =>
		buatDisposisi({
			subjekJenis: 'uji',
			subjekId: extra.subjekId ?? 'S-1',
			dari: pengirim,
			kepada: penerima.map((p) => p.id),
			instruksi: ['tindak-lanjuti'],
			...extra,
		} as Parameters<typeof buatDisposisi>[0]),
	)
	return result
}

async function teruskan(dari: string, indukId: number, kepada: string[], extra: { tenggat?: string | null; instruksi?: string[] } = {}) {
	const pengirim = await getUserById(dari)
	const penerima = await Promise.all(kepada.map((u) => getUserById(u)))
	return withRequestContext(() => buatDisposisi({ indukId, dari: pengirim, kepada: penerima.map((p) => p.id), instruksi: extra.instruksi ?? ['tindak-lanjuti'], tenggat: extra.tenggat }))
}

function idPertama(result: Awaited<ReturnType<typeof buatDisposisi>>) {
	if (!result.ok) throw new Error(`gagal: ${JSON.stringify(result.errors)}`)
	return result.ids[0]!
}

async function baca(username: string, id: number) {
	return withRequestContext(async () => tandaiDibaca({ id, user: await getUserById(username) }))
}

describe('disposisi', () => {
	it('runs a Kadis → Sekretaris → Kabid → Kasi chain, forwarding only after reading', async () => {
		const hariIni = await hariIniKantor()
		const tenggat = geserTanggal(hariIni, 10)
		const akar = idPertama(await kirim('kadis', ['sekretaris'], { subjekId: 'RANTAI', instruksi: ['siapkan-jawaban', 'untuk-diketahui'], catatan: 'Mohon segera.', tenggat }))

		// not yet read: the recipient may not forward; nobody else may either
		await expect(teruskan('sekretaris', akar, ['kabid.dafduk'])).rejects.toBeInstanceOf(TransisiTidakSahError)
		await expect(teruskan('kabid.dafduk', akar, ['kasi.dafduk'])).rejects.toBeInstanceOf(TidakBerhakError)
		await expect(baca('kabid.dafduk', akar)).rejects.toBeInstanceOf(TidakBerhakError)

		const dibaca = await baca('sekretaris', akar)
		expect(dibaca).toMatchObject({ status: 'dibaca', berubah: true })
		expect(await baca('sekretaris', akar)).toMatchObject({ status: 'dibaca', berubah: false, version: dibaca.version })

		// a forward may not outlast the deadline it received
		const terlalu = await teruskan('sekretaris', akar, ['kabid.dafduk'], { tenggat: geserTanggal(tenggat, 1) })
		expect(terlalu.ok).toBe(false)
		expect(!terlalu.ok && terlalu.errors.tenggat?.[0]).toMatch(/tidak boleh melewati tenggat/)

		const keKabid = idPertama(await teruskan('sekretaris', akar, ['kabid.dafduk'], { tenggat }))
		await baca('kabid.dafduk', keKabid)
		const keKasi = idPertama(await teruskan('kabid.dafduk', keKabid, ['kasi.dafduk'], { tenggat: hariIni }))
		await baca('kasi.dafduk', keKasi)
		const kasi = await getUserById('kasi.dafduk')
		await expect(withRequestContext(() => tindakLanjuti({ id: keKasi, user: kasi, laporan: '   ' }))).rejects.toMatchObject({ status: 400 })
		const lanjut = await withRequestContext(() => tindakLanjuti({ id: keKasi, user: kasi, laporan: 'Konsep jawaban disiapkan.' }))
		expect(lanjut.status).toBe('ditindaklanjuti')
		await expect(withRequestContext(() => tindakLanjuti({ id: keKasi, user: kasi, laporan: 'Lagi' }))).rejects.toBeInstanceOf(TransisiTidakSahError)
		const selesai = await withRequestContext(() => selesaikan({ id: keKasi, user: kasi, laporan: 'Jawaban dikirim.', version: lanjut.version }))
		expect(selesai.status).toBe('selesai')
		// closed: no more forwards
		await expect(teruskan('kasi.dafduk', keKasi, ['operator.siak'])).rejects.toBeInstanceOf(TransisiTidakSahError)

		const pohon = await getPohonDisposisi(subjek('RANTAI'))
		expect(pohon).toHaveLength(1)
		const [root] = pohon
		expect(root).toMatchObject({
			id: akar,
			dari: { nama: 'Drs. Bambang Wicaksono, M.Si.', jabatan: 'Kepala Dinas' },
			ke: { nama: 'Sri Lestari, S.H., M.H.', jabatan: 'Sekretaris' },
			// stored in the preset order, whatever order they were ticked in
			instruksi: ['untuk-diketahui', 'siapkan-jawaban'],
			instruksiLabel: ['Untuk diketahui', 'Siapkan jawaban'],
			catatan: 'Mohon segera.',
			tenggat,
			terlambat: false,
			status: 'dibaca',
		})
		expect(root!.dibacaAt).toBeInstanceOf(Date)
		const kabid = root!.anak[0]!
		expect(kabid).toMatchObject({ id: keKabid, indukId: akar, ke: { nama: 'Agus Prasetyo, S.Sos., M.M.' }, status: 'dibaca' })
		const daun = kabid.anak[0]!
		expect(daun).toMatchObject({
			id: keKasi,
			ke: { nama: 'Dwi Handayani, S.E.', jabatan: 'Kepala Seksi Identitas Penduduk' },
			status: 'selesai',
			laporan: 'Konsep jawaban disiapkan.\n\nJawaban dikirim.',
			anak: [],
		})
		expect(daun.ditindaklanjutiAt).toBeInstanceOf(Date)
		expect(daun.selesaiAt).toBeInstanceOf(Date)

		// every change is in the audit trail
		expect(await LogAudit.count({ where: { entitas: 'disposisi', entitasId: String(keKasi) } })).toBeGreaterThanOrEqual(4)
	})

	it('lets only the sender cancel, and only while unread', async () => {
		const id = idPertama(await kirim('kadis', ['kabid.capil', 'kasi.capil'], { subjekId: 'BATAL' }))
		const [keKabid, keKasi] = (await Disposisi.findAll({ where: { subjekId: 'BATAL' }, order: [['id', 'ASC']] })).map((r) => r.id)
		expect(keKabid).toBe(id)
		const kadis = await getUserById('kadis')
		const sekretaris = await getUserById('sekretaris')
		await expect(withRequestContext(() => batalkan({ id: keKasi!, user: sekretaris }))).rejects.toBeInstanceOf(TidakBerhakError)

		await baca('kabid.capil', keKabid!)
		const ditolak = withRequestContext(() => batalkan({ id: keKabid!, user: kadis }))
		await expect(ditolak).rejects.toBeInstanceOf(TransisiTidakSahError)
		await expect(withRequestContext(() => batalkan({ id: keKabid!, user: kadis }))).rejects.toThrow('Disposisi sudah dibaca penerima sehingga tidak dapat dibatalkan.')

		const batal = await withRequestContext(() => batalkan({ id: keKasi!, user: kadis }))
		expect(batal.status).toBe('dibatalkan')
		await expect(withRequestContext(() => batalkan({ id: keKasi!, user: kadis }))).rejects.toThrow('sudah dibatalkan')
		// a cancelled recipient cannot read or act, and is off the path
		expect((await baca('kasi.capil', keKasi!)).status).toBe('dibatalkan')
		await expect(teruskan('kasi.capil', keKasi!, ['operator.siak'])).rejects.toBeInstanceOf(TransisiTidakSahError)
		const kasiCapil = await getUserById('kasi.capil')
		expect(await bolehLihatSubjek({ ...subjek('BATAL'), userId: kasiCapil.id })).toBe(false)
		const pesan = await Outbox.findAll({ where: { tujuan: String(kasiCapil.id) }, order: [['id', 'ASC']] })
		expect(pesan.at(-1)!.isi).toMatchObject({ judul: 'Disposisi dari Drs. Bambang Wicaksono, M.Si. dibatalkan', tautan: null })

		await expect(withRequestContext(() => batalkan({ id: 999_999, user: kadis }))).rejects.toBeInstanceOf(TidakDitemukanError)
	})

	it('refuses a stale page with 409', async () => {
		const id = idPertama(await kirim('sekretaris', ['kabid.piak'], { subjekId: 'VERSI' }))
		const kabid = await getUserById('kabid.piak')
		const sekretaris = await getUserById('sekretaris')
		const awal = (await Disposisi.findByPk(id))!.version
		await expect(withRequestContext(() => batalkan({ id, user: sekretaris, version: awal + 1 }))).rejects.toBeInstanceOf(KonflikError)
		const dibaca = await baca('kabid.piak', id)
		expect(dibaca.version).toBeGreaterThan(awal)
		const stale = withRequestContext(() => tindakLanjuti({ id, user: kabid, laporan: 'Sudah', version: awal }))
		await expect(stale).rejects.toBeInstanceOf(KonflikError)
		await expect(withRequestContext(() => tindakLanjuti({ id, user: kabid, laporan: 'Sudah', version: awal }))).rejects.toMatchObject({ status: 409 })
		const ok = await withRequestContext(() => tindakLanjuti({ id, user: kabid, laporan: 'Sudah', version: dibaca.version }))
		expect(ok.status).toBe('ditindaklanjuti')
		await expect(withRequestContext(() => selesaikan({ id, user: kabid, version: dibaca.version }))).rejects.toBeInstanceOf(KonflikError)
	})

	it('checks the recipients, instructions, note and deadline', async () => {
		const hariIni = await hariIniKantor()
		const kadis = await getUserById('kadis')
		const errorsOf = async (input: Partial<Parameters<typeof buatDisposisi>[0]>) => {
			const result = await withRequestContext(() =>
				buatDisposisi({ subjekJenis: 'uji', subjekId: 'CEK', dari: kadis, kepada: [], instruksi: ['arsipkan'], ...input } as Parameters<typeof buatDisposisi>[0]),
			)
			return result.ok ? {} : result.errors
		}
		const sekretaris = await getUserById('sekretaris')
		expect((await errorsOf({ kepada: [] })).kepada?.[0]).toBe('Pilih sekurang-kurangnya satu penerima.')
		expect((await errorsOf({ kepada: [sekretaris.id], instruksi: [] })).instruksi?.[0]).toBe('Pilih sekurang-kurangnya satu instruksi.')
		expect((await errorsOf({ kepada: [sekretaris.id], instruksi: ['terbangkan'] })).instruksi?.[0]).toBe('Instruksi tidak dikenal.')
		expect((await errorsOf({ kepada: [sekretaris.id], catatan: 'x'.repeat(1001) })).catatan?.[0]).toBe('Catatan maksimal 1000 karakter.')
		expect((await errorsOf({ kepada: [sekretaris.id], tenggat: geserTanggal(hariIni, -1) })).tenggat?.[0]).toBe('Tenggat tidak boleh sebelum hari ini.')
		expect((await errorsOf({ kepada: [sekretaris.id], tenggat: '2031-02-30' })).tenggat?.[0]).toBe('Tenggat tidak ada di kalender.')
		expect((await errorsOf({ kepada: [kadis.id] })).kepada?.[0]).toBe('Anda tidak dapat mengirim disposisi kepada diri sendiri.')
		expect((await errorsOf({ kepada: [987_654] })).kepada?.[0]).toBe('Penerima harus pengguna yang aktif.')

		const caraka = await Pengguna.findOne({ where: { username: 'caraka' } })
		await caraka!.update({ aktif: false })
		expect((await errorsOf({ kepada: [sekretaris.id, caraka!.id] })).kepada?.[0]).toBe('Penerima harus pengguna yang aktif.')
		expect((await listPenerimaDisposisi()).flatMap((g) => g.pilihan).some((p) => p.value === caraka!.id)).toBe(false)
		await caraka!.update({ aktif: true })

		// the same person twice in the list is one disposisi; sending it again is refused
		const sekali = await withRequestContext(() => buatDisposisi({ ...subjek('CEK'), dari: kadis, kepada: [sekretaris.id, sekretaris.id], instruksi: ['arsipkan'] }))
		expect(sekali.ok && sekali.ids).toHaveLength(1)
		expect((await errorsOf({ kepada: [sekretaris.id] })).kepada?.[0]).toBe('Sudah menerima disposisi ini dari Anda: Sri Lestari, S.H., M.H..')
		expect(await Disposisi.count({ where: { subjekId: 'CEK' } })).toBe(1)
	})

	it('records whom a Plt/Plh disposes for', async () => {
		const hariIni = await hariIniKantor()
		const kasiCapil = await getUserById('kasi.capil')
		const plt = await createPenugasanPlt({ penggunaId: kasiCapil.id, jabatanId: 1, jenis: 'Plt', mulai: hariIni, selesai: hariIni, nomorSurat: null, keterangan: null })
		expect(plt.ok).toBe(true)
		const sebagaiPlt = await getUserById('kasi.capil')
		const sekretaris = await getUserById('sekretaris')
		const result = await withRequestContext(() =>
			buatDisposisi({ ...subjek('PLT'), dari: sebagaiPlt, sebagaiJabatanId: 1, kepada: [sekretaris.id], instruksi: ['koordinasikan'] }),
		)
		const row = await Disposisi.findByPk(idPertama(result))
		expect(row!.atasNama).toBe('Plt. Kepala Dinas (definitif: Drs. Bambang Wicaksono, M.Si.)')
		await expect(
			withRequestContext(() => buatDisposisi({ ...subjek('PLT'), dari: sekretaris, sebagaiJabatanId: 1, kepada: [kasiCapil.id], instruksi: ['koordinasikan'] })),
		).rejects.toBeInstanceOf(TidakBerhakError)

		// a request made with a Plt grant marks its disposisi too
		const kabid = await getUserById('kabid.capil')
		const viaKonteks = await withRequestContext(
			() => buatDisposisi({ ...subjek('PLT'), dari: sebagaiPlt, kepada: [kabid.id], instruksi: ['hadiri-wakili'] }),
			{ actor: { penggunaId: sebagaiPlt.id, nama: sebagaiPlt.nama, atasNama: 'Plh. Sekretaris' } },
		)
		expect((await Disposisi.findByPk(idPertama(viaKonteks)))!.atasNama).toBe('Plh. Sekretaris')
	})

	it('shows the subject only to people on the path', async () => {
		const akar = idPertama(await kirim('kadis', ['sekretaris'], { subjekId: 'RAHASIA' }))
		await baca('sekretaris', akar)
		idPertama(await teruskan('sekretaris', akar, ['kabid.dafduk']))
		const pada = async (username: string) => bolehLihatSubjek({ ...subjek('RAHASIA'), userId: (await getUserById(username)).id })
		expect(await pada('kadis')).toBe(true)
		expect(await pada('sekretaris')).toBe(true)
		expect(await pada('kabid.dafduk')).toBe(true)
		expect(await pada('kasi.dafduk')).toBe(false)
		expect(await pada('admin')).toBe(false)
		expect(await bolehLihatSubjek({ subjekJenis: 'uji', subjekId: 'LAIN', userId: (await getUserById('kadis')).id })).toBe(false)
	})

	it('notifies each recipient through the outbox, with the subject link', async () => {
		const sebelum = await Outbox.count()
		const result = await kirim('kadis', ['kabid.dafduk', 'kabid.capil'], { subjekId: 'NOTIF', tautan: '/persuratan/surat-masuk/7', perihal: 'Undangan rapat koordinasi', catatan: 'Hadiri.', instruksi: ['hadiri-wakili'] })
		expect(result.ok).toBe(true)
		const baru = await Outbox.findAll({ where: { kanal: 'aplikasi' }, order: [['id', 'ASC']], offset: sebelum })
		const kabidDafduk = await getUserById('kabid.dafduk')
		const kabidCapil = await getUserById('kabid.capil')
		expect(baru.map((o) => o.tujuan)).toEqual([String(kabidDafduk.id), String(kabidCapil.id)])
		expect(baru[0]!.isi).toMatchObject({
			judul: 'Disposisi dari Drs. Bambang Wicaksono, M.Si.: Undangan rapat koordinasi',
			isi: 'Hadiri/wakili. Hadiri.',
			tautan: '/persuratan/surat-masuk/7',
		})
		// without a link the recipient goes to the disposisi page; the sender hears of the follow-up
		await baca('kabid.dafduk', result.ok ? result.ids[0]! : 0)
		const lanjut = await teruskan('kabid.dafduk', result.ok ? result.ids[0]! : 0, ['kasi.dafduk'])
		const keKasi = idPertama(lanjut)
		const kasi = await getUserById('kasi.dafduk')
		await withRequestContext(() => tandaiDibaca({ id: keKasi, user: kasi }))
		await withRequestContext(() => tindakLanjuti({ id: keKasi, user: kasi, laporan: 'Akan hadir.' }))
		await kirimOutbox()
		const notifKasi = await Notifikasi.findOne({ where: { penggunaId: kasi.id, tautan: `/disposisi/${keKasi}` } })
		expect(notifKasi?.judul).toBe('Disposisi dari Agus Prasetyo, S.Sos., M.M.')
		const notifKabid = await Notifikasi.findOne({ where: { penggunaId: kabidDafduk.id, isi: 'Akan hadir.' } })
		expect(notifKabid?.judul).toBe('Disposisi ditindaklanjuti oleh Dwi Handayani, S.E.')
		expect(notifKabid?.tautan).toBe(`/disposisi/${keKasi}`)
		expect(await Notifikasi.count({ where: { penggunaId: kabidCapil.id, tautan: '/persuratan/surat-masuk/7' } })).toBe(1)
	})

	it('lists received and sent disposisi with a status filter, paging and the overdue flag', async () => {
		const kadis = await getUserById('kadis')
		const operator = await getUserById('operator.siak')
		const ids: number[] = []
		for (const s of ['L-1', 'L-2', 'L-3']) ids.push(idPertama(await kirim('kadis', ['operator.siak'], { subjekId: s })))
		await baca('operator.siak', ids[0]!)
		await Disposisi.update({ tenggat: '2020-01-01' }, { where: { id: ids[1]! } })

		const semua = await listDisposisiSaya({ userId: operator.id, offset: 0, limit: 2 })
		expect(semua.total).toBe(3)
		expect(semua.rows.map((r) => r.id)).toEqual([ids[2], ids[1]])
		expect(semua.rows[1]).toMatchObject({ terlambat: true, dari: { nama: 'Drs. Bambang Wicaksono, M.Si.' }, instruksiLabel: ['Tindak lanjuti'], tautanSubjek: null })
		const halaman2 = await listDisposisiSaya({ userId: operator.id, offset: 2, limit: 2 })
		expect(halaman2.rows.map((r) => r.id)).toEqual([ids[0]])

		const dibaca = await listDisposisiSaya({ userId: operator.id, status: 'dibaca', offset: 0, limit: 25 })
		expect(dibaca.rows.map((r) => r.id)).toEqual([ids[0]])
		const terkirim = await listDisposisiSaya({ userId: kadis.id, arah: 'keluar', offset: 0, limit: 100 })
		expect(terkirim.rows.some((r) => r.id === ids[0] && r.ke.nama === 'Fajar Ramadhan, A.Md.')).toBe(true)
		expect((await getPohonDisposisi(subjek('L-2')))[0]!.terlambat).toBe(true)
	})
})
