import type { Transaction } from 'sequelize'
import { JenisLayanan, PermohonanLayanan } from '#models/index'
import { alamatAplikasi } from '~/integrations/email/pengirim.server'
import { emailAktif } from '~/integrations/email/email.server'
import { getEnv } from '~/utils/env.server'
import { formatRupiah, maskNomor } from '~/utils/format'
import { getDefinisi } from '~/workflow/definisi'
import { AKHIR } from '~/workflow/definisi/jenis'
import { amatiAlur, type PeristiwaAlur } from '~/workflow/mesin.server'
import { enqueue, type PesanOutbox } from '~/workflow/outbox.server'
import { getDokumenTerbit } from './dokumen-elektronik.server'

/**
 * What the applicant is told as their request moves: returned for missing berkas, a fine to pay,
 * ready at the loket, the signed document sent, finished or rejected. Messages are outbox rows
 * written in the move's transaction, so a move and its message commit together or not at all.
 * They name the ticket, never the NIK.
 */

/** Steps where the document is handed over at the loket; the first of them means "ready". */
const LANGKAH_SERAH = new Set(['serahkan', 'catat-register', 'terima-kia', 'terima-ktpel'])
const KANTOR = 'Dinas Kependudukan dan Pencatatan Sipil'

// The WhatsApp adapter lives in another module; the switch is the same two variables it reads.
function waMenyala() {
	const env = getEnv()
	return Boolean(env.WA_PHONE_NUMBER_ID && env.WA_ACCESS_TOKEN)
}

/** A 16-digit number a member of staff typed into a reason (a NIK, a KK number) goes out masked. */
function samarkan(teks: string) {
	return teks.replace(/\d{16}/g, (nomor) => maskNomor(nomor))
}

type Tujuan = { wa: string | null; email: string | null }
type Isi = { judul: string; isi: string; tautan?: string | null }

function keSemua(tujuan: Tujuan, isi: { wa: Isi; email: Isi }): PesanOutbox[] {
	const pesan: PesanOutbox[] = []
	if (tujuan.wa) pesan.push({ kanal: 'wa', tujuan: tujuan.wa, ...isi.wa })
	if (tujuan.email) pesan.push({ kanal: 'email', tujuan: tujuan.email, ...isi.email })
	return pesan
}

type Permohonan = Pick<PermohonanLayanan, 'id' | 'nomorTiket' | 'kanal' | 'denda' | 'pengiriman'>

/** The signed PDF by `kanal`, or the word that it waits at the loket when none exists. */
async function pesanDokumen(p: Permohonan, layanan: string, kanal: 'wa' | 'email', tujuan: string, transaction: Transaction): Promise<PesanOutbox> {
	const dokumen = await getDokumenTerbit(p.id, transaction)
	const judul = `Dokumen ${layanan} - ${p.nomorTiket}`
	if (!dokumen) {
		return {
			kanal,
			tujuan,
			judul,
			isi: `Permohonan ${layanan} nomor tiket ${p.nomorTiket} telah selesai diproses. Dokumen dapat diambil di loket ${KANTOR} dengan menunjukkan nomor tiket ini.`,
		}
	}
	const tautan = `${alamatAplikasi()}/verifikasi/${dokumen.kodeVerifikasi}`
	return {
		kanal,
		tujuan,
		judul,
		isi:
			`Terlampir dokumen elektronik ${layanan} untuk permohonan nomor tiket ${p.nomorTiket}, sudah ditandatangani secara elektronik. ` +
			'Cetak pada kertas HVS putih A4 80 gram. Keaslian dokumen dapat diperiksa di alamat berikut:',
		tautan,
		lampiran: { kunci: dokumen.kunci, nama: dokumen.nama, mime: dokumen.mime },
	}
}

async function pesanTerkirim(p: Permohonan, layanan: string, lewat: 'wa' | 'email', tujuan: Tujuan, transaction: Transaction): Promise<PesanOutbox[]> {
	const utama = tujuan[lewat]
	const lain = lewat === 'email' ? 'wa' : 'email'
	// The step says how it goes; when that channel cannot carry it, the other one does.
	if (!utama) return tujuan[lain] ? [await pesanDokumen(p, layanan, lain, tujuan[lain], transaction)] : []
	const pesan = [await pesanDokumen(p, layanan, lewat, utama, transaction)]
	if (lewat === 'email' && tujuan.wa) {
		pesan.push({
			kanal: 'wa',
			tujuan: tujuan.wa,
			judul: `Dokumen ${layanan} - ${p.nomorTiket}`,
			isi: `Dokumen ${layanan} untuk permohonan nomor tiket ${p.nomorTiket} telah dikirim ke alamat e-mail Anda.`,
		})
	}
	return pesan
}

function pesanDikembalikan(p: Permohonan, layanan: string, alasan: string | null, tujuan: Tujuan): PesanOutbox[] {
	const judul = `Permohonan ${p.nomorTiket} perlu dilengkapi`
	const pembuka = `Permohonan ${layanan} nomor tiket ${p.nomorTiket} dikembalikan untuk dilengkapi.\nKekurangan: ${samarkan(alasan ?? 'lihat keterangan petugas')}`
	const lacak = `${alamatAplikasi()}/lacak`
	return keSemua(tujuan, {
		wa: {
			judul,
			isi: `${pembuka}\n\nBalas pesan ini dengan foto atau berkas PDF yang kurang, atau unggah di ${lacak} dengan nomor tiket dan kode lacak Anda.`,
		},
		email: {
			judul,
			isi:
				`${pembuka}\n\nUnggah berkas yang kurang di ${lacak} dengan nomor tiket dan kode lacak Anda` +
				(p.kanal === 'wa' ? ', atau balas pesan WhatsApp tiket Anda dengan foto berkas tersebut.' : '.'),
		},
	})
}

function pesanSama(tujuan: Tujuan, isi: Isi) {
	return keSemua(tujuan, { wa: isi, email: isi })
}

/** The observer: runs inside every move of a request's instance. */
async function beritahuPemohon({ instans, dari, ke, aksi, alasan, transaction }: PeristiwaAlur) {
	const p = await PermohonanLayanan.findByPk(Number(instans.subjekId), {
		attributes: ['id', 'nomorTiket', 'kanal', 'denda', 'pengiriman', 'pemohonTelepon', 'pemohonEmail', 'jenisLayananId'],
		transaction,
	})
	if (!p) return
	const tujuan: Tujuan = {
		wa: p.pemohonTelepon && waMenyala() ? p.pemohonTelepon : null,
		email: p.pemohonEmail && emailAktif() ? p.pemohonEmail : null,
	}
	if (!tujuan.wa && !tujuan.email) return
	const jenis = await JenisLayanan.findByPk(p.jenisLayananId, { attributes: ['id', 'nama'], transaction })
	const layanan = jenis?.nama ?? 'layanan'
	const langkahKe = getDefinisi(instans.definisiKode, instans.definisiVersi)?.langkah.find((l) => l.kode === ke)
	const tiket = p.nomorTiket

	let pesan: PesanOutbox[] = []
	if (dari === 'kirim-email' || dari === 'kirim-wa') {
		pesan = await pesanTerkirim(p, layanan, dari === 'kirim-email' ? 'email' : 'wa', tujuan, transaction)
	} else if (ke === AKHIR.selesai) {
		pesan = pesanSama(tujuan, {
			judul: `Permohonan ${tiket} selesai`,
			isi: `Permohonan ${layanan} nomor tiket ${tiket} telah selesai. Terima kasih telah menggunakan layanan ${KANTOR}.`,
		})
	} else if (ke === AKHIR.ditolak) {
		pesan = pesanSama(tujuan, {
			judul: `Permohonan ${tiket} ditolak`,
			isi: `Permohonan ${layanan} nomor tiket ${tiket} ditolak.${alasan ? `\nAlasan: ${samarkan(alasan)}` : ''}\nKeterangan lebih lanjut dapat ditanyakan di loket ${KANTOR}.`,
		})
	} else if (aksi.kode === 'kembalikan' && langkahKe?.pelaksana.jenis === 'eksternal' && langkahKe.pelaksana.pihak === 'pemohon') {
		pesan = pesanDikembalikan(p, layanan, alasan, tujuan)
	} else if (ke === 'bayar-denda') {
		pesan = pesanSama(tujuan, {
			judul: `Denda keterlambatan - ${tiket}`,
			isi:
				`Permohonan ${layanan} nomor tiket ${tiket} dikenai denda administrasi keterlambatan pelaporan sebesar ${formatRupiah(p.denda)}. ` +
				`Silakan bayar di loket ${KANTOR} dengan membawa berkas asli dan menyebutkan nomor tiket ini. Permohonan diproses setelah denda lunas.`,
		})
	} else if (LANGKAH_SERAH.has(ke) && !(dari && LANGKAH_SERAH.has(dari)) && p.pengiriman === 'ambil') {
		pesan = pesanSama(tujuan, {
			judul: `Dokumen siap diambil - ${tiket}`,
			isi: `Dokumen siap diambil di loket ${KANTOR}. Permohonan ${layanan} nomor tiket ${tiket}; tunjukkan nomor tiket ini kepada petugas.`,
		})
	}
	await enqueue(pesan, transaction)
}

/** Registers the observer (once per process; registering again is harmless). */
export function daftarkanPemberitahuanLayanan() {
	amatiAlur('permohonan-layanan', beritahuPemohon)
}
