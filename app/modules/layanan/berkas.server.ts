import crypto from 'node:crypto'
import { getStorage } from '~/integrations/storage/storage.server'
import { formatUkuran, kenaliJenisBerkas, type JenisBerkas } from '~/utils/upload.server'

/** Per the service standard: PDF, JPEG or PNG, at most 5 MB each and 20 per request. */
export const BATAS_BERKAS = { ukuran: 5 * 1024 * 1024, jumlah: 20 } as const

export type BerkasMasuk = { nama: string; bytes: Uint8Array; persyaratanId: number | null }
export type BerkasDiperiksa = BerkasMasuk & { jenis: JenisBerkas; sha256: string }
export type BerkasTersimpan = BerkasDiperiksa & { kunci: string }

/** The uploaded name without any folder part or control characters; never used as a path. */
export function bersihkanNamaBerkas(nama: string) {
	const dasar = nama.split(/[\\/]/).pop() ?? ''
	// eslint-disable-next-line no-control-regex
	const bersih = dasar.replace(/[\u0000-\u001f\u007f]/g, '').replace(/^\.+/, '').trim().slice(0, 150)
	return bersih || 'berkas'
}

/**
 * The files of a form: fields `berkas` (free) and `berkas_<persyaratanId>` (for one checklist
 * line). Empty file inputs are skipped.
 */
export async function berkasDariForm(formData: FormData): Promise<BerkasMasuk[]> {
	const hasil: BerkasMasuk[] = []
	for (const [field, value] of formData.entries()) {
		if (typeof value === 'string' || value.size === 0) continue
		const cocok = /^berkas(?:_(\d+))?$/.exec(field)
		if (!cocok) continue
		hasil.push({ nama: value.name, bytes: new Uint8Array(await value.arrayBuffer()), persyaratanId: cocok[1] ? Number(cocok[1]) : null })
	}
	return hasil
}

/** Checks every file by its bytes (not its name), its size and the count; messages name the file. */
export function periksaBerkas(berkas: BerkasMasuk[], sudahAda = 0): { ok: true; berkas: BerkasDiperiksa[] } | { ok: false; errors: string[] } {
	const errors: string[] = []
	if (sudahAda + berkas.length > BATAS_BERKAS.jumlah) errors.push(`Paling banyak ${BATAS_BERKAS.jumlah} berkas untuk satu permohonan.`)
	const diperiksa: BerkasDiperiksa[] = []
	for (const b of berkas) {
		const nama = bersihkanNamaBerkas(b.nama)
		if (b.bytes.byteLength > BATAS_BERKAS.ukuran) {
			errors.push(`${nama}: ukuran ${formatUkuran(b.bytes.byteLength)} melebihi batas ${formatUkuran(BATAS_BERKAS.ukuran)}.`)
			continue
		}
		const jenis = kenaliJenisBerkas(b.bytes)
		if (!jenis) {
			errors.push(`${nama}: bukan PDF, JPEG atau PNG. Pindai ulang berkas ke salah satu jenis itu.`)
			continue
		}
		diperiksa.push({ ...b, nama, jenis, sha256: crypto.createHash('sha256').update(b.bytes).digest('hex') })
	}
	return errors.length ? { ok: false, errors } : { ok: true, berkas: diperiksa }
}

/**
 * Stores the files before the database transaction that records them; `hapus` removes them again
 * when that transaction fails, so nothing is kept half-way.
 */
export async function simpanBerkas(berkas: BerkasDiperiksa[]) {
	const storage = getStorage()
	const tersimpan: BerkasTersimpan[] = []
	const hapus = () => Promise.all(tersimpan.map((b) => storage.remove(b.kunci)))
	try {
		for (const b of berkas) tersimpan.push({ ...b, kunci: await storage.save(b.bytes, b.jenis.ext, { folder: 'permohonan' }) })
	} catch (error) {
		await hapus()
		throw error
	}
	return { tersimpan, hapus }
}
