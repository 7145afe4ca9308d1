import { Op, QueryTypes, literal, type Transaction, type WhereOptions } from 'sequelize'
import { BerkasArsip, KlasifikasiArsip } from '#models/index'
import { audit } from '~/utils/audit.server'
import { getDb, isSqlite, transaction } from '~/utils/db.server'
import { likePattern } from '~/utils/pagination.server'
import { adalahAwalanKode, type KlasifikasiFilter, type RetensiInput } from './klasifikasi.schema'
import { bandingkanKode, leluhur, punyaRetensi, retensiBerlaku, type BarisRetensi, type NasibAkhir, type RetensiBerlaku } from './retensi'

/**
 * The archive classification with its retention schedule: browsing and searching the 3,023 codes,
 * setting a code's retention, and carrying a change down to every berkas it governs.
 */
const ATRIBUT_RETENSI = ['kode', 'retensiAktif', 'retensiInaktif', 'nasibAkhir', 'vital'] as const

/** Berkas in these states keep the dates they were disposed of under. */
const STATUS_FINAL = ['musnah', 'diserahkan']

function keBaris(r: Pick<KlasifikasiArsip, (typeof ATRIBUT_RETENSI)[number]>): BarisRetensi {
	return { kode: r.kode, retensiAktif: r.retensiAktif, retensiInaktif: r.retensiInaktif, nasibAkhir: r.nasibAkhir as NasibAkhir | null, vital: Boolean(r.vital) }
}

/** The retention rows of `kode` and its ancestors, read in `transaction` when given. */
async function petaRetensi(kodes: string[], transaction?: Transaction) {
	const semua = [...new Set(kodes.flatMap((k) => [k, ...leluhur(k)]))]
	const rows = semua.length ? await KlasifikasiArsip.findAll({ where: { kode: { [Op.in]: semua } }, attributes: [...ATRIBUT_RETENSI], transaction }) : []
	return new Map(rows.map((r) => [r.kode, keBaris(r)]))
}

/** The retention that applies to `kode` (its own or inherited), or null; undefined when the code does not exist. */
export async function getRetensiBerlaku(kode: string, transaction?: Transaction): Promise<RetensiBerlaku | null | undefined> {
	const peta = await petaRetensi([kode], transaction)
	if (!peta.has(kode)) return undefined
	return retensiBerlaku(kode, peta)
}

/** The applicable retention of several codes at once (null for a code with none up its tree). */
export async function getRetensiBerlakuBanyak(kodes: string[], transaction?: Transaction): Promise<Map<string, RetensiBerlaku | null>> {
	const peta = await petaRetensi(kodes, transaction)
	return new Map([...new Set(kodes)].map((k) => [k, retensiBerlaku(k, peta)]))
}

function whereOf(filter: KlasifikasiFilter): WhereOptions<KlasifikasiArsip> {
	const where: WhereOptions<KlasifikasiArsip>[] = []
	if (filter.q) {
		if (adalahAwalanKode(filter.q)) {
			const awalan = filter.q.replace(/\.$/, '')
			where.push({ [Op.or]: [{ kode: awalan }, { kode: { [Op.like]: `${awalan}.%` } }] })
		} else {
			where.push({ nama: { [Op.like]: likePattern(filter.q) } })
		}
	} else if (filter.induk) {
		where.push({ indukKode: filter.induk })
	} else {
		where.push({ tingkat: 1 })
	}
	if (filter.retensi === 'ada') where.push({ retensiAktif: { [Op.ne]: null } })
	if (filter.retensi === 'belum') where.push({ retensiAktif: null })
	return { [Op.and]: where }
}

export type BarisKlasifikasi = {
	kode: string
	nama: string
	tingkat: number
	indukKode: string | null
	retensiAktif: number | null
	retensiInaktif: number | null
	nasibAkhir: string | null
	vital: boolean
	berlaku: RetensiBerlaku | null
	jumlahAnak: number
}

/**
 * One page of codes in reading order (`000.1.2` before `000.1.10`). Without a search the top
 * codes are listed, with `induk` the children of one code; a search covers the whole tree. The
 * matching codes are few thousand at most, so they are ordered here and only the page is loaded.
 */
export async function listKlasifikasi(params: KlasifikasiFilter & { offset: number; limit: number }) {
	const cocok = await KlasifikasiArsip.findAll({ where: whereOf(params), attributes: ['kode'], raw: true })
	const kodes = cocok.map((r) => r.kode).sort(bandingkanKode)
	const halaman = kodes.slice(params.offset, params.offset + params.limit)
	if (halaman.length === 0) return { rows: [] as BarisKlasifikasi[], total: kodes.length }
	const [rows, peta, anak] = await Promise.all([
		KlasifikasiArsip.findAll({ where: { kode: { [Op.in]: halaman } }, attributes: ['kode', 'nama', 'tingkat', 'indukKode', 'retensiAktif', 'retensiInaktif', 'nasibAkhir', 'vital'] }),
		petaRetensi(halaman),
		KlasifikasiArsip.findAll({
			where: { indukKode: { [Op.in]: halaman } },
			attributes: ['indukKode', [literal('COUNT(*)'), 'jumlah']],
			group: ['indukKode'],
			raw: true,
		}) as unknown as Promise<{ indukKode: string; jumlah: number | string }[]>,
	])
	const jumlahAnak = new Map(anak.map((a) => [a.indukKode, Number(a.jumlah)]))
	const perKode = new Map(rows.map((r) => [r.kode, r]))
	return {
		rows: halaman.map((kode): BarisKlasifikasi => {
			const r = perKode.get(kode)!
			return {
				kode,
				nama: r.nama,
				tingkat: r.tingkat,
				indukKode: r.indukKode,
				retensiAktif: r.retensiAktif,
				retensiInaktif: r.retensiInaktif,
				nasibAkhir: r.nasibAkhir,
				vital: Boolean(r.vital),
				berlaku: retensiBerlaku(kode, peta),
				jumlahAnak: jumlahAnak.get(kode) ?? 0,
			}
		}),
		total: kodes.length,
	}
}

/** The path from the top code down to `kode`, for breadcrumbs. */
export async function getJejakKlasifikasi(kode: string) {
	const kodes = [...leluhur(kode).reverse(), kode]
	const rows = await KlasifikasiArsip.findAll({ where: { kode: { [Op.in]: kodes } }, attributes: ['kode', 'nama'], raw: true })
	const nama = new Map(rows.map((r) => [r.kode, r.nama]))
	return kodes.filter((k) => nama.has(k)).map((k) => ({ kode: k, nama: nama.get(k)! }))
}

/** A code with its own and its applicable retention, its ancestors, and how many berkas it governs. */
export async function getKlasifikasi(kode: string) {
	const row = await KlasifikasiArsip.findByPk(kode)
	if (!row) return null
	const [peta, jejak, jumlahAnak, jumlahBerkas] = await Promise.all([
		petaRetensi([kode]),
		getJejakKlasifikasi(kode),
		KlasifikasiArsip.count({ where: { indukKode: kode } }),
		BerkasArsip.count({ where: { [Op.or]: [{ klasifikasiKode: kode }, { klasifikasiKode: { [Op.like]: `${kode}.%` } }] } }),
	])
	return {
		kode: row.kode,
		nama: row.nama,
		tingkat: row.tingkat,
		indukKode: row.indukKode,
		retensiAktif: row.retensiAktif,
		retensiInaktif: row.retensiInaktif,
		nasibAkhir: row.nasibAkhir,
		vital: Boolean(row.vital),
		version: row.version,
		berlaku: retensiBerlaku(kode, peta),
		punyaSendiri: punyaRetensi(row),
		jejak,
		jumlahAnak,
		jumlahBerkas,
	}
}

/** The name of a code, or null when it does not exist. */
export async function getNamaKlasifikasi(kode: string) {
	const row = await KlasifikasiArsip.findByPk(kode, { attributes: ['nama'] })
	return row?.nama ?? null
}

/** SQL for `31 December of (year of kurun_akhir + n)`, or NULL while the berkas is open. */
function akhirTahunSql(tahun: string) {
	return isSqlite()
		? `CASE WHEN kurun_akhir IS NULL THEN NULL ELSE printf('%04d-12-31', CAST(strftime('%Y', kurun_akhir) AS INTEGER) + ${tahun}) END`
		: `CASE WHEN kurun_akhir IS NULL THEN NULL ELSE STR_TO_DATE(CONCAT(YEAR(kurun_akhir) + ${tahun}, '-12-31'), '%Y-%m-%d') END`
}

/**
 * Recomputes, in SQL, the retention dates, nasib akhir and vital mark of every berkas governed by
 * `kodeAkar` or a code below it (a code below inherits unless it has its own), after their
 * retention changed. Berkas already destroyed or handed over keep theirs. Returns how many
 * berkas were updated; one audit entry records the recomputation.
 */
export async function hitungUlangRetensiBerkas(kodeAkar: string, t: Transaction): Promise<number> {
	const bawah = { [Op.or]: [{ klasifikasiKode: kodeAkar }, { klasifikasiKode: { [Op.like]: `${kodeAkar}.%` } }] }
	const dipakai = (await BerkasArsip.findAll({
		where: { ...bawah, status: { [Op.notIn]: STATUS_FINAL } },
		attributes: ['klasifikasiKode'],
		group: ['klasifikasiKode'],
		raw: true,
		transaction: t,
	})) as { klasifikasiKode: string }[]
	if (dipakai.length === 0) return 0
	const peta = await petaRetensi(
		dipakai.map((d) => d.klasifikasiKode),
		t,
	)
	// berkas whose codes share one applicable retention are updated by one statement
	const kelompok = new Map<string, { retensi: RetensiBerlaku | null; kodes: string[] }>()
	for (const { klasifikasiKode } of dipakai) {
		const retensi = retensiBerlaku(klasifikasiKode, peta)
		const kunci = retensi ? `${retensi.aktif}|${retensi.inaktif}|${retensi.nasibAkhir}|${retensi.vital}` : '-'
		const k = kelompok.get(kunci) ?? { retensi, kodes: [] }
		k.kodes.push(klasifikasiKode)
		kelompok.set(kunci, k)
	}
	const sequelize = getDb()
	let jumlah = 0
	for (const { retensi, kodes } of kelompok.values()) {
		const set = retensi
			? `aktif_sampai = ${akhirTahunSql(':aktif')}, inaktif_sampai = ${akhirTahunSql(':total')}, nasib_akhir = :nasib, vital = :vital`
			: 'aktif_sampai = NULL, inaktif_sampai = NULL, nasib_akhir = NULL, vital = :vital'
		const [, meta] = await sequelize.query(
			`UPDATE berkas_arsip SET ${set}, version = version + 1, updated_at = :now WHERE klasifikasi_kode IN (:kodes) AND status NOT IN (:final)`,
			{
				replacements: {
					aktif: retensi?.aktif ?? 0,
					total: retensi ? retensi.aktif + retensi.inaktif : 0,
					nasib: retensi?.nasibAkhir ?? null,
					vital: retensi?.vital ?? false,
					now: new Date(),
					kodes,
					final: STATUS_FINAL,
				},
				type: QueryTypes.UPDATE,
				transaction: t,
			},
		)
		jumlah += typeof meta === 'number' ? meta : 0
	}
	await audit(
		{ aksi: 'hitung-ulang-retensi', entitas: 'berkas_arsip', entitasId: null, keterangan: `Tanggal retensi ${jumlah} berkas dihitung ulang setelah retensi kode ${kodeAkar} diubah.` },
		t,
	)
	return jumlah
}

export type HasilUbahRetensi = { ok: true; berkasDihitung: number; turunanDiisi: number } | { ok: false; konflik: true }

/**
 * Sets (or clears) a code's retention, optionally copies it to every code below that has none of
 * its own, and recomputes the berkas it governs — all in one transaction. `version` is the one
 * the form was opened with: a stale form gets a conflict.
 */
export async function ubahRetensi(kode: string, input: RetensiInput): Promise<HasilUbahRetensi | null> {
	return transaction(async (t) => {
		const row = await KlasifikasiArsip.findByPk(kode, { transaction: t, lock: t.LOCK.UPDATE })
		if (!row) return null
		if (row.version !== input.version) return { ok: false as const, konflik: true as const }
		const nilai = { retensiAktif: input.retensiAktif, retensiInaktif: input.retensiInaktif, nasibAkhir: input.nasibAkhir, vital: input.vital }
		await row.update(nilai, { transaction: t })
		let turunanDiisi = 0
		if (input.terapkanKeTurunan && input.retensiAktif !== null) {
			const [count] = await KlasifikasiArsip.update(
				{ ...nilai, version: literal('version + 1') as unknown as number },
				{ where: { kode: { [Op.like]: `${kode}.%` }, retensiAktif: null }, transaction: t },
			)
			turunanDiisi = count
		}
		const berkasDihitung = await hitungUlangRetensiBerkas(kode, t)
		return { ok: true as const, berkasDihitung, turunanDiisi }
	})
}

/**
 * The whole schedule (every code with its own and its applicable retention) in reading order,
 * for the Excel export: 3,023 codes by default, read in one query.
 */
export async function listJadwalRetensi(filter: KlasifikasiFilter) {
	const where: WhereOptions<KlasifikasiArsip> = filter.q
		? whereOf({ ...filter, induk: undefined })
		: filter.retensi === 'ada'
			? { retensiAktif: { [Op.ne]: null } }
			: filter.retensi === 'belum'
				? { retensiAktif: null }
				: {}
	const rows = await KlasifikasiArsip.findAll({ where, attributes: ['kode', 'nama', 'tingkat', 'retensiAktif', 'retensiInaktif', 'nasibAkhir', 'vital'] })
	const peta = await petaRetensi(rows.map((r) => r.kode))
	return rows
		.sort((a, b) => bandingkanKode(a.kode, b.kode))
		.map((r) => ({ kode: r.kode, nama: r.nama, tingkat: r.tingkat, retensiAktif: r.retensiAktif, retensiInaktif: r.retensiInaktif, nasibAkhir: r.nasibAkhir, berlaku: retensiBerlaku(r.kode, peta) }))
}
