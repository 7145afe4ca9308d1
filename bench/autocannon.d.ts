/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events'

	export type Permintaan = { method?: string; path?: string; headers?: Record<string, string>; body?: string }

	export interface Client extends EventEmitter {
		setHeaders(headers: Record<string, string> | undefined): void
		setRequest(request: Permintaan): void
		setRequests(requests: Permintaan[]): void
	}

	export type Histogram = {
		average: number
		mean: number
		stddev: number
		min: number
		max: number
		total: number
		p50: number
		p97_5: number
		p99: number
	}

	export type Result = {
		title?: string
		url: string
		duration: number
		requests: Histogram & { sent: number }
		latency: Histogram
		throughput: Histogram
		errors: number
		timeouts: number
		non2xx: number
		statusCodeStats: Record<string, { count: number }>
		'1xx': number
		'2xx': number
		'3xx': number
		'4xx': number
		'5xx': number
	}

	export type Options = {
		url: string
		connections?: number
		duration?: number
		timeout?: number
		pipelining?: number
		title?: string
		headers?: Record<string, string>
		requests?: Permintaan[]
		setupClient?: (client: Client) => void
	}

	export interface Instance extends EventEmitter, PromiseLike<Result> {
		stop(): void
		on(event: 'response', listener: (client: Client, statusCode: number, resBytes: number, responseTime: number) => void): this
		on(event: 'done', listener: (result: Result) => void): this
		on(event: string, listener: (...args: unknown[]) => void): this
	}

	function autocannon(options: Options): Instance
	export default autocannon
}
