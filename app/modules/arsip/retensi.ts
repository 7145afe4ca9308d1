/**
 * The retention rules of the archive (JRA), pure so the pages, the services and the tests share
 * them.
 *
 * - A code's retention is its own when the archive admin set one; otherwise it inherits the
 *   retention of its nearest ancestor that has one (`400.12.2.1` → `400.12.2` → `400.12` → `400`).
 * - The JRA counts retention from the closing of the berkas: a berkas is active through the end
 *   of the `retensi aktif`-th calendar year after the year its kurun waktu ends, and inactive
 *   through the end of the `retensi inaktif`-th year after that. So a berkas closed on
 *   2021-06-30 under 2 years aktif + 3 years inaktif is aktif until 2023-12-31 and inaktif until
 *   2026-12-31; it is due for pindah from 2024-01-01 and for its final disposition from
 *   2027-01-01. A berkas still open (no kurun akhir), or under a code with no retention anywhere
 *   up its tree, has no dates yet.
 * - Destroying records retained 10 years or more (aktif + inaktif) needs the Kepala ANRI's
 *   approval, below that the Kepala Daerah's (PP 28/2012).
 */
export type NasibAkhir = 'musnah' | 'permanen' | 'dinilai-kembali'

export const NASIB_AKHIR: readonly { value: NasibAkhir; label: string }[] = [
	{ value: 'musnah', label: 'Musnah' },
	{ value: 'permanen', label: 'Permanen' },
	{ value: 'dinilai-kembali', label: 'Dinilai kembali' },
]

/** A code's own retention columns, as stored. */
export type BarisRetensi = {
	kode: string
	retensiAktif: number | null
	retensiInaktif: number | null
	nasibAkhir: NasibAkhir | null
	vital: boolean
}

/** The retention that applies to a code, and the code it comes from. */
export type RetensiBerlaku = { aktif: number; inaktif: number; nasibAkhir: NasibAkhir; vital: boolean; sumberKode: string }

/** From this many years (aktif + inaktif) destruction needs the Kepala ANRI. */
export const AMBANG_RETENSI_ANRI = 10

/** The ancestors of a code, nearest first: `400.12.2` → `['400.12', '400']`. */
export function leluhur(kode: string): string[] {
	const bagian = kode.split('.')
	const hasil: string[] = []
	for (let i = bagian.length - 1; i > 0; i--) hasil.push(bagian.slice(0, i).join('.'))
	return hasil
}

/** Whether a code carries a retention of its own (all three values are set together). */
export function punyaRetensi(baris: Pick<BarisRetensi, 'retensiAktif' | 'retensiInaktif' | 'nasibAkhir'>): boolean {
	return baris.retensiAktif !== null && baris.retensiInaktif !== null && baris.nasibAkhir !== null
}

/**
 * The retention of `kode`: its own, else the nearest ancestor's; null when none up the tree has
 * one. `peta` must hold the code and its ancestors (missing ones are skipped).
 */
export function retensiBerlaku(kode: string, peta: ReadonlyMap<string, BarisRetensi>): RetensiBerlaku | null {
	for (const k of [kode, ...leluhur(kode)]) {
		const baris = peta.get(k)
		if (baris && punyaRetensi(baris)) {
			return { aktif: baris.retensiAktif!, inaktif: baris.retensiInaktif!, nasibAkhir: baris.nasibAkhir!, vital: baris.vital, sumberKode: k }
		}
	}
	return null
}

export type TanggalRetensi = { aktifSampai: string | null; inaktifSampai: string | null }

/** `YYYY-MM-DD` of 31 December, `tahun` years after the year of `tanggal`. */
function akhirTahunSetelah(tanggal: string, tahun: number) {
	return `${String(Number(tanggal.slice(0, 4)) + tahun).padStart(4, '0')}-12-31`
}

/** When a berkas leaves the active archive and when its final disposition is due (see above). */
export function hitungTanggalRetensi(kurunAkhir: string | null, retensi: Pick<RetensiBerlaku, 'aktif' | 'inaktif'> | null): TanggalRetensi {
	if (!kurunAkhir || !retensi) return { aktifSampai: null, inaktifSampai: null }
	return { aktifSampai: akhirTahunSetelah(kurunAkhir, retensi.aktif), inaktifSampai: akhirTahunSetelah(kurunAkhir, retensi.aktif + retensi.inaktif) }
}

/** Who approves destroying records kept `tahun` years in all. */
export function penyetujuMusnah(tahun: number): 'kepala-anri' | 'kepala-daerah' {
	return tahun >= AMBANG_RETENSI_ANRI ? 'kepala-anri' : 'kepala-daerah'
}

/** `2 th aktif + 3 th inaktif, musnah` */
export function ringkasRetensi(r: Pick<RetensiBerlaku, 'aktif' | 'inaktif' | 'nasibAkhir'> | null): string {
	if (!r) return 'Belum ditetapkan'
	const nasib = NASIB_AKHIR.find((n) => n.value === r.nasibAkhir)?.label.toLowerCase() ?? r.nasibAkhir
	return `${r.aktif} th aktif + ${r.inaktif} th inaktif, ${nasib}`
}

/**
 * Codes in the order people read them (`000.1.2` before `000.1.10`): numeric segment by segment,
 * a parent before its children.
 */
export function bandingkanKode(a: string, b: string): number {
	const pa = a.split('.')
	const pb = b.split('.')
	for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
		const na = Number(pa[i])
		const nb = Number(pb[i])
		const beda = Number.isNaN(na) || Number.isNaN(nb) ? pa[i]!.localeCompare(pb[i]!) : na - nb
		if (beda !== 0) return beda
	}
	return pa.length - pb.length
}
