import fs from 'node:fs/promises'
import path from 'node:path'
import { PengaturanKantor } from '#models/index'
import { getEnv } from '~/utils/env.server'

const LOGO_BAKU = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="31" fill="#143a6b"/><circle cx="32" cy="32" r="24" fill="none" stroke="#f5b700" stroke-width="3"/><text x="32" y="39" font-family="Arial, sans-serif" font-size="17" font-weight="700" text-anchor="middle" fill="#fff">SI</text></svg>`

const JENIS: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' }

export function logoDir() {
	return path.join(getEnv().uploadDir, 'kantor')
}

export async function getLogoKantor(): Promise<{ body: Buffer | string; contentType: string }> {
	const profil = await PengaturanKantor.findByPk(1, { attributes: ['logoBerkas'] })
	if (profil?.logoBerkas) {
		try {
			const file = path.join(logoDir(), path.basename(profil.logoBerkas))
			const body = await fs.readFile(file)
			return { body, contentType: JENIS[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }
		} catch {
			// the file went missing: fall back to the emblem rather than a broken image
		}
	}
	return { body: LOGO_BAKU, contentType: 'image/svg+xml' }
}
