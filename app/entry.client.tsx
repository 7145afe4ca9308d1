import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { recordFailedRequestId } from './utils/request-id'

// Remember the id of a failed data request, so the error page can show the one that failed.
const originalFetch = window.fetch.bind(window)
window.fetch = async (...args) => {
	const response = await originalFetch(...args)
	if (response.status >= 500) recordFailedRequestId(response.headers.get('X-Request-Id'))
	return response
}

startTransition(() => {
	hydrateRoot(
		document,
		<StrictMode>
			<RemixBrowser />
		</StrictMode>,
	)
})
