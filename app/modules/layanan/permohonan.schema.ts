import { z } from 'zod'
import { nikValid } from './skema-isian'

/** The applicant and the delivery choice, shared by the loket form, the web form and the action. */
export const CARA_PENGIRIMAN = [
	{ value: 'ambil', label: 'Diambil di loket' },
	{ value: 'email', label: 'Dikirim ke e-mail (PDF)' },
	{ value: 'wa', label: 'Dikirim lewat WhatsApp (PDF)' },
] as const

/** trimmed; an empty optional field is null */
const kosongJadiNull = (v: unknown) => (typeof v === 'string' ? v.trim() || null : v)

/** `0812-3456 7890`, `+62812…` → `6281234567890`; the form of the WhatsApp API. */
export function normalisasiTelepon(value: string) {
	const digits = value.replace(/[\s().-]/g, '')
	if (digits.startsWith('+62')) return digits.slice(1)
	if (digits.startsWith('0')) return `62${digits.slice(1)}`
	return digits
}

export const PemohonSchema = z
	.object({
		pemohonNama: z.string({ error: 'Nama pemohon wajib diisi.' }).trim().min(3, 'Nama pemohon minimal 3 huruf.').max(150, 'Nama pemohon paling panjang 150 huruf.'),
		pemohonNik: z.preprocess(
			kosongJadiNull,
			z.string().trim().refine(nikValid, 'NIK harus 16 angka dengan kode wilayah dan tanggal lahir yang sah.').nullable().default(null),
		),
		pemohonTelepon: z.preprocess(
			kosongJadiNull,
			z
				.string()
				.trim()
				.transform(normalisasiTelepon)
				.refine((v) => /^628\d{7,12}$/.test(v), 'Nomor HP/WhatsApp tidak sah, contoh: 0812 3456 7890.')
				.nullable()
				.default(null),
		),
		pemohonEmail: z.preprocess(kosongJadiNull, z.email('Alamat e-mail tidak sah.').trim().toLowerCase().max(150).nullable().default(null)),
		pengiriman: z.enum(['ambil', 'email', 'wa'], { error: 'Pilih cara penerimaan dokumen.' }).default('ambil'),
	})
	.superRefine((v, ctx) => {
		if (v.pengiriman === 'email' && !v.pemohonEmail) ctx.addIssue({ code: 'custom', path: ['pemohonEmail'], message: 'Isi alamat e-mail untuk menerima dokumen lewat e-mail.' })
		if (v.pengiriman === 'wa' && !v.pemohonTelepon) ctx.addIssue({ code: 'custom', path: ['pemohonTelepon'], message: 'Isi nomor WhatsApp untuk menerima dokumen lewat WhatsApp.' })
	})

export type PemohonInput = z.infer<typeof PemohonSchema>
