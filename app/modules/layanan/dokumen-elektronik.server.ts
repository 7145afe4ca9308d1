import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import QRCode from 'qrcode'
import type { Transaction } from 'sequelize'
import { DokumenElektronik, InstansAlur, PermohonanLayanan, TugasAlur } from '#models/index'
import type { CaraTandaTangan } from '#models/layanan/DokumenElektronik'
import { getStorage } from '~/integrations/storage/storage.server'
import { tandatanganiPdf, TteError, type TampilanTte } from '~/integrations/tte/tte.server'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { audit } from '~/utils/audit.server'
import { getDb } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import type { FieldErrors } from '~/utils/forms'
import { kenaliJenisBerkas } from '~/utils/upload.server'
import { getDefinisi } from '~/workflow/definisi'
import type { Langkah } from '~/workflow/definisi/jenis'
import { KonflikError, TidakBerhakError, TidakDitemukanError } from '~/workflow/galat'
import { aksiTersedia, amatiAlur, jalankanAksi, type Pelaku } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'
import { daftarkanPenjagaAksi, type PenjagaAksi } from '~/workflow/subjek.server'
import { BATAS_BERKAS, bersihkanNamaBerkas } from './berkas.server'
import { getJenisLayananById } from './katalog.server'
import { panelLangkah } from './panel-langkah'
import { SUBJEK_PERMOHONAN } from './permohonan.server'

/**
 * The request's electronic document. SIAK produces the PDF; the operator uploads it here, the
 * Kadis (or Plt) signs it through the TTE service or by hand, SIMADU keeps the signed copy,
 * delivers it, and answers `/verifikasi/{kode}` for anyone holding the printed QR code. The
 * signer's passphrase passes through to the TTE service and nowhere else.
 */

/** No 0/O, 1/I/L: a code typed from paper is not misread. 12 characters, about 59 bits. */
export { tteAktif } from '~/integrations/tte/tte.server'

const HURUF = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const PANJANG_KODE = 12
const POLA_KODE = /^[A-HJKMNP-Z2-9]{10,20}$/
const POLA_NOMOR = /^[A-Za-z0-9./-]{4,60}$/
const LANGKAH_UNGGAH = new Set(['hasil-siak', 'cetak'])
const LANGKAH_TTE = 'tte'
const AKSI_TANDA_TANGAN = 'tandatangani'

function buatKodeVerifikasi() {
	return Array.from({ length: PANJANG_KODE }, () => HURUF[crypto.randomInt(HURUF.length)]).join('')
}

/** What a person typed or a scanner read: upper case, without spaces or dashes; null when it cannot be a code. */
export function normalisasiKodeVerifikasi(kode: string) {
	const bersih = kode.trim().toUpperCase().replace(/[\s-]+/g, '')
	return POLA_KODE.test(bersih) ? bersih : null
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex')

/** The public page the QR code opens. */
export function alamatVerifikasi(kode: string) {
	const dasar = (getEnv().APP_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
	return `${dasar}/verifikasi/${kode}`
}

/** The QR code of the verification address as a PNG, base64: the visible part of the signature. */
export async function qrVerifikasiBase64(kode: string) {
	const png = await QRCode.toBuffer(alamatVerifikasi(kode), { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 })
	return png.toString('base64')
}

/** "Plt. Kepala Dinas …" without the "(definitif: …)" note the inbox shows. */
const jabatanPenandatangan = (pelaku: Pelaku, atasNama: string | undefined) => (atasNama?.replace(/\s*\(definitif:.*\)$/, '') || pelaku.jabatan || null)?.slice(0, 200) ?? null

type Langkahnya = { permohonan: PermohonanLayanan; instans: InstansAlur; langkah: Langkah; tugas: TugasAlur; atasNama: string | undefined }

/**
 * The step of the request that `pelaku` holds, when it is `cocok`: claimed by them and still
 * theirs (the jabatan or Plt held today). A step nobody or someone else holds is a 403.
 */
async function langkahDipegang(permohonanId: number, pelaku: Pelaku, cocok: (langkah: Langkah) => boolean, pesanLangkah: string, transaction?: Transaction): Promise<Langkahnya> {
	const permohonan = await PermohonanLayanan.findByPk(permohonanId, { transaction, ...(transaction ? { lock: transaction.LOCK.UPDATE } : {}) })
	if (!permohonan?.instansId) throw new TidakDitemukanError('Permohonan tidak ditemukan.')
	const instans = await InstansAlur.findByPk(permohonan.instansId, { transaction })
	if (!instans || instans.status !== 'berjalan' || !instans.langkahAktif) throw new KonflikError('Permohonan ini sudah tidak berjalan.')
	const langkah = getDefinisi(instans.definisiKode, instans.definisiVersi)?.langkah.find((l) => l.kode === instans.langkahAktif)
	if (!langkah || !cocok(langkah)) throw new KonflikError(pesanLangkah)
	const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, langkahKode: langkah.kode, status: 'diambil', diambilOlehId: pelaku.id }, transaction })
	if (!tugas) throw new TidakBerhakError('Hanya pemegang tugas langkah ini yang dapat melakukannya. Ambil tugasnya terlebih dahulu.')
	const hak = hakAtasTugas(pelaku, tugas)
	if (!hak.boleh) throw new TidakBerhakError('Anda tidak lagi berwenang atas tugas ini.')
	return { permohonan, instans, langkah, tugas, atasNama: hak.atasNama }
}

const dokumenTerakhir = (permohonanId: number, transaction?: Transaction) =>
	DokumenElektronik.findOne({ where: { permohonanId }, order: [['id', 'DESC']], transaction, ...(transaction ? { lock: transaction.LOCK.UPDATE } : {}) })

export type HasilUnggahDraf = { ok: true; kodeVerifikasi: string } | { ok: false; errors: FieldErrors }

/**
 * The operator uploads the PDF SIAK produced, at the SIAK-entry or print step they hold. A new
 * upload replaces an unsigned draft (the verification code stays); a signed document is never
 * replaced.
 */
export async function unggahDrafDokumen(params: { permohonanId: number; berkas: { nama: string; bytes: Uint8Array } | null; nomorDokumen: string | null; pelaku: Pelaku }): Promise<HasilUnggahDraf> {
	const { berkas } = params
	if (!berkas || berkas.bytes.byteLength === 0) return { ok: false, errors: { dokumen: ['Pilih berkas PDF dokumen dari SIAK.'] } }
	const nama = bersihkanNamaBerkas(berkas.nama)
	if (berkas.bytes.byteLength > BATAS_BERKAS.ukuran) return { ok: false, errors: { dokumen: [`${nama}: ukuran melebihi batas 5 MB.`] } }
	if (kenaliJenisBerkas(berkas.bytes)?.ext !== 'pdf') return { ok: false, errors: { dokumen: [`${nama}: bukan PDF. Unduh ulang dokumen dari SIAK dalam bentuk PDF.`] } }
	const nomorDokumen = params.nomorDokumen?.trim() || null
	if (nomorDokumen && !POLA_NOMOR.test(nomorDokumen)) return { ok: false, errors: { nomorDokumen: ['Nomor dokumen hanya berisi huruf, angka, titik, garis miring atau tanda hubung (4–60 karakter).'] } }

	const awal = await PermohonanLayanan.findByPk(params.permohonanId, { attributes: ['jenisLayananId'] })
	if (!awal) throw new TidakDitemukanError('Permohonan tidak ditemukan.')
	const jenis = (await getJenisLayananById(awal.jenisLayananId))!
	const storage = getStorage()
	const kunci = await storage.save(berkas.bytes, 'pdf', { folder: 'dokumen' })
	let kunciLama: string | null = null
	try {
		const kode = await getDb().transaction(async (t) => {
			const { permohonan } = await langkahDipegang(
				params.permohonanId,
				params.pelaku,
				(l) => LANGKAH_UNGGAH.has(panelLangkah(l) ?? ''),
				'Dokumen dari SIAK diunggah pada langkah entri SIAK atau pencetakan.',
				t,
			)
			const ada = await dokumenTerakhir(permohonan.id, t)
			if (ada?.ditandatanganiAt) throw new KonflikError('Dokumen permohonan ini sudah ditandatangani; dokumen bertanda tangan tidak diganti.')
			const isi = { jenisDokumen: jenis.dokumenHasil, nomorDokumen: nomorDokumen ?? permohonan.hasilNomor, kunciDraf: kunci }
			if (ada) {
				kunciLama = ada.kunciDraf
				await ada.update(isi, { transaction: t })
				return ada.kodeVerifikasi
			}
			const baru = await DokumenElektronik.create(
				{ permohonanId: permohonan.id, ...isi, kunciFinal: null, sha256Final: null, kodeVerifikasi: buatKodeVerifikasi(), caraTandaTangan: null, penandatanganNama: null, penandatanganJabatan: null, ditandatanganiAt: null },
				{ transaction: t },
			)
			return baru.kodeVerifikasi
		})
		if (kunciLama) await storage.remove(kunciLama)
		return { ok: true, kodeVerifikasi: kode }
	} catch (error) {
		await storage.remove(kunci)
		throw error
	}
}

/**
 * A signature waiting for its step to move: recorded by the engine's observer inside the move's
 * transaction, so the signed document and the step's action commit together or not at all.
 */
type TandaTanganTertunda = {
	instansId: number
	dokumenId: number | null
	versi: number | null
	isi: Pick<DokumenElektronik, 'kunciFinal' | 'sha256Final' | 'caraTandaTangan' | 'penandatanganNama' | 'penandatanganJabatan' | 'ditandatanganiAt'> & { permohonanId: number; jenisDokumen: string; nomorDokumen: string | null }
	tercatat: boolean
}
const tertunda = new AsyncLocalStorage<TandaTanganTertunda>()

async function catatTandaTangan(data: TandaTanganTertunda, transaction: Transaction) {
	if (data.dokumenId) {
		const dokumen = await DokumenElektronik.findByPk(data.dokumenId, { transaction, lock: transaction.LOCK.UPDATE })
		// the draft was replaced while the signer was signing: what was signed is not the current draft
		if (!dokumen || dokumen.version !== data.versi || dokumen.ditandatanganiAt) throw new KonflikError('Dokumen berubah selama penandatanganan. Muat ulang halaman lalu ulangi.')
		const { permohonanId: _, jenisDokumen: __, ...isi } = data.isi
		await dokumen.update(isi, { transaction })
	} else {
		await DokumenElektronik.create({ ...data.isi, kunciDraf: null, kodeVerifikasi: buatKodeVerifikasi() }, { transaction })
	}
	data.tercatat = true
}

amatiAlur(SUBJEK_PERMOHONAN, async ({ instans, dari, aksi, transaction }) => {
	const data = tertunda.getStore()
	if (!data || data.instansId !== instans.id || dari !== LANGKAH_TTE || aksi.kode !== AKSI_TANDA_TANGAN || data.tercatat) return
	await catatTandaTangan(data, transaction)
})

/**
 * At step `tte` the `tandatangani` action is taken by the signing panel, which records the
 * signature with it; taken as a plain action it would move the request with nothing signed.
 */
/** The plain signature action is kept off every action bar (`/alur/:id` too): signing signs the document. */
const penjagaTandaTangan: PenjagaAksi = (p) =>
	p.subjekJenis === SUBJEK_PERMOHONAN && p.langkahKode === LANGKAH_TTE && p.aksiKode === AKSI_TANDA_TANGAN
		? 'Tandatangani dokumen melalui panel “Tanda tangan dokumen” di halaman permohonan.'
		: null

/** Registered wherever this module is loaded, and by the server at start for pages that do not load it. */
export function daftarkanPenjagaTandaTangan() {
	daftarkanPenjagaAksi(penjagaTandaTangan)
}
daftarkanPenjagaTandaTangan()

type PersiapanTte = Langkahnya & { dokumen: DokumenElektronik | null }

/** Before anything is signed: the holder, the step, an action whose condition holds, nothing signed yet. */
async function siapkanTandaTangan(permohonanId: number, pelaku: Pelaku): Promise<PersiapanTte> {
	const dipegang = await langkahDipegang(permohonanId, pelaku, (l) => l.kode === LANGKAH_TTE, 'Permohonan tidak sedang berada pada langkah tanda tangan.')
	const definisi = getDefinisi(dipegang.instans.definisiKode, dipegang.instans.definisiVersi)!
	if (!aksiTersedia(definisi, LANGKAH_TTE, dipegang.instans.konteks).some((a) => a.kode === AKSI_TANDA_TANGAN)) {
		throw new KonflikError('Syarat penandatanganan pada langkah ini belum terpenuhi.')
	}
	const dokumen = await dokumenTerakhir(permohonanId)
	if (dokumen?.ditandatanganiAt) throw new KonflikError('Dokumen permohonan ini sudah ditandatangani.')
	return { ...dipegang, dokumen }
}

/** Takes the step's `tandatangani` action with the signature recorded inside the move. */
async function tandatanganiDanMaju(siap: PersiapanTte, pelaku: Pelaku, isi: TandaTanganTertunda['isi']) {
	const data: TandaTanganTertunda = { instansId: siap.instans.id, dokumenId: siap.dokumen?.id ?? null, versi: siap.dokumen?.version ?? null, isi, tercatat: false }
	// the engine picks the candidate whose condition holds (e-mail or not)
	await tertunda.run(data, () => jalankanAksi({ tugasId: siap.tugas.id, aksiKode: AKSI_TANDA_TANGAN, pelaku }))
	// every tte step moves on its action; should a definition ever hold it (a quorum), record it anyway
	if (!data.tercatat) await getDb().transaction((t) => catatTandaTangan(data, t))
}

const TEMPAT_DEFAULT = 'Indonesia'
/** Lower right of the first page, above the footer: where SIAK's documents leave room for the signature. */
const POSISI_TTE = { page: 1, originX: 400, originY: 60, width: 120, height: 120 } as const

export type HasilTandaTangan = { ok: true } | { ok: false; pesan: string; errors?: FieldErrors }

/**
 * The Kadis (or Plt) signs the uploaded PDF through the TTE service. A failure of the service
 * (wrong passphrase, inactive certificate, outage) changes nothing and comes back as a message.
 */
export async function tandatanganiTte(params: { permohonanId: number; nik: string; passphrase: string; pelaku: Pelaku }): Promise<HasilTandaTangan> {
	const nik = params.nik.replace(/\s+/g, '')
	const errors: FieldErrors = {}
	if (!/^\d{16}$/.test(nik)) errors.nik = ['NIK penandatangan terdiri atas 16 angka.']
	if (!params.passphrase) errors.passphrase = ['Passphrase wajib diisi.']
	if (Object.keys(errors).length) return { ok: false, pesan: 'Periksa isian penandatanganan.', errors }

	const siap = await siapkanTandaTangan(params.permohonanId, params.pelaku)
	const draf = siap.dokumen?.kunciDraf ? await getStorage().read(siap.dokumen.kunciDraf) : null
	if (!siap.dokumen || !draf) {
		return { ok: false, pesan: 'Belum ada dokumen PDF dari SIAK untuk ditandatangani. Kembalikan ke verifikator, atau tandatangani secara manual.' }
	}
	const profil = await getProfilKantorSingkat()
	const tampilan: TampilanTte = {
		...POSISI_TTE,
		imageBase64: await qrVerifikasiBase64(siap.dokumen.kodeVerifikasi),
		location: profil.wilayah.replace(/^(Kabupaten|Kota)\s+/i, '') || TEMPAT_DEFAULT,
		reason: `Penerbitan ${siap.dokumen.jenisDokumen}`.slice(0, 200),
	}
	let bertanda: Uint8Array
	try {
		bertanda = await tandatanganiPdf({ nik, passphrase: params.passphrase, pdf: draf, tampilan })
	} catch (error) {
		if (error instanceof TteError) return { ok: false, pesan: error.message }
		throw error
	}
	const storage = getStorage()
	const kunci = await storage.save(bertanda, 'pdf', { folder: 'dokumen' })
	try {
		await tandatanganiDanMaju(siap, params.pelaku, {
			permohonanId: siap.permohonan.id,
			jenisDokumen: siap.dokumen.jenisDokumen,
			nomorDokumen: siap.dokumen.nomorDokumen,
			kunciFinal: kunci,
			sha256Final: sha256(bertanda),
			caraTandaTangan: 'tte',
			penandatanganNama: params.pelaku.nama.slice(0, 150),
			penandatanganJabatan: jabatanPenandatangan(params.pelaku, siap.atasNama),
			ditandatanganiAt: new Date(),
		})
	} catch (error) {
		await storage.remove(kunci)
		throw error
	}
	return { ok: true }
}

/**
 * Wet signature and stamp on the printed document, for when the TTE service is unavailable:
 * recorded as manual; the uploaded PDF (if any) is the issued file, and the verification code
 * exists all the same.
 */
export async function tandatanganiManual(params: { permohonanId: number; pelaku: Pelaku }): Promise<HasilTandaTangan> {
	const siap = await siapkanTandaTangan(params.permohonanId, params.pelaku)
	const draf = siap.dokumen?.kunciDraf ? await getStorage().read(siap.dokumen.kunciDraf) : null
	const jenis = siap.dokumen ? null : await getJenisLayananById(siap.permohonan.jenisLayananId)
	await tandatanganiDanMaju(siap, params.pelaku, {
		permohonanId: siap.permohonan.id,
		jenisDokumen: siap.dokumen?.jenisDokumen ?? jenis!.dokumenHasil,
		nomorDokumen: siap.dokumen?.nomorDokumen ?? siap.permohonan.hasilNomor,
		kunciFinal: draf ? siap.dokumen!.kunciDraf : null,
		sha256Final: draf ? sha256(draf) : null,
		caraTandaTangan: 'manual',
		penandatanganNama: params.pelaku.nama.slice(0, 150),
		penandatanganJabatan: jabatanPenandatangan(params.pelaku, siap.atasNama),
		ditandatanganiAt: new Date(),
	})
	return { ok: true }
}

/** "Kartu Keluarga 3305010101260001.pdf": the file's name when it is downloaded or sent. */
function namaBerkasDokumen(d: Pick<DokumenElektronik, 'jenisDokumen' | 'nomorDokumen'>) {
	const dasar = [d.jenisDokumen.split(/[,;(]/)[0]!.trim(), d.nomorDokumen?.replace(/[^A-Za-z0-9-]+/g, '-')].filter(Boolean).join(' ')
	return `${bersihkanNamaBerkas(dasar).slice(0, 120)}.pdf`
}

/** The issued (signed) document of a request, for delivery: the storage key and how to name it. */
/** The signed document of a request; inside a move, pass its transaction (no second connection). */
export async function getDokumenTerbit(permohonanId: number, transaction?: Transaction): Promise<{ kunci: string; nama: string; mime: string; kodeVerifikasi: string } | null> {
	const d = await DokumenElektronik.findOne({ where: { permohonanId }, order: [['id', 'DESC']], transaction })
	if (!d?.ditandatanganiAt || !d.kunciFinal) return null
	return { kunci: d.kunciFinal, nama: namaBerkasDokumen(d), mime: 'application/pdf', kodeVerifikasi: d.kodeVerifikasi }
}

export type DokumenPermohonan = {
	id: number
	jenisDokumen: string
	nomorDokumen: string | null
	kodeVerifikasi: string
	alamatVerifikasi: string
	adaDraf: boolean
	adaFinal: boolean
	caraTandaTangan: CaraTandaTangan | null
	penandatanganNama: string | null
	penandatanganJabatan: string | null
	ditandatanganiAt: string | null
	sha256Final: string | null
}

/** The request's documents for the staff page. */
export async function listDokumenPermohonan(permohonanId: number): Promise<DokumenPermohonan[]> {
	const rows = await DokumenElektronik.findAll({ where: { permohonanId }, order: [['id', 'ASC']] })
	return rows.map((d) => ({
		id: d.id,
		jenisDokumen: d.jenisDokumen,
		nomorDokumen: d.nomorDokumen,
		kodeVerifikasi: d.kodeVerifikasi,
		alamatVerifikasi: `/verifikasi/${d.kodeVerifikasi}`,
		adaDraf: Boolean(d.kunciDraf),
		adaFinal: Boolean(d.ditandatanganiAt && d.kunciFinal),
		caraTandaTangan: d.caraTandaTangan,
		penandatanganNama: d.penandatanganNama,
		penandatanganJabatan: d.penandatanganJabatan,
		ditandatanganiAt: d.ditandatanganiAt?.toISOString() ?? null,
		sha256Final: d.sha256Final,
	}))
}

/**
 * A document's bytes for staff who may see the request (the route checks that): the issued file,
 * or the draft so the signer can read what they sign.
 */
export async function bacaBerkasDokumen(params: { permohonanId: number; versi: 'final' | 'draf' }) {
	const d = await DokumenElektronik.findOne({ where: { permohonanId: params.permohonanId }, order: [['id', 'DESC']] })
	const kunci = params.versi === 'final' ? (d?.ditandatanganiAt ? d.kunciFinal : null) : d?.kunciDraf
	if (!d || !kunci) return null
	const isi = await getStorage().read(kunci)
	if (!isi) return null
	const nama = namaBerkasDokumen(d)
	await audit({ aksi: 'unduh-dokumen', entitas: 'dokumen_elektronik', entitasId: d.id, keterangan: `Dokumen ${params.versi} permohonan ${params.permohonanId}` })
	return { isi, nama: params.versi === 'draf' ? nama.replace(/\.pdf$/, ' (draf).pdf') : nama, mime: 'application/pdf' }
}

/** The public verification page: the document, never the citizen. */
export type VerifikasiPublik = {
	kode: string
	jenisDokumen: string
	nomorDokumen: string | null
	ditandatanganiAt: string
	caraTandaTangan: CaraTandaTangan
	penandatanganNama: string | null
	penandatanganJabatan: string | null
	sha256: string | null
}

async function dokumenBertanda(kode: string) {
	const normal = normalisasiKodeVerifikasi(kode)
	if (!normal) return null
	const d = await DokumenElektronik.findOne({ where: { kodeVerifikasi: normal } })
	// an unsigned draft's code is printed nowhere yet
	return d?.ditandatanganiAt && d.caraTandaTangan ? d : null
}

export async function getVerifikasi(kode: string): Promise<VerifikasiPublik | null> {
	const d = await dokumenBertanda(kode)
	if (!d) return null
	return {
		kode: d.kodeVerifikasi,
		jenisDokumen: d.jenisDokumen,
		nomorDokumen: d.nomorDokumen,
		ditandatanganiAt: d.ditandatanganiAt!.toISOString(),
		caraTandaTangan: d.caraTandaTangan!,
		penandatanganNama: d.penandatanganNama,
		penandatanganJabatan: d.penandatanganJabatan,
		sha256: d.sha256Final,
	}
}

/** Whether an uploaded file is, byte for byte, the document issued under `kode`; null for an unknown code. */
export async function cocokkanBerkas(kode: string, bytes: Uint8Array): Promise<{ cocok: boolean; adaBerkas: boolean; sha256: string } | null> {
	const d = await dokumenBertanda(kode)
	if (!d) return null
	const hash = sha256(bytes)
	if (!d.sha256Final) return { cocok: false, adaBerkas: false, sha256: hash }
	const cocok = crypto.timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(d.sha256Final, 'hex'))
	return { cocok, adaBerkas: true, sha256: hash }
}
