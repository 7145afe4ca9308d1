import { Op, type Transaction } from 'sequelize'
import { DkbImpor, PublikasiAgregat } from '#models/index'
import type { StatusPublikasi } from '#models/kependudukan/PublikasiAgregat'
import { audit } from '~/utils/audit.server'
import { getDb } from '~/utils/db.server'
import { KonflikError, TidakDitemukanError } from '~/workflow/galat'
import { amatiAlur, amatiPembatalan, mulaiAlur, type Pelaku, type PeristiwaAlur } from '~/workflow/mesin.server'
import type { Kalender } from '~/workflow/waktu-standar'
import { labelSemester } from './kode'

/**
 * The agregat publication of a semester on P7.2. A version's status follows its workflow: a draft
 * while the team drafts and Bidang PIAK discusses (imports may replace its data), waiting while the
 * Sekretaris or the Kepala Dinas considers it, published (frozen) once the Kepala Dinas approves;
 * the previous published version of the semester is then `diganti` and stays downloadable. A
 * correction of a published semester is a new version with its reason.
 */
export const SUBJEK_PUBLIKASI = 'publikasi-agregat'
const DEFINISI = 'P7.2'
const LANGKAH_DRAFT = new Set(['susun-draft', 'pembahasan', 'sesuaikan-arahan'])
const LANGKAH_PERSETUJUAN = new Set(['pertimbangan-sekretaris', 'persetujuan-kadis'])
/** Reached when the Kepala Dinas approves: the figures are final from here on. */
const LANGKAH_SESUDAH_TERBIT = new Set(['cetak-buku', 'unggah', 'selesai'])
const STATUS_AKTIF: StatusPublikasi[] = ['draft', 'menunggu-persetujuan', 'terbit']

function judulAlur(semester: string, versi: number) {
	return `Publikasi Agregat Kependudukan ${labelSemester(semester)}${versi > 1 ? ` (versi ${versi})` : ''}`
}

/**
 * The semester's newest version, locked for the caller's transaction; the first import of a
 * semester creates version 1 here.
 */
export async function kunciPublikasiUntukImpor(semester: string, tanggalAcuan: string, pelaku: Pelaku | null, t: Transaction) {
	const ada = await PublikasiAgregat.findOne({ where: { semester }, order: [['versi', 'DESC']], transaction: t, lock: t.LOCK.UPDATE })
	if (ada) return ada
	return PublikasiAgregat.create(
		{ semester, versi: 1, tanggalAcuan, status: 'draft', imporId: null, alasanKoreksi: null, instansAlurId: null, diterbitkanAt: null, dibuatOlehId: pelaku?.id ?? null },
		{ transaction: t },
	)
}

/**
 * Points the semester's draft at a finished import, inside the import's last transaction, and
 * starts P7.2 for a version that has no workflow yet (its first import).
 */
export async function terapkanImpor(params: { imporId: number; semester: string; pelaku: Pelaku | null; kalender: Kalender; transaction: Transaction }) {
	const t = params.transaction
	const publikasi = await PublikasiAgregat.findOne({ where: { semester: params.semester }, order: [['versi', 'DESC']], transaction: t, lock: t.LOCK.UPDATE })
	if (!publikasi) throw new TidakDitemukanError('Publikasi semester tidak ditemukan.')
	if (publikasi.status !== 'draft') throw new KonflikError(`Publikasi ${labelSemester(params.semester)} sudah diajukan atau terbit selama impor berjalan; data tidak diganti.`)
	await publikasi.update({ imporId: params.imporId }, { transaction: t })
	if (!publikasi.instansAlurId) {
		const instans = await mulaiAlur(
			{
				definisiKode: DEFINISI,
				subjekJenis: SUBJEK_PUBLIKASI,
				subjekId: String(publikasi.id),
				judul: judulAlur(publikasi.semester, publikasi.versi),
				pemrakarsa: params.pelaku,
				unitId: null,
				kalender: params.kalender,
			},
			t,
		)
		await publikasi.update({ instansAlurId: instans.id }, { transaction: t })
	}
	return publikasi
}

/** A published semester gets a new draft version carrying the same figures until a corrected file is imported. */
export async function buatKoreksi(params: { semester: string; alasan: string; pelaku: Pelaku; kalender: Kalender }) {
	const alasan = params.alasan.trim()
	if (alasan.length < 10) return { ok: false as const, errors: { alasan: ['Tuliskan alasan koreksi (paling sedikit 10 karakter).'] } }
	return getDb().transaction(async (t) => {
		const terakhir = await PublikasiAgregat.findOne({ where: { semester: params.semester }, order: [['versi', 'DESC']], transaction: t, lock: t.LOCK.UPDATE })
		if (!terakhir) throw new TidakDitemukanError('Semester tidak ditemukan.')
		if (terakhir.status !== 'terbit') {
			return { ok: false as const, errors: { alasan: [`Versi ${terakhir.versi} belum terbit; koreksi dibuat dari versi yang sudah terbit.`] } }
		}
		const baru = await PublikasiAgregat.create(
			{
				semester: terakhir.semester,
				versi: terakhir.versi + 1,
				tanggalAcuan: terakhir.tanggalAcuan,
				status: 'draft',
				imporId: terakhir.imporId,
				alasanKoreksi: alasan.slice(0, 1000),
				instansAlurId: null,
				diterbitkanAt: null,
				dibuatOlehId: params.pelaku.id,
			},
			{ transaction: t },
		)
		const instans = await mulaiAlur(
			{ definisiKode: DEFINISI, subjekJenis: SUBJEK_PUBLIKASI, subjekId: String(baru.id), judul: judulAlur(baru.semester, baru.versi), pemrakarsa: params.pelaku, unitId: null, kalender: params.kalender },
			t,
		)
		await baru.update({ instansAlurId: instans.id }, { transaction: t })
		return { ok: true as const, id: baru.id }
	})
}

/** The observer of P7.2: the version's status follows its workflow. */
async function saatPublikasiBergerak({ instans, ke, transaction: t }: PeristiwaAlur) {
	if (!/^\d+$/.test(instans.subjekId)) return
	const publikasi = await PublikasiAgregat.findByPk(Number(instans.subjekId), { transaction: t, lock: t.LOCK.UPDATE })
	if (!publikasi) return
	if (ke === 'dibatalkan') {
		// a cancelled workflow leaves a draft without one; the next import starts a new one
		if (publikasi.status !== 'terbit') await publikasi.update({ status: 'draft', instansAlurId: null }, { transaction: t })
		return
	}
	if (LANGKAH_SESUDAH_TERBIT.has(ke)) {
		if (publikasi.status === 'terbit') return
		await PublikasiAgregat.update(
			{ status: 'diganti' },
			{ where: { semester: publikasi.semester, status: 'terbit', id: { [Op.ne]: publikasi.id } }, transaction: t },
		)
		await publikasi.update({ status: 'terbit', diterbitkanAt: new Date() }, { transaction: t })
		await audit({ aksi: 'terbitkan', entitas: 'publikasi_agregat', entitasId: publikasi.id, keterangan: `${judulAlur(publikasi.semester, publikasi.versi)} terbit` }, t)
		return
	}
	const status: StatusPublikasi | null = LANGKAH_PERSETUJUAN.has(ke) ? 'menunggu-persetujuan' : LANGKAH_DRAFT.has(ke) ? 'draft' : null
	if (status && status !== publikasi.status && publikasi.status !== 'terbit') await publikasi.update({ status }, { transaction: t })
}

export function daftarkanAlurPublikasi() {
	amatiAlur(SUBJEK_PUBLIKASI, saatPublikasiBergerak)
	amatiPembatalan(SUBJEK_PUBLIKASI, saatPublikasiBergerak)
}
daftarkanAlurPublikasi()

/** Rows per DELETE: keeps each statement (and its undo log) small on a 1.5-million-row import. */
const POTONGAN_HAPUS = 50_000

async function hapusPenduduk(imporId: number) {
	const db = getDb()
	const [rows] = (await db.query('SELECT MAX(baris) AS maks FROM penduduk WHERE impor_id = ?', { replacements: [imporId] })) as [{ maks: number | null }[], unknown]
	const maks = Number(rows[0]?.maks ?? 0)
	for (let awal = 0; awal <= maks; awal += POTONGAN_HAPUS) {
		await db.query('DELETE FROM penduduk WHERE impor_id = ? AND baris >= ? AND baris < ?', { replacements: [imporId, awal, awal + POTONGAN_HAPUS] })
	}
	await db.query('DELETE FROM keluarga WHERE impor_id = ?', { replacements: [imporId] })
}

/** Everything an import wrote: a failed or abandoned import leaves nothing behind. */
export async function hapusDataImpor(imporId: number) {
	await hapusPenduduk(imporId)
	await getDb().query('DELETE FROM agregat_kependudukan WHERE impor_id = ?', { replacements: [imporId] })
}

/**
 * Residents of imports no live version points at (replaced drafts, versions superseded by a
 * correction) are purged; their agregat stays while any version, even a superseded one, still
 * publishes it.
 */
export async function bersihkanImpor() {
	const aktif = await PublikasiAgregat.findAll({ where: { status: { [Op.in]: STATUS_AKTIF }, imporId: { [Op.ne]: null } }, attributes: ['imporId'], raw: true })
	const semua = await PublikasiAgregat.findAll({ where: { imporId: { [Op.ne]: null } }, attributes: ['imporId'], raw: true })
	const dipakai = new Set(aktif.map((p) => p.imporId!))
	const diterbitkan = new Set(semua.map((p) => p.imporId!))
	const usang = await DkbImpor.findAll({ where: { status: 'selesai', id: { [Op.notIn]: [...dipakai, 0] } }, attributes: ['id'] })
	for (const impor of usang) {
		await hapusPenduduk(impor.id)
		if (!diterbitkan.has(impor.id)) await getDb().query('DELETE FROM agregat_kependudukan WHERE impor_id = ?', { replacements: [impor.id] })
		await DkbImpor.update({ status: 'diganti' }, { where: { id: impor.id } })
	}
	return usang.length
}
