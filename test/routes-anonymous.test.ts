import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeRequest, settle } from './utils'

/**
 * Walks every route module and proves that an anonymous request to a route that is not public is
 * refused: sent to the login page, or answered 401/403/404. A new route is covered without anyone
 * remembering to add it; a new public route must be named here on purpose.
 */
const PUBLIC = new Set([
	'_auth+/login.tsx',
	'_auth+/logout.tsx',
	'healthz.ts',
	'logo.ts',
	'$.tsx',
	// the citizen's side of the service desk: the catalogue, the web form, tracking and its API
	'_publik+/_layout.tsx',
	'_publik+/layanan+/index.tsx',
	'_publik+/layanan+/$kode.tsx',
	'_publik+/layanan+/$kode_.ajukan.tsx',
	'_publik+/lacak.tsx',
	// the published agregat kependudukan: the page, its downloads and the API (drafts need read:agregat:any)
	'_publik+/agregat.tsx',
	'_publik+/agregat_.$semester[.]xlsx.ts',
	'_publik+/agregat_.$semester[.]pdf.ts',
	'api+/v1+/agregat.$semester.ts',
	// the page a document's QR code opens: anyone holding the document may check it
	'_publik+/verifikasi.$kode.tsx',
	'_publik+/verifikasi-surat.$kode.tsx',
	'api+/v1+/permohonan+/$nomor.ts',
	// WhatsApp Cloud API calls: the handshake token and the body's signature are the credentials
	'api+/wa+/webhook.ts',
])

type RouteModule = {
	loader?: (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>
	action?: (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>
}

function listRoutes(dir: string, prefix = ''): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const rel = path.join(prefix, entry.name)
		if (entry.isDirectory()) return listRoutes(path.join(dir, entry.name), rel)
		if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name) || entry.name.startsWith('__')) return []
		return [rel]
	})
}

const routesDir = path.resolve('app/routes')
const routes = listRoutes(routesDir).filter((file) => !PUBLIC.has(file))
const params = new Proxy({} as Record<string, string>, { get: () => '1' })

function expectRefused(result: unknown, file: string) {
	expect(result, `${file} harus menolak permintaan anonim`).toBeInstanceOf(Response)
	const response = result as Response
	if (response.status === 302) {
		expect(response.headers.get('Location'), file).toMatch(/^\/login\?redirectTo=/)
	} else {
		expect([401, 403, 404], `${file} menjawab ${response.status}`).toContain(response.status)
	}
}

describe('anonymous requests', () => {
	it('finds the route modules', () => {
		expect(routes.length).toBeGreaterThan(3)
	})

	for (const file of routes) {
		it(`${file} refuses an anonymous visitor`, async () => {
			const mod = (await import(path.join(routesDir, file))) as RouteModule
			if (!mod.loader && !mod.action) return
			if (mod.loader) {
				const result = await settle(() => mod.loader!({ request: makeRequest('/halaman'), params, context: {} }))
				expectRefused(result, `${file} (loader)`)
			}
			if (mod.action) {
				const result = await settle(() =>
					mod.action!({ request: makeRequest('/halaman', { form: { intent: 'simpan' } }), params, context: {} }),
				)
				expectRefused(result, `${file} (action)`)
			}
		})
	}
})
