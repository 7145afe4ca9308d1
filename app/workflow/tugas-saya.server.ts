import { QueryTypes } from 'sequelize'
import { TugasAlur } from '#models/index'
import type { CurrentUser } from '~/utils/auth.server'
import { getDb } from '~/utils/db.server'
import { DEFINISI, getDefinisi } from './definisi'
import { TidakDitemukanError } from './galat'
import { ambilTugas, type Pelaku } from './mesin.server'
import type { TugasSayaFilter } from './tugas-saya.schema'
import type { StatusWaktu } from './waktu-standar'

/**
 * "Tugas saya": the open tasks whose target is this user (a role they hold, a jabatan they hold
 * or act for as Plt/Plh, or them by name) and the tasks they have claimed.
 *
 * The inbox is a UNION ALL of disjoint branches, each an exact range of one index of
 * `alur_tugas`: open for one role or one jabatan they hold or act for (`status + target_jenis +
 * target_* + tenggat_at + hampir_at + tiba_at`, covering), open for them by name (`status +
 * target_pengguna_id + tenggat_at`), claimed by them (`diambil_oleh_id + status`). One OR over the
 * same rows lets MariaDB fall back to scanning every open task; these ranges grow only with this
 * user's inbox. No branch carries a task's full row: a petugas loket sees thousands of tasks.
 * - count cards: one aggregate row per branch from the index alone (`hitungTugasSaya`);
 * - total: from the cards when only the status filter is set, else one `COUNT(*)` per branch;
 * - rows: each branch gives its first `offset + limit` keys in inbox order straight from its
 *   index (one role or jabatan per branch, and the tasks with a deadline apart from those
 *   without, so that no branch sorts: a sort of a petugas loket's six thousand open tasks cost
 *   3 ms of the database per page); the merged keys are sorted again and cut to the page, and
 *   only the page's tasks are read, with their instance.
 */
export type Penerima = Pick<CurrentUser, 'id' | 'authority'>

export type TugasSayaRow = {
	tugasId: number
	instansId: number
	judul: string
	definisiKode: string
	definisiNama: string
	langkahKode: string
	kegiatan: string
	tibaAt: Date
	tenggatAt: Date | null
	statusWaktu: StatusWaktu
	diambilSaya: boolean
	pihakEksternal: string | null
}

export type HitungTugas = { terbuka: number; diambilSaya: number; dalam: number; hampir: number; lewat: number }

type StatusCabang = 'terbuka' | 'diambil'
/** One branch of the inbox: its status and its WHERE (filters included), over `alur_tugas t`. */
type Cabang = { status: StatusCabang; where: string }
type Kueri = { cabang: Cabang[]; replacements: Record<string, unknown> }

/** Where a task stands against its standard at `:now`; a task without one counts as within it. */
const STATUS_WAKTU = `CASE WHEN t.tenggat_at < :now THEN 'lewat' WHEN t.hampir_at <= :now THEN 'hampir' ELSE 'dalam' END`

const SYARAT_WAKTU: Record<StatusWaktu, string> = {
	lewat: 't.tenggat_at < :now',
	hampir: 't.hampir_at <= :now AND t.tenggat_at >= :now',
	dalam: '(t.tenggat_at IS NULL OR (t.tenggat_at >= :now AND (t.hampir_at IS NULL OR t.hampir_at > :now)))',
}

/**
 * Inbox order: earliest deadline first, tasks without one last (NULLS LAST is not portable, so
 * they are a part of their own), then the near-deadline mark, arrival and id: the order of the
 * inbox indexes, which InnoDB ends with the primary key.
 */
const URUTAN_BERTENGGAT = 't.tenggat_at, t.hampir_at, t.tiba_at, t.id'
const URUTAN_TANPA_TENGGAT = 't.hampir_at, t.tiba_at, t.id'

function tugasSayaSql(user: Penerima, filter: TugasSayaFilter, now: Date): Kueri {
	const replacements: Record<string, unknown> = { now, userId: user.id }
	const cabang: Cabang[] = []
	if (filter.status !== 'diambil-saya') {
		// one branch per role and per jabatan: an IN list over several would have to be sorted
		user.authority.peran.forEach((peran, i) => {
			replacements[`peran${i}`] = peran
			cabang.push({ status: 'terbuka', where: `t.status = 'terbuka' AND t.target_jenis = 'peran' AND t.target_peran = :peran${i}` })
		})
		new Set(user.authority.jabatan.map((j) => j.id)).forEach((jabatanId) => {
			replacements[`jabatan${jabatanId}`] = jabatanId
			cabang.push({ status: 'terbuka', where: `t.status = 'terbuka' AND t.target_jenis = 'jabatan' AND t.target_jabatan_id = :jabatan${jabatanId}` })
		})
		cabang.push({ status: 'terbuka', where: "t.status = 'terbuka' AND t.target_pengguna_id = :userId AND t.target_jenis = 'pengguna'" })
	}
	if (filter.status !== 'terbuka') cabang.push({ status: 'diambil', where: "t.diambil_oleh_id = :userId AND t.status = 'diambil'" })

	const syarat: string[] = []
	if (filter.definisiKode) {
		replacements.definisiKode = filter.definisiKode
		syarat.push('t.definisi_kode = :definisiKode')
		if (filter.langkahKode) {
			replacements.langkahKode = filter.langkahKode
			syarat.push('t.langkah_kode = :langkahKode')
		} else {
			// Every step of every listed version of the process: it changes nothing (an open task's
			// version stays listed while it runs) but turns `alur_tugas (definisi_kode, langkah_kode,
			// status)` into exact ranges of this process's open tasks instead of all its finished ones.
			const langkah = [...new Set(DEFINISI.filter((d) => d.kode === filter.definisiKode).flatMap((d) => d.langkah.map((l) => l.kode)))]
			if (langkah.length) {
				replacements.langkahDefinisi = langkah
				syarat.push('t.langkah_kode IN (:langkahDefinisi)')
			}
		}
	}
	if (filter.waktu) syarat.push(SYARAT_WAKTU[filter.waktu])
	const tambahan = syarat.map((s) => ` AND ${s}`).join('')
	return { cabang: cabang.map((c) => ({ status: c.status, where: c.where + tambahan })), replacements }
}

type BarisMentah = {
	id: number
	instansId: number
	definisiKode: string
	langkahKode: string
	status: string
	diambilOlehId: number | null
	tibaAt: Date | string
	tenggatAt: Date | string | null
	pihakEksternal: string | null
	statusWaktu: StatusWaktu
	judul: string
	definisiVersi: number
}

const tanggal = (value: Date | string) => (value instanceof Date ? value : new Date(value))

/**
 * The page's rows in one statement. Each branch, in two parts (with and without a deadline),
 * reads only its first `offset + limit` index keys in inbox order (the branches are disjoint, so
 * the page is among them); the merged candidates are sorted again and cut to the page; only those
 * tasks are read, with their instance.
 */
async function barisHalaman(kueri: Kueri, offset: number, limit: number) {
	const kolom = 't.id AS id, t.tenggat_at AS tenggatAt, t.hampir_at AS hampirAt, t.tiba_at AS tibaAt'
	const kandidat = kueri.cabang
		.flatMap((c, i) => [
			`SELECT * FROM (SELECT ${kolom}, 0 AS tanpaTenggat FROM alur_tugas t
			   WHERE ${c.where} AND t.tenggat_at IS NOT NULL ORDER BY ${URUTAN_BERTENGGAT} LIMIT :sampai) a${i}`,
			`SELECT * FROM (SELECT ${kolom}, 1 AS tanpaTenggat FROM alur_tugas t
			   WHERE ${c.where} AND t.tenggat_at IS NULL ORDER BY ${URUTAN_TANPA_TENGGAT} LIMIT :sampai) b${i}`,
		])
		.join(' UNION ALL ')
	const urutan = 'tanpaTenggat, tenggatAt, hampirAt, tibaAt, id'
	return getDb().query<BarisMentah>(
		`SELECT t.id AS id, t.instans_id AS instansId, t.definisi_kode AS definisiKode, t.langkah_kode AS langkahKode, t.status AS status,
		        t.diambil_oleh_id AS diambilOlehId, t.tiba_at AS tibaAt, t.tenggat_at AS tenggatAt, t.pihak_eksternal AS pihakEksternal,
		        ${STATUS_WAKTU} AS statusWaktu, i.judul AS judul, i.definisi_versi AS definisiVersi
		   FROM (${kandidat} ORDER BY ${urutan} LIMIT :limit OFFSET :offset) p
		   JOIN alur_tugas t ON t.id = p.id
		   JOIN alur_instans i ON i.id = t.instans_id
		  ORDER BY ${urutan.split(', ').map((k) => `p.${k}`).join(', ')}`,
		{ type: QueryTypes.SELECT, replacements: { ...kueri.replacements, sampai: offset + limit, limit, offset } },
	)
}

/** The number of tasks that pass the filters: one `COUNT(*)` per branch, each within its index range. */
async function hitungTotal(kueri: Kueri) {
	const rows = await getDb().query<{ jumlah: number | string | null }>(
		kueri.cabang.map((c) => `SELECT COUNT(*) AS jumlah FROM alur_tugas t WHERE ${c.where}`).join(' UNION ALL '),
		{ type: QueryTypes.SELECT, replacements: kueri.replacements },
	)
	return rows.reduce((sum, r) => sum + Number(r.jumlah ?? 0), 0)
}

export async function listTugasSaya(params: { user: Penerima; filter?: TugasSayaFilter; offset: number; limit: number; now?: Date }) {
	const now = params.now ?? new Date()
	const filter = params.filter ?? {}
	const offset = Math.max(0, Math.trunc(params.offset))
	const limit = Math.max(0, Math.trunc(params.limit))
	const kueri = tugasSayaSql(params.user, filter, now)
	// the cards already count every task of the inbox per status: the total needs no query of its own
	const dariKartu = !filter.definisiKode && !filter.waktu
	const [rows, hitung, jumlah] = await Promise.all([
		limit > 0 ? barisHalaman(kueri, offset, limit) : Promise.resolve([]),
		hitungTugasSaya(params.user, now),
		dariKartu ? Promise.resolve(null) : hitungTotal(kueri),
	])
	const total =
		jumlah ?? (filter.status === 'terbuka' ? hitung.terbuka : filter.status === 'diambil-saya' ? hitung.diambilSaya : hitung.terbuka + hitung.diambilSaya)
	return {
		rows: rows.map((r): TugasSayaRow => {
			const definisi = getDefinisi(r.definisiKode, Number(r.definisiVersi))
			const langkah = definisi?.langkah.find((l) => l.kode === r.langkahKode)
			return {
				tugasId: Number(r.id),
				instansId: Number(r.instansId),
				judul: r.judul,
				definisiKode: r.definisiKode,
				definisiNama: definisi?.nama ?? r.definisiKode,
				langkahKode: r.langkahKode,
				kegiatan: langkah?.kegiatan ?? r.langkahKode,
				tibaAt: tanggal(r.tibaAt),
				tenggatAt: r.tenggatAt ? tanggal(r.tenggatAt) : null,
				statusWaktu: r.statusWaktu,
				diambilSaya: r.status === 'diambil' && Number(r.diambilOlehId) === params.user.id,
				pihakEksternal: r.pihakEksternal,
			}
		}),
		total,
		hitung,
	}
}

/**
 * The count cards in one query: per branch one aggregate row over `tenggat_at` and `hampir_at`
 * only (read from the index, nothing materialised), summed here.
 */
export async function hitungTugasSaya(user: Penerima, now = new Date()): Promise<HitungTugas> {
	const { cabang, replacements } = tugasSayaSql(user, {}, now)
	const rows = await getDb().query<{ status: StatusCabang; jumlah: number | string | null; lewat: number | string | null; hampir: number | string | null }>(
		cabang
			.map(
				(c) =>
					`SELECT '${c.status}' AS status, COUNT(*) AS jumlah,
					        SUM(CASE WHEN t.tenggat_at < :now THEN 1 ELSE 0 END) AS lewat,
					        SUM(CASE WHEN t.tenggat_at < :now THEN 0 WHEN t.hampir_at <= :now THEN 1 ELSE 0 END) AS hampir
					   FROM alur_tugas t WHERE ${c.where}`,
			)
			.join(' UNION ALL '),
		{ type: QueryTypes.SELECT, replacements },
	)
	const hitung: HitungTugas = { terbuka: 0, diambilSaya: 0, dalam: 0, hampir: 0, lewat: 0 }
	for (const r of rows) {
		const [jumlah, lewat, hampir] = [Number(r.jumlah ?? 0), Number(r.lewat ?? 0), Number(r.hampir ?? 0)]
		if (r.status === 'terbuka') hitung.terbuka += jumlah
		else hitung.diambilSaya += jumlah
		hitung.lewat += lewat
		hitung.hampir += hampir
		hitung.dalam += jumlah - lewat - hampir
	}
	return hitung
}

/** The processes and, for the chosen one, the steps, for the inbox's filters. */
export function pilihanFilterTugas(definisiKode?: string) {
	const definisi = definisiKode ? getDefinisi(definisiKode) : null
	return {
		proses: DEFINISI.filter((d, i, all) => all.findIndex((x) => x.kode === d.kode) === i)
			.map((d) => ({ value: d.kode, label: `${d.kode} — ${d.nama}` })),
		langkah: definisi ? definisi.langkah.map((l) => ({ value: l.kode, label: l.kegiatan.length > 80 ? `${l.kegiatan.slice(0, 77)}…` : l.kegiatan })) : [],
	}
}

/** "Ambil" from the inbox: claims the task and tells where its page is. */
export async function ambilTugasSaya(params: { tugasId: number; pelaku: Pelaku }) {
	const tugas = await TugasAlur.findByPk(params.tugasId, { attributes: ['id', 'instansId'] })
	if (!tugas) throw new TidakDitemukanError('Tugas tidak ditemukan.')
	await ambilTugas({ tugasId: tugas.id, pelaku: params.pelaku })
	return { instansId: tugas.instansId }
}
