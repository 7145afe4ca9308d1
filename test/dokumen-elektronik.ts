import { expect } from 'vitest'
import { InstansAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { ambilLangkah, contohIsian, kerjakanLangkah, NIK_CONTOH, PDF_KECIL } from '#test/layanan'
import { withRequestContext } from '#test/utils'
import { unggahDrafDokumen } from '~/modules/layanan/dokumen-elektronik.server'
import { getJenisLayananByKode } from '~/modules/layanan/katalog.server'
import { catatHasilSiak } from '~/modules/layanan/pekerjaan.server'
import { ajukanPermohonan } from '~/modules/layanan/permohonan.server'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import { jalankanAksi } from '~/workflow/mesin.server'

/** Requests walked to the steps where the electronic document is uploaded and signed. */
export const NOMOR_KK = '3305010101260001'
export const PEMOHON = { pemohonNama: 'Budi Santoso', pemohonNik: NIK_CONTOH, pemohonTelepon: '0812 3456 7890', pemohonEmail: '', pengiriman: 'ambil' }
/** The PDF "from SIAK" */
export const DRAF = new TextEncoder().encode('%PDF-1.4\n% Kartu Keluarga dari SIAK\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

export const langkahAktif = async (instansId: number) => (await InstansAlur.findByPk(instansId))!.langkahAktif

/** A KK-BARU registered at the loket with its required checklist ticked. */
async function ajukanKkDiLoket() {
	const loket = await getUserById('loket')
	const jenis = (await getJenisLayananByKode('KK-BARU'))!
	const hasil = await withRequestContext(() =>
		ajukanPermohonan({
			jenisKode: 'KK-BARU',
			kanal: 'loket',
			pemohon: PEMOHON,
			isian: contohIsian(SKEMA_ISIAN[jenis.skema]!),
			berkas: [{ nama: 'ktp.pdf', bytes: PDF_KECIL, persyaratanId: jenis.persyaratan[0]!.id }],
			ceklis: jenis.persyaratan.filter((p) => p.wajib).map((p) => p.id),
			pelaku: loket,
		}),
	)
	if (!hasil.ok) throw new Error(JSON.stringify(hasil.errors))
	return hasil
}

/** A KK request from the loket, walked to step `tte` (claimed by the Kadis); SIAK's PDF uploaded at the SIAK entry unless `unggah` is false. */
export async function sampaiTte(opsi: { unggah?: boolean; ambil?: boolean } = {}) {
	const hasil = await ajukanKkDiLoket()
	for (let i = 0; i < 10; i++) {
		const langkah = await langkahAktif(hasil.instansId)
		if (langkah === 'tte') break
		if (langkah === 'input-data') {
			const { tugas, pelaku } = await ambilLangkah(hasil.instansId)
			await withRequestContext(async () => {
				await catatHasilSiak({ permohonanId: hasil.permohonanId, catatan: { nomor: NOMOR_KK, keterangan: null }, pelaku })
				if (opsi.unggah !== false) {
					const unggah = await unggahDrafDokumen({ permohonanId: hasil.permohonanId, berkas: { nama: 'kk.pdf', bytes: DRAF }, nomorDokumen: null, pelaku })
					expect(unggah.ok).toBe(true)
				}
				await jalankanAksi({ tugasId: tugas.id, aksiKode: 'ajukan', pelaku })
			})
		} else await kerjakanLangkah(hasil.instansId)
	}
	expect(await langkahAktif(hasil.instansId)).toBe('tte')
	const kadis = await getUserById('kadis')
	if (opsi.ambil !== false) {
		const { pelaku } = await ambilLangkah(hasil.instansId)
		expect(pelaku.id).toBe(kadis.id)
	}
	return { ...hasil, kadis }
}

/** A KK request at its SIAK entry (`input-data`, the front office's in P4), claimed. */
export async function sampaiSiak() {
	const hasil = await ajukanKkDiLoket()
	while ((await langkahAktif(hasil.instansId)) !== 'input-data') await kerjakanLangkah(hasil.instansId)
	const { pelaku } = await ambilLangkah(hasil.instansId)
	return { ...hasil, pelaku }
}

