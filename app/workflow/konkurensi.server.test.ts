import { describe, expect, it } from 'vitest'
import { Pegawai, Pengguna, PenggunaPeran, Peran, RiwayatAlur, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { KonflikError } from './galat'
import { ambilTugas, jalankanAksi, mulaiAlur } from './mesin.server'

/**
 * Races that must leave one winner. On MariaDB (TEST_DATABASE_URL) these run truly in parallel on
 * separate connections; on SQLite the single writer serialises them, and the outcome must be the same.
 */
async function buatPetugasLoket(jumlah: number) {
	const peran = await Peran.findOne({ where: { kode: 'petugas-loket' } })
	const stamp = Date.now() % 1_000_000
	const users = []
	for (let i = 0; i < jumlah; i++) {
		const nip = `19900101${String(201501 + (i % 12)).padStart(6, '0')}1${String(stamp + i).slice(-3).padStart(3, '0')}`
		const pegawai = await Pegawai.create({ nip: `${nip.slice(0, 15)}${String(i).padStart(3, '0')}`, nama: `Petugas Uji ${i}`, unitId: 6, jabatanId: null, email: null, telepon: null })
		const pengguna = await Pengguna.create({ username: `uji.loket.${stamp}.${i}`, passwordHash: 'x', pegawaiId: pegawai.id, sandiDiubahAt: null, terakhirMasukAt: null })
		await PenggunaPeran.create({ penggunaId: pengguna.id, peranId: peran!.id })
		users.push(pengguna.username)
	}
	return Promise.all(users.map((u) => getUserById(u)))
}

async function mulai() {
	const loket = await getUserById('loket')
	return mulaiAlur({
		definisiKode: 'SOP-WA-KK',
		subjekJenis: 'uji-konkurensi',
		subjekId: `${Date.now()}-${Math.random()}`,
		judul: 'Uji konkurensi',
		pemrakarsa: loket,
		unitId: 6,
		langsungAksi: 'ajukan',
	})
}

describe('concurrency', () => {
	it('twenty parallel claims of one task give exactly one owner', async () => {
		const petugas = await buatPetugasLoket(20)
		const instans = await mulai()
		const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, status: 'terbuka' } })
		const results = await Promise.allSettled(petugas.map((p) => ambilTugas({ tugasId: tugas!.id, pelaku: p })))
		const won = results.filter((r) => r.status === 'fulfilled')
		expect(won).toHaveLength(1)
		for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(KonflikError)
		const after = await TugasAlur.findByPk(tugas!.id)
		const winner = petugas[results.findIndex((r) => r.status === 'fulfilled')]!
		expect(after).toMatchObject({ status: 'diambil', diambilOlehId: winner.id })
	})

	it('parallel approvals of one step give one success and 409 for the rest, nothing written twice', async () => {
		const instans = await mulai()
		const loket = await getUserById('loket')
		const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, status: 'terbuka' } })
		await ambilTugas({ tugasId: tugas!.id, pelaku: loket })
		const attempts = Array.from({ length: 10 }, (_, i) =>
			withRequestContext(() =>
				jalankanAksi({ tugasId: tugas!.id, aksiKode: 'teruskan', pelaku: loket, kunci: `tab-${i}`, versiInstans: instans.version }),
			),
		)
		const results = await Promise.allSettled(attempts)
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
		for (const r of results) {
			if (r.status === 'rejected') {
				expect(r.reason).toBeInstanceOf(KonflikError)
				expect((r.reason as KonflikError).status).toBe(409)
			}
		}
		expect(await RiwayatAlur.count({ where: { instansId: instans.id, aksi: 'teruskan' } })).toBe(1)
		expect(await TugasAlur.count({ where: { instansId: instans.id, langkahKode: 'entri-data' } })).toBe(1)
	})

	it('the same key sent twice at once does the work once', async () => {
		const instans = await mulai()
		const loket = await getUserById('loket')
		const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, status: 'terbuka' } })
		await ambilTugas({ tugasId: tugas!.id, pelaku: loket })
		const results = await Promise.all(
			Array.from({ length: 5 }, () => withRequestContext(() => jalankanAksi({ tugasId: tugas!.id, aksiKode: 'teruskan', pelaku: loket, kunci: 'klik-ganda' }))),
		)
		expect(results.filter((r) => !r.ulang)).toHaveLength(1)
		expect(await RiwayatAlur.count({ where: { instansId: instans.id, aksi: 'teruskan' } })).toBe(1)
		expect(await TugasAlur.count({ where: { instansId: instans.id, langkahKode: 'entri-data' } })).toBe(1)
	})
})
