import { expect } from 'vitest'
import { TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { getJenisLayananByKode } from '~/modules/layanan/katalog.server'
import { catatCekDokumen, catatCetak, catatPenyerahan, terimaPembayaranDenda } from '~/modules/layanan/pekerjaan.server'
import { ajukanPermohonan } from '~/modules/layanan/permohonan.server'
import { ambilTugas, jalankanAksi } from '~/workflow/mesin.server'

/**
 * Requests for the service reports' tests, made the way the desk makes them: submitted through
 * `ajukanPermohonan` and moved along by the workflow engine and the desk's recording functions.
 */

/** The smallest file the berkas check takes for a PDF: it reads the bytes, not the name. */
export const PDF_KECIL = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

export const NIK_PEMOHON = '3305011207900002'
const NIK_IBU = '3305015107900001'
const NOMOR_KK = '3305011207150003'

const ISIAN: Record<string, Record<string, string>> = {
	'KTP-BARU': { alasan: 'Penerbitan baru', nik: NIK_PEMOHON, nama: 'Budi Santoso', nomorKk: NOMOR_KK },
	'AKTA-LAHIR': {
		namaAnak: 'Ayu Lestari',
		jenisKelamin: 'Perempuan',
		tempatLahir: 'Kebumen',
		// far past the 60-day limit: the request carries the fine
		tanggalLahir: '2025-06-01',
		anakKe: '1',
		penolongKelahiran: 'Bidan/perawat',
		namaIbu: 'Sri Wahyuni',
		nikIbu: NIK_IBU,
		nomorKk: NOMOR_KK,
	},
}

/** A loket submission; `lengkap` ticks every checklist line, otherwise none. */
export async function ajukanUji(jenisKode: 'KTP-BARU' | 'AKTA-LAHIR', params: { pemohonNama: string; lengkap?: boolean }) {
	const jenis = await getJenisLayananByKode(jenisKode)
	const loket = await getUserById('loket')
	const hasil = await withRequestContext(() =>
		ajukanPermohonan({
			jenisKode,
			kanal: 'loket',
			pemohon: { pemohonNama: params.pemohonNama, pemohonNik: NIK_PEMOHON, pemohonTelepon: '', pemohonEmail: '', pengiriman: 'ambil' },
			isian: ISIAN[jenisKode]!,
			berkas: [{ nama: 'berkas.pdf', bytes: PDF_KECIL, persyaratanId: null }],
			ceklis: params.lengkap === false ? [] : (jenis?.persyaratan.map((p) => p.id) ?? []),
			pelaku: loket,
		}),
	)
	if (!hasil.ok) throw new Error(`ajukanPermohonan gagal: ${JSON.stringify(hasil.errors)}`)
	return hasil
}

/** Claims the open task of the instance's current step for `username`; returns the actor and task. */
export async function ambil(username: string, instansId: number) {
	const pelaku = await getUserById(username)
	const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' }, order: [['id', 'DESC']] })
	expect(tugas, `tugas terbuka untuk ${username}`).not.toBeNull()
	await withRequestContext(() => ambilTugas({ tugasId: tugas!.id, pelaku }))
	return { pelaku, tugasId: tugas!.id }
}

/** Claims the current step and takes `aksiKode` on it. */
export async function kerjakan(username: string, instansId: number, aksiKode: string, alasan?: string) {
	const { pelaku, tugasId } = await ambil(username, instansId)
	return withRequestContext(() => jalankanAksi({ tugasId, aksiKode, alasan, pelaku }))
}

/**
 * Three requests of today:
 * - `selesai`: a KTP-el, complete, printed (a register line), checked and handed over: finished;
 * - `kembali`: a KTP-el without its checklist, returned to the applicant;
 * - `denda`: a late akta kelahiran whose fine the loket received; the operator SIAK now holds its
 *   data-entry step.
 */
export async function seedLaporanLayanan() {
	const selesai = await ajukanUji('KTP-BARU', { pemohonNama: 'Budi Santoso' })
	await kerjakan('loket', selesai.instansId, 'teruskan')
	const cetak = await ambil('operator.siak', selesai.instansId)
	await withRequestContext(() => catatCetak({ permohonanId: selesai.permohonanId, nomorDokumen: '3305011207900002', pelaku: cetak.pelaku }))
	await withRequestContext(() => jalankanAksi({ tugasId: cetak.tugasId, aksiKode: 'teruskan', pelaku: cetak.pelaku }))
	const cek = await ambil('pengambilan', selesai.instansId)
	await withRequestContext(() => catatCekDokumen({ permohonanId: selesai.permohonanId, kondisi: 'baik', pelaku: cek.pelaku }))
	await withRequestContext(() => jalankanAksi({ tugasId: cek.tugasId, aksiKode: 'teruskan', pelaku: cek.pelaku }))
	const serah = await ambil('pengambilan', selesai.instansId)
	await withRequestContext(() => catatPenyerahan({ permohonanId: selesai.permohonanId, diterimaOleh: 'Budi Santoso', cara: 'ambil', pelaku: serah.pelaku }))
	const akhir = await withRequestContext(() => jalankanAksi({ tugasId: serah.tugasId, aksiKode: 'serahkan', pelaku: serah.pelaku }))
	expect(akhir.status).toBe('selesai')

	const kembali = await ajukanUji('KTP-BARU', { pemohonNama: 'Citra Dewi', lengkap: false })
	const dikembalikan = await kerjakan('loket', kembali.instansId, 'kembalikan', 'Fotokopi KK belum dilampirkan.')
	expect(dikembalikan.langkahAktif).toBe('ajukan')

	const denda = await ajukanUji('AKTA-LAHIR', { pemohonNama: 'Sri Wahyuni' })
	expect(denda.denda).toBe(100_000)
	await kerjakan('loket', denda.instansId, 'minta-bayar-denda')
	const bayar = await ambil('loket', denda.instansId)
	await withRequestContext(() => terimaPembayaranDenda({ permohonanId: denda.permohonanId, pelaku: bayar.pelaku }))
	await ambil('operator.siak', denda.instansId)

	return { selesai, kembali, denda }
}
