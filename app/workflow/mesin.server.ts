import { Op, UniqueConstraintError, type Transaction } from 'sequelize'
import { InstansAlur, RiwayatAlur, TugasAlur } from '#models/index'
import type { CurrentUser } from '~/utils/auth.server'
import { getDb } from '~/utils/db.server'
import { tanggalDiZona } from '~/utils/format'
import { getDefinisi } from './definisi'
import { AKHIR, type Aksi, type Definisi, type Langkah, type PihakEksternal } from './definisi/jenis'
import { AlasanWajibError, KonflikError, TidakBerhakError, TidakDitemukanError, TransisiTidakSahError } from './galat'
import { cekKondisi, type Konteks } from './kondisi'
import { enqueue, type PesanOutbox } from './outbox.server'
import { hakAtasTugas, penerimaTarget, resolvePelaksana, type Target } from './pelaksana.server'
import { getKalenderKantor } from './waktu-standar.server'
import { AMBANG_HAMPIR, dalamStandar, tenggat as hitungTenggat, type Kalender } from './waktu-standar'

/**
 * The workflow engine: one definition-driven state machine for every module. Every change runs
 * in one transaction — lock the instance, check the action for this step, this user and this
 * condition, move, close and open tasks, append history, enqueue messages — and messages leave
 * only after commit.
 */
export type Pelaku = Pick<CurrentUser, 'id' | 'nama' | 'jabatan' | 'authority'>

const AKSI_SETUJU = new Set(['teruskan', 'setujui'])

function definisiOf(kode: string, versi: number): Definisi {
	const definisi = getDefinisi(kode, versi)
	if (!definisi) throw new TidakDitemukanError(`Definisi alur ${kode} versi ${versi} tidak ada.`)
	return definisi
}

function langkahOf(definisi: Definisi, kode: string): Langkah {
	const langkah = definisi.langkah.find((l) => l.kode === kode)
	if (!langkah) throw new TidakDitemukanError(`Langkah ${kode} tidak ada di ${definisi.kode}.`)
	return langkah
}

function detik(dari: Date | null, sampai: Date) {
	return dari ? Math.max(0, Math.round((sampai.getTime() - dari.getTime()) / 1000)) : null
}

/**
 * The calendar the engine needs to set deadlines. A module that starts or moves an instance inside
 * its own transaction loads it first and passes it in: reading it inside would take a second
 * pooled connection while the transaction holds one, and under load every connection can end up
 * held by a transaction waiting for a second.
 */
export function siapkanKalender(): Promise<Kalender> {
	return kalenderUntuk(new Date())
}

async function kalenderUntuk(now: Date): Promise<Kalender> {
	// wide enough for a few weeks of working days; tenggat beyond it is rare and still correct
	return getKalenderKantor(new Date(now.getTime() - 86_400_000), new Date(now.getTime() + 120 * 86_400_000))
}

/** Opens the tasks of `langkah` (one, or `paralel.jumlah`) and notifies whoever must act. */
async function bukaTugas(params: {
	instans: InstansAlur
	definisi: Definisi
	langkah: Langkah
	now: Date
	kalender: Kalender
	transaction: Transaction
}) {
	const { instans, definisi, langkah, now, kalender, transaction } = params
	const target: Target = await resolvePelaksana(langkah.pelaksana, instans, transaction)
	const tenggatAt = langkah.waktu ? hitungTenggat(now, langkah.waktu, kalender) : null
	const hampirAt = tenggatAt ? new Date(now.getTime() + AMBANG_HAMPIR * (tenggatAt.getTime() - now.getTime())) : null
	const jumlah = langkah.paralel?.jumlah ?? 1
	await TugasAlur.bulkCreate(
		Array.from({ length: jumlah }, () => ({
			instansId: instans.id,
			definisiKode: definisi.kode,
			langkahKode: langkah.kode,
			status: 'terbuka' as const,
			...target,
			diambilOlehId: null,
			tibaAt: now,
			diambilAt: null,
			selesaiAt: null,
			tenggatAt,
			hampirAt,
			aksiKode: null,
			diselesaikanOlehId: null,
			dalamStandar: null,
		})),
		{ transaction },
	)
	const penerima = await penerimaTarget(target, tanggalDiZona(now, kalender.zonaWaktu), transaction)
	await enqueue(
		penerima.map(
			(id): PesanOutbox => ({
				kanal: 'aplikasi',
				tujuan: String(id),
				judul: `Tugas baru: ${instans.judul}`,
				isi: langkah.kegiatan.slice(0, 300),
				tautan: `/alur/${instans.id}`,
			}),
		),
		transaction,
	)
}

export type MulaiAlurInput = {
	definisiKode: string
	subjekJenis: string
	subjekId: string
	judul: string
	pemrakarsa: Pick<Pelaku, 'id' | 'nama' | 'jabatan'> | null
	unitId: number | null
	konteks?: Konteks
	/** the first step already happened (e.g. the pemohon's upload that created the subject) */
	langsungAksi?: string
	/** from `siapkanKalender`, when the caller runs this inside its own transaction */
	kalender?: Kalender
}

/** Starts an instance at the definition's first step (latest version) inside `transaction`. */
export async function mulaiAlur(input: MulaiAlurInput, transaction?: Transaction): Promise<InstansAlur> {
	// read before the transaction: a query on another pooled connection while holding row locks
	// could wait for a connection that the lock's waiters hold
	const kalender = input.kalender ?? (await kalenderUntuk(new Date()))
	const run = async (t: Transaction) => {
		const definisi = getDefinisi(input.definisiKode)
		if (!definisi) throw new TidakDitemukanError(`Definisi alur ${input.definisiKode} tidak ada.`)
		const now = new Date()
		const instans = await InstansAlur.create(
			{
				definisiKode: definisi.kode,
				definisiVersi: definisi.versi,
				subjekJenis: input.subjekJenis,
				subjekId: input.subjekId,
				judul: input.judul.slice(0, 300),
				status: 'berjalan',
				langkahAktif: definisi.mulai,
				pemrakarsaId: input.pemrakarsa?.id ?? null,
				unitId: input.unitId,
				konteks: input.konteks ?? {},
				mulaiAt: now,
				selesaiAt: null,
			},
			{ transaction: t },
		)
		await RiwayatAlur.create(
			{
				instansId: instans.id,
				tugasId: null,
				langkahDari: null,
				langkahKe: definisi.mulai,
				aksi: 'mulai',
				label: 'Dimulai',
				alasan: null,
				penggunaId: input.pemrakarsa?.id ?? null,
				namaPengguna: input.pemrakarsa?.nama ?? null,
				jabatan: input.pemrakarsa?.jabatan ?? null,
				atasNama: null,
				waktu: now,
				tungguDetik: null,
				prosesDetik: null,
				kunciIdempotensi: null,
			},
			{ transaction: t },
		)
		const pertama = langkahOf(definisi, definisi.mulai)
		const aksi = input.langsungAksi ? pertama.aksi.find((a) => a.kode === input.langsungAksi) : undefined
		if (input.langsungAksi && !aksi) throw new TransisiTidakSahError(`Aksi ${input.langsungAksi} tidak ada di langkah pertama.`)
		if (aksi) {
			await RiwayatAlur.create(
				{
					instansId: instans.id,
					tugasId: null,
					langkahDari: pertama.kode,
					langkahKe: aksi.ke,
					aksi: aksi.kode,
					label: aksi.label,
					alasan: null,
					penggunaId: null,
					namaPengguna: pertama.pelaksana.jenis === 'eksternal' ? pertama.pelaksana.pihak : (input.pemrakarsa?.nama ?? null),
					jabatan: null,
					atasNama: null,
					waktu: now,
					tungguDetik: null,
					prosesDetik: null,
					kunciIdempotensi: null,
				},
				{ transaction: t },
			)
			await pindah({ instans, definisi, ke: aksi.ke, now, kalender, transaction: t, sebab: { dari: pertama.kode, aksi, alasan: null } })
		} else {
			await bukaTugas({ instans, definisi, langkah: pertama, now, kalender, transaction: t })
		}
		return instans
	}
	return transaction ? run(transaction) : getDb().transaction(run)
}

/**
 * What happened to an instance, for the module that owns its subject: the step it left, where it
 * went (a step, `selesai` or `ditolak`), the action and its reason.
 */
export type PeristiwaAlur = {
	instans: InstansAlur
	dari: string | null
	ke: string
	aksi: { kode: string; label: string }
	alasan: string | null
	transaction: Transaction
}
export type PengamatAlur = (peristiwa: PeristiwaAlur) => Promise<void>

const pengamat = new Map<string, PengamatAlur[]>()

/**
 * A module asks to hear about every move of its subjects' instances, inside the transaction of
 * the move: what it writes (a message to the applicant in the outbox) commits with the move or
 * not at all.
 */
export function amatiAlur(subjekJenis: string, fn: PengamatAlur) {
	const daftar = pengamat.get(subjekJenis) ?? []
	if (!daftar.includes(fn)) daftar.push(fn)
	pengamat.set(subjekJenis, daftar)
}

const pengamatPembatalan = new Map<string, PengamatAlur[]>()

/**
 * A module asks to hear when one of its subjects' instances is cancelled (`ke` is `dibatalkan`),
 * inside the cancellation's transaction: e.g. an archive disposal puts its berkas back.
 */
export function amatiPembatalan(subjekJenis: string, fn: PengamatAlur) {
	const daftar = pengamatPembatalan.get(subjekJenis) ?? []
	if (!daftar.includes(fn)) daftar.push(fn)
	pengamatPembatalan.set(subjekJenis, daftar)
}

/** Moves the instance to `ke` (a step or an end) and opens what comes next. */
async function pindah(params: {
	instans: InstansAlur
	definisi: Definisi
	ke: string
	now: Date
	kalender: Kalender
	transaction: Transaction
	sebab: { dari: string | null; aksi: { kode: string; label: string }; alasan: string | null }
}) {
	await pindahSaja(params)
	const { instans, ke, transaction, sebab } = params
	for (const fn of pengamat.get(instans.subjekJenis) ?? []) {
		await fn({ instans, dari: sebab.dari, ke, aksi: sebab.aksi, alasan: sebab.alasan, transaction })
	}
}

async function pindahSaja(params: { instans: InstansAlur; definisi: Definisi; ke: string; now: Date; kalender: Kalender; transaction: Transaction }) {
	const { instans, definisi, ke, now, kalender, transaction } = params
	if (ke === AKHIR.selesai || ke === AKHIR.ditolak) {
		await instans.update({ status: ke, langkahAktif: null, selesaiAt: now }, { transaction })
		if (instans.pemrakarsaId) {
			await enqueue(
				[
					{
						kanal: 'aplikasi',
						tujuan: String(instans.pemrakarsaId),
						judul: `${ke === AKHIR.selesai ? 'Selesai' : 'Ditolak'}: ${instans.judul}`,
						tautan: `/alur/${instans.id}`,
					},
				],
				transaction,
			)
		}
		return
	}
	await instans.update({ langkahAktif: ke }, { transaction })
	await bukaTugas({ instans, definisi, langkah: langkahOf(definisi, ke), now, kalender, transaction })
}

async function lockInstans(id: number, transaction: Transaction) {
	const instans = await InstansAlur.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE })
	if (!instans) throw new TidakDitemukanError()
	return instans
}

/** Claims ("Ambil") an open task; two users racing for it get one owner and one 409. */
export async function ambilTugas(params: { tugasId: number; pelaku: Pelaku }) {
	const tugas = await TugasAlur.findByPk(params.tugasId)
	if (!tugas) throw new TidakDitemukanError('Tugas tidak ditemukan.')
	if (!hakAtasTugas(params.pelaku, tugas).boleh) throw new TidakBerhakError('Tugas ini bukan untuk Anda.')
	if (tugas.status !== 'terbuka') throw new KonflikError('Tugas ini sudah diambil orang lain atau sudah selesai.')
	if (tugas.tibaAt) {
		// in a parallel step each verifier takes a different one of the round's tasks
		const sudah = await TugasAlur.count({
			where: { instansId: tugas.instansId, langkahKode: tugas.langkahKode, tibaAt: tugas.tibaAt, diambilOlehId: params.pelaku.id },
		})
		if (sudah) throw new KonflikError('Anda sudah mengambil tugas lain di langkah ini.')
	}
	const [count] = await TugasAlur.update(
		{ status: 'diambil', diambilOlehId: params.pelaku.id, diambilAt: new Date() },
		{ where: { id: tugas.id, status: 'terbuka' } },
	)
	if (count !== 1) throw new KonflikError('Tugas ini sudah diambil orang lain.')
	return tugas.id
}

/** Gives a claimed task back to the pool, only by whoever holds it. */
export async function lepasTugas(params: { tugasId: number; pelaku: Pelaku }) {
	const [count] = await TugasAlur.update(
		{ status: 'terbuka', diambilOlehId: null, diambilAt: null },
		{ where: { id: params.tugasId, status: 'diambil', diambilOlehId: params.pelaku.id } },
	)
	if (count !== 1) throw new KonflikError('Tugas ini tidak sedang Anda pegang.')
}

/** Actions the holder of a claimed task may choose now (conditions evaluated on the konteks). */
export function aksiTersedia(definisi: Definisi, langkahKode: string, konteks: Konteks): Aksi[] {
	const langkah = definisi.langkah.find((l) => l.kode === langkahKode)
	if (!langkah) return []
	return langkah.aksi.filter((a) => !a.kondisi || cekKondisi(a.kondisi, konteks))
}

export type HasilAksi = { instansId: number; status: InstansAlur['status']; langkahAktif: string | null; ulang: boolean; menungguKuorum?: { setuju: number; kuorum: number } }

/**
 * Applies an action to a claimed task. `kunci` (idempotency key from the form) makes a double
 * submit do nothing twice; `versiInstans`, when the page sent it, refuses a stale page with 409.
 */
export async function jalankanAksi(params: {
	tugasId: number
	aksiKode: string
	/** which of several same-code actions (e.g. two `serahkan` with different conditions): its target */
	ke?: string
	alasan?: string | null
	kunci?: string | null
	pelaku: Pelaku
	versiInstans?: number
}): Promise<HasilAksi> {
	const alasan = params.alasan?.trim() || null
	const kunci = params.kunci?.trim().slice(0, 64) || null
	const tugasAwal = await TugasAlur.findByPk(params.tugasId, { attributes: ['id', 'instansId'] })
	if (!tugasAwal) throw new TidakDitemukanError('Tugas tidak ditemukan.')
	// everything read outside the row lock is read first (see mulaiAlur)
	const kalender = await kalenderUntuk(new Date())
	try {
		return await getDb().transaction(async (t) => {
			const instans = await lockInstans(tugasAwal.instansId, t)
			if (kunci) {
				const sudah = await RiwayatAlur.findOne({ where: { instansId: instans.id, kunciIdempotensi: kunci }, transaction: t })
				if (sudah) return { instansId: instans.id, status: instans.status, langkahAktif: instans.langkahAktif, ulang: true }
			}
			const tugas = await TugasAlur.findByPk(params.tugasId, { transaction: t })
			if (!tugas) throw new TidakDitemukanError('Tugas tidak ditemukan.')
			if (instans.status !== 'berjalan' || tugas.langkahKode !== instans.langkahAktif || tugas.status !== 'diambil') {
				throw new KonflikError('Tugas ini sudah diselesaikan atau dipindahkan. Muat ulang halaman.')
			}
			if (tugas.diambilOlehId !== params.pelaku.id) throw new TidakBerhakError('Ambil tugas ini terlebih dahulu sebelum mengerjakannya.')
			const definisi = definisiOf(instans.definisiKode, instans.definisiVersi)
			const langkah = langkahOf(definisi, tugas.langkahKode)
			if (params.versiInstans !== undefined && !langkah.paralel && params.versiInstans !== instans.version) throw new KonflikError()

			const kandidat = langkah.aksi.filter((a) => a.kode === params.aksiKode && (!params.ke || a.ke === params.ke))
			if (kandidat.length === 0) throw new TransisiTidakSahError(`Tindakan "${params.aksiKode}" tidak tersedia di langkah ini.`)
			const aksi = kandidat.find((a) => !a.kondisi || cekKondisi(a.kondisi, instans.konteks))
			if (!aksi) throw new TransisiTidakSahError('Syarat untuk tindakan ini belum terpenuhi.')
			const wajibAlasan = aksi.wajibAlasan || aksi.kode === 'tolak' || aksi.kode === 'kembalikan'
			if (wajibAlasan && !alasan) throw new AlasanWajibError()

			const hak = hakAtasTugas(params.pelaku, tugas)
			if (!hak.boleh) throw new TidakBerhakError('Anda tidak lagi berwenang atas tugas ini.')
			if (aksi.tolakPelakuSebelumnya) {
				const masuk = await RiwayatAlur.findOne({
					where: { instansId: instans.id, langkahKe: tugas.langkahKode },
					order: [['id', 'DESC']],
					transaction: t,
				})
				if (masuk?.penggunaId === params.pelaku.id) {
					throw new TidakBerhakError('Anda tidak boleh menyetujui pekerjaan yang Anda kerjakan sendiri di langkah sebelumnya.')
				}
			}

			const now = new Date()
			const tepat = langkah.waktu && tugas.diambilAt ? dalamStandar(tugas.diambilAt, now, langkah.waktu, kalender) : null
			await tugas.update(
				{ status: 'selesai', selesaiAt: now, aksiKode: aksi.kode, diselesaikanOlehId: params.pelaku.id, dalamStandar: tepat },
				{ transaction: t },
			)

			let menungguKuorum: HasilAksi['menungguKuorum']
			let lanjut = true
			if (langkah.paralel && AKSI_SETUJU.has(aksi.kode)) {
				const setuju = await TugasAlur.count({
					where: { instansId: instans.id, langkahKode: tugas.langkahKode, tibaAt: tugas.tibaAt, status: 'selesai', aksiKode: aksi.kode },
					transaction: t,
				})
				if (setuju < langkah.paralel.kuorum) {
					lanjut = false
					menungguKuorum = { setuju, kuorum: langkah.paralel.kuorum }
				}
			}

			await RiwayatAlur.create(
				{
					instansId: instans.id,
					tugasId: tugas.id,
					langkahDari: tugas.langkahKode,
					langkahKe: lanjut ? aksi.ke : tugas.langkahKode,
					aksi: aksi.kode,
					label: menungguKuorum ? `${aksi.label} (${menungguKuorum.setuju} dari ${menungguKuorum.kuorum})` : aksi.label,
					alasan,
					penggunaId: params.pelaku.id,
					namaPengguna: params.pelaku.nama,
					jabatan: params.pelaku.jabatan,
					atasNama: hak.atasNama ?? null,
					waktu: now,
					tungguDetik: detik(tugas.tibaAt, tugas.diambilAt ?? now),
					prosesDetik: detik(tugas.diambilAt, now),
					kunciIdempotensi: kunci,
				},
				{ transaction: t },
			)

			if (lanjut) {
				// the step is decided: whatever else was open in it is no longer needed
				await TugasAlur.update(
					{ status: 'dibatalkan', selesaiAt: now },
					{ where: { instansId: instans.id, status: { [Op.in]: ['terbuka', 'diambil'] } }, transaction: t },
				)
				await pindah({ instans, definisi, ke: aksi.ke, now, kalender, transaction: t, sebab: { dari: tugas.langkahKode, aksi, alasan } })
				if (aksi.kode === 'kembalikan' && instans.pemrakarsaId && instans.pemrakarsaId !== params.pelaku.id) {
					await enqueue(
						[{ kanal: 'aplikasi', tujuan: String(instans.pemrakarsaId), judul: `Dikembalikan: ${instans.judul}`, isi: alasan, tautan: `/alur/${instans.id}` }],
						t,
					)
				}
			} else {
				// history changed: a page showing the old state must reload before acting
				instans.changed('updatedAt', true)
				await instans.save({ transaction: t })
			}
			return { instansId: instans.id, status: instans.status, langkahAktif: instans.langkahAktif, ulang: false, menungguKuorum }
		})
	} catch (error) {
		// a racing duplicate of the same key lost on the unique index: it already happened
		if (kunci && error instanceof UniqueConstraintError) {
			const instans = await InstansAlur.findByPk(tugasAwal.instansId)
			return { instansId: tugasAwal.instansId, status: instans!.status, langkahAktif: instans!.langkahAktif, ulang: true }
		}
		throw error
	}
}

/**
 * An action of the outside party whose step is active, done by that party itself rather than
 * recorded by staff: the pemohon who completes the berkas on the web or by WhatsApp. No task is
 * claimed; the step's open tasks are closed and history names the party. Runs inside
 * `transaction` when given, so the module's own change (the new berkas) commits with it.
 */
export async function jalankanAksiPihakLuar(
	params: { instansId: number; pihak: PihakEksternal; aksiKode: string; alasan?: string | null; kalender?: Kalender },
	transaction?: Transaction,
): Promise<HasilAksi> {
	const kalender = params.kalender ?? (await kalenderUntuk(new Date()))
	const run = async (t: Transaction) => {
		const instans = await lockInstans(params.instansId, t)
		if (instans.status !== 'berjalan' || !instans.langkahAktif) throw new KonflikError('Permohonan ini sudah tidak berjalan.')
		const definisi = definisiOf(instans.definisiKode, instans.definisiVersi)
		const langkah = langkahOf(definisi, instans.langkahAktif)
		if (langkah.pelaksana.jenis !== 'eksternal' || langkah.pelaksana.pihak !== params.pihak) {
			throw new KonflikError('Langkah ini tidak sedang menunggu tindakan Anda.')
		}
		const aksi = langkah.aksi.find((a) => a.kode === params.aksiKode && (!a.kondisi || cekKondisi(a.kondisi, instans.konteks)))
		if (!aksi) throw new TransisiTidakSahError(`Tindakan "${params.aksiKode}" tidak tersedia di langkah ini.`)
		const now = new Date()
		const terbuka = await TugasAlur.findAll({ where: { instansId: instans.id, status: { [Op.in]: ['terbuka', 'diambil'] } }, transaction: t })
		const tugas = terbuka.find((x) => x.langkahKode === langkah.kode) ?? null
		await TugasAlur.update(
			{ status: 'selesai', selesaiAt: now, aksiKode: aksi.kode },
			{ where: { instansId: instans.id, status: { [Op.in]: ['terbuka', 'diambil'] } }, transaction: t },
		)
		await RiwayatAlur.create(
			{
				instansId: instans.id,
				tugasId: tugas?.id ?? null,
				langkahDari: langkah.kode,
				langkahKe: aksi.ke,
				aksi: aksi.kode,
				label: aksi.label,
				alasan: params.alasan?.trim() || null,
				penggunaId: null,
				namaPengguna: params.pihak,
				jabatan: null,
				atasNama: null,
				waktu: now,
				tungguDetik: null,
				prosesDetik: tugas ? detik(tugas.tibaAt, now) : null,
				kunciIdempotensi: null,
			},
			{ transaction: t },
		)
		await pindah({ instans, definisi, ke: aksi.ke, now, kalender, transaction: t, sebab: { dari: langkah.kode, aksi, alasan: params.alasan?.trim() || null } })
		return { instansId: instans.id, status: instans.status, langkahAktif: instans.langkahAktif, ulang: false }
	}
	return transaction ? run(transaction) : getDb().transaction(run)
}

/**
 * Cancels a running instance: by its initiator, or by someone holding `izinAdmin`. A system actor
 * (`id: null`, e.g. the applicant's WhatsApp command) needs `bolehSemua`. Runs inside
 * `transaction` when given, so the module's own check commits with the cancellation.
 */
export async function batalkanAlur(
	params: { instansId: number; pelaku: Pick<Pelaku, 'nama' | 'jabatan'> & { id: number | null }; alasan: string; bolehSemua: boolean },
	transaction?: Transaction,
) {
	const alasan = params.alasan.trim()
	if (!alasan) throw new AlasanWajibError('Alasan pembatalan wajib diisi.')
	const run = async (t: Transaction) => {
		const instans = await lockInstans(params.instansId, t)
		if (instans.status !== 'berjalan') throw new KonflikError('Alur ini sudah berakhir.')
		if (!params.bolehSemua && (params.pelaku.id === null || instans.pemrakarsaId !== params.pelaku.id)) throw new TidakBerhakError('Hanya pemrakarsa yang dapat membatalkan alur ini.')
		const now = new Date()
		await TugasAlur.update(
			{ status: 'dibatalkan', selesaiAt: now },
			{ where: { instansId: instans.id, status: { [Op.in]: ['terbuka', 'diambil'] } }, transaction: t },
		)
		await RiwayatAlur.create(
			{
				instansId: instans.id,
				tugasId: null,
				langkahDari: instans.langkahAktif,
				langkahKe: null,
				aksi: 'batalkan',
				label: 'Dibatalkan',
				alasan,
				penggunaId: params.pelaku.id,
				namaPengguna: params.pelaku.nama,
				jabatan: params.pelaku.jabatan,
				atasNama: null,
				waktu: now,
				tungguDetik: null,
				prosesDetik: null,
				kunciIdempotensi: null,
			},
			{ transaction: t },
		)
		const dari = instans.langkahAktif
		await instans.update({ status: 'dibatalkan', langkahAktif: null, selesaiAt: now }, { transaction: t })
		for (const fn of pengamatPembatalan.get(instans.subjekJenis) ?? []) {
			await fn({ instans, dari, ke: 'dibatalkan', aksi: { kode: 'batalkan', label: 'Dibatalkan' }, alasan, transaction: t })
		}
	}
	return transaction ? run(transaction) : getDb().transaction(run)
}

/** Merges `ubah` into the instance's konteks (modules call this as their subject changes). */
export async function perbaruiKonteks(instansId: number, ubah: Konteks, transaction?: Transaction) {
	const run = async (t: Transaction) => {
		const instans = await lockInstans(instansId, t)
		await instans.update({ konteks: { ...instans.konteks, ...ubah } }, { transaction: t })
	}
	return transaction ? run(transaction) : getDb().transaction(run)
}
