import { getLogoKantor } from '~/modules/referensi/logo.server'

/**
 * The office logo for headers and the login page; a neutral emblem until one is uploaded. Pages ask
 * for `/logo?v=<profile version>`, so a long cache is safe: a new logo gets a new address.
 */
export async function loader() {
	const logo = await getLogoKantor()
	return new Response(typeof logo.body === 'string' ? logo.body : new Uint8Array(logo.body), {
		headers: { 'Content-Type': logo.contentType, 'Cache-Control': 'public, max-age=86400' },
	})
}
