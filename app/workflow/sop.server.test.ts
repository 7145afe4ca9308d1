import { beforeAll, describe, expect, it } from 'vitest'
import { TugasAlur } from '#models/index'
import { totalWaktu } from '#reports/alur/sop-tabel'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { ambilTugas, jalankanAksi, mulaiAlur } from './mesin.server'
import { BATAS_BARIS_MEDIAN, eksporSop, getSop, listSop } from './sop.server'

const MS_SEHARI = 86_400_000

async function tugasAktif(instansId: number) {
	const tugas = await TugasAlur.findOne({ where: { instansId, status: ['terbuka', 'diambil'] } })
	expect(tugas, 'ada tugas aktif').not.toBeNull()
	return tugas!
}

async function kerjakan(username: string, instansId: number, aksiKode: string, sebelumAksi?: (tugas: TugasAlur) => Promise<void>) {
	const pelaku = await getUserById(username)
	const tugas = await tugasAktif(instansId)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	if (sebelumAksi) await sebelumAksi(tugas)
	return withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode, pelaku }))
}

async function mulaiKk(konteks: Record<string, unknown> = {}) {
	return mulaiAlur({
		definisiKode: 'SOP-WA-KK',
		subjekJenis: 'permohonan-layanan',
		subjekId: `sop-uji-${Math.random()}`,
		judul: 'Permohonan KK — uji SOP',
		pemrakarsa: await getUserById('loket'),
		unitId: 6,
		konteks,
		langsungAksi: 'ajukan',
	})
}

/** From the loket's check to the e-mail step; `kirimEmail` runs between claiming and acting there. */
async function sampaiSelesai(kirimEmail?: (tugas: TugasAlur) => Promise<void>) {
	const instans = await mulaiKk({ email: 'warga@contoh.id' })
	await kerjakan('loket', instans.id, 'teruskan')
	await kerjakan('operator.siak', instans.id, 'teruskan')
	await kerjakan('kasi.dafduk', instans.id, 'teruskan')
	await kerjakan('kadis', instans.id, 'tandatangani')
	await kerjakan('operator.siak', instans.id, 'teruskan')
	await kerjakan('loket', instans.id, 'serahkan')
	const akhir = await kerjakan('operator.siak', instans.id, 'selesaikan', kirimEmail)
	expect(akhir.status).toBe('selesai')
	return instans
}

describe('total time standard', () => {
	it('adds minutes and working days apart, and says when there is none', () => {
		expect(totalWaktu([{ waktu: { menit: 15 } }, { waktu: null }, { waktu: { menit: 30 } }])).toBe('45 menit')
		expect(totalWaktu([{ waktu: { hariKerja: 1 } }, { waktu: { hariKerja: 2 } }])).toBe('3 hari kerja')
		expect(totalWaktu([{ waktu: { menit: 45 } }, { waktu: { hariKerja: 2 } }])).toBe('45 menit + 2 hari kerja')
		expect(totalWaktu([{ waktu: null }])).toBe('—')
	})
})

describe('SOP catalogue with live figures', () => {
	/** what the demo seed already has running, before this file adds its own */
	let awal: NonNullable<Awaited<ReturnType<typeof getSop>>>
	const awalDi = (langkah: string) => awal.baris.find((b) => b.kode === langkah)!.statistik

	beforeAll(async () => {
		awal = (await getSop('SOP-WA-KK'))!
		// the figures below assume no finished work yet: the seed only starts instances
		for (const langkah of ['kirim-email', 'tte', 'cetak']) expect(awalDi(langkah).medianProsesDetik).toBeNull()
		// waiting at the loket's check
		await mulaiKk()
		// claimed by the operator at data entry
		const diEntri = await mulaiKk()
		await kerjakan('loket', diEntri.id, 'teruskan')
		await ambilTugas({ tugasId: (await tugasAktif(diEntri.id)).id, pelaku: await getUserById('operator.siak') })
		// finished late: the e-mail step (1 minute) was claimed 30 days before it was done
		const terlambat = await sampaiSelesai(async (tugas) => {
			await TugasAlur.update({ diambilAt: new Date(Date.now() - 30 * MS_SEHARI) }, { where: { id: tugas.id } })
		})
		// finished on time; its printing is moved out of the 90-day window with a long duration
		const tepat = await sampaiSelesai()
		const lama = Date.now() - 100 * MS_SEHARI
		await TugasAlur.update(
			{ diambilAt: new Date(lama - 5 * MS_SEHARI), selesaiAt: new Date(lama) },
			{ where: { instansId: tepat.id, langkahKode: 'cetak' } },
		)
		expect(terlambat.id).not.toBe(tepat.id)
	})

	it('lists every process once with its steps, total time and running instances', async () => {
		const { rows, total } = await listSop()
		expect(total).toBe(rows.length)
		expect(new Set(rows.map((r) => r.kode)).size).toBe(rows.length)
		expect(rows.find((r) => r.kode === 'SOP-WA-KK')).toEqual({
			kode: 'SOP-WA-KK',
			nama: 'Standar Pelayanan Penerbitan Kartu Keluarga melalui WA Ticket',
			versi: 1,
			area: 'P4',
			areaLabel: 'Pelayanan Pendaftaran Penduduk',
			jumlahLangkah: 11,
			totalWaktu: '1 menit',
			berjalan: awal.berjalan + 2,
		})
		expect(rows.every((r) => r.areaLabel.length > 0 && r.jumlahLangkah > 0)).toBe(true)
	})

	it('filters by words and by area', async () => {
		expect((await listSop({ q: 'kartu keluarga' })).rows.map((r) => r.kode)).toContain('SOP-WA-KK')
		expect((await listSop({ q: 'tidak ada proses seperti ini' })).total).toBe(0)
		const p4 = await listSop({ area: 'P4' })
		expect(p4.rows.every((r) => r.area === 'P4')).toBe(true)
		expect(p4.rows.map((r) => r.kode)).toContain('SOP-WA-KK')
	})

	it('shows per step who is there now, the median processing time and the share within the standard', async () => {
		const sop = await getSop('SOP-WA-KK')
		expect(sop).not.toBeNull()
		expect(sop!.berjalan).toBe(awal.berjalan + 2)
		const baris = Object.fromEntries(sop!.baris.map((b) => [b.kode, b]))
		expect(baris['verifikasi-permohonan']!.statistik.berjalan).toBe(awalDi('verifikasi-permohonan').berjalan + 1)
		expect(baris['entri-data']!.statistik.berjalan).toBe(awalDi('entri-data').berjalan + 1)
		expect(baris['kirim-email']!.statistik.berjalan).toBe(0)

		// one of two within 1 minute; the median of 30 days and a few seconds is about 15 days
		const email = baris['kirim-email']!.statistik
		expect(email.dalamStandar).toBe(0.5)
		expect(email.jumlahDiukur).toBe(2)
		expect(email.medianProsesDetik).toBeGreaterThan(15 * 86_400 - 60)
		expect(email.medianProsesDetik).toBeLessThan(15 * 86_400 + 60)

		// steps without a standard are timed but not judged
		expect(baris.tte!.statistik.dalamStandar).toBeNull()
		expect(baris.tte!.statistik.medianProsesDetik).toBeLessThan(60)
		// the printing done 100 days ago (5 days long) is outside the window: only the recent one counts
		expect(baris.cetak!.statistik.medianProsesDetik).toBeLessThan(60)
		// none of this file's instances has reached the fine
		expect(baris['bayar-denda']!.statistik).toEqual({ ...awalDi('bayar-denda'), medianProsesDetik: null, dalamStandar: null, jumlahDiukur: 0 })
		expect(BATAS_BARIS_MEDIAN).toBeGreaterThan(1000)
	})

	it('lays out the table rows like the source: numbers, actor marks, time text and decisions', async () => {
		const sop = (await getSop('SOP-WA-KK'))!
		expect(sop.aktor).toEqual(['PEMOHON', 'PETUGAS LOKET', 'OPERATOR SIAK', 'KASI/KABID', 'KADINAS'])
		expect(sop.baris.map((b) => b.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
		expect(sop.baris[3]!.aktor).toEqual([true, true, false, false, false])
		expect(sop.baris[10]!.waktu).toBe('1 menit')
		expect(sop.baris[0]!.waktu).toBe('—')
		expect(sop.baris[1]!.keputusan).toEqual({
			tanya: 'lengkap?',
			cabang: [
				{ label: 'Lengkap, teruskan ke operator SIAK', ke: 'langkah 3' },
				{ label: 'Tidak lengkap, kembalikan ke pemohon', ke: 'langkah 1' },
			],
		})
		expect(sop.baris[9]!.keputusan).toBeNull()
		expect(sop.baris[10]!.keterangan).toMatch(/^Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019/)
	})

	it('knows nothing of an unknown code', async () => {
		expect(await getSop('TIDAK-ADA')).toBeNull()
		expect(await eksporSop('TIDAK-ADA', 'xlsx')).toBeNull()
	})
})
