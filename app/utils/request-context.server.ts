import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What the server knows about the request being served, reachable from any depth without passing
 * it around: the audit trail reads the actor, address and request id from here.
 */
export type Actor = {
	penggunaId: number
	nama: string
	/** Set when the request used authority held as Plt/Plh: whom the user acts for. */
	atasNama?: string
}

export type RequestContext = {
	requestId: string
	ip: string
	userAgent: string | null
	actor?: Actor
	/** the signed-in user, loaded once per request however many loaders ask (Remix gives each its own Request) */
	user?: Promise<unknown>
}

// One store per process, shared through globalThis: the server entry and the built Remix bundle
// each load their own copy of this module, and both must see the same request.
const globalStore = globalThis as typeof globalThis & { __simaduRequestContext?: AsyncLocalStorage<RequestContext> }
const storage = (globalStore.__simaduRequestContext ??= new AsyncLocalStorage<RequestContext>())

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
	return storage.run(context, work)
}

export function getRequestContext(): RequestContext | undefined {
	return storage.getStore()
}

export function setActor(actor: Actor) {
	const context = storage.getStore()
	if (context) context.actor = { ...actor, atasNama: actor.atasNama ?? context.actor?.atasNama }
}

export function setActingFor(atasNama: string) {
	const context = storage.getStore()
	if (context?.actor) context.actor.atasNama = atasNama
}

export function getClientIp(): string {
	return storage.getStore()?.ip ?? 'tidak-diketahui'
}
