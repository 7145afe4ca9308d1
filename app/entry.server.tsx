import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext, type HandleErrorFunction } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
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
	mulaiPekerjaOutbox()
}

export default function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	remixContext: EntryContext,
	loadContext: AppLoadContext,
) {
	const requestId = (loadContext.requestId as string | undefined) ?? getRequestContext()?.requestId ?? null
	const waitForAll = isbot(request.headers.get('user-agent') ?? '')
	return new Promise<Response>((resolve, reject) => {
		let shellRendered = false
		const { pipe, abort } = renderToPipeableStream(
			<RequestIdProvider value={requestId}>
				<RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} />
			</RequestIdProvider>,
			{
				[waitForAll ? 'onAllReady' : 'onShellReady']() {
					shellRendered = true
					const body = new PassThrough()
					responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
					resolve(
						new Response(createReadableStreamFromReadable(body), {
							headers: responseHeaders,
							status: responseStatusCode,
						}),
					)
					pipe(body)
				},
				onShellError(error: unknown) {
					reject(error)
				},
				onError(error: unknown) {
					responseStatusCode = 500
					if (shellRendered) logger.error({ requestId, err: error }, 'galat saat merender')
				},
			},
		)
		setTimeout(abort, streamTimeout + 1_000)
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
