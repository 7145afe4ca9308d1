import { Op, type WhereOptions } from 'sequelize'
import { BerkasArsip, Pegawai, PeminjamanArsip, Pengguna } from '#models/index'
import { awalHariUtc } from '~/modules/audit/waktu-zona'
import { gagal, KONFLIK, type HasilSimpan } from '~/modules/organisasi/hasil'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { getDb } from '~/utils/db.server'
import { formatTanggal, tanggalDiZona } from '~/utils/format'
import { geserTanggal } from '~/utils/hari-kerja'
import { logger } from '~/utils/logger.server'
import { ambilNomorBerikut, pastikanPenghitung } from '~/utils/nomor-urut.server'
import { likePattern } from '~/utils/pagination.server'
import { enqueue } from '~/workflow/outbox.server'
import type { PeminjamanFilter, PeminjamanInput, PengembalianInput } from './peminjaman.schema'

/**
 * Loans of berkas to staff: one open loan per berkas (the berkas row is locked while a loan is
 * recorded), gapless numbers `PJ/{tahun}/{NNNN}`, the return, the overdue and soon-due lists, and
 * a daily in-app reminder to the borrower from the day before the due date on.
 */
type Pelaku = { id: number }

/** Loans due within this many days are listed as "segera". */
export const HARI_SEGERA = 3

/** Calendar days from `dari` to `sampai` (`YYYY-MM-DD`). */
function hitungHariKalender(dari: string, sampai: string) {
	return Math.round((Date.parse(`${sampai}T00:00:00Z`) - Date.parse(`${dari}T00:00:00Z`)) / 86_400_000)
}

async function hariIni(now: Date) {
	const zona = await getZonaWaktuKantor()
	return { zona, hari: tanggalDiZona(now, zona) }
}

/** Records a loan; a berkas already lent out, destroyed or handed over is refused. */
export async function pinjamBerkas(params: { input: PeminjamanInput; pelaku: Pelaku; now?: Date }): Promise<HasilSimpan> {
	const now = params.now ?? new Date()
	const { hari } = await hariIni(now)
	const { input } = params
	if (input.jatuhTempo < hari) return gagal('jatuhTempo', 'Jatuh tempo tidak boleh sebelum hari ini.')
	const tahun = hari.slice(0, 4)
	const kunci = `peminjaman-arsip:${tahun}`
	await pastikanPenghitung(kunci)
	return getDb().transaction(async (t) => {
		const berkas = await BerkasArsip.findByPk(input.berkasId, { attributes: ['id', 'nomorBerkas', 'status'], transaction: t, lock: t.LOCK.UPDATE })
		if (!berkas) return gagal('berkasId', 'Berkas tidak ditemukan.')
		if (berkas.status === 'musnah' || berkas.status === 'diserahkan') return gagal('berkasId', `Berkas ${berkas.nomorBerkas} sudah ${berkas.status === 'musnah' ? 'dimusnahkan' : 'diserahkan'} dan tidak dapat dipinjam.`)
		const terbuka = await PeminjamanArsip.findOne({ where: { berkasArsipId: berkas.id, status: 'dipinjam' }, attributes: ['nomor', 'jatuhTempo'], transaction: t })
		if (terbuka) {
			return gagal('berkasId', `Berkas ${berkas.nomorBerkas} masih dipinjam (${terbuka.nomor}, jatuh tempo ${formatTanggal(terbuka.jatuhTempo)}). Catat pengembaliannya terlebih dahulu.`)
		}
		const peminjam = await Pengguna.findByPk(input.peminjamId, { attributes: ['id', 'aktif'], transaction: t })
		if (!peminjam?.aktif) return gagal('peminjamId', 'Pilih pegawai yang aktif.')
		const nomor = `PJ/${tahun}/${String(await ambilNomorBerikut(kunci, t)).padStart(4, '0')}`
		const row = await PeminjamanArsip.create(
			{
				nomor,
				berkasArsipId: berkas.id,
				peminjamId: peminjam.id,
				keperluan: input.keperluan,
				dipinjamAt: now,
				jatuhTempo: input.jatuhTempo,
				status: 'dipinjam',
				dikembalikanAt: null,
				diterimaKembaliOlehId: null,
				pengingatAt: null,
				dicatatOlehId: params.pelaku.id,
			},
			{ transaction: t },
		)
		return { ok: true as const, id: row.id }
	})
}

/** `2026-11-25T09:30` typed in a datetime-local field, read as the office's wall clock. */
function waktuKantor(nilai: string, zona: string) {
	const [tanggal, jam] = nilai.split('T') as [string, string]
	const [h, m] = jam.split(':').map(Number) as [number, number]
	return new Date(awalHariUtc(tanggal, zona).getTime() + (h * 60 + m) * 60_000)
}

/** Records the return of an open loan opened at `version`: who received the berkas back and when. */
export async function kembalikanPinjaman(params: { id: number; input: PengembalianInput; now?: Date }): Promise<HasilSimpan | null> {
	const now = params.now ?? new Date()
	const { zona } = await hariIni(now)
	const { input } = params
	const dikembalikanAt = input.dikembalikanPada ? waktuKantor(input.dikembalikanPada, zona) : now
	if (Number.isNaN(dikembalikanAt.getTime())) return gagal('dikembalikanPada', 'Waktu pengembalian tidak ada di kalender.')
	if (dikembalikanAt.getTime() > now.getTime() + 60_000) return gagal('dikembalikanPada', 'Waktu pengembalian tidak boleh di masa depan.')
	return getDb().transaction(async (t) => {
		const row = await PeminjamanArsip.findByPk(params.id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!row) return null
		if (row.version !== input.version) return KONFLIK
		if (row.status !== 'dipinjam') return gagal('_form', 'Peminjaman ini sudah dikembalikan.')
		if (dikembalikanAt < row.dipinjamAt) return gagal('dikembalikanPada', 'Waktu pengembalian tidak boleh sebelum waktu peminjaman.')
		const penerima = await Pengguna.findByPk(input.diterimaKembaliOlehId, { attributes: ['id', 'aktif'], transaction: t })
		if (!penerima?.aktif) return gagal('diterimaKembaliOlehId', 'Pilih petugas yang aktif.')
		await row.update({ status: 'dikembalikan', dikembalikanAt, diterimaKembaliOlehId: penerima.id }, { transaction: t })
		return { ok: true as const, id: row.id }
	})
}

function whereOf(filter: PeminjamanFilter, hari: string): WhereOptions<PeminjamanArsip> {
	const dan: WhereOptions<PeminjamanArsip>[] = []
	switch (filter.status) {
		case 'dipinjam':
			dan.push({ status: 'dipinjam' })
			break
		case 'terlambat':
			dan.push({ status: 'dipinjam', jatuhTempo: { [Op.lt]: hari } })
			break
		case 'segera':
			dan.push({ status: 'dipinjam', jatuhTempo: { [Op.between]: [hari, geserTanggal(hari, HARI_SEGERA)] } })
			break
		case 'dikembalikan':
			dan.push({ status: 'dikembalikan' })
			break
		case 'semua':
			break
	}
	if (filter.q) {
		const pola = likePattern(filter.q)
		dan.push({
			[Op.or]: [
				{ nomor: { [Op.like]: pola } },
				{ keperluan: { [Op.like]: pola } },
				{ berkasArsipId: { [Op.in]: BerkasArsip.sequelize!.literal(`(SELECT id FROM berkas_arsip WHERE nomor_berkas LIKE ${BerkasArsip.sequelize!.escape(pola)} OR uraian LIKE ${BerkasArsip.sequelize!.escape(pola)})`) } },
			],
		})
	}
	return { [Op.and]: dan }
}

export type PeminjamanRow = {
	id: number
	nomor: string
	berkasId: number
	nomorBerkas: string
	uraianBerkas: string
	peminjam: string
	keperluan: string
	dipinjamAt: string
	jatuhTempo: string
	status: 'dipinjam' | 'dikembalikan'
	dikembalikanAt: string | null
	/** days past the due date while still out; 0 when not late */
	terlambatHari: number
}

const INCLUDE = [
	{ model: BerkasArsip, as: 'berkas', attributes: ['id', 'nomorBerkas', 'uraian'] },
	{ model: Pengguna, as: 'peminjam', attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] },
]

function keBaris(r: PeminjamanArsip, hari: string): PeminjamanRow {
	return {
		id: r.id,
		nomor: r.nomor,
		berkasId: r.berkasArsipId,
		nomorBerkas: r.berkas?.nomorBerkas ?? '',
		uraianBerkas: r.berkas?.uraian ?? '',
		peminjam: r.peminjam?.pegawai?.nama ?? r.peminjam?.username ?? '—',
		keperluan: r.keperluan,
		dipinjamAt: r.dipinjamAt.toISOString(),
		jatuhTempo: r.jatuhTempo,
		status: r.status,
		dikembalikanAt: r.dikembalikanAt?.toISOString() ?? null,
		terlambatHari: r.status === 'dipinjam' && r.jatuhTempo < hari ? hitungHariKalender(r.jatuhTempo, hari) : 0,
	}
}

/** One page of loans: open ones by due date (the most overdue first), returned ones newest first. */
export async function listPeminjaman(params: PeminjamanFilter & { offset: number; limit: number; now?: Date }) {
	const { hari } = await hariIni(params.now ?? new Date())
	const { rows, count } = await PeminjamanArsip.findAndCountAll({
		where: whereOf(params, hari),
		include: INCLUDE,
		order:
			params.status === 'dikembalikan' || params.status === 'semua'
				? [['id', 'DESC']]
				: [
						['jatuhTempo', 'ASC'],
						['id', 'ASC'],
					],
		offset: params.offset,
		limit: params.limit,
		distinct: true,
	})
	return { rows: rows.map((r) => keBaris(r, hari)), total: count, hariIni: hari }
}

/** How many loans are late and how many fall due within three days. */
export async function hitungPeminjaman(now = new Date()) {
	const { hari } = await hariIni(now)
	const [terlambat, segera] = await Promise.all([
		PeminjamanArsip.count({ where: whereOf({ status: 'terlambat', q: undefined }, hari) }),
		PeminjamanArsip.count({ where: whereOf({ status: 'segera', q: undefined }, hari) }),
	])
	return { terlambat, segera }
}

export async function getPeminjaman(id: number, now = new Date()) {
	const row = await PeminjamanArsip.findByPk(id, { include: INCLUDE })
	if (!row) return null
	const { hari } = await hariIni(now)
	const penerima = row.diterimaKembaliOlehId
		? await Pengguna.findByPk(row.diterimaKembaliOlehId, { attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] })
		: null
	return { ...keBaris(row, hari), version: row.version, diterimaKembaliOleh: penerima ? (penerima.pegawai?.nama ?? penerima.username) : null }
}

/**
 * Sends the day's reminders: one in-app message to each borrower whose loan falls due tomorrow or
 * today or is overdue, unless one already went out today (office calendar). Each loan is claimed
 * by a conditional update of `pengingat_at`, so two servers running this at once send it once.
 * Returns how many reminders were queued.
 */
export async function kirimPengingatPeminjaman(now: Date = new Date()): Promise<number> {
	const { zona, hari } = await hariIni(now)
	const besok = geserTanggal(hari, 1)
	const calon = await PeminjamanArsip.findAll({
		where: { status: 'dipinjam', jatuhTempo: { [Op.lte]: besok } },
		attributes: ['id', 'nomor', 'peminjamId', 'jatuhTempo', 'pengingatAt'],
		include: [{ model: BerkasArsip, as: 'berkas', attributes: ['nomorBerkas', 'uraian'] }],
		order: [['id', 'ASC']],
	})
	let terkirim = 0
	for (const p of calon) {
		if (p.pengingatAt && tanggalDiZona(p.pengingatAt, zona) === hari) continue
		const berkas = p.berkas ? `${p.berkas.nomorBerkas} (${p.berkas.uraian.slice(0, 120)})` : 'arsip'
		const isi =
			p.jatuhTempo === besok
				? `Berkas ${berkas} yang Anda pinjam dengan nomor ${p.nomor} jatuh tempo besok, ${formatTanggal(p.jatuhTempo)}.`
				: p.jatuhTempo === hari
					? `Berkas ${berkas} yang Anda pinjam dengan nomor ${p.nomor} jatuh tempo hari ini. Mohon dikembalikan ke tata usaha.`
					: `Berkas ${berkas} yang Anda pinjam dengan nomor ${p.nomor} terlambat ${hitungHariKalender(p.jatuhTempo, hari)} hari sejak jatuh tempo ${formatTanggal(p.jatuhTempo)}. Segera kembalikan ke tata usaha.`
		const kirim = await getDb().transaction(async (t) => {
			const [count] = await PeminjamanArsip.update(
				{ pengingatAt: now },
				{ where: { id: p.id, status: 'dipinjam', pengingatAt: p.pengingatAt ?? null }, transaction: t, hooks: false },
			)
			if (count !== 1) return false
			await enqueue([{ kanal: 'aplikasi', tujuan: String(p.peminjamId), judul: `Pengingat pengembalian arsip ${p.nomor}`, isi }], t)
			return true
		})
		if (kirim) terkirim += 1
	}
	return terkirim
}

/** Started once by the server: reminders are looked for every hour (each goes out once a day). */
export function mulaiPengingatPeminjaman(intervalMs = 60 * 60_000) {
	const holder = globalThis as typeof globalThis & { __simaduPengingatArsip?: NodeJS.Timeout }
	if (holder.__simaduPengingatArsip) return
	const jalan = () => {
		kirimPengingatPeminjaman(new Date()).catch((error: unknown) => logger.error({ err: error }, 'pengingat peminjaman arsip gagal'))
	}
	holder.__simaduPengingatArsip = setInterval(jalan, intervalMs)
	holder.__simaduPengingatArsip.unref()
	setTimeout(jalan, 30_000).unref()
}
