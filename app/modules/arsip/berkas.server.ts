import { Op, UniqueConstraintError, literal, type Transaction, type WhereOptions } from 'sequelize'
import { BerkasArsip, IsiBerkas, KlasifikasiArsip, PeminjamanArsip, SuratKeluar, SuratMasuk, UnitKerja, UsulPenyusutan, UsulPenyusutanItem } from '#models/index'
import { gagal, KONFLIK, type HasilSimpan } from '~/modules/organisasi/hasil'
import { transaction } from '~/utils/db.server'
import { ambilNomorBerikut, pastikanPenghitung } from '~/utils/nomor-urut.server'
import { likePattern } from '~/utils/pagination.server'
import type { BerkasFilter, BerkasInput, ItemBebasInput, UbahBerkasInput } from './berkas.schema'
import { getRetensiBerlaku } from './klasifikasi.server'
import { STATUS_BERKAS_MANUAL } from './label'
import { hitungTanggalRetensi, type RetensiBerlaku } from './retensi'

/**
 * Berkas of the archive and what is filed in them. A berkas gets `BRK/{tahun}/{NNNN}`, a gapless
 * yearly number where the year is that of the start of its kurun waktu; its retention dates are
 * computed from its classification (see `retensi.ts`) whenever it is saved, and again in SQL when
 * the classification's retention changes. Letters of SIMADU are filed once (unique index), items
 * are numbered 1..n in each berkas.
 */
type Pelaku = { id: number }

const ATRIBUT_DAFTAR = [
	'id',
	'nomorBerkas',
	'klasifikasiKode',
	'uraian',
	'unitKerjaId',
	'kurunAwal',
	'kurunAkhir',
	'jumlah',
	'satuan',
	'tingkatPerkembangan',
	'lokasiGedung',
	'lokasiRuang',
	'lokasiLemari',
	'lokasiRak',
	'lokasiBoks',
	'lokasiFolder',
	'status',
	'aktifSampai',
	'inaktifSampai',
	'nasibAkhir',
	'vital',
] as const

export type BerkasRow = Pick<BerkasArsip, (typeof ATRIBUT_DAFTAR)[number]> & { klasifikasiNama: string; unitNama: string }

/** Only a berkas still kept in the active archive takes new items. */
const STATUS_TERIMA_ISI = ['aktif']
const SIFAT_RAHASIA = ['rahasia', 'sangat-rahasia']
const SURAT_KELUAR_TERNOMOR = ['ditandatangani', 'dikirim', 'selesai']

function whereOf(filter: BerkasFilter): WhereOptions<BerkasArsip> {
	const dan: WhereOptions<BerkasArsip>[] = []
	if (filter.q) dan.push({ [Op.or]: [{ uraian: { [Op.like]: likePattern(filter.q) } }, { nomorBerkas: { [Op.like]: likePattern(filter.q) } }] })
	if (filter.klasifikasi) dan.push({ [Op.or]: [{ klasifikasiKode: filter.klasifikasi }, { klasifikasiKode: { [Op.like]: `${filter.klasifikasi}.%` } }] })
	if (filter.unitKerjaId) dan.push({ unitKerjaId: filter.unitKerjaId })
	if (filter.status) dan.push({ status: filter.status as BerkasArsip['status'] })
	// a berkas belongs to the years its kurun waktu overlaps (an open one reaches to now)
	if (filter.tahunSampai) dan.push({ kurunAwal: { [Op.lte]: `${filter.tahunSampai}-12-31` } })
	if (filter.tahunDari) dan.push({ [Op.or]: [{ kurunAkhir: null }, { kurunAkhir: { [Op.gte]: `${filter.tahunDari}-01-01` } }] })
	if (filter.lokasi) {
		const pola = likePattern(filter.lokasi)
		dan.push({
			[Op.or]: (['lokasiGedung', 'lokasiRuang', 'lokasiLemari', 'lokasiRak', 'lokasiBoks', 'lokasiFolder'] as const).map((f) => ({ [f]: { [Op.like]: pola } })),
		})
	}
	return { [Op.and]: dan }
}

function keBaris(r: BerkasArsip): BerkasRow {
	return {
		...(Object.fromEntries(ATRIBUT_DAFTAR.map((a) => [a, r.get(a)])) as Pick<BerkasArsip, (typeof ATRIBUT_DAFTAR)[number]>),
		vital: Boolean(r.vital),
		klasifikasiNama: r.klasifikasi?.nama ?? '',
		unitNama: r.unit?.nama ?? '',
	}
}

const INCLUDE_DAFTAR = [
	{ model: KlasifikasiArsip, as: 'klasifikasi', attributes: ['kode', 'nama'] },
	{ model: UnitKerja, as: 'unit', attributes: ['id', 'nama'] },
]

/** One page of the daftar berkas, in the order of the printed list: by classification, then period. */
export async function listBerkas(params: BerkasFilter & { offset: number; limit: number }) {
	const { rows, count } = await BerkasArsip.findAndCountAll({
		where: whereOf(params),
		attributes: [...ATRIBUT_DAFTAR],
		include: INCLUDE_DAFTAR,
		order: [
			['klasifikasiKode', 'ASC'],
			['kurunAwal', 'ASC'],
			['id', 'ASC'],
		],
		offset: params.offset,
		limit: params.limit,
		distinct: true,
	})
	return { rows: rows.map(keBaris), total: count }
}

/** Loads berkas by id in the list's shape (for the due lists and the usulan). */
export async function listBerkasById(ids: number[], t?: Transaction) {
	if (ids.length === 0) return []
	const rows = await BerkasArsip.findAll({ where: { id: { [Op.in]: ids } }, attributes: [...ATRIBUT_DAFTAR], include: INCLUDE_DAFTAR, order: [['klasifikasiKode', 'ASC'], ['kurunAwal', 'ASC'], ['id', 'ASC']], transaction: t })
	return rows.map(keBaris)
}

export type IsiBerkasRow = {
	id: number
	nomorItem: number
	jenis: 'surat-masuk' | 'surat-keluar' | 'lain'
	suratId: number | null
	uraian: string
	tanggal: string
	jumlah: number
	keterangan: string | null
}

/** What is filed in a berkas, item 1 first. */
export async function listIsiBerkas(berkasId: number): Promise<IsiBerkasRow[]> {
	const rows = await IsiBerkas.findAll({ where: { berkasArsipId: berkasId }, order: [['nomorItem', 'ASC']] })
	return rows.map((r) => ({
		id: r.id,
		nomorItem: r.nomorItem,
		jenis: r.suratMasukId ? 'surat-masuk' : r.suratKeluarId ? 'surat-keluar' : 'lain',
		suratId: r.suratMasukId ?? r.suratKeluarId,
		uraian: r.uraian,
		tanggal: r.tanggal,
		jumlah: r.jumlah,
		keterangan: r.keterangan,
	}))
}

/** A berkas with its classification's retention, its open loan and its open usulan penyusutan. */
export async function getBerkas(id: number) {
	const row = await BerkasArsip.findByPk(id, { include: INCLUDE_DAFTAR })
	if (!row) return null
	const [retensi, pinjam, usulan] = await Promise.all([
		getRetensiBerlaku(row.klasifikasiKode),
		PeminjamanArsip.findOne({ where: { berkasArsipId: id, status: 'dipinjam' }, attributes: ['id', 'nomor', 'jatuhTempo'] }),
		usulanTerbuka(id),
	])
	return {
		...keBaris(row),
		version: row.version,
		retensi: retensi ?? null,
		peminjaman: pinjam ? { id: pinjam.id, nomor: pinjam.nomor, jatuhTempo: pinjam.jatuhTempo } : null,
		usulan,
	}
}

/** The open usulan penyusutan a berkas is listed in, if any. */
export async function usulanTerbuka(berkasId: number, t?: Transaction) {
	const items = await UsulPenyusutanItem.findAll({ where: { berkasArsipId: berkasId }, attributes: ['usulPenyusutanId'], transaction: t })
	if (items.length === 0) return null
	const usul = await UsulPenyusutan.findOne({
		where: { id: { [Op.in]: items.map((i) => i.usulPenyusutanId) }, status: { [Op.in]: ['draf', 'diajukan', 'disetujui'] } },
		attributes: ['id', 'nomor', 'jenis', 'status'],
		transaction: t,
	})
	return usul ? { id: usul.id, nomor: usul.nomor, jenis: usul.jenis, status: usul.status } : null
}

function nilaiRetensi(kurunAkhir: string | null, retensi: RetensiBerlaku | null) {
	return { ...hitungTanggalRetensi(kurunAkhir, retensi), nasibAkhir: retensi?.nasibAkhir ?? null, vital: retensi?.vital ?? false }
}

const nomorBerkas = (tahun: number, urut: number) => `BRK/${tahun}/${String(urut).padStart(4, '0')}`

/** A new berkas with the next number of its year and its retention dates. */
export async function createBerkas(input: BerkasInput, pelaku: Pelaku): Promise<HasilSimpan> {
	if (input.status === 'diserahkan') return gagal('status', 'Berkas baru berstatus aktif atau inaktif.')
	const tahun = Number(input.kurunAwal.slice(0, 4))
	const kunci = `berkas-arsip:${tahun}`
	await pastikanPenghitung(kunci)
	return transaction(async (t) => {
		const retensi = await getRetensiBerlaku(input.klasifikasiKode, t)
		if (retensi === undefined) return gagal('klasifikasiKode', 'Kode klasifikasi tidak ditemukan. Lihat daftar di menu Klasifikasi & retensi.')
		if (!(await UnitKerja.findByPk(input.unitKerjaId, { attributes: ['id'], transaction: t }))) return gagal('unitKerjaId', 'Unit pencipta tidak ditemukan.')
		const row = await BerkasArsip.create(
			{
				...input,
				nomorBerkas: nomorBerkas(tahun, await ambilNomorBerikut(kunci, t)),
				...nilaiRetensi(input.kurunAkhir, retensi),
				dibuatOlehId: pelaku.id,
			},
			{ transaction: t },
		)
		return { ok: true as const, id: row.id }
	})
}

/**
 * Changes a berkas opened at `version`. Its status changes by hand only among aktif, inaktif and
 * diserahkan; while it is in an usulan, or once destroyed, the workflow owns it.
 */
export async function updateBerkas(id: number, { version, ...input }: UbahBerkasInput): Promise<HasilSimpan | null> {
	return transaction(async (t) => {
		const row = await BerkasArsip.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!row) return null
		if (row.version !== version) return KONFLIK
		if (row.status === 'musnah') return gagal('_form', 'Berkas yang sudah dimusnahkan tidak dapat diubah.')
		const retensi = await getRetensiBerlaku(input.klasifikasiKode, t)
		if (retensi === undefined) return gagal('klasifikasiKode', 'Kode klasifikasi tidak ditemukan. Lihat daftar di menu Klasifikasi & retensi.')
		if (!(await UnitKerja.findByPk(input.unitKerjaId, { attributes: ['id'], transaction: t }))) return gagal('unitKerjaId', 'Unit pencipta tidak ditemukan.')
		const manual = (STATUS_BERKAS_MANUAL as readonly string[]).includes(row.status)
		await row.update({ ...input, status: manual ? input.status : row.status, ...nilaiRetensi(input.kurunAkhir, retensi) }, { transaction: t })
		return { ok: true as const, id }
	})
}

export type HasilIsi = { ok: true; itemId: number; nomorItem: number } | { ok: false; errors: Record<string, string[]> }

/** The berkas locked for a new item: numbering under the lock keeps items 1..n without gaps. */
async function kunciBerkasTerbuka(berkasId: number, t: Transaction) {
	const berkas = await BerkasArsip.findByPk(berkasId, { attributes: ['id', 'nomorBerkas', 'status'], transaction: t, lock: t.LOCK.UPDATE })
	if (!berkas) return { galat: gagal('berkasId', 'Berkas tidak ditemukan.') }
	if (!STATUS_TERIMA_ISI.includes(berkas.status)) return { galat: gagal('_form', `Berkas ${berkas.nomorBerkas} tidak aktif lagi; isinya tidak dapat ditambah.`) }
	const terakhir = (await IsiBerkas.max('nomorItem', { where: { berkasArsipId: berkasId }, transaction: t })) as number | null
	return { berkas, nomorItem: (terakhir ?? 0) + 1 }
}

const SUDAH_DIBERKASKAN = (nomor: string) => `Surat ini sudah diberkaskan di berkas ${nomor}; satu surat hanya diberkaskan sekali.`

async function berkasTempatSurat(where: { suratMasukId: number } | { suratKeluarId: number }, t?: Transaction) {
	const item = await IsiBerkas.findOne({ where, attributes: ['berkasArsipId'], include: [{ model: BerkasArsip, as: 'berkas', attributes: ['nomorBerkas'] }], transaction: t })
	return item ? { berkasId: item.berkasArsipId, nomorBerkas: item.berkas?.nomorBerkas ?? '' } : null
}

/** Where a letter is filed, or null. */
export function getBerkasSuratMasuk(suratMasukId: number, t?: Transaction) {
	return berkasTempatSurat({ suratMasukId }, t)
}

/**
 * Files a letter of SIMADU into a berkas inside `t` (the caller's transaction): an incoming letter
 * as registered, an outgoing one once it has its number. A secret letter's perihal stays out of
 * the uraian, which every archive reader sees.
 */
export async function berkaskanSuratDalam(params: { berkasId: number; jenisSurat: 'masuk' | 'keluar'; suratId: number; pelaku: Pelaku }, t: Transaction): Promise<HasilIsi> {
	const terbuka = await kunciBerkasTerbuka(params.berkasId, t)
	if ('galat' in terbuka) return terbuka.galat!
	let isi: { uraian: string; tanggal: string; keterangan: string; suratMasukId: number | null; suratKeluarId: number | null }
	if (params.jenisSurat === 'masuk') {
		const surat = await SuratMasuk.findByPk(params.suratId, { attributes: ['id', 'tahun', 'nomorAgenda', 'nomorSurat', 'tanggalSurat', 'perihal', 'sifat'], transaction: t })
		if (!surat) return gagal('suratId', 'Surat masuk tidak ditemukan.')
		const sudah = await berkasTempatSurat({ suratMasukId: surat.id }, t)
		if (sudah) return gagal('suratId', SUDAH_DIBERKASKAN(sudah.nomorBerkas))
		const rahasia = SIFAT_RAHASIA.includes(surat.sifat)
		isi = {
			uraian: (rahasia ? `Surat masuk ${surat.sifat === 'rahasia' ? 'rahasia' : 'sangat rahasia'} nomor ${surat.nomorSurat}` : surat.perihal).slice(0, 500),
			tanggal: surat.tanggalSurat,
			keterangan: `Surat masuk, agenda ${surat.nomorAgenda}/${surat.tahun}, nomor ${surat.nomorSurat}`.slice(0, 300),
			suratMasukId: surat.id,
			suratKeluarId: null,
		}
	} else {
		const surat = await SuratKeluar.findByPk(params.suratId, { attributes: ['id', 'nomor', 'tanggalSurat', 'perihal', 'sifat', 'status'], transaction: t })
		if (!surat) return gagal('suratId', 'Surat keluar tidak ditemukan.')
		if (!surat.nomor || !surat.tanggalSurat || !SURAT_KELUAR_TERNOMOR.includes(surat.status)) return gagal('suratId', 'Surat keluar baru dapat diberkaskan setelah ditandatangani dan bernomor.')
		const sudah = await berkasTempatSurat({ suratKeluarId: surat.id }, t)
		if (sudah) return gagal('suratId', SUDAH_DIBERKASKAN(sudah.nomorBerkas))
		const rahasia = SIFAT_RAHASIA.includes(surat.sifat)
		isi = {
			uraian: (rahasia ? `Surat keluar ${surat.sifat === 'rahasia' ? 'rahasia' : 'sangat rahasia'} nomor ${surat.nomor}` : surat.perihal).slice(0, 500),
			tanggal: surat.tanggalSurat,
			keterangan: `Surat keluar nomor ${surat.nomor}`.slice(0, 300),
			suratMasukId: null,
			suratKeluarId: surat.id,
		}
	}
	const item = await IsiBerkas.create({ berkasArsipId: params.berkasId, nomorItem: terbuka.nomorItem, jumlah: 1, dicatatOlehId: params.pelaku.id, ...isi }, { transaction: t })
	return { ok: true, itemId: item.id, nomorItem: item.nomorItem }
}

/** Files a letter in its own transaction; a letter filed meanwhile by someone else is refused the same way. */
export async function berkaskanSurat(params: { berkasId: number; jenisSurat: 'masuk' | 'keluar'; suratId: number; pelaku: Pelaku }): Promise<HasilIsi> {
	try {
		return await transaction((t) => berkaskanSuratDalam(params, t))
	} catch (error) {
		// two people filing the same letter at once: the unique index lets one through
		if (error instanceof UniqueConstraintError) return gagal('suratId', 'Surat ini baru saja diberkaskan oleh orang lain; satu surat hanya diberkaskan sekali.')
		throw error
	}
}

/** Files a record described by hand. */
export async function tambahItemBebas(params: { berkasId: number; input: ItemBebasInput; pelaku: Pelaku }): Promise<HasilIsi> {
	return transaction(async (t) => {
		const terbuka = await kunciBerkasTerbuka(params.berkasId, t)
		if ('galat' in terbuka) return terbuka.galat!
		const item = await IsiBerkas.create(
			{ berkasArsipId: params.berkasId, nomorItem: terbuka.nomorItem, suratMasukId: null, suratKeluarId: null, ...params.input, dicatatOlehId: params.pelaku.id },
			{ transaction: t },
		)
		return { ok: true as const, itemId: item.id, nomorItem: item.nomorItem }
	})
}

/**
 * Takes an item out of an active berkas and closes the gap: the items after it move up one. Done
 * in two steps through negative numbers, because both databases check the unique (berkas, number)
 * row by row.
 */
export async function hapusIsiBerkas(params: { berkasId: number; itemId: number }): Promise<{ ok: true } | { ok: false; errors: Record<string, string[]> } | null> {
	return transaction(async (t) => {
		const terbuka = await kunciBerkasTerbuka(params.berkasId, t)
		if ('galat' in terbuka) return terbuka.galat!
		const item = await IsiBerkas.findOne({ where: { id: params.itemId, berkasArsipId: params.berkasId }, transaction: t })
		if (!item) return null
		const nomor = item.nomorItem
		await item.destroy({ transaction: t })
		const where = { berkasArsipId: params.berkasId, nomorItem: { [Op.gt]: nomor } }
		await IsiBerkas.update({ nomorItem: literal('-(nomor_item - 1)') as unknown as number }, { where, transaction: t, hooks: false })
		await IsiBerkas.update({ nomorItem: literal('-nomor_item') as unknown as number }, { where: { berkasArsipId: params.berkasId, nomorItem: { [Op.lt]: 0 } }, transaction: t, hooks: false })
		return { ok: true as const }
	})
}

export type SuratCalon = { id: number; jenis: 'masuk' | 'keluar'; label: string; tanggal: string; klasifikasiKode: string }

/**
 * Letters not filed yet, for the berkas page's picker: by agenda number, letter number or perihal.
 * Secret letters are offered only to the person who registered (or drafted) them.
 */
export async function cariSuratBelumDiberkaskan(params: { jenisSurat: 'masuk' | 'keluar'; q: string; penggunaId: number; limit?: number }): Promise<SuratCalon[]> {
	const q = params.q.trim().slice(0, 100)
	const limit = params.limit ?? 20
	const pola = likePattern(q)
	const bolehRahasia = (kolom: 'dicatatOlehId' | 'dibuatOlehId') => ({ [Op.or]: [{ sifat: { [Op.notIn]: SIFAT_RAHASIA } }, { [kolom]: params.penggunaId }] })
	if (params.jenisSurat === 'masuk') {
		const cocok: WhereOptions<SuratMasuk>[] = [{ nomorSurat: { [Op.like]: pola } }, { perihal: { [Op.like]: pola } }]
		if (/^\d{1,9}$/.test(q)) cocok.push({ nomorAgenda: Number(q) })
		const rows = await SuratMasuk.findAll({
			where: {
				[Op.and]: [
					q ? { [Op.or]: cocok } : {},
					bolehRahasia('dicatatOlehId'),
					{ id: { [Op.notIn]: literal('(SELECT surat_masuk_id FROM isi_berkas WHERE surat_masuk_id IS NOT NULL)') } },
				],
			},
			attributes: ['id', 'tahun', 'nomorAgenda', 'nomorSurat', 'tanggalDiterima', 'perihal', 'klasifikasiKode'],
			order: [['tanggalDiterima', 'DESC'], ['id', 'DESC']],
			limit,
		})
		return rows.map((r) => ({
			id: r.id,
			jenis: 'masuk',
			label: `Agenda ${r.nomorAgenda}/${r.tahun} · ${r.nomorSurat} · ${r.perihal}`,
			tanggal: r.tanggalDiterima,
			klasifikasiKode: r.klasifikasiKode,
		}))
	}
	const rows = await SuratKeluar.findAll({
		where: {
			[Op.and]: [
				q ? { [Op.or]: [{ nomor: { [Op.like]: pola } }, { perihal: { [Op.like]: pola } }] } : {},
				bolehRahasia('dibuatOlehId'),
				{ status: { [Op.in]: SURAT_KELUAR_TERNOMOR }, nomor: { [Op.ne]: null } },
				{ id: { [Op.notIn]: literal('(SELECT surat_keluar_id FROM isi_berkas WHERE surat_keluar_id IS NOT NULL)') } },
			],
		},
		attributes: ['id', 'nomor', 'tanggalSurat', 'perihal', 'klasifikasiKode'],
		order: [['tanggalSurat', 'DESC'], ['id', 'DESC']],
		limit,
	})
	return rows.map((r) => ({ id: r.id, jenis: 'keluar', label: `${r.nomor} · ${r.perihal}`, tanggal: r.tanggalSurat ?? '', klasifikasiKode: r.klasifikasiKode }))
}

/**
 * Active berkas to file a letter into: those of the letter's code, its ancestors or its children
 * first, then the rest, for the filing form's select.
 */
export async function listPilihanBerkasAktif(klasifikasiKode?: string | null) {
	const rows = await BerkasArsip.findAll({
		where: { status: 'aktif' },
		attributes: ['id', 'nomorBerkas', 'klasifikasiKode', 'uraian', 'kurunAkhir'],
		order: [['klasifikasiKode', 'ASC'], ['nomorBerkas', 'ASC']],
		limit: 500,
	})
	const dekat = (kode: string) =>
		Boolean(klasifikasiKode) && (kode === klasifikasiKode || klasifikasiKode!.startsWith(`${kode}.`) || kode.startsWith(`${klasifikasiKode}.`))
	const pilihan = rows.map((r) => ({
		value: r.id,
		label: `${r.nomorBerkas} · ${r.klasifikasiKode} · ${r.uraian.slice(0, 80)}${r.kurunAkhir ? ' (tertutup)' : ''}`,
		dekat: dekat(r.klasifikasiKode),
	}))
	return [...pilihan.filter((p) => p.dekat), ...pilihan.filter((p) => !p.dekat)].map(({ value, label }) => ({ value, label }))
}

/** A berkas's id from its number as typed (`BRK/2026/0001`), or null. */
export async function getIdBerkasByNomor(nomorBerkas: string) {
	const row = await BerkasArsip.findOne({ where: { nomorBerkas: nomorBerkas.trim().toUpperCase() }, attributes: ['id'] })
	return row?.id ?? null
}

/** The number and description of a berkas, for forms that start from it; null when missing. */
export async function getRingkasBerkas(id: number) {
	const row = await BerkasArsip.findByPk(id, { attributes: ['id', 'nomorBerkas', 'uraian', 'status'] })
	return row ? { id: row.id, nomorBerkas: row.nomorBerkas, uraian: row.uraian, status: row.status } : null
}
