import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import type { Transaction } from 'sequelize'
import { EkspedisiSurat, KomentarNaskah, RiwayatAlur, SuratKeluar } from '#models/index'
import type { StatusSuratKeluar } from '#models/persuratan/SuratKeluar'
import { getStorage } from '~/integrations/storage/storage.server'
import { KonflikError } from '~/workflow/galat'
import { amatiAlur, amatiPembatalan, type PeristiwaAlur } from '~/workflow/mesin.server'
import { enqueue } from '~/workflow/outbox.server'
import { daftarkanPenjagaAksi, type PenjagaAksi } from '~/workflow/subjek.server'
import { terbitkanNomorSurat, type BahanNomor } from './nomor-surat.server'
import { renderPdfSurat, type DataPdfSurat } from './pdf-surat.server'

/**
 * The outgoing letter on the workflow engine (P1.2.1.1 version 2). Every move of a letter's
 * instance is heard here inside the move's transaction: the letter's status follows the step, a
 * return keeps its reason as a comment on the version returned, the resubmission locks the
 * version it sends, the signature issues the final number and stores the PDF, and the end needs
 * a dispatch in the buku ekspedisi. Whatever is written here commits with the move or not at all.
 */
export const SUBJEK_SURAT_KELUAR = 'surat-keluar'
export const DEFINISI_SURAT_KELUAR = 'P1.2.1.1'
export const LANGKAH_TANDA_TANGAN = 'tanda-tangan'
export const LANGKAH_REVISI = 'revisi'
export const LANGKAH_KIRIM = 'kirim'
export const AKSI_TANDA_TANGAN = 'tandatangani'
export const AKSI_SELESAIKAN = 'selesaikan'

/** The konteks key of the last version sent for verification: a later edit starts a new version. */
export const KUNCI_VERSI_DIAJUKAN = 'versiDiajukan'

/**
 * A signature waiting for its move: the signing panel prepares everything that needs no lock
 * (the signer, the letter as read, the letterhead, for TTE the signed file) and the observer
 * issues the number and records the signature inside the move's transaction.
 */
export type TandaTanganTertunda = {
	suratId: number
	/** the letter's version when it was read for signing: a change in between refuses the signature */
	versiSurat: number
	cara: 'tte' | 'manual'
	penandatangan: { id: number; nama: string; jabatan: string; nip: string | null }
	kodeVerifikasi: string
	bahanNomor: BahanNomor
	nomorDipesanId: number | null
	/** TTE: the number is already printed in the signed file, so only its reservation will do */
	wajibPesanan: boolean
	sekarang: Date
	/** office date of signing, `YYYY-MM-DD` */
	tanggal: string
	/** TTE: the signed PDF, already stored */
	pdfTerbit: { kunci: string; sha256: string } | null
	/** manual: the PDF is rendered once the number is known */
	bahanPdf: Omit<DataPdfSurat, 'nomor'> | null
	/** files stored during the move, removed again if it rolls back */
	kunciBaru: string[]
	tercatat: boolean
}
export const tandaTanganTertunda = new AsyncLocalStorage<TandaTanganTertunda>()

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex')

async function catatTandaTangan(surat: SuratKeluar, data: TandaTanganTertunda, transaction: Transaction) {
	if (surat.version !== data.versiSurat || surat.status !== 'tanda-tangan') throw new KonflikError('Surat berubah selama penandatanganan. Muat ulang halaman lalu ulangi.')
	const nomor = await terbitkanNomorSurat({ suratKeluarId: surat.id, bahan: data.bahanNomor, nomorDipesanId: data.nomorDipesanId, wajibPesanan: data.wajibPesanan, sekarang: data.sekarang, transaction })
	let pdf = data.pdfTerbit
	if (!pdf) {
		const { pdf: bytes } = await renderPdfSurat({ ...data.bahanPdf!, nomor: nomor.nomor })
		const kunci = await getStorage().save(bytes, 'pdf', { folder: 'surat-keluar' })
		data.kunciBaru.push(kunci)
		pdf = { kunci, sha256: sha256(bytes) }
	}
	await surat.update(
		{
			status: 'ditandatangani',
			tahun: nomor.tahun,
			nomorUrut: nomor.nomorUrut,
			nomor: nomor.nomor,
			tanggalSurat: data.tanggal,
			penandatanganId: data.penandatangan.id,
			penandatanganNama: data.penandatangan.nama.slice(0, 150),
			penandatanganJabatan: data.penandatangan.jabatan.slice(0, 200),
			caraTandaTangan: data.cara,
			ditandatanganiAt: data.sekarang,
			kunciPdf: pdf.kunci,
			sha256Pdf: pdf.sha256,
			kodeVerifikasi: data.kodeVerifikasi,
		},
		{ transaction },
	)
	if (surat.dibuatOlehId !== data.penandatangan.id) {
		await enqueue(
			[{ kanal: 'aplikasi', tujuan: String(surat.dibuatOlehId), judul: `Ditandatangani: ${nomor.nomor}`, isi: surat.perihal.slice(0, 300), tautan: `/surat-keluar/${surat.id}` }],
			transaction,
		)
	}
	data.tercatat = true
}

function statusUntukLangkah(ke: string): StatusSuratKeluar | null {
	if (ke.startsWith('verifikasi-')) return 'verifikasi'
	if (ke === LANGKAH_REVISI) return 'revisi'
	if (ke === LANGKAH_TANDA_TANGAN) return 'tanda-tangan'
	if (ke === 'selesai') return 'selesai'
	if (ke === 'dibatalkan') return 'dibatalkan'
	return null
}

async function ikutiAlur({ instans, dari, ke, aksi, alasan, transaction }: PeristiwaAlur) {
	const surat = await SuratKeluar.findByPk(Number(instans.subjekId), { transaction, lock: transaction.LOCK.UPDATE })
	if (!surat) return
	if (dari === LANGKAH_TANDA_TANGAN && aksi.kode === AKSI_TANDA_TANGAN) {
		const data = tandaTanganTertunda.getStore()
		// only the signing panel signs: a plain action would move the letter with no number and no file
		if (!data || data.suratId !== surat.id || data.tercatat) throw new KonflikError('Tandatangani surat melalui panel “Tanda tangan surat” di halaman surat keluar.')
		await catatTandaTangan(surat, data, transaction)
		return
	}
	if (aksi.kode === AKSI_SELESAIKAN) {
		const terkirim = await EkspedisiSurat.count({ where: { suratKeluarId: surat.id }, transaction })
		if (terkirim === 0) throw new KonflikError('Catat pengiriman surat di buku ekspedisi sebelum menyelesaikannya.')
	}
	if (ke === LANGKAH_REVISI && alasan) {
		// the engine has just written this move's history: it names who returned the letter
		const riwayat = await RiwayatAlur.findOne({ where: { instansId: instans.id }, order: [['id', 'DESC']], attributes: ['penggunaId'], transaction })
		if (riwayat?.penggunaId) {
			await KomentarNaskah.create({ suratKeluarId: surat.id, nomorVersi: surat.revisiKe, langkah: dari, penggunaId: riwayat.penggunaId, isi: `Dikembalikan untuk revisi: ${alasan}` }, { transaction })
		}
	}
	if (dari === LANGKAH_REVISI && ke.startsWith('verifikasi-')) {
		await instans.update({ konteks: { ...instans.konteks, [KUNCI_VERSI_DIAJUKAN]: surat.revisiKe } }, { transaction })
	}
	const status = statusUntukLangkah(ke)
	if (status && status !== surat.status) await surat.update({ status }, { transaction })
}

/** The plain signature action is kept off every action bar (`/alur/:id` too): signing issues the number. */
const penjagaTandaTangan: PenjagaAksi = (p) =>
	p.subjekJenis === SUBJEK_SURAT_KELUAR && p.langkahKode === LANGKAH_TANDA_TANGAN && p.aksiKode === AKSI_TANDA_TANGAN
		? 'Tandatangani surat melalui panel “Tanda tangan surat” di halaman surat keluar.'
		: null

/** Registered wherever this module is loaded; the server calls it at start for pages that do not load it. */
export function daftarkanAlurSuratKeluar() {
	daftarkanPenjagaAksi(penjagaTandaTangan)
	amatiAlur(SUBJEK_SURAT_KELUAR, ikutiAlur)
	amatiPembatalan(SUBJEK_SURAT_KELUAR, ikutiAlur)
}
daftarkanAlurSuratKeluar()
