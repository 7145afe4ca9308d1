/** One autocannon run with per-connection requests, and the percentiles autocannon does not give. */
import autocannon, { type Permintaan } from 'autocannon'

export type Hasil = {
	nama: string
	label: string
	durasiDetik: number
	permintaan: number
	rps: number
	p50: number
	p95: number
	p99: number
	maks: number
	non2xx: number
	galat: number
	timeout: number
	status: Record<string, number>
}

/** Nearest-rank percentile of sorted values. */
export function persentil(sorted: readonly number[], p: number) {
	if (sorted.length === 0) return Number.NaN
	const rank = Math.ceil((p / 100) * sorted.length)
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

/**
 * Runs `connections` connections for `durasi` seconds; connection i sends `permintaan(i)` in a
 * loop (its own cookie, its own paths). Latencies are kept per request for p50/p95/p99.
 */
export async function jalankan(params: {
	nama: string
	label: string
	url: string
	connections: number
	durasi: number
	permintaan: (klien: number) => Permintaan[]
}): Promise<Hasil> {
	let klien = 0
	const latensi: number[] = []
	const status: Record<string, number> = {}
	const instance = autocannon({
		url: params.url,
		connections: params.connections,
		duration: params.durasi,
		timeout: 30,
		setupClient: (client) => {
			client.setRequests(params.permintaan(klien++))
		},
	})
	instance.on('response', (_client, statusCode, _bytes, responseTime) => {
		latensi.push(responseTime)
		status[statusCode] = (status[statusCode] ?? 0) + 1
	})
	const result = await instance
	latensi.sort((a, b) => a - b)
	const non2xx = Object.entries(status).reduce((s, [code, n]) => (code.startsWith('2') ? s : s + n), 0)
	const bulat = (n: number) => Math.round(n * 10) / 10
	return {
		nama: params.nama,
		label: params.label,
		durasiDetik: result.duration,
		permintaan: latensi.length,
		rps: bulat(latensi.length / result.duration),
		p50: bulat(persentil(latensi, 50)),
		p95: bulat(persentil(latensi, 95)),
		p99: bulat(persentil(latensi, 99)),
		maks: bulat(latensi.at(-1) ?? Number.NaN),
		non2xx: Math.max(non2xx, result.non2xx),
		galat: result.errors,
		timeout: result.timeouts,
		status,
	}
}
