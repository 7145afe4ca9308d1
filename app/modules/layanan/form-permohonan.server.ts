import { BATAS_BERKAS, berkasDariForm } from './berkas.server'

/** Upload limits for `parseUpload` on a request form: the service standard's per-file size and count. */
export const UNGGAH_PERMOHONAN = { field: 'berkas', maxFileSize: BATAS_BERKAS.ukuran, maxFiles: BATAS_BERKAS.jumlah }

/**
 * The parts of a submitted request form: applicant fields, the service's own `isian.*` fields,
 * the loket's ticked `ceklis[]` lines, the files (`berkas`, `berkas_<persyaratanId>`) and the form's
 * one-time `kunciPengajuan`.
 */
export async function bacaFormPermohonan(formData: FormData) {
	const pemohon: Record<string, unknown> = {}
	const isian: Record<string, unknown> = {}
	for (const [key, value] of formData.entries()) {
		if (typeof value !== 'string') continue
		if (key.startsWith('isian.')) isian[key.slice('isian.'.length)] = value
		else if (['pemohonNama', 'pemohonNik', 'pemohonTelepon', 'pemohonEmail', 'pengiriman'].includes(key)) pemohon[key] = value
	}
	const ceklis = formData
		.getAll('ceklis[]')
		.map((v) => Number(v))
		.filter((n) => Number.isSafeInteger(n) && n > 0)
	const kunci = formData.get('kunciPengajuan')
	return { pemohon, isian, ceklis, berkas: await berkasDariForm(formData), kunciPengajuan: typeof kunci === 'string' ? kunci : null }
}
