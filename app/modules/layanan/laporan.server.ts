import { Op, QueryTypes, type WhereOptions } from 'sequelize'
import { InstansAlur, JenisLayanan, PermohonanLayanan, RegisterDokumen } from '#models/index'
import type { CaraPengiriman } from '#models/layanan/PermohonanLayanan'
import { laporanHarianExcel, type PermohonanHarian, type RekapLayananHarian } from '#reports/layanan/laporan-harian'
import { awalHariUtc, hariBerikutnya } from '~/modules/audit/waktu-zona'
import { getProfilKantorSingkat, getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { getDb } from '~/utils/db.server'
import { formatJam, formatTanggal, maskNomor, tanggalDiZona } from '~/utils/format'
import { DEFINISI, getDefinisi } from '~/workflow/definisi'
import type { FilterRegister, RentangTanggal } from './laporan.schema'
import { SUBJEK_PERMOHONAN } from './permohonan.server'
import { LABEL_STATUS, statusPermohonan } from './status-permohonan'

/**
 * The service desk's reports: the dashboard, the daily report and the buku register. Every count
 * and sum is made by the database with GROUP BY over an indexed range (see the migration
 * `20261122002100-indeks-laporan-layanan`); JavaScript only names and orders the grouped rows.
 * Ranges are office dates: a day runs from midnight to midnight in the office's time zone.
 */

/** The steps where a request waits for its applicant (`panelLangkah` → `berkas-pemohon`). */
const LANGKAH_PEMOHON = ['ajukan', 'unggah-berkas']

/** `[mulai, akhir)` in UTC for the office dates `dari` … `sampai` inclusive. */
function batasWaktu(rentang: RentangTanggal, zona: string) {
	return { mulai: awalHariUtc(rentang.dari, zona), akhir: awalHariUtc(hariBerikutnya(rentang.sampai), zona) }
}

/** A DATEONLY from a raw query: a string on SQLite, a string or a Date (UTC midnight) on MariaDB. */
function teksTanggal(value: string | Date) {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)
}

const angka = (value: number | string | null | undefined) => Number(value ?? 0)

function select<T extends object>(sql: string, replacements: Record<string, unknown>) {
	return getDb().query<T>(sql, { type: QueryTypes.SELECT, replacements })
}

/** A step's kegiatan and its place in the catalogue, for naming and ordering grouped step rows. */
const URUTAN_DEFINISI = new Map(DEFINISI.map((d, i) => [d.kode, i]))
function namaLangkah(definisiKode: string, langkahKode: string) {
	const definisi = getDefinisi(definisiKode)
	const i = definisi?.langkah.findIndex((l) => l.kode === langkahKode) ?? -1
	return {
		definisiNama: definisi?.nama ?? definisiKode,
		kegiatan: i >= 0 ? definisi!.langkah[i]!.kegiatan : langkahKode,
		urutan: (URUTAN_DEFINISI.get(definisiKode) ?? 999) * 1000 + (i >= 0 ? i : 999),
	}
}

// ---------------------------------------------------------------------------------------------
// Dashboard

export type PermohonanPerHari = { tanggal: string; jenisKode: string; jenisNama: string; jumlah: number }

/** Requests per service per reporting date in the range. */
export async function permohonanPerHari(rentang: RentangTanggal): Promise<PermohonanPerHari[]> {
	const rows = await select<{ tanggal: string | Date; jenisKode: string; jenisNama: string; jumlah: number | string }>(
		`SELECT p.tanggal_lapor AS tanggal, j.kode AS jenisKode, j.nama AS jenisNama, COUNT(*) AS jumlah
		   FROM permohonan_layanan p
		   JOIN jenis_layanan j ON j.id = p.jenis_layanan_id
		  WHERE p.tanggal_lapor BETWEEN :dari AND :sampai
		  GROUP BY p.tanggal_lapor, j.id, j.kode, j.nama
		  ORDER BY p.tanggal_lapor, j.kode`,
		{ dari: rentang.dari, sampai: rentang.sampai },
	)
	return rows.map((r) => ({ tanggal: teksTanggal(r.tanggal), jenisKode: r.jenisKode, jenisNama: r.jenisNama, jumlah: angka(r.jumlah) }))
}

export type DalamStandarLangkah = {
	definisiKode: string
	definisiNama: string
	langkahKode: string
	kegiatan: string
	/** steps of requests completed in the range */
	selesai: number
	/** of those, the ones with a time standard (and so a verdict) */
	dinilai: number
	dalamStandar: number
	/** 0–1, null when none could be judged */
	rasio: number | null
}

/** Of the request steps completed in the range, the share done within the step's time standard. */
export async function dalamStandarPerLangkah(rentang: RentangTanggal, zona: string): Promise<DalamStandarLangkah[]> {
	const { mulai, akhir } = batasWaktu(rentang, zona)
	const rows = await select<{ definisiKode: string; langkahKode: string; selesai: number | string; dinilai: number | string; dalam: number | string | null }>(
		`SELECT t.definisi_kode AS definisiKode, t.langkah_kode AS langkahKode, COUNT(*) AS selesai,
		        COUNT(t.dalam_standar) AS dinilai, SUM(CASE WHEN t.dalam_standar = 1 THEN 1 ELSE 0 END) AS dalam
		   FROM alur_tugas t
		   JOIN alur_instans i ON i.id = t.instans_id
		  WHERE t.status = 'selesai' AND t.selesai_at >= :mulai AND t.selesai_at < :akhir AND i.subjek_jenis = :subjek
		  GROUP BY t.definisi_kode, t.langkah_kode`,
		{ mulai, akhir, subjek: SUBJEK_PERMOHONAN },
	)
	return rows
		.map((r) => {
			const nama = namaLangkah(r.definisiKode, r.langkahKode)
			const dinilai = angka(r.dinilai)
			const dalam = angka(r.dalam)
			return {
				definisiKode: r.definisiKode,
				definisiNama: nama.definisiNama,
				langkahKode: r.langkahKode,
				kegiatan: nama.kegiatan,
				selesai: angka(r.selesai),
				dinilai,
				dalamStandar: dalam,
				rasio: dinilai ? dalam / dinilai : null,
				urutan: nama.urutan,
			}
		})
		.sort((a, b) => a.urutan - b.urutan)
		.map(({ urutan: _, ...r }) => r)
}

export type BebanLangkah = { definisiKode: string; definisiNama: string; langkahKode: string; kegiatan: string; terbuka: number; diambil: number; lewat: number }

/** The open work now: request tasks waiting or in hand, per step, and how many are past their deadline. */
export async function bebanPerLangkah(sekarang = new Date()): Promise<BebanLangkah[]> {
	const rows = await select<{ definisiKode: string; langkahKode: string; terbuka: number | string; diambil: number | string; lewat: number | string | null }>(
		`SELECT t.definisi_kode AS definisiKode, t.langkah_kode AS langkahKode,
		        SUM(CASE WHEN t.status = 'terbuka' THEN 1 ELSE 0 END) AS terbuka,
		        SUM(CASE WHEN t.status = 'diambil' THEN 1 ELSE 0 END) AS diambil,
		        SUM(CASE WHEN t.tenggat_at < :sekarang THEN 1 ELSE 0 END) AS lewat
		   FROM alur_tugas t
		   JOIN alur_instans i ON i.id = t.instans_id
		  WHERE t.status IN ('terbuka', 'diambil') AND i.subjek_jenis = :subjek
		  GROUP BY t.definisi_kode, t.langkah_kode`,
		{ sekarang, subjek: SUBJEK_PERMOHONAN },
	)
	return rows
		.map((r) => {
			const nama = namaLangkah(r.definisiKode, r.langkahKode)
			return {
				definisiKode: r.definisiKode,
				definisiNama: nama.definisiNama,
				langkahKode: r.langkahKode,
				kegiatan: nama.kegiatan,
				terbuka: angka(r.terbuka),
				diambil: angka(r.diambil),
				lewat: angka(r.lewat),
				urutan: nama.urutan,
			}
		})
		.sort((a, b) => a.urutan - b.urutan)
		.map(({ urutan: _, ...r }) => r)
}

export type BebanPetugas = { penggunaId: number; nama: string; jumlah: number; lewat: number }

/** Request tasks each officer holds now (claimed, not finished), most first. */
export async function bebanPerPetugas(sekarang = new Date()): Promise<BebanPetugas[]> {
	const rows = await select<{ penggunaId: number; username: string; nama: string | null; jumlah: number | string; lewat: number | string | null }>(
		`SELECT t.diambil_oleh_id AS penggunaId, u.username AS username, pg.nama AS nama, COUNT(*) AS jumlah,
		        SUM(CASE WHEN t.tenggat_at < :sekarang THEN 1 ELSE 0 END) AS lewat
		   FROM alur_tugas t
		   JOIN alur_instans i ON i.id = t.instans_id
		   JOIN pengguna u ON u.id = t.diambil_oleh_id
		   LEFT JOIN pegawai pg ON pg.id = u.pegawai_id
		  WHERE t.status = 'diambil' AND i.subjek_jenis = :subjek
		  GROUP BY t.diambil_oleh_id, u.username, pg.nama
		  ORDER BY jumlah DESC, nama`,
		{ sekarang, subjek: SUBJEK_PERMOHONAN },
	)
	return rows.map((r) => ({ penggunaId: Number(r.penggunaId), nama: r.nama ?? r.username, jumlah: angka(r.jumlah), lewat: angka(r.lewat) }))
}

/** Fines paid at the loket in the range: how many receipts and how much. */
export async function dendaDiterima(rentang: RentangTanggal, zona: string) {
	const { mulai, akhir } = batasWaktu(rentang, zona)
	const [row] = await select<{ jumlah: number | string; total: number | string | null }>(
		`SELECT COUNT(*) AS jumlah, SUM(k.nominal) AS total FROM kuitansi_denda k WHERE k.dibayar_at >= :mulai AND k.dibayar_at < :akhir`,
		{ mulai, akhir },
	)
	return { jumlah: angka(row?.jumlah), total: angka(row?.total) }
}

/** Everything the service dashboard shows for a range. */
export async function getDasborLayanan(rentang: RentangTanggal, sekarang = new Date()) {
	const zona = await getZonaWaktuKantor()
	const [perHari, dalamStandar, perLangkah, perPetugas, denda] = await Promise.all([
		permohonanPerHari(rentang),
		dalamStandarPerLangkah(rentang, zona),
		bebanPerLangkah(sekarang),
		bebanPerPetugas(sekarang),
		dendaDiterima(rentang, zona),
	])
	return { perHari, dalamStandar, perLangkah, perPetugas, denda }
}

/** Today in the office's zone, the default end of the report ranges. */
export async function hariIniKantor(sekarang = new Date()) {
	return tanggalDiZona(sekarang, await getZonaWaktuKantor())
}

// ---------------------------------------------------------------------------------------------
// Daily report

type Ukuran = 'masuk' | 'selesai' | 'ditolak' | 'dikembalikan' | 'kuitansi' | 'denda'

/**
 * Per service on one office day: requests in, finished, rejected, returned to the applicant
 * (each request once however often), receipts and fines paid. One statement, one grouped branch
 * per measure; services with no activity are listed with zeros while they are active.
 */
export async function rekapHarian(tanggal: string, zona: string): Promise<RekapLayananHarian[]> {
	const { mulai, akhir } = batasWaktu({ dari: tanggal, sampai: tanggal }, zona)
	const akhirInstans = (status: 'selesai' | 'ditolak') =>
		`SELECT p.jenis_layanan_id AS jenisId, '${status}' AS ukuran, COUNT(*) AS nilai
		   FROM alur_instans i JOIN permohonan_layanan p ON p.instans_id = i.id
		  WHERE i.subjek_jenis = :subjek AND i.status = '${status}' AND i.selesai_at >= :mulai AND i.selesai_at < :akhir
		  GROUP BY p.jenis_layanan_id`
	const [rows, layanan] = await Promise.all([
		select<{ jenisId: number; ukuran: Ukuran; nilai: number | string | null }>(
			[
				`SELECT p.jenis_layanan_id AS jenisId, 'masuk' AS ukuran, COUNT(*) AS nilai
				   FROM permohonan_layanan p WHERE p.tanggal_lapor = :tanggal GROUP BY p.jenis_layanan_id`,
				akhirInstans('selesai'),
				akhirInstans('ditolak'),
				`SELECT p.jenis_layanan_id AS jenisId, 'dikembalikan' AS ukuran, COUNT(DISTINCT r.instans_id) AS nilai
				   FROM alur_riwayat r JOIN permohonan_layanan p ON p.instans_id = r.instans_id
				  WHERE r.aksi = 'kembalikan' AND r.langkah_ke IN (:langkahPemohon) AND r.waktu >= :mulai AND r.waktu < :akhir
				  GROUP BY p.jenis_layanan_id`,
				`SELECT p.jenis_layanan_id AS jenisId, 'kuitansi' AS ukuran, COUNT(*) AS nilai
				   FROM kuitansi_denda k JOIN permohonan_layanan p ON p.id = k.permohonan_id
				  WHERE k.dibayar_at >= :mulai AND k.dibayar_at < :akhir GROUP BY p.jenis_layanan_id`,
				`SELECT p.jenis_layanan_id AS jenisId, 'denda' AS ukuran, SUM(k.nominal) AS nilai
				   FROM kuitansi_denda k JOIN permohonan_layanan p ON p.id = k.permohonan_id
				  WHERE k.dibayar_at >= :mulai AND k.dibayar_at < :akhir GROUP BY p.jenis_layanan_id`,
			].join(' UNION ALL '),
			{ tanggal, mulai, akhir, subjek: SUBJEK_PERMOHONAN, langkahPemohon: LANGKAH_PEMOHON },
		),
		JenisLayanan.findAll({ attributes: ['id', 'kode', 'nama', 'aktif'], order: [['urutan', 'ASC'], ['id', 'ASC']], raw: true }),
	])
	const nilai = new Map<number, Partial<Record<Ukuran, number>>>()
	for (const r of rows) nilai.set(Number(r.jenisId), { ...nilai.get(Number(r.jenisId)), [r.ukuran]: angka(r.nilai) })
	return layanan
		.filter((j) => j.aktif || nilai.has(j.id))
		.map((j) => {
			const n = nilai.get(j.id) ?? {}
			return {
				kode: j.kode,
				nama: j.nama,
				masuk: n.masuk ?? 0,
				selesai: n.selesai ?? 0,
				ditolak: n.ditolak ?? 0,
				dikembalikan: n.dikembalikan ?? 0,
				dendaKuitansi: n.kuitansi ?? 0,
				dendaNominal: n.denda ?? 0,
			}
		})
}

/** The requests that came in on one office day, in arrival order, the applicant's NIK masked. */
export async function permohonanHarian(tanggal: string, zona: string): Promise<PermohonanHarian[]> {
	const rows = await PermohonanLayanan.findAll({
		where: { tanggalLapor: tanggal },
		attributes: ['id', 'nomorTiket', 'kanal', 'pemohonNama', 'pemohonNik', 'denda', 'dendaLunas', 'createdAt'],
		include: [
			{ model: JenisLayanan, as: 'jenis', attributes: ['nama'] },
			{ model: InstansAlur, as: 'instans', attributes: ['status', 'langkahAktif', 'definisiKode', 'definisiVersi'] },
		],
		order: [['createdAt', 'ASC'], ['id', 'ASC']],
	})
	return rows.map((r) => {
		const p = r as PermohonanLayanan & { jenis: JenisLayanan; instans: InstansAlur | null }
		const langkah = p.instans?.langkahAktif
			? (getDefinisi(p.instans.definisiKode, p.instans.definisiVersi)?.langkah.find((l) => l.kode === p.instans!.langkahAktif) ?? null)
			: null
		const status = statusPermohonan(p.instans?.status ?? 'berjalan', langkah)
		return {
			nomorTiket: p.nomorTiket,
			jam: formatJam(p.createdAt, zona),
			jenisNama: p.jenis.nama,
			kanal: p.kanal,
			pemohonNama: p.pemohonNama,
			pemohonNikSamar: p.pemohonNik ? maskNomor(p.pemohonNik) : null,
			statusLabel: LABEL_STATUS[status],
			denda: p.denda,
			dendaLunas: p.dendaLunas,
		}
	})
}

/** The daily report as an Excel file for one office date. */
export async function eksporLaporanHarian(tanggal: string) {
	const [zona, kantor] = await Promise.all([getZonaWaktuKantor(), getProfilKantorSingkat()])
	const [rekap, permohonan] = await Promise.all([rekapHarian(tanggal, zona), permohonanHarian(tanggal, zona)])
	const isi = await laporanHarianExcel({
		tanggal,
		tanggalLabel: formatTanggal(tanggal),
		namaKantor: [kantor.namaDinas, kantor.wilayah].filter(Boolean).join(' '),
		rekap,
		permohonan,
	})
	return { isi, namaBerkas: `laporan-harian-pelayanan-${tanggal}.xlsx` }
}

// ---------------------------------------------------------------------------------------------
// Buku register

export type RegisterRow = {
	id: number
	nomorRegister: string
	dokumen: string
	nomorDokumen: string | null
	dicetakAt: string
	kondisi: 'baik' | 'rusak'
	diserahkanAt: string | null
	diterimaOleh: string | null
	cara: CaraPengiriman | null
	permohonanId: number
	nomorTiket: string
	jenisNama: string
	pemohonNama: string
}

async function whereRegister(filter: FilterRegister): Promise<WhereOptions<RegisterDokumen>> {
	const where: WhereOptions<RegisterDokumen>[] = []
	if (filter.dari || filter.sampai) {
		const zona = await getZonaWaktuKantor()
		if (filter.dari) where.push({ dicetakAt: { [Op.gte]: awalHariUtc(filter.dari, zona) } })
		if (filter.sampai) where.push({ dicetakAt: { [Op.lt]: awalHariUtc(hariBerikutnya(filter.sampai), zona) } })
	}
	if (filter.diserahkan === 'ya') where.push({ diserahkanAt: { [Op.ne]: null } })
	if (filter.diserahkan === 'belum') where.push({ diserahkanAt: null })
	return where.length ? { [Op.and]: where } : {}
}

function includeRegister(filter: FilterRegister) {
	return [
		{
			model: PermohonanLayanan,
			as: 'permohonan',
			attributes: ['id', 'nomorTiket', 'pemohonNama'],
			required: true,
			include: [{ model: JenisLayanan, as: 'jenis', attributes: ['nama'], required: true, ...(filter.jenisKode ? { where: { kode: filter.jenisKode } } : {}) }],
		},
	]
}

/** Register lines, newest print first, with the request each belongs to (the export pages through these). */
export async function barisRegister(params: FilterRegister & { offset: number; limit: number }): Promise<RegisterRow[]> {
	const rows = await RegisterDokumen.findAll({
		where: await whereRegister(params),
		attributes: ['id', 'nomorRegister', 'dokumen', 'nomorDokumen', 'dicetakAt', 'kondisi', 'diserahkanAt', 'diterimaOleh', 'cara', 'permohonanId'],
		include: includeRegister(params),
		order: [['dicetakAt', 'DESC'], ['id', 'DESC']],
		offset: params.offset,
		limit: params.limit,
	})
	return rows.map((r): RegisterRow => {
		const p = (r as RegisterDokumen & { permohonan: PermohonanLayanan & { jenis: JenisLayanan } }).permohonan
		return {
			id: r.id,
			nomorRegister: r.nomorRegister,
			dokumen: r.dokumen,
			nomorDokumen: r.nomorDokumen,
			dicetakAt: r.dicetakAt.toISOString(),
			kondisi: r.kondisi,
			diserahkanAt: r.diserahkanAt?.toISOString() ?? null,
			diterimaOleh: r.diterimaOleh,
			cara: r.cara,
			permohonanId: p.id,
			nomorTiket: p.nomorTiket,
			jenisNama: p.jenis.nama,
			pemohonNama: p.pemohonNama,
		}
	})
}

/** A page of the buku register and the number of lines the filters match. */
export async function listRegister(params: FilterRegister & { offset: number; limit: number }) {
	const [rows, total] = await Promise.all([
		barisRegister(params),
		RegisterDokumen.count({ where: await whereRegister(params), include: includeRegister(params) }),
	])
	return { rows, total }
}

/** The services for the register's filter: code and name. */
export async function pilihanLayananLaporan() {
	const rows = await JenisLayanan.findAll({ attributes: ['kode', 'nama'], order: [['urutan', 'ASC'], ['id', 'ASC']], raw: true })
	return rows.map((r) => ({ value: r.kode, label: r.nama }))
}
