import { createRemixStub } from '@remix-run/testing'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ErrorBoundary } from './root'
import { RequestIdProvider } from './utils/request-id'

function renderError(error: unknown, requestId: string | null) {
	const Stub = createRemixStub([{ id: 'root', path: '/', Component: () => null, ErrorBoundary }])
	return renderToString(
		<RequestIdProvider value={requestId}>
			<Stub hydrationData={{ errors: { root: error } }} />
		</RequestIdProvider>,
	)
}

describe('error pages', () => {
	it('show an error id for an unexpected error, never the message or stack', () => {
		const error = new Error('SQLITE_ERROR: no such table: rahasia')
		const html = renderError(error, 'a1b2c3d4e5f60718')
		expect(html).toContain('Terjadi kesalahan pada sistem')
		expect(html).toContain('a1b2c3d4e5f60718')
		expect(html).not.toContain('SQLITE_ERROR')
		expect(html).not.toMatch(/\.tsx?:\d+:\d+/)
	})

	it('say what is missing on a 403', async () => {
		const { UNSAFE_ErrorResponseImpl: ErrorResponseImpl } = await import('@remix-run/router')
		const html = renderError(new ErrorResponseImpl(403, 'Forbidden', { message: 'Anda tidak memiliki izin "read:audit:any" untuk membuka halaman ini.' }), null)
		expect(html).toContain('Akses ditolak')
		expect(html).toContain('read:audit:any')
	})

	it('explain a 404 in Indonesian', async () => {
		const { UNSAFE_ErrorResponseImpl: ErrorResponseImpl } = await import('@remix-run/router')
		const html = renderError(new ErrorResponseImpl(404, 'Not Found', null), null)
		expect(html).toContain('Halaman tidak ditemukan')
	})
})
