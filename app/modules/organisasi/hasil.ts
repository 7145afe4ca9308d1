import type { FieldErrors } from '~/utils/forms'

/** What a save returns: the id, or field errors for the form. */
export type HasilValidasi = { ok: true; id: number } | { ok: false; errors: FieldErrors }

/** For rows with a version: also a conflict when someone else saved since the form was opened (409). */
export type HasilSimpan = HasilValidasi | { ok: false; konflik: true }

/** A refused delete says what still depends on the row. */
export type HasilHapus = { ok: true } | { ok: false; alasan: string }

export const KONFLIK = { ok: false, konflik: true } as const

export function gagal(field: string, pesan: string) {
	return { ok: false as const, errors: { [field]: [pesan] } }
}

/** "2 sub-unit, 3 jabatan dan 1 pegawai" from the non-zero counts. */
export function daftarkan(bagian: string[]) {
	if (bagian.length <= 1) return bagian.join('')
	return `${bagian.slice(0, -1).join(', ')} dan ${bagian.at(-1)}`
}
