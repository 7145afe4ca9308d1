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
 * or act for as Plt/Plh, or them by name) and the tasks they have claimed. One query for the
 * page's rows, one for its total and one grouped query for the count cards, whatever the page
 * size; every branch is served by an index of `alur_tugas` (`status + target_* + tenggat_at`,
 * `diambil_oleh_id + status`), the instance joined by its key.
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

type Kueri = { sql: string; replacements: Record<string, unknown> }

const KOLOM = `t.id AS id, t.instans_id AS instansId, t.definisi_kode AS definisiKode, t.langkah_kode AS langkahKode, t.status AS status,
	t.diambil_oleh_id AS diambilOlehId, t.tiba_at AS tibaAt, t.tenggat_at AS tenggatAt, t.hampir_at AS hampirAt, t.pihak_eksternal AS pihakEksternal`

/** Where a task stands against its standard at `:now`; a task without one counts as within it. */
const STATUS_WAKTU = `CASE WHEN u.tenggatAt < :now THEN 'lewat' WHEN u.hampirAt <= :now THEN 'hampir' ELSE 'dalam' END`

const SYARAT_WAKTU: Record<StatusWaktu, string> = {
	lewat: 't.tenggat_at < :now',
	hampir: 't.hampir_at <= :now AND t.tenggat_at >= :now',
	dalam: '(t.tenggat_at IS NULL OR (t.tenggat_at >= :now AND (t.hampir_at IS NULL OR t.hampir_at > :now)))',
}

/**
 * The user's tasks as a UNION ALL of disjoint branches, each an exact range of one index: open
 * for one of their roles, open for one of their jabatan, open for them by name, claimed by them.
 * One OR over the same rows lets MariaDB fall back to scanning every open task (all the indexes
 * start with `status`), which grows with the office; these ranges grow only with this user's inbox.
 */
function tugasSayaSql(user: Penerima, filter: TugasSayaFilter, now: Date): Kueri {
	const replacements: Record<string, unknown> = { now, userId: user.id }
	const cabang: string[] = []
	if (filter.status !== 'diambil-saya') {
		if (user.authority.peran.length) {
			replacements.peran = user.authority.peran
			cabang.push("t.status = 'terbuka' AND t.target_peran IN (:peran) AND t.target_jenis = 'peran'")
		}
		const jabatanIds = user.authority.jabatan.map((j) => j.id)
		if (jabatanIds.length) {
			replacements.jabatan = jabatanIds
			cabang.push("t.status = 'terbuka' AND t.target_jabatan_id IN (:jabatan) AND t.target_jenis = 'jabatan'")
		}
		cabang.push("t.status = 'terbuka' AND t.target_pengguna_id = :userId AND t.target_jenis = 'pengguna'")
	}
	if (filter.status !== 'terbuka') cabang.push("t.diambil_oleh_id = :userId AND t.status = 'diambil'")

	const syarat: string[] = []
	if (filter.definisiKode) {
		replacements.definisiKode = filter.definisiKode
		syarat.push('t.definisi_kode = :definisiKode')
		if (filter.langkahKode) {
			replacements.langkahKode = filter.langkahKode
			syarat.push('t.langkah_kode = :langkahKode')
		}
	}
	if (filter.waktu) syarat.push(SYARAT_WAKTU[filter.waktu])
	const tambahan = syarat.map((s) => ` AND ${s}`).join('')
	return { sql: cabang.map((c) => `SELECT ${KOLOM} FROM alur_tugas t WHERE ${c}${tambahan}`).join(' UNION ALL '), replacements }
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

export async function listTugasSaya(params: { user: Penerima; filter?: TugasSayaFilter; offset: number; limit: number; now?: Date }) {
	const now = params.now ?? new Date()
	const db = getDb()
	const { sql, replacements } = tugasSayaSql(params.user, params.filter ?? {}, now)
	const [rows, [jumlah], hitung] = await Promise.all([
		db.query<BarisMentah>(
			`SELECT u.*, ${STATUS_WAKTU} AS statusWaktu, i.judul AS judul, i.definisi_versi AS definisiVersi
			   FROM (${sql}) u JOIN alur_instans i ON i.id = u.instansId
			  ORDER BY CASE WHEN u.tenggatAt IS NULL THEN 1 ELSE 0 END, u.tenggatAt, u.tibaAt, u.id
			  LIMIT :limit OFFSET :offset`,
			{ type: QueryTypes.SELECT, replacements: { ...replacements, limit: params.limit, offset: params.offset } },
		),
		db.query<{ jumlah: number | string }>(`SELECT COUNT(*) AS jumlah FROM (${sql}) u`, { type: QueryTypes.SELECT, replacements }),
		hitungTugasSaya(params.user, now),
	])
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
		total: Number(jumlah?.jumlah ?? 0),
		hitung,
	}
}

/** The count cards in one grouped query: open, claimed by me, and per time status. */
export async function hitungTugasSaya(user: Penerima, now = new Date()): Promise<HitungTugas> {
	const { sql, replacements } = tugasSayaSql(user, {}, now)
	const groups = await getDb().query<{ statusWaktu: StatusWaktu; status: string; jumlah: number | string }>(
		`SELECT ${STATUS_WAKTU} AS statusWaktu, u.status AS status, COUNT(*) AS jumlah FROM (${sql}) u GROUP BY ${STATUS_WAKTU}, u.status`,
		{ type: QueryTypes.SELECT, replacements },
	)
	const hitung: HitungTugas = { terbuka: 0, diambilSaya: 0, dalam: 0, hampir: 0, lewat: 0 }
	for (const g of groups) {
		const jumlah = Number(g.jumlah)
		if (g.status === 'terbuka') hitung.terbuka += jumlah
		else hitung.diambilSaya += jumlah
		hitung[g.statusWaktu] += jumlah
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
