import type { Transaction } from 'sequelize'
import type { Outbox } from '#models/alur/Outbox'
import { Pegawai, Pengguna } from '#models/index'
import { getStorage } from '~/integrations/storage/storage.server'
import { getEnv } from '~/utils/env.server'
import { daftarkanPengirim, enqueue, kirimAplikasi, type LampiranOutbox } from '~/workflow/outbox.server'
import { emailAktif, kirimEmail } from './email.server'

/** The public address links in e-mails start with. */
export function alamatAplikasi() {
	return (getEnv().APP_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
}

function tautanPenuh(tautan: string) {
	return tautan.startsWith('/') ? `${alamatAplikasi()}${tautan}` : tautan
}

/** Delivers an outbox row of kanal 'email': its text, its link, and the stored file it carries. */
async function kirimPesanEmail(pesan: Outbox) {
	const lampiran = pesan.isi.lampiran as LampiranOutbox | undefined
	let berkas = null
	if (lampiran) {
		const isi = await getStorage().read(lampiran.kunci)
		// A file gone from storage will not come back by retrying; the failure page shows the row.
		if (!isi) throw new Error(`Lampiran ${lampiran.nama} tidak ditemukan di penyimpanan.`)
		berkas = { nama: lampiran.nama, mime: lampiran.mime, isi }
	}
	const teks = [pesan.isi.isi, pesan.isi.tautan ? tautanPenuh(pesan.isi.tautan) : null, '—\nPesan ini dikirim otomatis oleh SIMADU; mohon tidak dibalas.']
		.filter(Boolean)
		.join('\n\n')
	await kirimEmail({ ke: pesan.tujuan, subjek: pesan.isi.judul, teks, lampiran: berkas })
}

/**
 * The in-app delivery, plus an e-mail copy for staff who opted in and have an address on their
 * pegawai record. The copy is its own outbox row written in the same transaction, so it is
 * retried on its own and never delays or undoes the notification.
 */
async function kirimAplikasiDenganSalinan(pesan: Outbox, transaction?: Transaction) {
	// in-app delivery always runs in the transaction that marks the row sent
	if (!transaction) throw new Error('Notifikasi aplikasi dikirim di dalam transaksi.')
	await kirimAplikasi(pesan, transaction)
	if (!emailAktif()) return
	const pengguna = await Pengguna.findByPk(Number(pesan.tujuan), {
		attributes: ['id', 'aktif', 'notifikasiEmail'],
		include: [{ model: Pegawai, as: 'pegawai', attributes: ['id', 'email'] }],
		transaction,
	})
	const email = pengguna?.pegawai?.email?.trim()
	if (!pengguna?.aktif || !pengguna.notifikasiEmail || !email) return
	await enqueue(
		[{ kanal: 'email', tujuan: email, judul: `[SIMADU] ${pesan.isi.judul}`, isi: pesan.isi.isi ?? null, tautan: pesan.isi.tautan ?? null }],
		transaction,
	)
}

/** Registers the e-mail channel with the outbox (once per process; registering again is harmless). */
export function daftarkanPengirimEmail() {
	daftarkanPengirim('email', kirimPesanEmail)
	daftarkanPengirim('aplikasi', kirimAplikasiDenganSalinan)
}
