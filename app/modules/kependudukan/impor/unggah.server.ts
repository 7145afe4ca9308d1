import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {
	MaxPartSizeExceededError,
	NodeOnDiskFile,
	unstable_composeUploadHandlers,
	unstable_createFileUploadHandler,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
} from '@remix-run/node'
import { formatUkuran } from '~/utils/format'
import type { FieldErrors } from '~/utils/forms'
import { BATAS_UKURAN_DKB } from './batas'
import { direktoriBerkasMasuk } from './impor.server'

/**
 * A DKB upload goes straight to disk as it arrives (a regency's file is hundreds of megabytes):
 * never whole in memory. The form's other fields are small and read in memory.
 */
const EKSTENSI = new Set(['csv', 'xlsx', 'txt'])

export type HasilUnggahDkb =
	| { ok: true; semester: string; namaBerkas: string; berkas: string }
	| { ok: false; errors: FieldErrors; values: Record<string, string> }

export async function terimaUnggahanDkb(request: Request): Promise<HasilUnggahDkb> {
	let tujuan: string | null = null
	let nama = ''
	const keDisk = unstable_createFileUploadHandler({
		directory: direktoriBerkasMasuk(),
		maxPartSize: BATAS_UKURAN_DKB,
		avoidFileConflicts: false,
		filter: ({ name }) => name === 'berkas',
		// the name on disk is ours, never the one the user gave
		file: ({ filename }) => {
			nama = filename
			const ext = path.extname(filename).slice(1).toLowerCase()
			tujuan = `${crypto.randomBytes(16).toString('hex')}.${EKSTENSI.has(ext) ? ext : 'bin'}`
			return tujuan
		},
	})
	await fs.promises.mkdir(direktoriBerkasMasuk(), { recursive: true })
	let formData: FormData
	try {
		formData = await unstable_parseMultipartFormData(request, unstable_composeUploadHandlers(keDisk, unstable_createMemoryUploadHandler({ maxPartSize: 64 * 1024 })))
	} catch (error) {
		if (tujuan) await fs.promises.rm(path.join(direktoriBerkasMasuk(), tujuan), { force: true })
		if (error instanceof MaxPartSizeExceededError) return { ok: false, errors: { berkas: [`Ukuran berkas melebihi batas ${formatUkuran(BATAS_UKURAN_DKB)}.`] }, values: {} }
		throw error
	}
	const semester = String(formData.get('semester') ?? '').trim()
	const berkas = formData.get('berkas')
	const values = { semester }
	if (!(berkas instanceof NodeOnDiskFile) || berkas.size === 0) {
		if (berkas instanceof NodeOnDiskFile) await fs.promises.rm(berkas.getFilePath(), { force: true })
		return { ok: false, errors: { berkas: ['Pilih berkas DKB (CSV atau XLSX).'] }, values }
	}
	const ext = path.extname(nama).slice(1).toLowerCase()
	if (!EKSTENSI.has(ext)) {
		await fs.promises.rm(berkas.getFilePath(), { force: true })
		return { ok: false, errors: { berkas: ['Berkas DKB harus CSV atau XLSX.'] }, values }
	}
	return { ok: true, semester, namaBerkas: nama, berkas: berkas.getFilePath() }
}
