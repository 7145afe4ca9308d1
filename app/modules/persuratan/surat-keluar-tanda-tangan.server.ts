import crypto from 'node:crypto'
import QRCode from 'qrcode'
import { InstansAlur, Jabatan, JenisNaskah, SuratKeluar, TugasAlur, UnitKerja } from '#models/index'
import { getStorage } from '~/integrations/storage/storage.server'
import { tandatanganiPdf, tteAktif, TteError, type TampilanTte } from '~/integrations/tte/tte.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { getEnv } from '~/utils/env.server'
import { tanggalDiZona } from '~/utils/format'
import type { FieldErrors } from '~/utils/forms'
import { getDefinisi } from '~/workflow/definisi'
import { KonflikError, TidakBerhakError, TidakDitemukanError } from '~/workflow/galat'
import { aksiTersedia, jalankanAksi, type Pelaku } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'
import { lepasNomor, listPesananTerbuka, pesanNomorUntukSurat, siapkanPenghitung, type BahanNomor } from './nomor-surat.server'
import { renderPdfSurat } from './pdf-surat.server'
import { AKSI_TANDA_TANGAN, LANGKAH_TANDA_TANGAN, tandaTanganTertunda, type TandaTanganTertunda } from './surat-keluar-alur.server'
import { bahanPdfSurat, pegawaiPengguna } from './surat-keluar.server'

/**
 * Signing an outgoing letter at step `tanda-tangan`, by the holder of that step's task (the
 * signer's jabatan or its Plt/Plh): electronically through the TTE service when it is configured,
 * or recorded as a wet signature and stamp. The final number is issued inside the move that takes
 * `tandatangani`; the letter's PDF (with the number, and for TTE the verification QR) is stored
 * with it. The passphrase goes to the TTE service and nowhere else.
 */
export { tteAktif }

/** No 0/O, 1/I/L: a code typed from paper is not misread. 12 characters, about 59 bits. */
const HURUF = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const POLA_KODE = /^[A-HJKMNP-Z2-9]{10,20}$/
const buatKode = () => Array.from({ length: 12 }, () => HURUF[crypto.randomInt(HURUF.length)]).join('')

/** What a person typed or a scanner read, normalised; null when it cannot be a code. */
export function normalisasiKode(kode: string) {
	const bersih = kode.trim().toUpperCase().replace(/[\s-]+/g, '')
	return POLA_KODE.test(bersih) ? bersih : null
}

/** The public page a signed letter's QR code opens. */
export function alamatVerifikasiSurat(kode: string) {
	return `${(getEnv().APP_URL ?? 'http://localhost:3000').replace(/\/+$/, '')}/verifikasi-surat/${kode}`
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex')

/** "Plt. Kepala Dinas …" without the "(definitif: …)" note the inbox shows. */
const jabatanCetak = (pelaku: Pelaku, atasNama: string | undefined, cadangan: string) => (atasNama?.replace(/\s*\(definitif:.*\)$/, '') || pelaku.jabatan || cadangan).slice(0, 200)

/** The signing step of the letter that `pelaku` holds now; anything else is refused. */
async function siapkan(suratId: number, pelaku: Pelaku) {
	const surat = await SuratKeluar.findByPk(suratId)
	if (!surat) throw new TidakDitemukanError('Surat tidak ditemukan.')
	if (surat.status !== 'tanda-tangan' || !surat.instansId) throw new KonflikError('Surat ini tidak sedang menunggu tanda tangan.')
	const instans = await InstansAlur.findByPk(surat.instansId)
	if (!instans || instans.status !== 'berjalan' || instans.langkahAktif !== LANGKAH_TANDA_TANGAN) throw new KonflikError('Surat ini tidak sedang menunggu tanda tangan.')
	const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, langkahKode: LANGKAH_TANDA_TANGAN, status: 'diambil', diambilOlehId: pelaku.id } })
	if (!tugas) throw new TidakBerhakError('Hanya penandatangan yang memegang tugas ini yang dapat menandatangani. Ambil tugasnya terlebih dahulu.')
	const hak = hakAtasTugas(pelaku, tugas)
	if (!hak.boleh) throw new TidakBerhakError('Anda tidak lagi berwenang atas tugas ini.')
	const definisi = getDefinisi(instans.definisiKode, instans.definisiVersi)!
	if (!aksiTersedia(definisi, LANGKAH_TANDA_TANGAN, instans.konteks).some((a) => a.kode === AKSI_TANDA_TANGAN)) throw new KonflikError('Syarat penandatanganan pada langkah ini belum terpenuhi.')
	const [jenis, pegawai, unit, jabatan, zona] = await Promise.all([
		JenisNaskah.findByPk(surat.jenisNaskahId, { attributes: ['id', 'kode', 'formatNomor'] }),
		pegawaiPengguna(pelaku.id),
		UnitKerja.findByPk(surat.unitKerjaId, { attributes: ['kode'] }),
		Jabatan.findByPk(surat.jabatanPenandatanganId, { attributes: ['nama'] }),
		getZonaWaktuKantor(),
	])
	const sekarang = new Date()
	const tanggal = tanggalDiZona(sekarang, zona)
	const bahanNomor: BahanNomor = {
		jenisNaskahId: surat.jenisNaskahId,
		jenisKode: jenis?.kode ?? '',
		tahun: Number(tanggal.slice(0, 4)),
		format: jenis?.formatNomor ?? '{klasifikasi}/{nomor}/{unit}/{tahun}',
		klasifikasi: surat.klasifikasiKode,
		unit: unit?.kode ?? '',
	}
	await siapkanPenghitung(bahanNomor.jenisNaskahId, bahanNomor.tahun)
	const penandatangan = { id: pelaku.id, nama: pelaku.nama, jabatan: jabatanCetak(pelaku, hak.atasNama, jabatan?.nama ?? ''), nip: pegawai?.nip ?? null }
	return { surat, tugas, sekarang, tanggal, bahanNomor, penandatangan }
}

type Siap = Awaited<ReturnType<typeof siapkan>>

/** Takes `tandatangani` with the signature recorded inside the move; files stored in it go if it fails. */
async function majuDenganTandaTangan(siap: Siap, pelaku: Pelaku, data: Omit<TandaTanganTertunda, 'suratId' | 'versiSurat' | 'sekarang' | 'tanggal' | 'bahanNomor' | 'penandatangan' | 'kunciBaru' | 'tercatat'>) {
	const tertunda: TandaTanganTertunda = {
		...data,
		suratId: siap.surat.id,
		versiSurat: siap.surat.version,
		sekarang: siap.sekarang,
		tanggal: siap.tanggal,
		bahanNomor: siap.bahanNomor,
		penandatangan: siap.penandatangan,
		kunciBaru: [],
		tercatat: false,
	}
	try {
		await tandaTanganTertunda.run(tertunda, () => jalankanAksi({ tugasId: siap.tugas.id, aksiKode: AKSI_TANDA_TANGAN, pelaku }))
	} catch (error) {
		for (const kunci of tertunda.kunciBaru) await getStorage().remove(kunci)
		throw error
	}
	if (!tertunda.tercatat) throw new KonflikError('Penandatanganan tidak tercatat. Muat ulang halaman lalu ulangi.')
}

export type HasilTandaTangan = { ok: true } | { ok: false; pesan: string; errors?: FieldErrors }

/**
 * Wet signature and stamp: the letter is printed with its number and signed on paper. The PDF
 * (with room for the signature) is generated and stored in the move. `nomorDipesanId`: a number
 * the tata usaha reserved for this letter, used instead of the next one.
 */
export async function tandatanganiSuratManual(params: { suratId: number; pelaku: Pelaku; nomorDipesanId?: number | null }): Promise<HasilTandaTangan> {
	const siap = await siapkan(params.suratId, params.pelaku)
	const bahanPdf = await bahanPdfSurat(siap.surat, { jabatan: siap.penandatangan.jabatan, nama: siap.penandatangan.nama, nip: siap.penandatangan.nip }, 'manual', null)
	await majuDenganTandaTangan(siap, params.pelaku, {
		cara: 'manual',
		kodeVerifikasi: buatKode(),
		nomorDipesanId: params.nomorDipesanId ?? null,
		wajibPesanan: false,
		pdfTerbit: null,
		bahanPdf: { ...bahanPdf, tanggal: siap.tanggal },
	})
	return { ok: true }
}

const TEMPAT_DEFAULT = 'Indonesia'

/**
 * Electronic signature: the number is reserved for the letter first (the signed file must carry
 * it), the PDF with the verification QR is signed by the TTE service with the QR as the visible
 * signature, and the move confirms the reservation. Any failure of the service changes nothing
 * but releasing the reservation, which the next signature takes again.
 */
export async function tandatanganiSuratTte(params: { suratId: number; nik: string; passphrase: string; pelaku: Pelaku }): Promise<HasilTandaTangan> {
	const nik = params.nik.replace(/\s+/g, '')
	const errors: FieldErrors = {}
	if (!/^\d{16}$/.test(nik)) errors.nik = ['NIK penandatangan terdiri atas 16 angka.']
	if (!params.passphrase) errors.passphrase = ['Passphrase wajib diisi.']
	if (Object.keys(errors).length) return { ok: false, pesan: 'Periksa isian penandatanganan.', errors }
	if (!tteAktif()) return { ok: false, pesan: 'Layanan TTE belum dikonfigurasi. Tandatangani secara manual.' }

	const siap = await siapkan(params.suratId, params.pelaku)
	const kode = buatKode()
	const qrPng = await QRCode.toBuffer(alamatVerifikasiSurat(kode), { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 })
	const bahanPdf = await bahanPdfSurat(siap.surat, { jabatan: siap.penandatangan.jabatan, nama: siap.penandatangan.nama, nip: siap.penandatangan.nip }, 'tte', qrPng)
	const pesanan = await pesanNomorUntukSurat({ suratKeluarId: siap.surat.id, bahan: siap.bahanNomor, pelakuId: params.pelaku.id, keperluan: `Tanda tangan elektronik: ${siap.surat.perihal}` })
	const storage = getStorage()
	let kunci: string | null = null
	try {
		const { pdf, posisiQr } = await renderPdfSurat({ ...bahanPdf, tanggal: siap.tanggal, nomor: pesanan.nomor })
		const tampilan: TampilanTte = {
			...(posisiQr ?? { page: 1, originX: 400, originY: 60, width: 80, height: 80 }),
			imageBase64: qrPng.toString('base64'),
			location: bahanPdf.kop.tempat || TEMPAT_DEFAULT,
			reason: `Penandatanganan ${bahanPdf.jenisNama} ${pesanan.nomor}`.slice(0, 200),
		}
		let bertanda: Uint8Array
		try {
			bertanda = await tandatanganiPdf({ nik, passphrase: params.passphrase, pdf, tampilan })
		} catch (error) {
			if (error instanceof TteError) {
				await lepasNomor({ id: pesanan.id })
				return { ok: false, pesan: error.message }
			}
			throw error
		}
		kunci = await storage.save(bertanda, 'pdf', { folder: 'surat-keluar' })
		await majuDenganTandaTangan(siap, params.pelaku, {
			cara: 'tte',
			kodeVerifikasi: kode,
			nomorDipesanId: pesanan.id,
			wajibPesanan: true,
			pdfTerbit: { kunci, sha256: sha256(bertanda) },
			bahanPdf: null,
		})
	} catch (error) {
		if (kunci) await storage.remove(kunci)
		// the reservation may already be gone (used or released); what matters is that it is not left held
		await lepasNomor({ id: pesanan.id }).catch(() => undefined)
		throw error
	}
	return { ok: true }
}

/** For the signing panel: reservations of the letter's jenis naskah and year the signer may use. */
export async function pilihanNomorDipesan(params: { suratId: number; jenisNaskahId: number }) {
	const tahun = Number(tanggalDiZona(new Date(), await getZonaWaktuKantor()).slice(0, 4))
	return listPesananTerbuka({ jenisNaskahId: params.jenisNaskahId, tahun, suratKeluarId: params.suratId })
}

/** The public verification page: the letter's particulars, never its content. */
export type VerifikasiSurat = {
	kode: string
	jenisNaskah: string
	nomor: string
	tanggalSurat: string
	perihal: string | null
	ditandatanganiAt: string
	caraTandaTangan: 'tte' | 'manual'
	penandatanganNama: string | null
	penandatanganJabatan: string | null
	sha256: string | null
}

async function suratBertanda(kode: string) {
	const normal = normalisasiKode(kode)
	if (!normal) return null
	const s = await SuratKeluar.findOne({ where: { kodeVerifikasi: normal } })
	return s?.ditandatanganiAt && s.caraTandaTangan && s.nomor ? s : null
}

export async function getVerifikasiSurat(kode: string): Promise<VerifikasiSurat | null> {
	const s = await suratBertanda(kode)
	if (!s) return null
	const jenis = await JenisNaskah.findByPk(s.jenisNaskahId, { attributes: ['nama'] })
	const rahasia = s.sifat === 'rahasia' || s.sifat === 'sangat-rahasia'
	return {
		kode: s.kodeVerifikasi!,
		jenisNaskah: jenis?.nama ?? 'Surat',
		nomor: s.nomor!,
		tanggalSurat: s.tanggalSurat!,
		// the subject of a secret letter is not for whoever finds the paper
		perihal: rahasia ? null : s.perihal,
		ditandatanganiAt: s.ditandatanganiAt!.toISOString(),
		caraTandaTangan: s.caraTandaTangan!,
		penandatanganNama: s.penandatanganNama,
		penandatanganJabatan: s.penandatanganJabatan,
		sha256: s.sha256Pdf,
	}
}

/** Whether an uploaded file is, byte for byte, the letter issued under `kode`; null for an unknown code. */
export async function cocokkanBerkasSurat(kode: string, bytes: Uint8Array): Promise<{ cocok: boolean; adaBerkas: boolean; sha256: string } | null> {
	const s = await suratBertanda(kode)
	if (!s) return null
	const hash = sha256(bytes)
	if (!s.sha256Pdf) return { cocok: false, adaBerkas: false, sha256: hash }
	return { cocok: crypto.timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(s.sha256Pdf, 'hex')), adaBerkas: true, sha256: hash }
}
