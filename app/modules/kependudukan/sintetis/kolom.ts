/**
 * The columns of a DKB file (docs/dkb.md "Import file"), spelled as SIAK's biodata fields and in
 * the order the contract lists them. The synthetic file writes them in this order; the import
 * matches them by name, whatever the order and case in the file.
 */
export const KOLOM_DKB = [
	'NIK',
	'NO_KK',
	'NAMA_LGKP',
	'JENIS_KLMIN',
	'TMPT_LHR',
	'TGL_LHR',
	'GOL_DRH',
	'AGAMA',
	'STAT_KWN',
	'STAT_HBKEL',
	'PDDK_AKH',
	'JENIS_PKRJN',
	'PNYDNG_CACAT',
	'KWRNGRN',
	'NO_PROP',
	'NO_KAB',
	'NO_KEC',
	'NO_KEL',
	'ALAMAT',
	'NO_RT',
	'NO_RW',
	'AKTA_LHR',
	'AKTA_KWN',
	'AKTA_CRAI',
	'STAT_KTP_EL',
	'KIA',
] as const

export type KolomDkb = (typeof KOLOM_DKB)[number]

export type BarisDkb = Record<KolomDkb, string>
