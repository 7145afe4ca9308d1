import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { resetEnvCache } from '~/utils/env.server'
import { http, HttpResponse } from 'msw'

/**
 * A BSrE-style signing service for tests (and for development without one): checks the
 * application's Basic credentials and answers with the PDF it was given plus a marker, as if
 * signed. `tteGagal` builds the failures tests swap in with `server.use(...)`.
 */
export const TTE_BASE_URL = 'http://tte.test'
export const TTE_USER = 'simadu'
export const TTE_PASSWORD = 'rahasia-aplikasi'
const URL_SIGN = `${TTE_BASE_URL}/api/v2/sign/pdf`

/** The environment the adapter needs; set it, then `resetEnvCache()`. */
export const TTE_ENV = { TTE_API_BASE_URL: TTE_BASE_URL, TTE_API_USER: TTE_USER, TTE_API_PASSWORD: TTE_PASSWORD }

export type PermintaanTteTercatat = {
	authorization: string | null
	nik: string
	passphrase: string
	signatureProperties: Record<string, unknown>[]
	file: string[]
}

/** What the fake service received, newest last; tests clear it as they need. */
export const permintaanTte: PermintaanTteTercatat[] = []

const PENANDA = '\n%TTE-PALSU: ditandatangani\n'

export const tteHandlers = [
	http.post(URL_SIGN, async ({ request }) => {
		const authorization = request.headers.get('Authorization')
		const body = (await request.json()) as Omit<PermintaanTteTercatat, 'authorization'>
		permintaanTte.push({ authorization, ...body })
		if (authorization !== `Basic ${Buffer.from(`${TTE_USER}:${TTE_PASSWORD}`).toString('base64')}`) {
			return HttpResponse.json({ error: 'Unauthorized' }, { status: 401 })
		}
		const pdf = Buffer.from(body.file[0] ?? '', 'base64')
		const ditandatangani = Buffer.concat([pdf, Buffer.from(PENANDA, 'latin1')])
		return HttpResponse.json({ file: [ditandatangani.toString('base64')] })
	}),
]

export const tteGagal = {
	passphraseSalah: () => http.post(URL_SIGN, () => HttpResponse.json({ error: 'Passphrase anda salah' }, { status: 401 })),
	sertifikatTidakAktif: () => http.post(URL_SIGN, () => HttpResponse.json({ message: 'Sertifikat tidak aktif atau sudah kedaluwarsa' }, { status: 400 })),
	tidakTersedia: () => http.post(URL_SIGN, () => HttpResponse.json({ message: 'Service Unavailable' }, { status: 503 })),
	jaringan: () => http.post(URL_SIGN, () => HttpResponse.error()),
}

/**
 * For a test file that signs: the TTE environment and the mock server around every test of the
 * file, with the recorded requests cleared between tests. Call at the top level of the file.
 */
export function pakaiTteMock() {
	const server = setupServer(...tteHandlers)
	beforeAll(() => {
		Object.assign(process.env, TTE_ENV)
		resetEnvCache()
		server.listen({ onUnhandledRequest: 'error' })
	})
	afterEach(() => {
		server.resetHandlers()
		permintaanTte.length = 0
	})
	afterAll(() => {
		server.close()
		for (const key of Object.keys(TTE_ENV)) delete process.env[key]
		resetEnvCache()
	})
	return server
}
