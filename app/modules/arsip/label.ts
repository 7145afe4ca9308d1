/**
 * How the archive's codes read to people, shared by the forms, the pages and the reports. Safe for
 * the browser.
 */
export const STATUS_BERKAS = [
	{ value: 'aktif', label: 'Aktif' },
	{ value: 'inaktif', label: 'Inaktif' },
	{ value: 'usul-pindah', label: 'Usul pindah' },
	{ value: 'usul-musnah', label: 'Usul musnah' },
	{ value: 'musnah', label: 'Musnah' },
	{ value: 'diserahkan', label: 'Diserahkan' },
	{ value: 'permanen', label: 'Permanen' },
] as const
export type StatusBerkas = (typeof STATUS_BERKAS)[number]['value']

/** What the archive admin may set by hand; the usul and musnah states come from the workflow. */
export const STATUS_BERKAS_MANUAL = ['aktif', 'inaktif', 'diserahkan'] as const

export const SATUAN_ARSIP = [
	{ value: 'lembar', label: 'Lembar' },
	{ value: 'berkas', label: 'Berkas' },
	{ value: 'bundel', label: 'Bundel' },
	{ value: 'boks', label: 'Boks' },
] as const

export const TINGKAT_PERKEMBANGAN = [
	{ value: 'asli', label: 'Asli' },
	{ value: 'salinan', label: 'Salinan' },
	{ value: 'tembusan', label: 'Tembusan' },
	{ value: 'pertinggal', label: 'Pertinggal' },
] as const

export const LABEL_PENYETUJU: Record<string, string> = {
	sekretaris: 'Sekretaris',
	'kepala-daerah': 'Kepala Daerah',
	'kepala-anri': 'Kepala ANRI',
}

export const LABEL_STATUS_USULAN: Record<string, string> = {
	draf: 'Disusun',
	diajukan: 'Diajukan',
	disetujui: 'Disetujui',
	ditolak: 'Ditolak',
	dilaksanakan: 'Dilaksanakan',
}

export const LABEL_JENIS_USULAN: Record<string, string> = { pindah: 'Usul pindah', musnah: 'Usul musnah' }

export function labelDari(daftar: readonly { value: string; label: string }[], value: string | null | undefined) {
	return daftar.find((d) => d.value === value)?.label ?? value ?? '—'
}

/** `2019–2021`, `Maret 2024 – sekarang`: the kurun waktu as the daftar berkas writes it. */
export function kurunWaktu(awal: string, akhir: string | null) {
	const tahunAwal = awal.slice(0, 4)
	if (!akhir) return `${tahunAwal} – sekarang`
	const tahunAkhir = akhir.slice(0, 4)
	return tahunAwal === tahunAkhir ? tahunAwal : `${tahunAwal}–${tahunAkhir}`
}

type Lokasi = {
	lokasiGedung: string | null
	lokasiRuang: string | null
	lokasiLemari: string | null
	lokasiRak: string | null
	lokasiBoks: string | null
	lokasiFolder: string | null
}

/** `Gedung A, Ruang Arsip, Lemari 2, Rak 3, Boks 12, Folder 4` */
export function teksLokasi(b: Lokasi) {
	return (
		[
			['Gedung', b.lokasiGedung],
			['Ruang', b.lokasiRuang],
			['Lemari', b.lokasiLemari],
			['Rak', b.lokasiRak],
			['Boks', b.lokasiBoks],
			['Folder', b.lokasiFolder],
		] as const
	)
		.filter(([, v]) => v)
		.map(([label, v]) => (v!.toLowerCase().startsWith(label.toLowerCase()) ? v : `${label} ${v}`))
		.join(', ')
}
