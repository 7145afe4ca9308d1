import { createReadableStreamFromReadable } from '@remix-run/node'
import type { Readable } from 'node:stream'

/** A download response for an .xlsx stream, named `<nama>-<YYYYMMDD>.xlsx`. */
export function excelResponse(stream: Readable, nama: string) {
	const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '')
	return new Response(createReadableStreamFromReadable(stream), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="${nama}-${stamp}.xlsx"`,
			'Cache-Control': 'no-store',
		},
	})
}

/** Pages through a list in batches for an export: `fetch(offset, limit)` until a short batch. */
export async function* inBatches<Row>(fetch: (offset: number, limit: number) => Promise<Row[]>, size = 1000) {
	for (let offset = 0; ; offset += size) {
		const batch = await fetch(offset, size)
		if (batch.length) yield batch
		if (batch.length < size) return
	}
}
