import type { BarisAgregat, PublikasiRingkas, StatusTampil } from './agregat.schema'
import { TABEL_AGREGAT, TABEL_PER_KUNCI, type KunciTabel } from './kode'

/**
 * How the publication is shown, the same on the public page, in the workbook and in the book:
 * short table names, the status a reader sees, and the figures the charts draw (the pyramid, the
 * largest occupations, the document ownership rates). Pure, so the browser and the writers share it.
 */

/** Short enough for a sheet name with " - Desa" (Excel allows 31 characters) and a chart title. */
export const JUDUL_SINGKAT: Record<KunciTabel, string> = {
	ringkasan: 'Ringkasan',
	'kelompok-umur': 'Kelompok Umur',
	'usia-produktif': 'Usia Produktif',
	'usia-sekolah': 'Usia Sekolah',
	agama: 'Agama',
	pendidikan: 'Pendidikan',
	pekerjaan: 'Pekerjaan',
	'status-perkawinan': 'Status Perkawinan',
	'golongan-darah': 'Golongan Darah',
	'hubungan-keluarga': 'Hubungan Keluarga',
	disabilitas: 'Disabilitas',
	'ktp-el': 'KTP-el',
	kia: 'KIA',
	'akta-kelahiran': 'Akta Kelahiran',
	'akta-perkawinan': 'Akta Perkawinan',
	'akta-perceraian': 'Akta Perceraian',
}

/** A version that a later one replaced was published all the same: readers see it as `terbit`. */
export function statusTampil(status: PublikasiRingkas['status']): StatusTampil {
	return status === 'diganti' ? 'terbit' : status
}

export const LABEL_STATUS: Record<StatusTampil, string> = {
	draft: 'Draft',
	'menunggu-persetujuan': 'Menunggu persetujuan',
	terbit: 'Terbit',
}

export const LABEL_TINGKAT = { kabupaten: 'Kabupaten/kota', kecamatan: 'Kecamatan', desa: 'Desa/kelurahan' } as const

/** The row of a table by its label (kode.ts names them); a zero row when the table lacks it. */
export function baris(tabel: Partial<Record<KunciTabel, BarisAgregat[]>>, kunci: KunciTabel, kategori: string): BarisAgregat {
	return tabel[kunci]?.find((b) => b.kategori === kategori) ?? { kategori, l: 0, p: 0, jumlah: 0 }
}

/** The rows of a table in the contract's order, every category present (zeros for any missing). */
export function barisLengkap(tabel: Partial<Record<KunciTabel, BarisAgregat[]>>, kunci: KunciTabel): BarisAgregat[] {
	return TABEL_PER_KUNCI.get(kunci)!.kategori.map((k) => baris(tabel, kunci, k))
}

/** Every table, complete and in publication order. */
export function semuaTabel(tabel: Partial<Record<KunciTabel, BarisAgregat[]>>) {
	return TABEL_AGREGAT.map((t) => ({ kunci: t.kunci, judul: t.judul, baris: barisLengkap(tabel, t.kunci) }))
}

/** The population pyramid: age groups youngest first, males and females. */
export function piramida(tabel: Partial<Record<KunciTabel, BarisAgregat[]>>) {
	const rows = barisLengkap(tabel, 'kelompok-umur')
	return { kelompok: rows.map((r) => r.kategori), l: rows.map((r) => r.l), p: rows.map((r) => r.p) }
}

/** The `n` occupations with the most residents, largest first; empty ones left out. */
export function pekerjaanTerbanyak(tabel: Partial<Record<KunciTabel, BarisAgregat[]>>, n = 10): BarisAgregat[] {
	return barisLengkap(tabel, 'pekerjaan')
		.filter((r) => r.jumlah > 0)
		.sort((a, b) => b.jumlah - a.jumlah)
		.slice(0, n)
}

export type Kepemilikan = { dokumen: string; sasaran: string; memiliki: number; jumlahSasaran: number; persen: number | null }

/**
 * The document ownership rates: KTP-el recorded among wajib KTP, KIA among anak wajib KIA, akta
 * kelahiran among anak, akta perkawinan among the married. `persen` is null when nobody is counted.
 */
export function kepemilikanDokumen(tabel: Partial<Record<KunciTabel, BarisAgregat[]>>): Kepemilikan[] {
	const b = (kunci: KunciTabel, kategori: string) => baris(tabel, kunci, kategori).jumlah
	const rasio = (dokumen: string, sasaran: string, memiliki: number, jumlahSasaran: number): Kepemilikan => ({
		dokumen,
		sasaran,
		memiliki,
		jumlahSasaran,
		persen: jumlahSasaran > 0 ? Math.round((memiliki / jumlahSasaran) * 1000) / 10 : null,
	})
	const anakAkta = b('akta-kelahiran', 'Anak Memiliki Akta')
	const kawinAkta = b('akta-perkawinan', 'Kawin Memiliki Akta')
	return [
		rasio('KTP-el', 'Wajib KTP', b('ktp-el', 'Sudah Rekam'), b('ktp-el', 'Wajib KTP')),
		rasio('KIA', 'Anak wajib KIA', b('kia', 'Memiliki KIA'), b('kia', 'Anak Wajib KIA')),
		rasio('Akta kelahiran', 'Anak (di bawah 18 tahun)', anakAkta, anakAkta + b('akta-kelahiran', 'Anak Belum Memiliki Akta')),
		rasio('Akta perkawinan', 'Penduduk berstatus kawin', kawinAkta, kawinAkta + b('akta-perkawinan', 'Kawin Belum Memiliki Akta')),
	]
}

const persen = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** `87,4%`; a dash when there is nothing to divide by. */
export function formatPersen(nilai: number | null) {
	return nilai === null ? '—' : `${persen.format(nilai)}%`
}

/** The download addresses of a version; `versi` only when it is not the newest published one. */
export function alamatUnduhan(semester: string, opsi: { versi?: number; draft?: boolean } = {}) {
	const q = new URLSearchParams()
	if (opsi.draft) q.set('draft', '1')
	else if (opsi.versi !== undefined) q.set('versi', String(opsi.versi))
	const akhir = q.size ? `?${q.toString()}` : ''
	return { xlsx: `/agregat/${semester}.xlsx${akhir}`, pdf: `/agregat/${semester}.pdf${akhir}` }
}

/** The download's file name: `agregat-kependudukan-2026-1-v2.xlsx` (`-draft` for a draft). */
export function namaBerkasUnduhan(p: Pick<PublikasiRingkas, 'semester' | 'versi' | 'status'>, ekstensi: 'xlsx' | 'pdf') {
	const tanda = statusTampil(p.status) === 'terbit' ? '' : '-draft'
	return `agregat-kependudukan-${p.semester}-v${p.versi}${tanda}.${ekstensi}`
}
