import path from 'node:path'
import { PengaturanKantor } from '#models/index'
import { getStorage } from '~/integrations/storage/storage.server'
import { transaction } from '~/utils/db.server'
import { logger } from '~/utils/logger.server'
import { formatUkuran, kenaliJenisBerkas } from '~/utils/upload.server'

const LOGO_BAKU = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="31" fill="#143a6b"/><circle cx="32" cy="32" r="24" fill="none" stroke="#f5b700" stroke-width="3"/><text x="32" y="39" font-family="Arial, sans-serif" font-size="17" font-weight="700" text-anchor="middle" fill="#fff">SI</text></svg>`

const JENIS: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' }

/** The largest logo accepted: 1 MB. */
export const BATAS_LOGO = 1024 * 1024

/** Logos live in the storage folder `kantor/`; older rows may hold only the file name. */
const FOLDER = 'kantor'
const kunciLogo = (logoBerkas: string) => `${FOLDER}/${path.basename(logoBerkas)}`

export async function getLogoKantor(): Promise<{ body: Buffer | string; contentType: string }> {
	const profil = await PengaturanKantor.findByPk(1, { attributes: ['logoBerkas'] })
	if (profil?.logoBerkas) {
		try {
			const body = await getStorage().read(kunciLogo(profil.logoBerkas))
			const contentType = JENIS[path.extname(profil.logoBerkas).toLowerCase()]
			if (body && contentType) return { body, contentType }
		} catch (error) {
			logger.warn({ err: error }, 'logo kantor tidak terbaca')
		}
	}
	// No logo yet, or its file went missing: the emblem rather than a broken image.
	return { body: LOGO_BAKU, contentType: 'image/svg+xml' }
}

export type HasilLogo = { ok: true } | { ok: false; errors: Record<string, string[]> }

async function hapusBerkasLama(logoBerkas: string | null) {
	if (!logoBerkas) return
	try {
		await getStorage().remove(kunciLogo(logoBerkas))
	} catch (error) {
		// The new logo is already in place; a leftover file is harmless, so only note it.
		logger.warn({ err: error }, 'logo lama tidak terhapus')
	}
}

/**
 * Replaces the office logo with an uploaded PNG or JPEG (at most 1 MB), recognised by its bytes.
 * The new file is stored first, the profile points to it in a transaction, and only after the
 * commit is the old file removed; a failed save removes the new file instead.
 */
export async function simpanLogoKantor(berkas: FormDataEntryValue | null): Promise<HasilLogo> {
	if (!(berkas instanceof Blob) || berkas.size === 0) return { ok: false, errors: { logo: ['Pilih berkas logo.'] } }
	if (berkas.size > BATAS_LOGO) return { ok: false, errors: { logo: [`Ukuran berkas melebihi batas ${formatUkuran(BATAS_LOGO)}.`] } }
	const bytes = new Uint8Array(await berkas.arrayBuffer())
	const jenis = kenaliJenisBerkas(bytes)
	if (!jenis || (jenis.ext !== 'png' && jenis.ext !== 'jpg')) {
		return { ok: false, errors: { logo: ['Logo harus berupa gambar PNG atau JPEG.'] } }
	}
	const storage = getStorage()
	const kunci = await storage.save(bytes, jenis.ext, { folder: FOLDER })
	let lama: string | null
	try {
		const hasil = await transaction(async (t) => {
			const profil = await PengaturanKantor.findByPk(1, { transaction: t, lock: t.LOCK.UPDATE })
			if (!profil) return { ada: false as const }
			const sebelumnya = profil.logoBerkas
			await profil.update({ logoBerkas: kunci }, { transaction: t })
			return { ada: true as const, sebelumnya }
		})
		if (!hasil.ada) {
			await storage.remove(kunci)
			return { ok: false, errors: { _form: ['Profil kantor belum disimpan; simpan profil lebih dulu.'] } }
		}
		lama = hasil.sebelumnya
	} catch (error) {
		await storage.remove(kunci)
		throw error
	}
	await hapusBerkasLama(lama)
	return { ok: true }
}

/** Goes back to the standard emblem; false when there was no logo. */
export async function hapusLogoKantor() {
	const lama = await transaction(async (t) => {
		const profil = await PengaturanKantor.findByPk(1, { transaction: t, lock: t.LOCK.UPDATE })
		if (!profil?.logoBerkas) return null
		const sebelumnya = profil.logoBerkas
		await profil.update({ logoBerkas: null }, { transaction: t })
		return sebelumnya
	})
	await hapusBerkasLama(lama)
	return lama !== null
}
