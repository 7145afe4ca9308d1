import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { getEnv } from '~/utils/env.server'

/**
 * Where uploaded files live. Callers keep only the key this returns (in the database) and never
 * build paths themselves, so the local disk can later be swapped for S3-compatible storage
 * behind the same three calls.
 */
export type Storage = {
	/** Stores the bytes under a new random name and returns its key, e.g. `kantor/3f…9a.png`. */
	save(body: Uint8Array, ext: string, options?: { folder?: string }): Promise<string>
	/** The stored bytes, or null when nothing is stored under the key. */
	read(key: string): Promise<Buffer | null>
	/** Removes the file; a key already gone is not an error. */
	remove(key: string): Promise<void>
}

const POLA_FOLDER = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/
const POLA_EXT = /^[a-z0-9]{1,8}$/
/** Keys are only ever names this adapter made: folders of [a-z0-9-] and 32 hex characters. */
const POLA_KUNCI = /^([a-z0-9-]+\/)*[a-f0-9]{32}\.[a-z0-9]{1,8}$/

export class KunciBerkasError extends Error {
	constructor(key: string) {
		super(`Kunci berkas tidak sah: ${JSON.stringify(key.slice(0, 80))}`)
	}
}

function isNotFound(error: unknown) {
	return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT'
}

/** Files on the local disk under `root`; names are random, never what the user called the file. */
export function createLocalStorage(root: string): Storage {
	const base = path.resolve(root)
	const fileOf = (key: string) => {
		if (!POLA_KUNCI.test(key)) throw new KunciBerkasError(key)
		const file = path.resolve(base, key)
		// The pattern already rules out `..`; this guards against a future change of the pattern.
		if (!file.startsWith(base + path.sep)) throw new KunciBerkasError(key)
		return file
	}

	return {
		async save(body, ext, options = {}) {
			const extension = ext.replace(/^\./, '').toLowerCase()
			if (!POLA_EXT.test(extension)) throw new Error(`Ekstensi berkas tidak sah: ${ext}`)
			const folder = options.folder ?? ''
			if (folder && !POLA_FOLDER.test(folder)) throw new Error(`Folder berkas tidak sah: ${folder}`)
			const key = `${folder ? `${folder}/` : ''}${crypto.randomBytes(16).toString('hex')}.${extension}`
			const file = fileOf(key)
			await fs.mkdir(path.dirname(file), { recursive: true })
			// Written aside and renamed, so a reader never sees half a file.
			const temp = `${file}.${crypto.randomBytes(4).toString('hex')}.tmp`
			try {
				await fs.writeFile(temp, body, { flag: 'wx', mode: 0o640 })
				await fs.rename(temp, file)
			} catch (error) {
				await fs.rm(temp, { force: true })
				throw error
			}
			return key
		},
		async read(key) {
			try {
				return await fs.readFile(fileOf(key))
			} catch (error) {
				if (isNotFound(error)) return null
				throw error
			}
		},
		async remove(key) {
			await fs.rm(fileOf(key), { force: true })
		},
	}
}

/** The storage of this install: the upload directory from the environment (`UPLOAD_DIR`). */
export function getStorage(): Storage {
	return createLocalStorage(getEnv().uploadDir)
}
