/**
 * The number of an outgoing letter, built from its jenis naskah's pattern. Pure, shared by the
 * admin form (which validates a pattern) and the server (which issues numbers).
 *
 * Placeholders: `{klasifikasi}` the archive code, `{nomor}` the yearly sequence of the jenis
 * naskah, `{unit}` the code of the drafting unit, `{tahun}` the year of signing, `{jenis}` the
 * jenis naskah's code. Each jenis naskah counts on its own, so two with the same pattern can
 * produce the same number for letters of the same classification and unit: `{jenis}` (or any
 * fixed text) tells them apart; the admin pages warn about identical patterns, and signing
 * refuses a number another letter already carries.
 *
 * The sequence is written with at least three digits (`007`, `123`, `1024`): the office's
 * agenda book and the printed letters line up that way, and numbers sort as text within a year.
 */
export const PLACEHOLDER_NOMOR = ['{klasifikasi}', '{nomor}', '{unit}', '{tahun}', '{jenis}'] as const
export const DIGIT_NOMOR = 3

export type BagianNomor = { klasifikasi: string; nomorUrut: number; unit: string; tahun: number; jenis: string }

export function tulisNomorUrut(nomorUrut: number) {
	return String(nomorUrut).padStart(DIGIT_NOMOR, '0')
}

export function formatNomorSurat(format: string, bagian: BagianNomor): string {
	return format
		.replaceAll('{klasifikasi}', bagian.klasifikasi)
		.replaceAll('{nomor}', tulisNomorUrut(bagian.nomorUrut))
		.replaceAll('{unit}', bagian.unit)
		.replaceAll('{tahun}', String(bagian.tahun))
		.replaceAll('{jenis}', bagian.jenis)
}

/** Why a pattern cannot be used, or null when it can. */
export function periksaFormatNomor(format: string): string | null {
	const f = format.trim()
	if (!f) return 'Format nomor wajib diisi.'
	if (f.length > 120) return 'Format nomor maksimal 120 karakter.'
	if (!f.includes('{nomor}')) return 'Format nomor harus memuat {nomor} (nomor urut).'
	if ((f.match(/\{nomor\}/g) ?? []).length > 1) return '{nomor} hanya boleh muncul sekali.'
	const asing = (f.match(/\{[^}]*\}/g) ?? []).filter((p) => !(PLACEHOLDER_NOMOR as readonly string[]).includes(p))
	if (asing.length) return `Penanda ${asing.join(', ')} tidak dikenal. Gunakan ${PLACEHOLDER_NOMOR.join(', ')}.`
	if (/[{}]/.test(f.replace(/\{(klasifikasi|nomor|unit|tahun|jenis)\}/g, ''))) return 'Kurung kurawal hanya untuk penanda seperti {nomor}.'
	return null
}
