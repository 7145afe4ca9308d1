import { z } from 'zod'
import { MAKS_VERIFIKATOR } from '~/workflow/definisi/p1/p1-2-1-1-v2'
import { periksaFormatNomor } from './nomor-surat'

/**
 * The admin form of a jenis naskah: its name, template, verification chain (up to four jabatan,
 * in order, picked in the selects `verifikator1` … `verifikator4`), signer and number pattern.
 */
export { MAKS_VERIFIKATOR }

const kosongJadiNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)
const kodeJabatan = z.preprocess(kosongJadiNull, z.string().trim().max(40, 'Pilih jabatan dari daftar.').nullable().default(null))

export const UbahJenisNaskahSchema = z
	.object({
		nama: z.string({ error: 'Nama jenis naskah wajib diisi.' }).trim().min(3, 'Nama jenis naskah minimal 3 karakter.').max(100, 'Nama jenis naskah maksimal 100 karakter.'),
		templat: z.string({ error: 'Templat wajib diisi.' }).max(200_000, 'Templat terlalu panjang.'),
		verifikator1: kodeJabatan,
		verifikator2: kodeJabatan,
		verifikator3: kodeJabatan,
		verifikator4: kodeJabatan,
		jabatanPenandatangan: z.string({ error: 'Pilih jabatan penandatangan.' }).trim().min(1, 'Pilih jabatan penandatangan.').max(40, 'Pilih jabatan dari daftar.'),
		formatNomor: z
			.string({ error: 'Format nomor wajib diisi.' })
			.trim()
			.superRefine((v, ctx) => {
				const salah = periksaFormatNomor(v)
				if (salah) ctx.addIssue({ code: 'custom', message: salah })
			}),
		aktif: z.preprocess((v) => v === 'on' || v === '1' || v === 'true' || v === true, z.boolean()),
		version: z.coerce.number({ error: 'Versi data tidak dikenal; muat ulang halaman.' }).int().min(0),
	})
	.superRefine((v, ctx) => {
		const urut = [v.verifikator1, v.verifikator2, v.verifikator3, v.verifikator4]
		const akhir = urut.findLastIndex((k) => k !== null)
		if (akhir < 0) {
			ctx.addIssue({ code: 'custom', path: ['verifikator1'], message: 'Pilih paling sedikit satu verifikator.' })
			return
		}
		for (let i = 0; i < akhir; i += 1) {
			if (!urut[i]) ctx.addIssue({ code: 'custom', path: [`verifikator${i + 1}`], message: 'Isi verifikator berurutan, tanpa yang kosong di tengah.' })
		}
		const dilihat = new Set<string>()
		urut.forEach((k, i) => {
			if (!k) return
			if (dilihat.has(k)) ctx.addIssue({ code: 'custom', path: [`verifikator${i + 1}`], message: 'Jabatan ini sudah ada di rantai verifikasi.' })
			if (k === v.jabatanPenandatangan) ctx.addIssue({ code: 'custom', path: [`verifikator${i + 1}`], message: 'Penandatangan tidak ikut memverifikasi draf yang akan ditandatanganinya.' })
			dilihat.add(k)
		})
	})
	.transform(({ verifikator1, verifikator2, verifikator3, verifikator4, ...v }) => ({
		...v,
		rantaiVerifikasi: [verifikator1, verifikator2, verifikator3, verifikator4].filter((k): k is string => Boolean(k)),
	}))
export type UbahJenisNaskahInput = z.infer<typeof UbahJenisNaskahSchema>
