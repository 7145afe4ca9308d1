import { Op, OptimisticLockError, type Transaction, type WhereOptions } from 'sequelize'
import { Disposisi, InstansAlur, Jabatan, Pegawai, Pengguna, UnitKerja } from '#models/index'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { transaction } from '~/utils/db.server'
import { formatTanggal } from '~/utils/format'
import { formFailure, parseForm, zodFieldErrors, type FieldErrors, type FormFailure } from '~/utils/forms'
import { getRequestContext } from '~/utils/request-context.server'
import {
	BacaDisposisiSchema,
	BatalkanDisposisiSchema,
	SelesaiDisposisiSchema,
	TindakLanjutSchema,
	aksiDisposisi,
	disposisiSchema,
	labelInstruksi,
	tautanSubjek,
	type DisposisiFilter,
	type StatusDisposisi,
} from './disposisi.schema'
import { AlasanWajibError, KonflikError, TidakBerhakError, TidakDitemukanError, TransisiTidakSahError } from './galat'
import type { Pelaku } from './mesin.server'
import { enqueue, type PesanOutbox } from './outbox.server'

/**
 * Disposisi: a tree of forwards about one subject (a letter, an instance…). Each row goes from one
 * person to one recipient with preset instructions, a note and a deadline, and moves
 * belum-dibaca → dibaca → ditindaklanjuti → selesai, or is cancelled by its sender while unread.
 * Who may do what is `aksiDisposisi` (shared with the tree); every change runs in one transaction
 * on the locked row, and messages leave through the outbox after commit.
 */
export type Orang = { id: number; nama: string; jabatan: string | null }

const TUTUP = new Set<string>(['selesai', 'dibatalkan'])

/** A deadline passed (office date) while the recipient has not yet acted on it. */
function terlambat(row: { tenggat: string | null; status: string }, hariIni: string) {
	return Boolean(row.tenggat && row.tenggat < hariIni && (row.status === 'belum-dibaca' || row.status === 'dibaca'))
}

/** Names and current jabatan of users, in one query. */
async function orangMap(ids: number[], transaction?: Transaction): Promise<Map<number, Orang>> {
	const unik = [...new Set(ids)]
	if (unik.length === 0) return new Map()
	const rows = await Pengguna.findAll({
		where: { id: { [Op.in]: unik } },
		attributes: ['id', 'username'],
		include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'], include: [{ model: Jabatan, as: 'jabatan', attributes: ['nama'] }] }],
		transaction,
	})
	return new Map(rows.map((r) => [r.id, { id: r.id, nama: r.pegawai?.nama ?? r.username, jabatan: r.pegawai?.jabatan?.nama ?? null }]))
}

const orangTakDikenal = (id: number): Orang => ({ id, nama: `Pengguna #${id}`, jabatan: null })

/** What a subject is called, for lists and notifications; one query per kind of subject. */
async function judulSubjek(subjek: { subjekJenis: string; subjekId: string }[]): Promise<Map<string, string>> {
	const judul = new Map<string, string>()
	const alurIds = [...new Set(subjek.filter((s) => s.subjekJenis === 'alur').map((s) => Number(s.subjekId)))].filter(Number.isSafeInteger)
	if (alurIds.length) {
		const rows = await InstansAlur.findAll({ where: { id: { [Op.in]: alurIds } }, attributes: ['id', 'judul'], raw: true })
		for (const r of rows) judul.set(`alur:${r.id}`, r.judul)
	}
	// a module's subject (a letter …) is called what its instance is called
	const lain = subjek.filter((s) => s.subjekJenis !== 'alur')
	if (lain.length) {
		const rows = await InstansAlur.findAll({
			where: { [Op.or]: lain.map((s) => ({ subjekJenis: s.subjekJenis, subjekId: s.subjekId })) },
			attributes: ['subjekJenis', 'subjekId', 'judul'],
			raw: true,
		})
		for (const r of rows) judul.set(`${r.subjekJenis}:${r.subjekId}`, r.judul)
	}
	return judul
}

function ringkasan(instruksi: string[], catatan: string | null, tenggat: string | null) {
	return [instruksi.map(labelInstruksi).join(', '), catatan, tenggat ? `Tenggat ${formatTanggal(tenggat)}` : null].filter(Boolean).join('. ').slice(0, 500)
}

/** Whom the sender acts for: a jabatan they hold as Plt/Plh, or the request's Plt/Plh grant. */
function atasNamaPengirim(dari: Pelaku, sebagaiJabatanId: number | undefined) {
	if (sebagaiJabatanId !== undefined) {
		const held = dari.authority.jabatan.find((j) => j.id === sebagaiJabatanId)
		if (!held) throw new TidakBerhakError('Anda tidak memangku jabatan tersebut, juga tidak sebagai Plt/Plh.')
		return held.atasNama ?? null
	}
	return getRequestContext()?.actor?.atasNama ?? null
}

function konflikBila(error: unknown): never {
	if (error instanceof OptimisticLockError) throw new KonflikError()
	throw error
}

export type BuatDisposisiInput = (
	| { subjekJenis: string; subjekId: string; indukId?: null }
	| { indukId: number; subjekJenis?: string; subjekId?: string }
) & {
	dari: Pelaku
	kepada: number[]
	/** preset codes from INSTRUKSI_DISPOSISI */
	instruksi: string[]
	catatan?: string | null
	/** `YYYY-MM-DD`, not before today (office date), not after the parent's deadline */
	tenggat?: string | null
	/** the jabatan the sender disposes in (e.g. KADIS held as Plt): recorded as "atas nama" */
	sebagaiJabatanId?: number
	/** the subject's page for the recipients' notification; default: the disposisi's own page */
	tautan?: string | null
	/** what the subject is about, for the notification (e.g. the letter's perihal) */
	perihal?: string | null
}
export type HasilBuatDisposisi = { ok: true; ids: number[] } | { ok: false; errors: FieldErrors }

/**
 * Sends one disposisi per recipient in one transaction. A forward (`indukId`) is allowed only to
 * the recipient of the parent, once they have read it. Input errors come back per field; a
 * refusal is thrown (403 not the recipient, 409 unread/closed parent, 404 unknown parent).
 */
export async function buatDisposisi(input: BuatDisposisiInput): Promise<HasilBuatDisposisi> {
	const hariIni = await hariIniKantor()
	const parsed = disposisiSchema(hariIni).safeParse({
		indukId: input.indukId ?? null,
		kepada: input.kepada.map(String),
		instruksi: input.instruksi,
		catatan: input.catatan ?? null,
		tenggat: input.tenggat ?? null,
	})
	if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error) }
	const data = parsed.data
	const { dari } = input
	const atasNama = atasNamaPengirim(dari, input.sebagaiJabatanId)

	try {
		return await transaction(async (t): Promise<HasilBuatDisposisi> => {
			let subjekJenis = input.subjekJenis
			let subjekId = input.subjekId
			let induk: Disposisi | null = null
			if (data.indukId) {
				// locking the parent queues a forward behind a concurrent cancel or finish of it
				induk = await Disposisi.findByPk(data.indukId, { transaction: t, lock: t.LOCK.UPDATE })
				if (!induk) throw new TidakDitemukanError('Disposisi yang akan diteruskan tidak ditemukan.')
				if ((subjekJenis && subjekJenis !== induk.subjekJenis) || (subjekId && subjekId !== induk.subjekId)) {
					throw new TransisiTidakSahError('Disposisi induk bukan untuk naskah ini.')
				}
				subjekJenis = induk.subjekJenis
				subjekId = induk.subjekId
				if (induk.kePenggunaId !== dari.id) throw new TidakBerhakError('Hanya penerima disposisi yang dapat meneruskannya.')
				if (induk.status === 'belum-dibaca') throw new TransisiTidakSahError('Buka dan baca disposisi ini terlebih dahulu sebelum meneruskannya.')
				if (TUTUP.has(induk.status)) throw new TransisiTidakSahError('Disposisi yang sudah selesai atau dibatalkan tidak dapat diteruskan.')
			}
			if (!subjekJenis || !subjekId) throw new TransisiTidakSahError('Naskah yang didisposisikan tidak dikenal.')

			const errors: FieldErrors = {}
			if (induk?.tenggat && data.tenggat && data.tenggat > induk.tenggat) {
				errors.tenggat = [`Tenggat tidak boleh melewati tenggat disposisi yang diterima (${formatTanggal(induk.tenggat)}).`]
			}
			if (data.kepada.includes(dari.id)) {
				errors.kepada = ['Anda tidak dapat mengirim disposisi kepada diri sendiri.']
			} else {
				const aktif = await Pengguna.findAll({
					where: { id: { [Op.in]: data.kepada }, aktif: true },
					attributes: ['id'],
					include: [{ model: Pegawai, as: 'pegawai', attributes: [], where: { aktif: true } }],
					transaction: t,
				})
				if (aktif.length !== data.kepada.length) errors.kepada = ['Penerima harus pengguna yang aktif.']
			}
			if (!errors.kepada) {
				const sudah = await Disposisi.findAll({
					where: {
						subjekJenis,
						subjekId,
						indukId: induk ? induk.id : null,
						dariPenggunaId: dari.id,
						kePenggunaId: { [Op.in]: data.kepada },
						status: { [Op.ne]: 'dibatalkan' },
					},
					attributes: ['kePenggunaId'],
					raw: true,
					transaction: t,
				})
				if (sudah.length) {
					const nama = await orangMap(sudah.map((s) => s.kePenggunaId), t)
					const daftar = [...nama.values()].map((o) => o.nama).join(', ')
					errors.kepada = [`Sudah menerima disposisi ini dari Anda: ${daftar}.`]
				}
			}
			if (Object.keys(errors).length) return { ok: false, errors }

			const ids: number[] = []
			for (const ke of data.kepada) {
				const row = await Disposisi.create(
					{
						subjekJenis,
						subjekId,
						indukId: induk?.id ?? null,
						dariPenggunaId: dari.id,
						kePenggunaId: ke,
						atasNama,
						instruksi: data.instruksi,
						catatan: data.catatan,
						tenggat: data.tenggat,
						status: 'belum-dibaca',
						laporan: null,
						dibacaAt: null,
						ditindaklanjutiAt: null,
						selesaiAt: null,
						dibatalkanAt: null,
					},
					{ transaction: t },
				)
				ids.push(row.id)
			}
			const perihal = input.perihal ?? (await judulSubjek([{ subjekJenis, subjekId }])).get(`${subjekJenis}:${subjekId}`) ?? null
			const isi = ringkasan(data.instruksi, data.catatan, data.tenggat)
			await enqueue(
				data.kepada.map(
					(ke, i): PesanOutbox => ({
						kanal: 'aplikasi',
						tujuan: String(ke),
						judul: `Disposisi dari ${dari.nama}${perihal ? `: ${perihal}` : ''}`.slice(0, 300),
						isi,
						tautan: input.tautan ?? `/disposisi/${ids[i]}`,
					}),
				),
				t,
			)
			return { ok: true, ids }
		})
	} catch (error) {
		return konflikBila(error)
	}
}

/** Runs `work` on the locked row; a stale write becomes a 409. */
async function padaBaris<T>(id: number, work: (row: Disposisi, t: Transaction) => Promise<T>): Promise<T> {
	try {
		return await transaction(async (t) => {
			const row = await Disposisi.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) throw new TidakDitemukanError('Disposisi tidak ditemukan.')
			return work(row, t)
		})
	} catch (error) {
		return konflikBila(error)
	}
}

function cekVersi(row: Disposisi, version: number | undefined) {
	if (version !== undefined && row.version !== version) throw new KonflikError()
}

export type HasilUbahDisposisi = { id: number; status: StatusDisposisi; version: number }
const hasil = (row: Disposisi): HasilUbahDisposisi => ({ id: row.id, status: row.status, version: row.version })

/** Marks a disposisi read by its recipient; opening it again changes nothing. */
export async function tandaiDibaca(params: { id: number; user: Pick<Pelaku, 'id'> }): Promise<HasilUbahDisposisi & { berubah: boolean }> {
	return padaBaris(params.id, async (row, t) => {
		if (row.kePenggunaId !== params.user.id) throw new TidakBerhakError('Hanya penerima yang dapat menandai disposisi ini sudah dibaca.')
		if (row.status !== 'belum-dibaca') return { ...hasil(row), berubah: false }
		await row.update({ status: 'dibaca', dibacaAt: new Date() }, { transaction: t })
		return { ...hasil(row), berubah: true }
	})
}

/** The recipient reports what they did; the sender is told. */
export async function tindakLanjuti(params: { id: number; user: Pelaku; laporan: string; version?: number }): Promise<HasilUbahDisposisi> {
	const laporan = params.laporan.trim()
	if (!laporan) throw new AlasanWajibError('Laporan tindak lanjut wajib diisi.')
	return padaBaris(params.id, async (row, t) => {
		if (row.kePenggunaId !== params.user.id) throw new TidakBerhakError('Hanya penerima yang dapat menindaklanjuti disposisi ini.')
		if (!aksiDisposisi(row, params.user.id).tindakLanjut) {
			throw new TransisiTidakSahError(
				row.status === 'belum-dibaca' ? 'Baca disposisi ini terlebih dahulu.' : `Disposisi berstatus "${row.status}" tidak dapat ditindaklanjuti lagi.`,
			)
		}
		cekVersi(row, params.version)
		await row.update({ status: 'ditindaklanjuti', laporan, ditindaklanjutiAt: new Date() }, { transaction: t })
		await enqueue(
			[{ kanal: 'aplikasi', tujuan: String(row.dariPenggunaId), judul: `Disposisi ditindaklanjuti oleh ${params.user.nama}`, isi: laporan.slice(0, 500), tautan: `/disposisi/${row.id}` }],
			t,
		)
		return hasil(row)
	})
}

/** The recipient closes their disposisi, with an optional final report added to the earlier one. */
export async function selesaikan(params: { id: number; user: Pelaku; laporan?: string | null; version?: number }): Promise<HasilUbahDisposisi> {
	const laporan = params.laporan?.trim() || null
	return padaBaris(params.id, async (row, t) => {
		if (row.kePenggunaId !== params.user.id) throw new TidakBerhakError('Hanya penerima yang dapat menyelesaikan disposisi ini.')
		if (!aksiDisposisi(row, params.user.id).selesai) {
			throw new TransisiTidakSahError(
				row.status === 'belum-dibaca' ? 'Baca disposisi ini terlebih dahulu.' : `Disposisi berstatus "${row.status}" tidak dapat diselesaikan.`,
			)
		}
		cekVersi(row, params.version)
		const gabungan = laporan ? (row.laporan ? `${row.laporan}\n\n${laporan}` : laporan) : row.laporan
		await row.update({ status: 'selesai', laporan: gabungan, selesaiAt: new Date() }, { transaction: t })
		await enqueue(
			[{ kanal: 'aplikasi', tujuan: String(row.dariPenggunaId), judul: `Disposisi diselesaikan oleh ${params.user.nama}`, isi: laporan?.slice(0, 500) ?? null, tautan: `/disposisi/${row.id}` }],
			t,
		)
		return hasil(row)
	})
}

/** The sender withdraws a disposisi the recipient has not read yet. */
export async function batalkan(params: { id: number; user: Pelaku; version?: number }): Promise<HasilUbahDisposisi> {
	return padaBaris(params.id, async (row, t) => {
		if (row.dariPenggunaId !== params.user.id) throw new TidakBerhakError('Hanya pengirim yang dapat membatalkan disposisi ini.')
		if (row.status === 'dibatalkan') throw new TransisiTidakSahError('Disposisi ini sudah dibatalkan.')
		if (row.status !== 'belum-dibaca') throw new TransisiTidakSahError('Disposisi sudah dibaca penerima sehingga tidak dapat dibatalkan.')
		cekVersi(row, params.version)
		await row.update({ status: 'dibatalkan', dibatalkanAt: new Date() }, { transaction: t })
		// no link: a recipient of a cancelled disposisi is no longer on its path
		await enqueue([{ kanal: 'aplikasi', tujuan: String(row.kePenggunaId), judul: `Disposisi dari ${params.user.nama} dibatalkan`, isi: null, tautan: null }], t)
		return hasil(row)
	})
}

export type SimpulDisposisi = {
	id: number
	indukId: number | null
	dari: Orang
	ke: Orang
	atasNama: string | null
	instruksi: string[]
	instruksiLabel: string[]
	catatan: string | null
	tenggat: string | null
	terlambat: boolean
	status: StatusDisposisi
	laporan: string | null
	createdAt: Date
	dibacaAt: Date | null
	ditindaklanjutiAt: Date | null
	selesaiAt: Date | null
	dibatalkanAt: Date | null
	version: number
	anak: SimpulDisposisi[]
}

/** The whole tree of a subject's disposisi, oldest first at every level: two queries. */
export async function getPohonDisposisi(params: { subjekJenis: string; subjekId: string; hariIni?: string }): Promise<SimpulDisposisi[]> {
	const rows = await Disposisi.findAll({
		where: { subjekJenis: params.subjekJenis, subjekId: params.subjekId },
		order: [['id', 'ASC']],
	})
	if (rows.length === 0) return []
	const [orang, hariIni] = await Promise.all([orangMap(rows.flatMap((r) => [r.dariPenggunaId, r.kePenggunaId])), params.hariIni ?? hariIniKantor()])
	const simpul = new Map<number, SimpulDisposisi>()
	for (const r of rows) {
		simpul.set(r.id, {
			id: r.id,
			indukId: r.indukId,
			dari: orang.get(r.dariPenggunaId) ?? orangTakDikenal(r.dariPenggunaId),
			ke: orang.get(r.kePenggunaId) ?? orangTakDikenal(r.kePenggunaId),
			atasNama: r.atasNama,
			instruksi: r.instruksi,
			instruksiLabel: r.instruksi.map(labelInstruksi),
			catatan: r.catatan,
			tenggat: r.tenggat,
			terlambat: terlambat(r, hariIni),
			status: r.status,
			laporan: r.laporan,
			createdAt: r.createdAt,
			dibacaAt: r.dibacaAt,
			ditindaklanjutiAt: r.ditindaklanjutiAt,
			selesaiAt: r.selesaiAt,
			dibatalkanAt: r.dibatalkanAt,
			version: r.version,
			anak: [],
		})
	}
	const akar: SimpulDisposisi[] = []
	for (const s of simpul.values()) {
		const induk = s.indukId ? simpul.get(s.indukId) : undefined
		if (induk) induk.anak.push(s)
		else akar.push(s)
	}
	return akar
}

/**
 * Whether the user is on the subject's disposisi path: a sender of any of its disposisi, or a
 * recipient of one not cancelled. Modules use it for "Rahasia" subjects.
 */
export async function bolehLihatSubjek(params: { subjekJenis: string; subjekId: string; userId: number }) {
	const jumlah = await Disposisi.count({
		where: {
			subjekJenis: params.subjekJenis,
			subjekId: params.subjekId,
			[Op.or]: [{ dariPenggunaId: params.userId }, { kePenggunaId: params.userId, status: { [Op.ne]: 'dibatalkan' } }],
		},
	})
	return jumlah > 0
}

export type DisposisiRingkas = {
	id: number
	subjekJenis: string
	subjekId: string
	dariPenggunaId: number
	kePenggunaId: number
	status: StatusDisposisi
	version: number
}

/** One disposisi's keys, or null. */
export async function getDisposisi(id: number): Promise<DisposisiRingkas | null> {
	return (await Disposisi.findByPk(id, {
		attributes: ['id', 'subjekJenis', 'subjekId', 'dariPenggunaId', 'kePenggunaId', 'status', 'version'],
		raw: true,
	})) as DisposisiRingkas | null
}

/** What the subject is called and where its page is, for the disposisi page's heading. */
export async function getSubjekDisposisi(subjek: { subjekJenis: string; subjekId: string }) {
	const judul = await judulSubjek([subjek])
	return { judul: judul.get(`${subjek.subjekJenis}:${subjek.subjekId}`) ?? null, tautan: tautanSubjek(subjek.subjekJenis, subjek.subjekId) }
}

export type BarisDisposisiSaya = {
	id: number
	subjekJenis: string
	subjekId: string
	judulSubjek: string | null
	tautanSubjek: string | null
	dari: Orang
	ke: Orang
	atasNama: string | null
	instruksiLabel: string[]
	catatan: string | null
	tenggat: string | null
	terlambat: boolean
	status: StatusDisposisi
	createdAt: Date
}

/** The user's received (`masuk`) or sent (`keluar`) disposisi, newest first, one page. */
export async function listDisposisiSaya(params: { userId: number; arah?: DisposisiFilter['arah']; status?: StatusDisposisi; offset: number; limit: number }) {
	const where: WhereOptions<Disposisi> = {
		...(params.arah === 'keluar' ? { dariPenggunaId: params.userId } : { kePenggunaId: params.userId }),
		...(params.status ? { status: params.status } : {}),
	}
	const { rows, count } = await Disposisi.findAndCountAll({
		where,
		attributes: ['id', 'subjekJenis', 'subjekId', 'dariPenggunaId', 'kePenggunaId', 'atasNama', 'instruksi', 'catatan', 'tenggat', 'status', 'createdAt'],
		order: [['id', 'DESC']],
		offset: params.offset,
		limit: params.limit,
	})
	const [orang, judul, hariIni] = await Promise.all([
		orangMap(rows.flatMap((r) => [r.dariPenggunaId, r.kePenggunaId])),
		judulSubjek(rows),
		hariIniKantor(),
	])
	return {
		rows: rows.map(
			(r): BarisDisposisiSaya => ({
				id: r.id,
				subjekJenis: r.subjekJenis,
				subjekId: r.subjekId,
				judulSubjek: judul.get(`${r.subjekJenis}:${r.subjekId}`) ?? null,
				tautanSubjek: tautanSubjek(r.subjekJenis, r.subjekId),
				dari: orang.get(r.dariPenggunaId) ?? orangTakDikenal(r.dariPenggunaId),
				ke: orang.get(r.kePenggunaId) ?? orangTakDikenal(r.kePenggunaId),
				atasNama: r.atasNama,
				instruksiLabel: r.instruksi.map(labelInstruksi),
				catatan: r.catatan,
				tenggat: r.tenggat,
				terlambat: terlambat(r, hariIni),
				status: r.status,
				createdAt: r.createdAt,
			}),
		),
		total: count,
	}
}

export type GrupPenerima = { unit: string; pilihan: { value: number; label: string }[] }

/** Active users to dispose to, grouped by unit in the organisation's order (one query). */
export async function listPenerimaDisposisi(params: { kecualiId?: number } = {}): Promise<GrupPenerima[]> {
	const rows = await Pengguna.findAll({
		where: { aktif: true, ...(params.kecualiId ? { id: { [Op.ne]: params.kecualiId } } : {}) },
		attributes: ['id', 'username'],
		include: [
			{
				model: Pegawai,
				as: 'pegawai',
				attributes: ['nama', 'jabatanId'],
				where: { aktif: true },
				include: [
					{ model: Jabatan, as: 'jabatan', attributes: ['nama'] },
					{ model: UnitKerja, as: 'unit', attributes: ['id', 'nama', 'urutan'] },
				],
			},
		],
		order: [
			[{ model: Pegawai, as: 'pegawai' }, { model: UnitKerja, as: 'unit' }, 'urutan', 'ASC'],
			[{ model: Pegawai, as: 'pegawai' }, 'jabatanId', 'ASC'],
			[{ model: Pegawai, as: 'pegawai' }, 'nama', 'ASC'],
		],
	})
	const grup = new Map<string, GrupPenerima>()
	for (const r of rows) {
		const unit = r.pegawai?.unit?.nama ?? 'Tanpa unit'
		let g = grup.get(unit)
		if (!g) grup.set(unit, (g = { unit, pilihan: [] }))
		const nama = r.pegawai?.nama ?? r.username
		g.pilihan.push({ value: r.id, label: r.pegawai?.jabatan?.nama ? `${nama} — ${r.pegawai.jabatan.nama}` : nama })
	}
	return [...grup.values()]
}

export type HasilAksiForm = { ok: true; pesan: string; ids?: number[] } | FormFailure

/**
 * The actions of a page showing a disposisi tree, by `intent`: baca, tindak-lanjut, selesai,
 * batalkan, teruskan. Invalid input comes back with the values (400); refusals are thrown as the
 * engine's typed errors. Any page that shows the tree (this module's, a letter's) calls this.
 */
export async function prosesAksiDisposisi(params: { formData: FormData; user: Pelaku; tautan?: string | null }): Promise<HasilAksiForm> {
	const { formData, user } = params
	switch (formData.get('intent')) {
		case 'baca': {
			const parsed = parseForm(BacaDisposisiSchema, formData)
			if (!parsed.ok) return parsed
			await tandaiDibaca({ id: parsed.data.id, user })
			return { ok: true, pesan: 'Disposisi ditandai sudah dibaca.' }
		}
		case 'tindak-lanjut': {
			const parsed = parseForm(TindakLanjutSchema, formData)
			if (!parsed.ok) return parsed
			await tindakLanjuti({ ...parsed.data, user })
			return { ok: true, pesan: 'Laporan tindak lanjut disimpan.' }
		}
		case 'selesai': {
			const parsed = parseForm(SelesaiDisposisiSchema, formData)
			if (!parsed.ok) return parsed
			await selesaikan({ ...parsed.data, user })
			return { ok: true, pesan: 'Disposisi diselesaikan.' }
		}
		case 'batalkan': {
			const parsed = parseForm(BatalkanDisposisiSchema, formData)
			if (!parsed.ok) return parsed
			await batalkan({ ...parsed.data, user })
			return { ok: true, pesan: 'Disposisi dibatalkan.' }
		}
		case 'teruskan': {
			const parsed = parseForm(disposisiSchema(await hariIniKantor()), formData)
			if (!parsed.ok) return parsed
			const { indukId, ...isi } = parsed.data
			if (!indukId) return formFailure(formData, { _form: ['Pilih disposisi yang akan diteruskan.'] })
			const result = await buatDisposisi({ indukId, dari: user, ...isi, tautan: params.tautan })
			if (!result.ok) return formFailure(formData, result.errors)
			return { ok: true, pesan: `Disposisi diteruskan kepada ${result.ids.length} penerima.`, ids: result.ids }
		}
		default:
			return formFailure(formData, { _form: ['Tindakan tidak dikenal.'] })
	}
}
