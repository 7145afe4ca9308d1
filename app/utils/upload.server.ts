import {
	MaxPartSizeExceededError,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
} from '@remix-run/node'
import { formatUkuran } from './format'

export { formatUkuran }
import type { FieldErrors } from './forms'

export type HasilUnggah = { ok: true; formData: FormData } | { ok: false; errors: FieldErrors }

/** Room for the text fields and the multipart headers around the file. */
const RUANG_LAIN = 64 * 1024


class BatasUnggahError extends Error {}

/** The body, cut off with an error as soon as more than `limit` bytes arrive. */
function limitBody(request: Request, limit: number) {
	let total = 0
	const body = request.body!.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				total += chunk.byteLength
				if (total > limit) controller.error(new BatasUnggahError())
				else controller.enqueue(chunk)
			},
		}),
	)
	return new Request(request.url, { method: request.method, headers: request.headers, body, duplex: 'half' } as RequestInit)
}

/**
 * Reads a form that may carry a file, holding at most `maxFileSize` bytes a part in memory and a
 * little more than that for the whole body. Too large gives a message on `field`, not a 500.
 * A form sent without a file (urlencoded) is read as usual.
 */
export async function parseUpload(
	request: Request,
	{ field, maxFileSize, maxFiles = 1 }: { field: string; maxFileSize: number; maxFiles?: number },
): Promise<HasilUnggah> {
	const contentType = request.headers.get('Content-Type') ?? ''
	if (!/^multipart\/form-data/i.test(contentType)) {
		return { ok: true, formData: await request.formData() }
	}
	const terlaluBesar = (name = field): HasilUnggah => ({
		ok: false,
		errors: {
			[name]: [
				maxFiles > 1
					? `Ukuran berkas melebihi batas ${formatUkuran(maxFileSize)} per berkas (paling banyak ${maxFiles} berkas).`
					: `Ukuran berkas melebihi batas ${formatUkuran(maxFileSize)}.`,
			],
		},
	})
	// several files: each part within `maxFileSize`, the whole body within all of them together
	const limit = maxFileSize * maxFiles + RUANG_LAIN
	const declared = Number(request.headers.get('Content-Length'))
	if (Number.isFinite(declared) && declared > limit) return terlaluBesar()
	if (!request.body) return { ok: false, errors: { [field]: ['Pilih berkas yang akan diunggah.'] } }
	try {
		const formData = await unstable_parseMultipartFormData(
			limitBody(request, limit),
			unstable_createMemoryUploadHandler({ maxPartSize: maxFileSize }),
		)
		return { ok: true, formData }
	} catch (error) {
		if (error instanceof MaxPartSizeExceededError) return terlaluBesar(error.field || field)
		if (error instanceof BatasUnggahError || (error instanceof Error && error.cause instanceof BatasUnggahError)) {
			return terlaluBesar()
		}
		if (error instanceof TypeError) return { ok: false, errors: { _form: ['Formulir unggahan tidak dapat dibaca. Ulangi unggahan.'] } }
		throw error
	}
}

export type JenisBerkas = { ext: 'png' | 'jpg' | 'pdf'; mime: string }

function diawali(bytes: Uint8Array, signature: number[]) {
	return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)
}

/**
 * The type of a file read from its first bytes (its "magic number"), never from the name or the
 * type the browser claims; null when it is none of the kinds SIMADU accepts.
 */
export function kenaliJenisBerkas(bytes: Uint8Array): JenisBerkas | null {
	if (diawali(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: 'png', mime: 'image/png' }
	if (diawali(bytes, [0xff, 0xd8, 0xff])) return { ext: 'jpg', mime: 'image/jpeg' }
	if (diawali(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ext: 'pdf', mime: 'application/pdf' }
	return null
}
