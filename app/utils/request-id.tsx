import { createContext, useContext } from 'react'

/**
 * The id of the request that rendered the page, shown on error pages so staff can quote it and
 * the administrator can find the matching log line. On the server it comes from the load
 * context; in the browser from the page's meta tag or from the last failed data request.
 */
const RequestIdContext = createContext<string | null>(null)
export const RequestIdProvider = RequestIdContext.Provider

let lastFailedRequestId: string | null = null

export function recordFailedRequestId(id: string | null) {
	lastFailedRequestId = id
}

export function useRequestId() {
	return useContext(RequestIdContext)
}

export function useErrorId(): string | null {
	const fromServer = useContext(RequestIdContext)
	if (fromServer) return fromServer
	if (typeof document === 'undefined') return null
	return (
		lastFailedRequestId ??
		document.querySelector('meta[name="simadu-request-id"]')?.getAttribute('content') ??
		null
	)
}
