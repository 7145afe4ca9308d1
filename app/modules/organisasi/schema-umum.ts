import { z } from 'zod'

/** Fields shared by the organisation forms. */
const kosongJadiNull = (v: unknown) => (v === '' || v === undefined || v === null ? null : v)

/** An optional reference (a select with an empty choice): a positive id or null. */
export function idOpsional(pesan: string) {
	return z.preprocess(kosongJadiNull, z.coerce.number({ error: pesan }).int(pesan).positive(pesan).nullable())
}

/** A required reference chosen from a select. */
export function idWajib(pesan: string) {
	return z.preprocess(kosongJadiNull, z.coerce.number({ error: pesan }).int(pesan).positive(pesan))
}

/** A single checkbox: present means true. */
export const centang = z.preprocess((v) => v === 'on' || v === '1' || v === 'true' || v === true, z.boolean())

/** The row version the form was opened with, for optimistic locking. */
export const versi = z.coerce.number({ error: 'Versi data tidak dikenal; muat ulang halaman.' }).int().min(0)

/** Unit and jabatan codes: capital letters, digits and hyphens. */
export function kodeOrganisasi(maks: number) {
	return z
		.string({ error: 'Kode wajib diisi.' })
		.trim()
		.toUpperCase()
		.min(2, 'Kode minimal 2 karakter.')
		.max(maks, `Kode maksimal ${maks} karakter.`)
		.regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'Kode hanya boleh berisi huruf kapital, angka dan tanda hubung.')
}

export function teksOpsional(maks: number, pesan: string) {
	return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(maks, pesan).nullable().default(null))
}

/** A positive id from the query string, or undefined. */
export function idDariUrl(url: URL, name: string) {
	const id = Number(url.searchParams.get(name))
	return Number.isSafeInteger(id) && id > 0 ? id : undefined
}
