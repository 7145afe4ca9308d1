/**
 * The SOP catalogue: every process definition as the office's SOP table, with how the running
 * work measures up against it (who holds what now, median processing time, share within the
 * time standard).
 */
import { Op, col, fn } from 'sequelize'
import { InstansAlur, TugasAlur } from '#models/index'
import { sopExcel } from '#reports/alur/sop-excel'
import { sopPdf } from '#reports/alur/sop-pdf'
import { barisSop, namaBerkasSop, totalWaktu, type BarisSop } from '#reports/alur/sop-tabel'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { AREA_PROSES, DEFINISI, getDefinisi } from './definisi'
import type { AreaProses, Definisi } from './definisi/jenis'

/** How far back the processing-time statistics look. */
export const HARI_STATISTIK = 90
/** The most recent finished tasks read for the medians (see `medianProses`). */
export const BATAS_BARIS_MEDIAN = 20_000

const MS_SEHARI = 86_400_000

export type SopRingkas = {
	kode: string
	nama: string
	versi: number
	area: AreaProses
	areaLabel: string
	jumlahLangkah: number
	/** "45 menit", "3 hari kerja", "45 menit + 2 hari kerja" or "—" */
	totalWaktu: string
	/** instances running now */
	berjalan: number
}

export type SopFilter = { q?: string; area?: AreaProses }

/** Every process once, at its latest version, in the catalogue's order. */
function definisiTerbaru(): Definisi[] {
	const kode = [...new Set(DEFINISI.map((d) => d.kode))]
	return kode.map((k) => getDefinisi(k)!)
}

function ringkas(definisi: Definisi, berjalan: number): SopRingkas {
	return {
		kode: definisi.kode,
		nama: definisi.nama,
		versi: definisi.versi,
		area: definisi.area,
		areaLabel: AREA_PROSES[definisi.area],
		jumlahLangkah: definisi.langkah.length,
		totalWaktu: totalWaktu(definisi.langkah),
		berjalan,
	}
}

/** Running instances per definition code, in one grouped query. */
async function hitungBerjalan(kode?: string): Promise<Map<string, number>> {
	const rows = (await InstansAlur.findAll({
		where: { status: 'berjalan', ...(kode ? { definisiKode: kode } : {}) },
		attributes: ['definisiKode', [fn('COUNT', col('id')), 'jumlah']],
		group: ['definisiKode'],
		raw: true,
	})) as unknown as { definisiKode: string; jumlah: number | string }[]
	return new Map(rows.map((r) => [r.definisiKode, Number(r.jumlah)]))
}

/** The catalogue: every process with its step count, total time standard and running instances. */
export async function listSop(filter: SopFilter = {}): Promise<{ rows: SopRingkas[]; total: number }> {
	const q = filter.q?.trim().toLowerCase()
	const cocok = definisiTerbaru().filter(
		(d) => (!filter.area || d.area === filter.area) && (!q || d.kode.toLowerCase().includes(q) || d.nama.toLowerCase().includes(q)),
	)
	const berjalan = cocok.length ? await hitungBerjalan() : new Map<string, number>()
	const rows = cocok.map((d) => ringkas(d, berjalan.get(d.kode) ?? 0))
	return { rows, total: rows.length }
}

export type StatistikLangkah = {
	/** instances waiting at or being worked on in this step now */
	berjalan: number
	/** median seconds from claiming to finishing, over the finished tasks of the last 90 days */
	medianProsesDetik: number | null
	/** share (0–1) of the finished tasks with a time standard that met it; null without data */
	dalamStandar: number | null
	/** how many finished tasks the share is measured on */
	jumlahDiukur: number
}

export type BarisSopStatistik = BarisSop & { statistik: StatistikLangkah }

export type SopDetail = SopRingkas & {
	sumber: string
	catatan: string | null
	aktor: string[]
	baris: BarisSopStatistik[]
	hariStatistik: number
}

function median(nilai: number[]): number | null {
	if (nilai.length === 0) return null
	const urut = [...nilai].sort((a, b) => a - b)
	const tengah = Math.floor(urut.length / 2)
	return urut.length % 2 ? urut[tengah]! : (urut[tengah - 1]! + urut[tengah]!) / 2
}

/**
 * Median processing seconds per step. SQLite has no median or percentile function and MariaDB's
 * MEDIAN() is a window function with its own syntax, so the durations are read and the medians
 * taken here. Only the most recent BATAS_BARIS_MEDIAN tasks are read, which keeps memory and time
 * bounded for a busy process while still measuring thousands of tasks per step.
 */
async function medianProses(kode: string, sejak: Date): Promise<Map<string, number>> {
	const rows = await TugasAlur.findAll({
		where: { definisiKode: kode, status: 'selesai', selesaiAt: { [Op.gte]: sejak }, diambilAt: { [Op.not]: null } },
		attributes: ['langkahKode', 'diambilAt', 'selesaiAt'],
		order: [['selesaiAt', 'DESC']],
		limit: BATAS_BARIS_MEDIAN,
		raw: true,
	})
	const durasi = new Map<string, number[]>()
	for (const r of rows) {
		const detik = Math.max(0, (new Date(r.selesaiAt!).getTime() - new Date(r.diambilAt!).getTime()) / 1000)
		const daftar = durasi.get(r.langkahKode) ?? []
		daftar.push(detik)
		durasi.set(r.langkahKode, daftar)
	}
	return new Map([...durasi].map(([langkah, nilai]) => [langkah, Math.round(median(nilai)!)]))
}

/** Instances at each step now: open or claimed tasks, one grouped query (a parallel step counts once). */
async function berjalanPerLangkah(kode: string): Promise<Map<string, number>> {
	const rows = (await TugasAlur.findAll({
		where: { definisiKode: kode, status: { [Op.in]: ['terbuka', 'diambil'] } },
		attributes: ['langkahKode', [fn('COUNT', fn('DISTINCT', col('instans_id'))), 'jumlah']],
		group: ['langkahKode'],
		raw: true,
	})) as unknown as { langkahKode: string; jumlah: number | string }[]
	return new Map(rows.map((r) => [r.langkahKode, Number(r.jumlah)]))
}

/** Share of finished tasks within the time standard per step, averaged in SQL. */
async function dalamStandarPerLangkah(kode: string, sejak: Date): Promise<Map<string, { rasio: number; jumlah: number }>> {
	const rows = (await TugasAlur.findAll({
		where: { definisiKode: kode, status: 'selesai', selesaiAt: { [Op.gte]: sejak }, dalamStandar: { [Op.not]: null } },
		attributes: ['langkahKode', [fn('AVG', col('dalam_standar')), 'rasio'], [fn('COUNT', col('dalam_standar')), 'jumlah']],
		group: ['langkahKode'],
		raw: true,
	})) as unknown as { langkahKode: string; rasio: number | string; jumlah: number | string }[]
	return new Map(rows.map((r) => [r.langkahKode, { rasio: Number(r.rasio), jumlah: Number(r.jumlah) }]))
}

/** One SOP with its table and the live figures of each step; null for an unknown code. */
export async function getSop(kode: string, sekarang = new Date()): Promise<SopDetail | null> {
	const definisi = getDefinisi(kode)
	if (!definisi) return null
	const sejak = new Date(sekarang.getTime() - HARI_STATISTIK * MS_SEHARI)
	const [berjalan, perLangkah, tepat, medians] = await Promise.all([
		hitungBerjalan(definisi.kode),
		berjalanPerLangkah(definisi.kode),
		dalamStandarPerLangkah(definisi.kode, sejak),
		medianProses(definisi.kode, sejak),
	])
	return {
		...ringkas(definisi, berjalan.get(definisi.kode) ?? 0),
		sumber: definisi.sumber,
		catatan: definisi.catatan ?? null,
		aktor: definisi.aktor,
		hariStatistik: HARI_STATISTIK,
		baris: barisSop(definisi).map((b) => ({
			...b,
			statistik: {
				berjalan: perLangkah.get(b.kode) ?? 0,
				medianProsesDetik: medians.get(b.kode) ?? null,
				dalamStandar: tepat.get(b.kode)?.rasio ?? null,
				jumlahDiukur: tepat.get(b.kode)?.jumlah ?? 0,
			},
		})),
	}
}

export type BerkasSop = { namaBerkas: string; jenis: string; isi: Buffer }

const JENIS_BERKAS = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pdf: 'application/pdf',
} as const

/** The SOP of `kode` as an Excel or PDF file, headed with the office's name; null for an unknown code. */
export async function eksporSop(kode: string, format: 'xlsx' | 'pdf'): Promise<BerkasSop | null> {
	const definisi = getDefinisi(kode)
	if (!definisi) return null
	const kantor = await getProfilKantorSingkat()
	const namaKantor = [kantor.namaDinas, kantor.wilayah].filter(Boolean).join(' ')
	const isi = format === 'xlsx' ? await sopExcel({ definisi, namaKantor }) : await sopPdf({ definisi, namaKantor })
	return { namaBerkas: namaBerkasSop(definisi.kode, format), jenis: JENIS_BERKAS[format], isi }
}

/** The catalogue's filters from the query string; anything unknown is ignored. */
export function parseSopFilter(url: URL): SopFilter {
	const area = url.searchParams.get('area')
	return {
		q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined,
		area: area && area in AREA_PROSES ? (area as AreaProses) : undefined,
	}
}

/** The process areas for a filter: code and label. */
export function pilihanArea() {
	return Object.entries(AREA_PROSES).map(([value, label]) => ({ value, label: `${value} — ${label}` }))
}
