/**
 * SIAK (the national civil-registration system) stays outside SIMADU: the operator works in SIAK
 * and records here what SIAK gave back. This is the seam a later integration fills: an adapter
 * that reads the result from SIAK itself instead of trusting what was typed.
 */
export type HasilSiak = {
	/** the number SIAK issued: the KK number, NIK, akta number … */
	nomor: string | null
	keterangan: string | null
	/** biometric recording: print-ready record, or a duplicate to resolve */
	statusRekam?: 'sudah-rekam' | 'prr' | 'duplicate'
	/** the NIK checked against SIAK was found */
	nikDitemukan?: boolean
}

export type SiakAdapter = {
	nama: string
	/** What SIAK says about the request's result; `catatan` is what the operator recorded. */
	konfirmasiHasil(params: { nomorTiket: string; jenisKode: string; catatan: HasilSiak }): Promise<HasilSiak>
}

/** Until SIMADU talks to SIAK, the operator's record is the result. */
export const siakManual: SiakAdapter = {
	nama: 'manual',
	async konfirmasiHasil({ catatan }) {
		return catatan
	},
}

export function getSiakAdapter(): SiakAdapter {
	return siakManual
}
