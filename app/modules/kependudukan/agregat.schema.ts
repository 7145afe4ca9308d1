import type { KunciTabel } from './kode'

export type TingkatAgregat = 'kabupaten' | 'kecamatan' | 'desa'

/** One row of a published table: `jumlah` is l + p except for Kartu Keluarga (see kode.ts). */
export type BarisAgregat = { kategori: string; l: number; p: number; jumlah: number }

export type WilayahAgregat = { kode: string; nama: string; tingkat: TingkatAgregat }

/** One area directly below the one shown: residents by sex and families. */
export type SubwilayahAgregat = { kode: string; nama: string; l: number; p: number; jumlah: number; kk: number }

/** Everything published for one area of one import: every table with every row (zeros included). */
export type AgregatWilayah = {
	wilayah: WilayahAgregat
	tabel: Record<KunciTabel, BarisAgregat[]>
	subwilayah: SubwilayahAgregat[]
}

/** The status a reader sees; `diganti` versions answer as `terbit` (they were published). */
export type StatusTampil = 'draft' | 'menunggu-persetujuan' | 'terbit'

/** A publication version as pages, downloads and the API name it. */
export type PublikasiRingkas = {
	id: number
	semester: string
	versi: number
	tanggalAcuan: string
	status: 'draft' | 'menunggu-persetujuan' | 'terbit' | 'diganti'
	imporId: number | null
	alasanKoreksi: string | null
	diterbitkanAt: string | null
}
