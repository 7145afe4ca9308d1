import { Writable } from 'node:stream'
import { type AppLoadContext, type EntryContext, type HandleErrorFunction } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToPipeableStream } from 'react-dom/server'
import { daftarkanPengirimEmail } from './integrations/email/pengirim.server'
import { daftarkanPengirimWa } from './integrations/whatsapp/pengirim.server'
import { daftarkanAlurArsip } from './modules/arsip/alur.server'
import { mulaiPengingatPeminjaman } from './modules/arsip/peminjaman.server'
import { mulaiPenyapuImpor } from './modules/kependudukan/impor/impor.server'
import { daftarkanAlurPublikasi } from './modules/kependudukan/publikasi.server'
import { daftarkanAlurSuratKeluar } from './modules/persuratan/surat-keluar-alur.server'
import { daftarkanPenjagaTandaTangan } from './modules/layanan/dokumen-elektronik.server'
import { daftarkanPemberitahuanLayanan } from './modules/layanan/pemberitahuan.server'
import { mulaiPekerjaWa } from './modules/layanan/wa-tiket.server'
import { getDb } from './utils/db.server'
import { logger } from './utils/logger.server'
import { getRequestContext } from './utils/request-context.server'
import { RequestIdProvider } from './utils/request-id'
import { mulaiPekerjaOutbox } from './workflow/outbox.server'

export const streamTimeout = 5_000

// Once per server process: delivers the workflow's messages (retries and other processes' rows
// too); each change also asks for a delivery right after it commits. Tests deliver by hand.
// The models of this bundle are bound to its connection before the first request, not by
// whichever request happens to open it first.
if (process.env.NODE_ENV !== 'test') {
	getDb()
	daftarkanPengirimWa()
	daftarkanPengirimEmail()
	daftarkanPemberitahuanLayanan()
	daftarkanPenjagaTandaTangan()
	daftarkanAlurArsip()
	daftarkanAlurSuratKeluar()
	daftarkanAlurPublikasi()
	mulaiPengingatPeminjaman()
	mulaiPenyapuImpor()
	mulaiPekerjaOutbox()
	mulaiPekerjaWa()
}

/**
 * The whole document is rendered before it is sent, as one buffer. No page defers data, so
 * streaming the shell first would gain nothing; one body means one socket write per page instead
 * of a write (and a web-stream hop) per React chunk, which under load was a tenth of the CPU.
 */
export default function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	remixContext: EntryContext,
	loadContext: AppLoadContext,
) {
	const requestId = (loadContext.requestId as string | undefined) ?? getRequestContext()?.requestId ?? null
	return new Promise<Response>((resolve, reject) => {
		let shellRendered = false
		const chunks: Buffer[] = []
		const body = new Writable({
			write(chunk: Buffer, _encoding, callback) {
				chunks.push(chunk)
				callback()
			},
			final(callback) {
				responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
				clearTimeout(timer)
				resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }))
				callback()
			},
		})
		const { pipe, abort } = renderToPipeableStream(
			<RequestIdProvider value={requestId}>
				<RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} />
			</RequestIdProvider>,
			{
				onShellReady() {
					shellRendered = true
				},
				onAllReady() {
					pipe(body)
				},
				onShellError(error: unknown) {
					clearTimeout(timer)
					reject(error)
				},
				onError(error: unknown) {
					responseStatusCode = 500
					// an error before the shell reaches Remix through onShellError and is logged there
					if (shellRendered) logger.error({ requestId, err: error }, 'galat saat merender')
				},
			},
		)
		const timer = setTimeout(abort, streamTimeout + 1_000)
	})
}

/** Unexpected errors are logged with the request id the error page shows; never the stack to users. */
export const handleError: HandleErrorFunction = (error, { request }) => {
	if (request.signal.aborted) return
	if (error instanceof Response) return
	logger.error(
		{ requestId: getRequestContext()?.requestId, path: new URL(request.url).pathname, err: error },
		'galat tak terduga',
	)
}
