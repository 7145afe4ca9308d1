import { describe, expect, it } from 'vitest'
import { LogAudit, Notifikasi, Outbox, RiwayatAlur, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { AlasanWajibError, KonflikError, TidakBerhakError, TransisiTidakSahError } from './galat'
import { ambilTugas, aksiTersedia, batalkanAlur, jalankanAksi, lepasTugas, mulaiAlur, perbaruiKonteks } from './mesin.server'
import { kirimOutbox } from './outbox.server'
import { getDefinisi } from './definisi'

async function tugasTerbuka(instansId: number) {
	const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' } })
	expect(tugas, 'ada tugas terbuka').not.toBeNull()
	return tugas!
}

async function kerjakan(username: string, instansId: number, aksiKode: string, extra: { alasan?: string; ke?: string } = {}) {
	const pelaku = await getUserById(username)
	const tugas = await tugasTerbuka(instansId)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	return withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode, pelaku, ...extra }))
}

async function mulaiKk(konteks: Record<string, unknown> = {}, subjekId = `${Math.random()}`) {
	const loket = await getUserById('loket')
	return mulaiAlur({
		definisiKode: 'SOP-WA-KK',
		subjekJenis: 'permohonan-layanan',
		subjekId,
		judul: 'Permohonan KK — uji',
		pemrakarsa: loket,
		unitId: 6,
		konteks,
		langsungAksi: 'ajukan',
	})
}

describe('workflow engine on SOP-WA-KK', () => {
	it('runs the path without a fine to delivery by e-mail, recording who did what', async () => {
		const instans = await mulaiKk({ email: 'warga@contoh.id' })
		expect(instans.langkahAktif).toBe('verifikasi-permohonan')
		await kerjakan('loket', instans.id, 'teruskan')
		await kerjakan('operator.siak', instans.id, 'teruskan')
		await kerjakan('kasi.dafduk', instans.id, 'teruskan')
		await kerjakan('kadis', instans.id, 'tandatangani')
		await kerjakan('operator.siak', instans.id, 'teruskan')
		const serah = await kerjakan('loket', instans.id, 'serahkan')
		expect(serah.langkahAktif).toBe('kirim-email')
		const akhir = await kerjakan('operator.siak', instans.id, 'selesaikan')
		expect(akhir.status).toBe('selesai')
		const riwayat = await RiwayatAlur.findAll({ where: { instansId: instans.id }, order: [['id', 'ASC']] })
		expect(riwayat.map((r) => r.langkahKe)).toEqual([
			'unggah-berkas',
			'verifikasi-permohonan',
			'entri-data',
			'verifikasi-data',
			'tte',
			'cetak',
			'serahkan',
			'kirim-email',
			'selesai',
		])
		expect(riwayat.find((r) => r.aksi === 'tandatangani')?.namaPengguna).toBe('Drs. Bambang Wicaksono, M.Si.')
		expect(riwayat[1]!.namaPengguna).toBe('pemohon')
	})

	it('takes the fine branch only when a fine is due, and waits for payment', async () => {
		const instans = await mulaiKk({ denda: 50_000 })
		await kerjakan('loket', instans.id, 'teruskan')
		const pelaku = await getUserById('operator.siak')
		const tugas = await tugasTerbuka(instans.id)
		await ambilTugas({ tugasId: tugas.id, pelaku })
		const definisi = getDefinisi('SOP-WA-KK')!
		expect(aksiTersedia(definisi, 'entri-data', { denda: 50_000 }).map((a) => a.kode)).toEqual(['minta-bayar-denda', 'kembalikan'])
		await expect(withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'teruskan', pelaku }))).rejects.toBeInstanceOf(TransisiTidakSahError)
		await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'minta-bayar-denda', pelaku }))
		const loket = await getUserById('loket')
		const bayar = await tugasTerbuka(instans.id)
		await ambilTugas({ tugasId: bayar.id, pelaku: loket })
		await expect(withRequestContext(() => jalankanAksi({ tugasId: bayar.id, aksiKode: 'bayar-denda', pelaku: loket }))).rejects.toBeInstanceOf(TransisiTidakSahError)
		await perbaruiKonteks(instans.id, { dendaLunas: true })
		const result = await withRequestContext(() => jalankanAksi({ tugasId: bayar.id, aksiKode: 'bayar-denda', pelaku: loket }))
		expect(result.langkahAktif).toBe('terima-hardcopy')
	})

	it('returns to the pemohon only with a reason', async () => {
		const instans = await mulaiKk()
		const loket = await getUserById('loket')
		const tugas = await tugasTerbuka(instans.id)
		await ambilTugas({ tugasId: tugas.id, pelaku: loket })
		await expect(withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'kembalikan', pelaku: loket }))).rejects.toBeInstanceOf(AlasanWajibError)
		const result = await withRequestContext(() =>
			jalankanAksi({ tugasId: tugas.id, aksiKode: 'kembalikan', alasan: 'Akta kelahiran belum diunggah.', pelaku: loket }),
		)
		expect(result.langkahAktif).toBe('unggah-berkas')
		const kembali = await tugasTerbuka(instans.id)
		expect(kembali).toMatchObject({ langkahKode: 'unggah-berkas', targetPeran: 'petugas-loket', pihakEksternal: 'pemohon' })
	})

	it('lets only the right people claim, and one of two racing claims win', async () => {
		const instans = await mulaiKk()
		const tugas = await tugasTerbuka(instans.id)
		const [loket, tu, kadis] = await Promise.all([getUserById('loket'), getUserById('tu'), getUserById('kadis')])
		await expect(ambilTugas({ tugasId: tugas.id, pelaku: tu })).rejects.toBeInstanceOf(TidakBerhakError)
		await expect(ambilTugas({ tugasId: tugas.id, pelaku: kadis })).rejects.toBeInstanceOf(TidakBerhakError)
		await ambilTugas({ tugasId: tugas.id, pelaku: loket })
		await expect(ambilTugas({ tugasId: tugas.id, pelaku: loket })).rejects.toBeInstanceOf(KonflikError)
		await lepasTugas({ tugasId: tugas.id, pelaku: loket })
		expect((await TugasAlur.findByPk(tugas.id))?.status).toBe('terbuka')
	})

	it('refuses self-approval where the step says so', async () => {
		const instans = await mulaiKk()
		await kerjakan('loket', instans.id, 'teruskan')
		// kasi.dafduk as Plt of nothing: give the operator step to the verifier by making them act as operator
		const kasi = await getUserById('kasi.dafduk')
		const entri = await tugasTerbuka(instans.id)
		// simulate the verifier having done the entry step (holds operator role through a test grant)
		await TugasAlur.update({ targetPeran: 'kasi' }, { where: { id: entri.id } })
		await ambilTugas({ tugasId: entri.id, pelaku: kasi })
		await withRequestContext(() => jalankanAksi({ tugasId: entri.id, aksiKode: 'teruskan', pelaku: kasi }))
		const verif = await tugasTerbuka(instans.id)
		await ambilTugas({ tugasId: verif.id, pelaku: kasi })
		await expect(withRequestContext(() => jalankanAksi({ tugasId: verif.id, aksiKode: 'teruskan', pelaku: kasi }))).rejects.toBeInstanceOf(TidakBerhakError)
	})

	it('does nothing twice for a repeated idempotency key and refuses a stale page', async () => {
		const instans = await mulaiKk()
		const loket = await getUserById('loket')
		const tugas = await tugasTerbuka(instans.id)
		await ambilTugas({ tugasId: tugas.id, pelaku: loket })
		const first = await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'teruskan', pelaku: loket, kunci: 'klik-1', versiInstans: instans.version }))
		const again = await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: 'teruskan', pelaku: loket, kunci: 'klik-1', versiInstans: instans.version }))
		expect(first.ulang).toBe(false)
		expect(again.ulang).toBe(true)
		expect(await RiwayatAlur.count({ where: { instansId: instans.id, aksi: 'teruskan' } })).toBe(1)
		const operator = await getUserById('operator.siak')
		const next = await tugasTerbuka(instans.id)
		await ambilTugas({ tugasId: next.id, pelaku: operator })
		await expect(
			withRequestContext(() => jalankanAksi({ tugasId: next.id, aksiKode: 'teruskan', pelaku: operator, versiInstans: instans.version })),
		).rejects.toBeInstanceOf(KonflikError)
	})

	it('notifies the people who must act, after commit, once', async () => {
		const before = await Outbox.count()
		const instans = await mulaiKk()
		const rows = await Outbox.findAll({ where: { status: 'menunggu' } })
		expect(rows.length).toBeGreaterThan(before - 0)
		const loket = await getUserById('loket')
		expect(rows.some((r) => r.tujuan === String(loket.id) && r.isi.tautan === `/alur/${instans.id}`)).toBe(true)
		const sent = await kirimOutbox()
		expect(sent).toBeGreaterThan(0)
		expect(await kirimOutbox()).toBe(0)
		expect(await Notifikasi.count({ where: { penggunaId: loket.id, tautan: `/alur/${instans.id}` } })).toBe(1)
	})

	it('cancels with a reason, by the initiator only', async () => {
		const instans = await mulaiKk()
		const [loket, tu] = await Promise.all([getUserById('loket'), getUserById('tu')])
		await expect(batalkanAlur({ instansId: instans.id, pelaku: tu, alasan: 'salah', bolehSemua: false })).rejects.toBeInstanceOf(TidakBerhakError)
		await withRequestContext(() => batalkanAlur({ instansId: instans.id, pelaku: loket, alasan: 'Pemohon membatalkan.', bolehSemua: false }))
		expect(await TugasAlur.count({ where: { instansId: instans.id, status: 'terbuka' } })).toBe(0)
		expect(await LogAudit.count({ where: { entitas: 'alur_instans', entitasId: String(instans.id), aksi: 'ubah' } })).toBeGreaterThan(0)
	})
})
