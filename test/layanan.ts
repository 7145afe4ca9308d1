import { InstansAlur, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { getDefinisi } from '~/workflow/definisi'
import { ambilTugas, aksiTersedia, jalankanAksi, type Pelaku } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'

/** A tiny but real PDF (its magic number is what the desk checks). */
export const PDF_KECIL = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
export { contohIsian, NIK_CONTOH, tanggalLalu } from '../seeders/data/isian-contoh'

export const PETUGAS = ['loket', 'operator.siak', 'pengambilan', 'kasi.dafduk', 'kasi.pdp', 'kasi.capil', 'kasi.pps', 'kadis'] as const

let cache: Pelaku[] | null = null
export async function semuaPetugas() {
	cache ??= await Promise.all(PETUGAS.map((u) => getUserById(u)))
	return cache
}
export function resetPetugas() {
	cache = null
}

/** The open task of an instance and a desk user allowed to take it. */
export async function tugasDanPelaku(instansId: number) {
	const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' }, order: [['id', 'ASC']] })
	if (!tugas) throw new Error(`Instans ${instansId} tidak punya tugas terbuka`)
	const pelaku = (await semuaPetugas()).find((p) => hakAtasTugas(p, tugas).boleh)
	if (!pelaku) throw new Error(`Tidak ada petugas demo untuk langkah ${tugas.langkahKode} (${tugas.targetJenis} ${tugas.targetPeran ?? tugas.targetJabatanId})`)
	return { tugas, pelaku }
}

/** Claims the open task and takes `aksiKode` (the first available action when omitted). */
export async function kerjakanLangkah(instansId: number, aksiKode?: string, alasan?: string) {
	const { tugas, pelaku } = await tugasDanPelaku(instansId)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	const instans = (await InstansAlur.findByPk(instansId))!
	const aksi = aksiTersedia(getDefinisi(instans.definisiKode, instans.definisiVersi)!, tugas.langkahKode, instans.konteks)
	const pilih = aksiKode ? aksi.find((a) => a.kode === aksiKode) : aksi.find((a) => a.kode !== 'kembalikan' && a.kode !== 'tolak' && a.kode !== 'cetak-ulang')
	if (!pilih) throw new Error(`Aksi ${aksiKode ?? '(maju)'} tidak tersedia di ${tugas.langkahKode}: ${aksi.map((a) => a.kode).join(', ')}`)
	await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode: pilih.kode, ke: pilih.ke, alasan, pelaku }))
	return { langkah: tugas.langkahKode, pelaku, aksi: pilih }
}

/** Claims the open task for whoever may take it, without acting. */
export async function ambilLangkah(instansId: number) {
	const { tugas, pelaku } = await tugasDanPelaku(instansId)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	return { tugas, pelaku }
}
