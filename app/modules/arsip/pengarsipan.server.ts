import { AsyncLocalStorage } from 'node:async_hooks'
import { UniqueConstraintError, type Transaction } from 'sequelize'
import { InstansAlur, SuratMasuk, TugasAlur } from '#models/index'
import { AKHIR } from '~/workflow/definisi/jenis'
import { AlurError, KonflikError, TidakBerhakError, TidakDitemukanError, TransisiTidakSahError } from '~/workflow/galat'
import { ambilTugas, amatiAlur, jalankanAksi, mulaiAlur, type Pelaku, type PeristiwaAlur } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'
import { daftarkanPenjagaAksi, type PenjagaAksi } from '~/workflow/subjek.server'
import { berkaskanSuratDalam, getBerkasSuratMasuk, type HasilIsi } from './berkas.server'
import { kalenderDalamTransaksi } from './kalender.server'

/**
 * P1.2.2 Kearsipan on the workflow engine: once an incoming letter's own process (P1.2.1.2)
 * finishes, the tata usaha gets a task to receive, classify and file it. The last step, "simpan",
 * is done by filing the letter into a berkas: the filing is written by this module's observer in
 * the transaction of that step's move, so the step never ends with the letter unfiled and a
 * failed filing leaves the step open.
 */
export const DEFINISI_PENGARSIPAN = 'P1.2.2'
export const SUBJEK_PENGARSIPAN = 'arsip'
const LANGKAH_SIMPAN = 'simpan'
const AKSI_SIMPAN = 'selesaikan'
const SIFAT_RAHASIA = ['rahasia', 'sangat-rahasia']

export const subjekPengarsipan = (suratMasukId: number) => `surat-masuk:${suratMasukId}`

function suratDariSubjek(subjekId: string) {
	const m = /^surat-masuk:(\d+)$/.exec(subjekId)
	return m ? Number(m[1]) : null
}

/** The inbox title: the agenda number, and the perihal unless the letter is secret. */
function judulPengarsipan(s: Pick<SuratMasuk, 'nomorAgenda' | 'tahun' | 'perihal' | 'sifat'>) {
	const pokok = `Arsipkan surat masuk agenda ${s.nomorAgenda}/${s.tahun}`
	return SIFAT_RAHASIA.includes(s.sifat) ? `${pokok} (${s.sifat === 'rahasia' ? 'rahasia' : 'sangat rahasia'})` : `${pokok}: ${s.perihal}`
}

/**
 * Starts P1.2.2 for a letter inside `t`, unless the letter is already filed or already has one
 * (an instance per subject). Returns the instance, or null when nothing was started.
 */
export async function mulaiPengarsipanSurat(suratMasukId: number, t: Transaction) {
	const surat = await SuratMasuk.findByPk(suratMasukId, { attributes: ['id', 'tahun', 'nomorAgenda', 'perihal', 'sifat', 'klasifikasiKode'], transaction: t })
	if (!surat) return null
	if (await getBerkasSuratMasuk(surat.id, t)) return null
	const subjekId = subjekPengarsipan(surat.id)
	if (await InstansAlur.findOne({ where: { subjekJenis: SUBJEK_PENGARSIPAN, subjekId }, attributes: ['id'], transaction: t })) return null
	return mulaiAlur(
		{
			definisiKode: DEFINISI_PENGARSIPAN,
			subjekJenis: SUBJEK_PENGARSIPAN,
			subjekId,
			judul: judulPengarsipan(surat),
			pemrakarsa: null,
			unitId: null,
			konteks: { suratMasukId: surat.id, klasifikasiKode: surat.klasifikasiKode },
			kalender: await kalenderDalamTransaksi(t),
		},
		t,
	)
}

/** The observer of incoming letters: a finished one goes to the archive. */
async function saatSuratMasukBergerak({ instans, ke, transaction }: PeristiwaAlur) {
	if (ke !== AKHIR.selesai) return
	const surat =
		(await SuratMasuk.findOne({ where: { instansId: instans.id }, attributes: ['id'], transaction })) ??
		(/^\d+$/.test(instans.subjekId) ? await SuratMasuk.findByPk(Number(instans.subjekId), { attributes: ['id'], transaction }) : null)
	if (surat) await mulaiPengarsipanSurat(surat.id, transaction)
}

/** The filing the "simpan" step is taken with, handed to the observer inside the move. */
type Pemberkasan = { instansId: number; berkasId: number; suratMasukId: number; pelaku: Pelaku; hasil: HasilIsi | null }
const tertunda = new AsyncLocalStorage<Pemberkasan>()

/** A filing refused inside the move (berkas closed, letter filed meanwhile): rolls the move back. */
class PemberkasanGagal extends Error {
	constructor(readonly hasil: Extract<HasilIsi, { ok: false }>) {
		super('Pemberkasan surat gagal.')
	}
}

/** The observer of P1.2.2: "simpan" files the letter, or finds it filed already. */
async function saatPengarsipanBergerak({ instans, dari, aksi, transaction }: PeristiwaAlur) {
	if (dari !== LANGKAH_SIMPAN || aksi.kode !== AKSI_SIMPAN) return
	const suratMasukId = suratDariSubjek(instans.subjekId)
	if (!suratMasukId) return
	const data = tertunda.getStore()
	if (data && data.instansId === instans.id && !data.hasil) {
		const hasil = await berkaskanSuratDalam({ berkasId: data.berkasId, jenisSurat: 'masuk', suratId: suratMasukId, pelaku: data.pelaku }, transaction)
		if (!hasil.ok) throw new PemberkasanGagal(hasil)
		data.hasil = hasil
		return
	}
	if (!(await getBerkasSuratMasuk(suratMasukId, transaction))) throw new TransisiTidakSahError('Berkaskan surat ini terlebih dahulu.')
}

/** "Disimpan" is never a plain button: it is the filing form on the pengarsipan page. */
const penjagaSimpan: PenjagaAksi = (p) =>
	p.subjekJenis === SUBJEK_PENGARSIPAN && p.langkahKode === LANGKAH_SIMPAN && p.aksiKode === AKSI_SIMPAN
		? 'Berkaskan surat ini terlebih dahulu melalui halaman Pengarsipan surat.'
		: null

/** Registered wherever this module is loaded; the server also calls it at start (see `alur.server.ts`). */
export function daftarkanPengarsipan() {
	amatiAlur('surat-masuk', saatSuratMasukBergerak)
	amatiAlur(SUBJEK_PENGARSIPAN, saatPengarsipanBergerak)
	daftarkanPenjagaAksi(penjagaSimpan)
}
daftarkanPengarsipan()

/** The task of the active step for `pelaku`: claimed now if open, refused if someone else holds it. */
async function tugasUntuk(instansId: number, langkahKode: string, pelaku: Pelaku) {
	const tugas = await TugasAlur.findOne({ where: { instansId, langkahKode, status: ['terbuka', 'diambil'] }, order: [['id', 'ASC']] })
	if (!tugas) throw new KonflikError('Tugas langkah ini tidak ditemukan. Muat ulang halaman.')
	if (tugas.status === 'diambil') {
		if (tugas.diambilOlehId !== pelaku.id) throw new TidakBerhakError('Tugas pengarsipan ini sedang dikerjakan orang lain.')
		return tugas.id
	}
	if (!hakAtasTugas(pelaku, tugas).boleh) throw new TidakBerhakError('Tugas pengarsipan ini bukan untuk Anda.')
	return ambilTugas({ tugasId: tugas.id, pelaku })
}

export type HasilPengarsipan = { ok: true; nomorItem: number | null } | { ok: false; errors: Record<string, string[]> }

/**
 * Completes the archiving of a letter from its P1.2.2 instance: takes the steps still ahead
 * (receive, classify) as `pelaku`, then "simpan" with the filing into `berkasId` in the same
 * transaction. Without `berkasId` the letter must already be filed (from the berkas page).
 */
export async function selesaikanPengarsipan(params: { instansId: number; berkasId: number | null; pelaku: Pelaku }): Promise<HasilPengarsipan> {
	const { instansId, berkasId, pelaku } = params
	for (let langkahKe = 0; langkahKe < 5; langkahKe++) {
		const instans = await InstansAlur.findByPk(instansId, { attributes: ['id', 'subjekJenis', 'subjekId', 'status', 'langkahAktif'] })
		if (!instans || instans.subjekJenis !== SUBJEK_PENGARSIPAN) throw new TidakDitemukanError('Pengarsipan tidak ditemukan.')
		if (instans.status !== 'berjalan' || !instans.langkahAktif) throw new KonflikError('Pengarsipan surat ini sudah selesai.')
		const suratMasukId = suratDariSubjek(instans.subjekId)
		if (!suratMasukId) throw new TidakDitemukanError('Surat pengarsipan ini tidak dikenal.')
		if (instans.langkahAktif !== LANGKAH_SIMPAN) {
			// filing the letter is receiving and classifying it too
			const tugasId = await tugasUntuk(instansId, instans.langkahAktif, pelaku)
			await jalankanAksi({ tugasId, aksiKode: 'teruskan', pelaku })
			continue
		}
		if (!berkasId && !(await getBerkasSuratMasuk(suratMasukId))) return { ok: false, errors: { berkasId: ['Pilih berkas tempat surat ini disimpan.'] } }
		const tugasId = await tugasUntuk(instansId, LANGKAH_SIMPAN, pelaku)
		const data: Pemberkasan = { instansId, berkasId: berkasId ?? 0, suratMasukId, pelaku, hasil: null }
		try {
			const simpan = () => jalankanAksi({ tugasId, aksiKode: AKSI_SIMPAN, pelaku })
			await (berkasId ? tertunda.run(data, simpan) : simpan())
		} catch (error) {
			if (error instanceof PemberkasanGagal) return error.hasil
			if (error instanceof UniqueConstraintError) return { ok: false, errors: { berkasId: ['Surat ini baru saja diberkaskan oleh orang lain; satu surat hanya diberkaskan sekali.'] } }
			throw error
		}
		return { ok: true, nomorItem: data.hasil?.ok ? data.hasil.nomorItem : null }
	}
	throw new KonflikError('Pengarsipan tidak dapat diselesaikan. Muat ulang halaman.')
}

/**
 * After a letter is filed from the berkas page, its P1.2.2 task (if any) is completed for the
 * same person when they may take it. Best effort: a task held by someone else stays, and they
 * complete it from the pengarsipan page. Returns whether the instance finished.
 */
export async function majukanPengarsipanSurat(suratMasukId: number, pelaku: Pelaku): Promise<boolean> {
	const instans = await InstansAlur.findOne({ where: { subjekJenis: SUBJEK_PENGARSIPAN, subjekId: subjekPengarsipan(suratMasukId), status: 'berjalan' }, attributes: ['id'] })
	if (!instans) return false
	try {
		const hasil = await selesaikanPengarsipan({ instansId: instans.id, berkasId: null, pelaku })
		return hasil.ok
	} catch (error) {
		if (error instanceof AlurError) return false
		throw error
	}
}

export type BarisPengarsipan = {
	instansId: number
	judul: string
	langkahAktif: string | null
	mulaiAt: string
	suratMasukId: number | null
	agenda: string | null
	nomorSurat: string | null
	klasifikasiKode: string | null
}

/** Letters waiting to be filed (running P1.2.2 instances), oldest first. */
export async function listPengarsipanBerjalan(params: { offset: number; limit: number }) {
	const { rows, count } = await InstansAlur.findAndCountAll({
		where: { definisiKode: DEFINISI_PENGARSIPAN, subjekJenis: SUBJEK_PENGARSIPAN, status: 'berjalan' },
		attributes: ['id', 'judul', 'langkahAktif', 'mulaiAt', 'subjekId'],
		order: [['mulaiAt', 'ASC'], ['id', 'ASC']],
		offset: params.offset,
		limit: params.limit,
	})
	const ids = rows.map((r) => suratDariSubjek(r.subjekId)).filter((id): id is number => id !== null)
	const surat = ids.length ? await SuratMasuk.findAll({ where: { id: ids }, attributes: ['id', 'tahun', 'nomorAgenda', 'nomorSurat', 'klasifikasiKode'] }) : []
	const perId = new Map(surat.map((s) => [s.id, s]))
	return {
		total: count,
		rows: rows.map((r): BarisPengarsipan => {
			const s = perId.get(suratDariSubjek(r.subjekId) ?? 0)
			return {
				instansId: r.id,
				judul: r.judul,
				langkahAktif: r.langkahAktif,
				mulaiAt: r.mulaiAt.toISOString(),
				suratMasukId: s?.id ?? null,
				agenda: s ? `${s.nomorAgenda}/${s.tahun}` : null,
				nomorSurat: s?.nomorSurat ?? null,
				klasifikasiKode: s?.klasifikasiKode ?? null,
			}
		}),
	}
}

/** The letter behind a P1.2.2 instance and where it is filed; null when the instance is not one. */
export async function getPengarsipan(instansId: number) {
	const instans = await InstansAlur.findByPk(instansId, { attributes: ['id', 'subjekJenis', 'subjekId', 'status'] })
	if (!instans || instans.subjekJenis !== SUBJEK_PENGARSIPAN) return null
	const suratMasukId = suratDariSubjek(instans.subjekId)
	const surat = suratMasukId
		? await SuratMasuk.findByPk(suratMasukId, {
				attributes: ['id', 'tahun', 'nomorAgenda', 'tanggalDiterima', 'nomorSurat', 'tanggalSurat', 'asal', 'perihal', 'sifat', 'klasifikasiKode'],
			})
		: null
	const berkas = surat ? await getBerkasSuratMasuk(surat.id) : null
	const rahasia = surat ? SIFAT_RAHASIA.includes(surat.sifat) : false
	return {
		instansId: instans.id,
		status: instans.status,
		surat: surat
			? {
					id: surat.id,
					agenda: `${surat.nomorAgenda}/${surat.tahun}`,
					tanggalDiterima: surat.tanggalDiterima,
					nomorSurat: surat.nomorSurat,
					tanggalSurat: surat.tanggalSurat,
					asal: surat.asal,
					// the archive sees that a secret letter exists, not what it is about
					perihal: rahasia ? null : surat.perihal,
					sifat: surat.sifat,
					klasifikasiKode: surat.klasifikasiKode,
				}
			: null,
		berkas,
	}
}

