import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { getUser } from '~/utils/auth.server'
import { hasPermission } from '~/utils/permissions.server'
import { bacaAgregat } from './agregat.server'
import type { AgregatWilayah, PublikasiRingkas, StatusTampil } from './agregat.schema'
import { statusTampil } from './agregat-tampilan'
import { labelSemester, POLA_SEMESTER } from './kode'
import { getPublikasiUntukBaca } from './publikasi-baca.server'

/**
 * What the public outputs (the API, the page, the workbook, the book) share: reading the request
 * (`wilayah`, `versi`, `draft=1`), deciding who may see a draft, finding the version to read and
 * checking that the area lies in the office's kabupaten/kota. Every refusal is a 404 with a
 * message: a draft asked for by someone who may not see it answers exactly like an unpublished
 * semester, so nothing tells an outsider that a draft exists.
 */
export const PESAN_AGREGAT = {
	semester: 'Semester tidak dikenal. Tulis semester sebagai TAHUN-1 atau TAHUN-2, misalnya 2026-1.',
	versi: 'Versi publikasi tidak dikenal.',
	wilayah: 'Wilayah tidak dikenal atau di luar wilayah kerja dinas ini.',
	belumTerbit: (semester: string) => `Agregat kependudukan ${labelSemester(semester)} belum diterbitkan.`,
}

export type PermintaanAgregat = {
	wilayah: string | null
	/** `draft=1` was asked for (not yet whether it is allowed) */
	draft: boolean
	/** undefined: the newest; null: not a version number */
	versi: number | undefined | null
}

export function bacaPermintaanAgregat(url: URL): PermintaanAgregat {
	const wilayah = url.searchParams.get('wilayah')?.trim() || null
	const versiTeks = url.searchParams.get('versi')?.trim()
	const versi = versiTeks ? (/^\d{1,6}$/.test(versiTeks) && Number(versiTeks) > 0 ? Number(versiTeks) : null) : undefined
	return { wilayah, draft: url.searchParams.get('draft') === '1', versi }
}

/** A signed-in staff user who may read the draft; no session, no permission: false. */
export async function bolehBacaDraft(request: Request) {
	const user = await getUser(request)
	return user !== null && hasPermission(user.authority, 'read:agregat:any')
}

/** A code in the office's kabupaten/kota: the kabupaten itself or any code under it. */
export function wilayahKantor(kode: string, kodeKabupaten: string) {
	return kodeKabupaten !== '' && (kode === kodeKabupaten || kode.startsWith(`${kodeKabupaten}.`))
}

export type HasilPublikasi = { ok: true; publikasi: PublikasiRingkas & { imporId: number }; status: StatusTampil } | { ok: false; pesan: string }

/**
 * The version a request reads: the draft (newest version with figures) when `draft` is allowed,
 * else the published one, the newest or `versi`. The caller has already checked `draft`.
 */
export async function cariPublikasi(semester: string, opsi: { draft: boolean; versi: number | undefined | null }): Promise<HasilPublikasi> {
	if (!POLA_SEMESTER.test(semester)) return { ok: false, pesan: PESAN_AGREGAT.semester }
	if (opsi.versi === null) return { ok: false, pesan: PESAN_AGREGAT.versi }
	const publikasi = await getPublikasiUntukBaca(semester, opsi.draft ? { draft: true } : { versi: opsi.versi })
	if (!publikasi?.imporId) return { ok: false, pesan: opsi.versi === undefined ? PESAN_AGREGAT.belumTerbit(semester) : PESAN_AGREGAT.versi }
	return { ok: true, publikasi: { ...publikasi, imporId: publikasi.imporId }, status: statusTampil(publikasi.status) }
}

export type HasilAgregat =
	| { ok: true; publikasi: PublikasiRingkas & { imporId: number }; status: StatusTampil; agregat: AgregatWilayah; draft: boolean }
	| { ok: false; pesan: string }

/**
 * One area of a semester's version (the office's kabupaten/kota by default). `draft` must have
 * been allowed by the caller; the public page never asks for it.
 */
export async function bacaAgregatPublikasi(
	semester: string,
	opsi: { draft: boolean; versi: number | undefined | null; wilayah: string | null },
): Promise<HasilAgregat> {
	const [hasil, kantor] = await Promise.all([cariPublikasi(semester, opsi), getProfilKantorSingkat()])
	if (!hasil.ok) return hasil
	const kode = opsi.wilayah ?? kantor.kodeWilayah
	if (!wilayahKantor(kode, kantor.kodeWilayah)) return { ok: false, pesan: PESAN_AGREGAT.wilayah }
	const agregat = await bacaAgregat(hasil.publikasi.imporId, kode)
	if (!agregat) return { ok: false, pesan: PESAN_AGREGAT.wilayah }
	return { ...hasil, agregat, draft: opsi.draft }
}

/** The API's reading: the query, and the draft only for staff who may see it. */
export async function bacaAgregatUntukPermintaan(request: Request, semester: string): Promise<HasilAgregat> {
	const minta = bacaPermintaanAgregat(new URL(request.url))
	if (!POLA_SEMESTER.test(semester)) return { ok: false, pesan: PESAN_AGREGAT.semester }
	if (minta.draft && !(await bolehBacaDraft(request))) return { ok: false, pesan: PESAN_AGREGAT.belumTerbit(semester) }
	return bacaAgregatPublikasi(semester, minta)
}

/** The version a download reads, with the same draft rule as the API. */
export async function publikasiUntukUnduhan(request: Request, semester: string): Promise<HasilPublikasi & { draft?: boolean }> {
	const minta = bacaPermintaanAgregat(new URL(request.url))
	if (!POLA_SEMESTER.test(semester)) return { ok: false, pesan: PESAN_AGREGAT.semester }
	if (minta.draft && !(await bolehBacaDraft(request))) return { ok: false, pesan: PESAN_AGREGAT.belumTerbit(semester) }
	const hasil = await cariPublikasi(semester, minta)
	return hasil.ok ? { ...hasil, draft: minta.draft } : hasil
}

/** Published figures may sit in shared caches for five minutes; a draft never leaves the browser. */
export function cacheAgregat(draft: boolean) {
	return draft ? 'private, no-store' : 'public, max-age=300'
}
