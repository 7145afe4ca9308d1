import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InstansAlur, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { buatImpor, jalankanImpor, type HasilImpor } from '~/modules/kependudukan/impor/impor.server'
import { getDefinisi } from '~/workflow/definisi'
import { ambilTugas, aksiTersedia, jalankanAksi, type Pelaku } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'

/** The DKB columns in the contract's order. */
export const KOLOM = [
	'NIK', 'NO_KK', 'NAMA_LGKP', 'JENIS_KLMIN', 'TMPT_LHR', 'TGL_LHR', 'GOL_DRH', 'AGAMA', 'STAT_KWN', 'STAT_HBKEL', 'PDDK_AKH',
	'JENIS_PKRJN', 'PNYDNG_CACAT', 'KWRNGRN', 'NO_PROP', 'NO_KAB', 'NO_KEC', 'NO_KEL', 'ALAMAT', 'NO_RT', 'NO_RW', 'AKTA_LHR',
	'AKTA_KWN', 'AKTA_CRAI', 'STAT_KTP_EL', 'KIA',
] as const
export type BarisUji = Partial<Record<(typeof KOLOM)[number], string>>

/**
 * One resident of desa Argopeni (33.05.01.2001, Kecamatan Ayah) with plain values: an adult
 * married Muslim man, kepala keluarga, with every document. Tests override what they test.
 */
export function penduduk(isi: BarisUji & { NIK: string }): BarisUji {
	return {
		NO_KK: '3305010101200001',
		NAMA_LGKP: 'WARGA UJI',
		JENIS_KLMIN: '1',
		TMPT_LHR: 'KEBUMEN',
		TGL_LHR: '1980-05-17',
		GOL_DRH: '13',
		AGAMA: '1',
		STAT_KWN: '2',
		STAT_HBKEL: '1',
		PDDK_AKH: '5',
		JENIS_PKRJN: '6',
		PNYDNG_CACAT: '0',
		KWRNGRN: '1',
		NO_PROP: '33',
		NO_KAB: '5',
		NO_KEC: '1',
		NO_KEL: '2001',
		ALAMAT: 'DUSUN KRAJAN',
		NO_RT: '1',
		NO_RW: '2',
		AKTA_LHR: '2',
		AKTA_KWN: '2',
		AKTA_CRAI: '1',
		STAT_KTP_EL: '3',
		KIA: '1',
		...isi,
	}
}

/** A CSV file of the rows in a temporary directory; `;` when asked. */
export function tulisCsv(baris: BarisUji[], opsi: { pemisah?: ',' | ';'; kolom?: readonly string[] } = {}) {
	const pemisah = opsi.pemisah ?? ','
	const kolom = opsi.kolom ?? KOLOM
	const isi = [kolom.join(pemisah), ...baris.map((b) => kolom.map((k) => b[k as keyof BarisUji] ?? '').join(pemisah))].join('\n')
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simadu-dkb-'))
	const file = path.join(dir, 'dkb.csv')
	fs.writeFileSync(file, `${isi}\n`)
	return file
}

/** Imports a file as the command line does (the file stays); throws when the job cannot be created. */
export async function imporUji(semester: string, file: string, pelaku: Pelaku | null = null): Promise<HasilImpor & { imporId: number }> {
	const dibuat = await buatImpor({ semester, namaBerkas: path.basename(file), berkas: file, asal: 'luar', pelaku })
	if (!dibuat.ok) throw new Error(Object.values(dibuat.errors).flat().join(' '))
	const hasil = await jalankanImpor(dibuat.impor.id, { pelaku, berkasLuar: file })
	return { ...hasil, imporId: dibuat.impor.id }
}

/** The staff of P7.2 in the demo office. */
const PETUGAS_PUBLIKASI = ['piak', 'kabid.piak', 'sekretaris', 'kadis']

/** The open task of a P7.2 instance is claimed by whoever may take it and `aksiKode` is taken. */
export async function langkahPublikasi(instansId: number, aksiKode: string, alasan?: string) {
	const tugas = await TugasAlur.findOne({ where: { instansId, status: 'terbuka' }, order: [['id', 'ASC']] })
	if (!tugas) throw new Error(`Instans ${instansId} tidak punya tugas terbuka`)
	const petugas = await Promise.all(PETUGAS_PUBLIKASI.map((u) => getUserById(u)))
	const pelaku = petugas.find((p) => hakAtasTugas(p, tugas).boleh)
	if (!pelaku) throw new Error(`Tidak ada petugas untuk langkah ${tugas.langkahKode}`)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	const instans = (await InstansAlur.findByPk(instansId))!
	const aksi = aksiTersedia(getDefinisi(instans.definisiKode, instans.definisiVersi)!, tugas.langkahKode, instans.konteks).find((a) => a.kode === aksiKode)
	if (!aksi) throw new Error(`Aksi ${aksiKode} tidak ada di langkah ${tugas.langkahKode}`)
	await withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode, ke: aksi.ke, alasan, pelaku }))
	return { langkah: tugas.langkahKode, pelaku }
}

/** Drafted, discussed, approved by the Sekretaris and the Kepala Dinas: published. */
export async function terbitkan(instansId: number) {
	await langkahPublikasi(instansId, 'teruskan')
	await langkahPublikasi(instansId, 'ajukan')
	await langkahPublikasi(instansId, 'setujui')
	await langkahPublikasi(instansId, 'setujui')
}
