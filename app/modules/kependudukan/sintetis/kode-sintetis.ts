import {
	AGAMA,
	GOLONGAN_DARAH,
	HUBUNGAN_KELUARGA,
	KODE,
	PEKERJAAN,
	PENDIDIKAN,
	STATUS_KAWIN,
} from '../kode'

/**
 * The codes the generator writes, looked up by their label in kode.ts (a code is its 1-based
 * position in its list), so a reordered list fails loudly here instead of writing wrong codes.
 */
export function kodeDari(daftar: readonly string[], label: string): number {
	const i = daftar.indexOf(label)
	if (i < 0) throw new Error(`Label kode tidak dikenal: ${label}`)
	return i + 1
}

export const HUB = {
	kepala: KODE.kepalaKeluarga,
	suami: kodeDari(HUBUNGAN_KELUARGA, 'Suami'),
	istri: kodeDari(HUBUNGAN_KELUARGA, 'Istri'),
	anak: kodeDari(HUBUNGAN_KELUARGA, 'Anak'),
	menantu: kodeDari(HUBUNGAN_KELUARGA, 'Menantu'),
	cucu: kodeDari(HUBUNGAN_KELUARGA, 'Cucu'),
	orangTua: kodeDari(HUBUNGAN_KELUARGA, 'Orang Tua'),
	mertua: kodeDari(HUBUNGAN_KELUARGA, 'Mertua'),
	familiLain: kodeDari(HUBUNGAN_KELUARGA, 'Famili Lain'),
	pembantu: kodeDari(HUBUNGAN_KELUARGA, 'Pembantu'),
	lainnya: kodeDari(HUBUNGAN_KELUARGA, 'Lainnya'),
} as const

export const KAWIN = {
	belum: KODE.belumKawin,
	kawin: KODE.kawin,
	ceraiHidup: KODE.ceraiHidup,
	ceraiMati: kodeDari(STATUS_KAWIN, 'Cerai Mati'),
} as const

export const DIDIK = {
	tidakSekolah: kodeDari(PENDIDIKAN, 'Tidak/Belum Sekolah'),
	belumTamatSd: kodeDari(PENDIDIKAN, 'Belum Tamat SD/Sederajat'),
	sd: kodeDari(PENDIDIKAN, 'Tamat SD/Sederajat'),
	sltp: kodeDari(PENDIDIKAN, 'SLTP/Sederajat'),
	slta: kodeDari(PENDIDIKAN, 'SLTA/Sederajat'),
	d12: kodeDari(PENDIDIKAN, 'Diploma I/II'),
	d3: kodeDari(PENDIDIKAN, 'Akademi/Diploma III/Sarjana Muda'),
	s1: kodeDari(PENDIDIKAN, 'Diploma IV/Strata I'),
	s2: kodeDari(PENDIDIKAN, 'Strata II'),
	s3: kodeDari(PENDIDIKAN, 'Strata III'),
} as const

export const AGAMA_KODE = {
	islam: kodeDari(AGAMA, 'Islam'),
	kristen: kodeDari(AGAMA, 'Kristen'),
	katholik: kodeDari(AGAMA, 'Katholik'),
	hindu: kodeDari(AGAMA, 'Hindu'),
	budha: kodeDari(AGAMA, 'Budha'),
	konghucu: kodeDari(AGAMA, 'Konghucu'),
	kepercayaan: kodeDari(AGAMA, 'Kepercayaan Terhadap Tuhan YME'),
} as const

export const GOLDAR = Object.fromEntries(GOLONGAN_DARAH.map((label, i) => [label, i + 1])) as Record<(typeof GOLONGAN_DARAH)[number], number>

/** Occupation code by its SIAK label (seeders/data/kode-pekerjaan.csv). */
export function pekerjaan(label: string): number {
	return kodeDari(PEKERJAAN, label)
}

/** 0 is "Tidak ada"; 1–6 are the DISABILITAS list. */
export const TANPA_DISABILITAS = 0
