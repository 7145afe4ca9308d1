import zlib from 'node:zlib'
import { InstansAlur, Jabatan, JenisNaskah, NomorSuratKeluar, SuratKeluar, TugasAlur } from '#models/index'
import { getUserById } from '#test/alur'
import { withRequestContext } from '#test/utils'
import { ambilTugas, jalankanAksi, type Pelaku } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'
import { ajukanVerifikasi, buatDrafSurat } from '~/modules/persuratan/surat-keluar.server'
import type { DrafSuratInput } from '~/modules/persuratan/surat-keluar.schema'

/**
 * What the tests of outgoing letters share: a draft of a jenis naskah, the workflow's steps
 * taken by the demo accounts that hold them, and the text inside a generated PDF. Only tests
 * import this file.
 */
export const USERNAME_PETUGAS = ['tu', 'kasubag.umum', 'sekretaris', 'kadis', 'caraka', 'kasi.dafduk'] as const

const cache = new Map<string, Pelaku>()
/** A demo account as the engine sees it; `<username>.plt` reads its authority afresh (after a Plt was assigned). */
export async function pengguna(username: string) {
	let p = cache.get(username)
	if (!p) {
		p = await getUserById(username.replace(/\.plt$/, ''))
		cache.set(username, p)
	}
	return p
}

export async function jenisNaskah(kode: string) {
	return (await JenisNaskah.findOne({ where: { kode } }))!
}

/** This year in the office's zone (Asia/Jakarta in the demo). */
export const tahunIni = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()))

/** The highest number of a jenis naskah this year (the demo data may have taken some). */
export async function nomorTerakhir(kode: string) {
	const jenis = await jenisNaskah(kode)
	return Number((await NomorSuratKeluar.max('nomorUrut', { where: { jenisNaskahId: jenis.id, tahun: tahunIni() } })) ?? 0)
}

export async function isianDraf(kode = 'SB', ubah: Partial<DrafSuratInput> = {}): Promise<DrafSuratInput> {
	const jenis = await jenisNaskah(kode)
	const penandatangan = (await Jabatan.findOne({ where: { kode: jenis.jabatanPenandatangan } }))!
	return {
		jenisNaskahId: jenis.id,
		klasifikasiKode: '000.1.2',
		sifat: 'biasa',
		urgensi: 'biasa',
		perihal: 'Permohonan narasumber sosialisasi IKD',
		tujuan: 'Camat Kebumen\nCamat Pejagoan',
		tembusan: 'Bupati Kebumen',
		isi: jenis.templat,
		lampiran: null,
		ukuranKertas: 'A4',
		jabatanPenandatanganId: penandatangan.id,
		...ubah,
	}
}

/** A draft by `oleh` (the tata usaha by default). */
export async function buatSurat(kode = 'SB', oleh = 'tu', ubah: Partial<DrafSuratInput> = {}) {
	const pelaku = await pengguna(oleh)
	const hasil = await withRequestContext(async () => buatDrafSurat(await isianDraf(kode, ubah), pelaku))
	if (!hasil.ok) throw new Error(`Draf ditolak: ${JSON.stringify(hasil)}`)
	return { id: hasil.id, pelaku }
}

/** A draft submitted for verification. */
export async function suratDiajukan(kode = 'SB', oleh = 'tu', ubah: Partial<DrafSuratInput> = {}) {
	const { id, pelaku } = await buatSurat(kode, oleh, ubah)
	const hasil = await withRequestContext(() => ajukanVerifikasi({ id, pelaku }))
	if (!hasil.ok) throw new Error(hasil.pesan)
	return { id, instansId: hasil.instansId, pelaku }
}

export async function langkahSurat(id: number) {
	const surat = (await SuratKeluar.findByPk(id))!
	const instans = surat.instansId ? await InstansAlur.findByPk(surat.instansId) : null
	return { surat, instans, langkah: instans?.langkahAktif ?? null }
}

/** The open task of the letter's current step, claimed by `username`. */
export async function ambil(id: number, username: string) {
	const { instans } = await langkahSurat(id)
	const tugas = await TugasAlur.findOne({ where: { instansId: instans!.id, status: 'terbuka' }, order: [['id', 'ASC']] })
	if (!tugas) throw new Error(`Surat ${id} tidak punya tugas terbuka`)
	const pelaku = await pengguna(username)
	await ambilTugas({ tugasId: tugas.id, pelaku })
	return { tugas, pelaku }
}

/** `username` claims the current step and takes `aksiKode` (with a reason where needed). */
export async function kerjakan(id: number, username: string, aksiKode: string, alasan?: string) {
	const { tugas, pelaku } = await ambil(id, username)
	return withRequestContext(() => jalankanAksi({ tugasId: tugas.id, aksiKode, alasan, pelaku }))
}

/** Along the jenis naskah's chain up to the signature, the signer's task claimed by `penandatangan`. */
export async function suratSiapTandaTangan(kode = 'SB', penandatangan = 'kadis', oleh = 'tu', ubah: Partial<DrafSuratInput> = {}) {
	const { id, instansId } = await suratDiajukan(kode, oleh, ubah)
	const rantai = (await jenisNaskah(kode)).rantaiVerifikasi
	for (const jabatan of rantai) {
		const pemegang = await pemegangJabatan(jabatan)
		await kerjakan(id, pemegang, 'setujui')
	}
	await ambil(id, penandatangan)
	return { id, instansId, penandatangan: await pengguna(penandatangan) }
}

/** The demo account that holds a jabatan of the chain. */
export async function pemegangJabatan(kode: string) {
	const jabatan = (await Jabatan.findOne({ where: { kode } }))!
	for (const username of USERNAME_PETUGAS) {
		const p = await pengguna(username)
		if (hakAtasTugas(p, { targetJenis: 'jabatan', targetPeran: null, targetJabatanId: jabatan.id, targetPenggunaId: null }).boleh) return username
	}
	throw new Error(`Tidak ada akun demo untuk jabatan ${kode}`)
}

/**
 * The text drawn on a PDF's pages: pdfmake compresses each content stream and writes strings as
 * hex in TJ arrays, so the streams are inflated and the hex decoded (Latin-1).
 */
export function teksPdf(pdf: Buffer) {
	const biner = pdf.toString('latin1')
	const teks: string[] = []
	const pola = /stream\r?\n/g
	for (let m = pola.exec(biner); m; m = pola.exec(biner)) {
		const awal = m.index + m[0].length
		const akhir = biner.indexOf('endstream', awal)
		if (akhir < 0) break
		try {
			const isi = zlib.inflateSync(pdf.subarray(awal, akhir)).toString('latin1')
			for (const h of isi.matchAll(/<([0-9a-fA-F]+)>/g)) teks.push(Buffer.from(h[1]!, 'hex').toString('latin1'))
			for (const p of isi.matchAll(/\(((?:[^()\\]|\\.)*)\)\s*Tj/g)) teks.push(p[1]!)
		} catch {
			// an image or a stream that is not deflated
		}
		pola.lastIndex = akhir
	}
	return teks.join('')
}
