import { geserTanggal } from '~/utils/hari-kerja'

/**
 * The filters of the service reports, read the same way by a page and by its Excel export.
 * Anything malformed falls back to the default rather than failing the page.
 */
const TANGGAL = /^\d{4}-\d{2}-\d{2}$/

/** A `YYYY-MM-DD` that exists on the calendar. */
export function tanggalSah(value: string | null | undefined): value is string {
	if (!value || !TANGGAL.test(value)) return false
	const date = new Date(`${value}T00:00:00Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** The dashboard's default: the last 30 days, today included. */
export const HARI_BAWAAN = 30
/** A longer range makes the per-day table unreadable and the queries heavy. */
export const HARI_MAKS = 366

export type RentangTanggal = { dari: string; sampai: string }

/** `?dari=&sampai=` (office dates); reversed bounds are swapped, a range too long is cut at its start. */
export function parseRentangLaporan(url: URL, hariIni: string): RentangTanggal & { dipotong: boolean } {
	const dariRaw = url.searchParams.get('dari')
	const sampaiRaw = url.searchParams.get('sampai')
	let sampai = tanggalSah(sampaiRaw) ? sampaiRaw : hariIni
	let dari = tanggalSah(dariRaw) ? dariRaw : geserTanggal(sampai, -(HARI_BAWAAN - 1))
	if (dari > sampai) [dari, sampai] = [sampai, dari]
	const batas = geserTanggal(sampai, -(HARI_MAKS - 1))
	return dari < batas ? { dari: batas, sampai, dipotong: true } : { dari, sampai, dipotong: false }
}

export type FilterRegister = {
	dari?: string
	sampai?: string
	jenisKode?: string
	/** `ya`: handed over; `belum`: printed, still waiting */
	diserahkan?: 'ya' | 'belum'
}

export const PILIHAN_DISERAHKAN = [
	{ value: 'belum', label: 'Belum diserahkan' },
	{ value: 'ya', label: 'Sudah diserahkan' },
] as const

/** The buku register's filters: print dates (office dates), service, handed over or not. */
export function parseFilterRegister(url: URL): FilterRegister {
	const dari = url.searchParams.get('dari')
	const sampai = url.searchParams.get('sampai')
	const jenisKode = url.searchParams.get('layanan')?.trim().toUpperCase()
	const diserahkan = url.searchParams.get('diserahkan')
	const filter: FilterRegister = {
		dari: tanggalSah(dari) ? dari : undefined,
		sampai: tanggalSah(sampai) ? sampai : undefined,
		jenisKode: jenisKode && /^[A-Z0-9-]{2,20}$/.test(jenisKode) ? jenisKode : undefined,
		diserahkan: diserahkan === 'ya' || diserahkan === 'belum' ? diserahkan : undefined,
	}
	if (filter.dari && filter.sampai && filter.dari > filter.sampai) [filter.dari, filter.sampai] = [filter.sampai, filter.dari]
	return filter
}

/** Every date from `dari` to `sampai` inclusive. */
export function daftarTanggal(rentang: RentangTanggal): string[] {
	const hasil: string[] = []
	for (let t = rentang.dari; t <= rentang.sampai && hasil.length <= HARI_MAKS; t = geserTanggal(t, 1)) hasil.push(t)
	return hasil
}

/**
 * The grouped per-day counts as a service × day table (services by total, busiest first) and as
 * chart series: the busiest `seriMaks` services and the rest summed as "Lainnya".
 */
export function susunPerHari(rows: { tanggal: string; jenisKode: string; jenisNama: string; jumlah: number }[], rentang: RentangTanggal, seriMaks = 6) {
	const tanggal = daftarTanggal(rentang)
	const kolom = new Map(tanggal.map((t, i) => [t, i]))
	const perLayanan = new Map<string, { kode: string; nama: string; perHari: number[]; jumlah: number }>()
	for (const r of rows) {
		const i = kolom.get(r.tanggal)
		if (i === undefined) continue
		let baris = perLayanan.get(r.jenisKode)
		if (!baris) perLayanan.set(r.jenisKode, (baris = { kode: r.jenisKode, nama: r.jenisNama, perHari: tanggal.map(() => 0), jumlah: 0 }))
		baris.perHari[i] = (baris.perHari[i] ?? 0) + r.jumlah
		baris.jumlah += r.jumlah
	}
	const layanan = [...perLayanan.values()].sort((a, b) => b.jumlah - a.jumlah || a.nama.localeCompare(b.nama, 'id'))
	const totalPerHari = tanggal.map((_, i) => layanan.reduce((s, l) => s + (l.perHari[i] ?? 0), 0))
	const utama = layanan.slice(0, seriMaks)
	const lain = layanan.slice(seriMaks)
	const seri = utama.map((l) => ({ label: l.nama, nilai: l.perHari }))
	if (lain.length) seri.push({ label: 'Lainnya', nilai: tanggal.map((_, i) => lain.reduce((s, l) => s + (l.perHari[i] ?? 0), 0)) })
	return { tanggal, layanan, totalPerHari, total: totalPerHari.reduce((a, b) => a + b, 0), seri }
}
