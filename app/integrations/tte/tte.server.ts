import { getEnv } from '~/utils/env.server'
import { logger } from '~/utils/logger.server'

/**
 * The electronic-signature service (BSrE-style): `POST {TTE_API_BASE_URL}/api/v2/sign/pdf` with
 * the application's Basic credentials, the signer's NIK and passphrase, and the PDF; it answers
 * with the signed PDF. The passphrase lives only in the request body: it is never stored, never
 * logged and never put in an error.
 */

export type JenisGalatTte = 'passphrase' | 'sertifikat' | 'tidak-terhubung' | 'ditolak' | 'tidak-aktif' | 'jawaban-tidak-sah'

const PESAN: Record<JenisGalatTte, string> = {
	passphrase: 'Passphrase salah. Periksa lalu ulangi.',
	sertifikat: 'Sertifikat penandatangan tidak aktif. Hubungi pengelola sertifikat elektronik (BSrE).',
	'tidak-terhubung': 'Layanan TTE tidak dapat dihubungi. Coba lagi nanti atau tandatangani secara manual.',
	ditolak: 'Layanan TTE menolak permintaan penandatanganan. Hubungi admin.',
	'tidak-aktif': 'Layanan TTE belum dikonfigurasi. Tandatangani secara manual.',
	'jawaban-tidak-sah': 'Jawaban layanan TTE tidak dapat dibaca. Coba lagi nanti.',
}

/** A refusal or failure of the signing service, worded for the signer. */
export class TteError extends Error {
	constructor(readonly jenis: JenisGalatTte) {
		super(PESAN[jenis])
		this.name = 'TteError'
	}
}

/** Where the visible signature goes (points from the page's lower-left corner) and what it says. */
export type TampilanTte = {
	imageBase64: string
	page: number
	originX: number
	originY: number
	width: number
	height: number
	location: string
	reason: string
}

export type PermintaanTte = { nik: string; passphrase: string; pdf: Uint8Array; tampilan: TampilanTte }

const BATAS_WAKTU_MS = 30_000

/** The service is configured: base URL and the application's credentials. */
export function tteAktif() {
	const env = getEnv()
	return Boolean(env.TTE_API_BASE_URL && env.TTE_API_USER && env.TTE_API_PASSWORD)
}

/** The service's own words, kept only to tell the kind of refusal apart. */
async function pesanGalat(response: Response) {
	try {
		const body = (await response.json()) as { error?: unknown; message?: unknown }
		const teks = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : ''
		return teks.slice(0, 300)
	} catch {
		return ''
	}
}

function jenisPenolakan(status: number, pesan: string): JenisGalatTte {
	if (/passphrase|kata sandi/i.test(pesan)) return 'passphrase'
	if (/sertifikat|certificate/i.test(pesan)) return 'sertifikat'
	if (status >= 500) return 'tidak-terhubung'
	return 'ditolak'
}

const diawaliPdf = (bytes: Uint8Array) => bytes.byteLength > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-'

/** Signs `pdf` and returns the signed PDF; every failure is a `TteError`. */
export async function tandatanganiPdf(permintaan: PermintaanTte, opsi: { batasWaktuMs?: number } = {}): Promise<Uint8Array> {
	const env = getEnv()
	if (!env.TTE_API_BASE_URL || !env.TTE_API_USER || !env.TTE_API_PASSWORD) throw new TteError('tidak-aktif')
	const url = `${env.TTE_API_BASE_URL.replace(/\/+$/, '')}/api/v2/sign/pdf`
	const { tampilan } = permintaan
	const body = JSON.stringify({
		nik: permintaan.nik,
		passphrase: permintaan.passphrase,
		signatureProperties: [{ tampilan: 'VISIBLE', ...tampilan }],
		file: [Buffer.from(permintaan.pdf).toString('base64')],
	})
	let response: Response
	try {
		response = await fetch(url, {
			method: 'POST',
			headers: {
				Authorization: `Basic ${Buffer.from(`${env.TTE_API_USER}:${env.TTE_API_PASSWORD}`).toString('base64')}`,
				'Content-Type': 'application/json',
				Accept: 'application/json',
			},
			body,
			signal: AbortSignal.timeout(opsi.batasWaktuMs ?? BATAS_WAKTU_MS),
		})
	} catch (error) {
		// network failure or timeout; the error names only the cause, never the request
		logger.warn({ integrasi: 'tte', sebab: error instanceof Error ? error.name : 'tidak-diketahui' }, 'Layanan TTE tidak dapat dihubungi')
		throw new TteError('tidak-terhubung')
	}
	if (!response.ok) {
		const jenis = jenisPenolakan(response.status, await pesanGalat(response))
		logger.warn({ integrasi: 'tte', status: response.status, jenis }, 'Penandatanganan TTE ditolak')
		throw new TteError(jenis)
	}
	let hasil: Uint8Array | null = null
	try {
		const json = (await response.json()) as { file?: unknown }
		const berkas = Array.isArray(json.file) ? json.file[0] : null
		if (typeof berkas === 'string') hasil = new Uint8Array(Buffer.from(berkas, 'base64'))
	} catch {
		hasil = null
	}
	if (!hasil || !diawaliPdf(hasil)) {
		logger.warn({ integrasi: 'tte', status: response.status }, 'Jawaban layanan TTE bukan PDF')
		throw new TteError('jawaban-tidak-sah')
	}
	return hasil
}
