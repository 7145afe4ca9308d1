import { literal, Op, type WhereOptions } from 'sequelize'
import { EkspedisiSurat, JenisNaskah, Pegawai, Pengguna, SuratKeluar } from '#models/index'
import { emailAktif } from '~/integrations/email/email.server'
import { getStorage } from '~/integrations/storage/storage.server'
import { awalHariUtc, hariBerikutnya } from '~/modules/audit/waktu-zona'
import { getProfilKantorSingkat, getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { audit } from '~/utils/audit.server'
import { getDb, transaction } from '~/utils/db.server'
import type { FieldErrors } from '~/utils/forms'
import { likePattern } from '~/utils/pagination.server'
import { kenaliJenisBerkas } from '~/utils/upload.server'
import { KonflikError, TidakDitemukanError } from '~/workflow/galat'
import { enqueue } from '~/workflow/outbox.server'
import { uraiWaktuLokal, type FilterEkspedisi, type KirimInput, type PenerimaanInput } from './ekspedisi.schema'

/**
 * The buku ekspedisi: each dispatch of a signed letter (by caraka, by post with its receipt
 * number, by e-mail with the signed PDF attached) and its receipt — who received it, when, and
 * the scan or photo of the signed receipt. The e-mail goes through the outbox in the same
 * transaction as its line in the book, so it is sent once the line exists and retried if the
 * mail server is down.
 */
export const BATAS_BUKTI = 5 * 1024 * 1024

const BISA_DIKIRIM = new Set(['ditandatangani', 'dikirim'])

export type HasilEkspedisi = { ok: true; id: number } | { ok: false; errors: FieldErrors } | { ok: false; konflik: true; pesan: string }

const namaPdf = (nomor: string | null, id: number) => `Surat ${(nomor ?? String(id)).replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf`

/** A dispatch recorded by the tata usaha at step `kirim`; an e-mail is queued with the PDF. */
export async function catatPengiriman(params: { suratId: number; input: KirimInput; pelakuId: number; sekarang?: Date }): Promise<HasilEkspedisi> {
	const { input } = params
	if (input.cara === 'email' && !emailAktif()) return { ok: false, errors: { cara: ['Pengiriman e-mail belum dikonfigurasi pada instalasi ini. Pilih cara lain.'] } }
	const profil = input.cara === 'email' ? await getProfilKantorSingkat() : null
	const id = await transaction(async (t) => {
		const surat = await SuratKeluar.findByPk(params.suratId, { transaction: t, lock: t.LOCK.UPDATE })
		if (!surat) throw new TidakDitemukanError('Surat tidak ditemukan.')
		if (!BISA_DIKIRIM.has(surat.status)) throw new KonflikError('Hanya surat yang sudah ditandatangani dan belum selesai yang dapat dikirim.')
		if (input.cara === 'email' && !surat.kunciPdf) throw new KonflikError('Surat ini tidak memiliki berkas PDF untuk dikirim lewat e-mail.')
		const baris = await EkspedisiSurat.create(
			{
				suratKeluarId: surat.id,
				cara: input.cara,
				tujuan: input.tujuan,
				alamat: input.alamat,
				nomorResi: input.nomorResi,
				dikirimAt: params.sekarang ?? new Date(),
				dikirimOlehId: params.pelakuId,
				status: 'dikirim',
				diterimaOleh: null,
				diterimaAt: null,
				kunciBukti: null,
				catatan: input.catatan,
			},
			{ transaction: t },
		)
		if (input.cara === 'email') {
			await enqueue(
				[
					{
						kanal: 'email',
						tujuan: input.alamat!,
						judul: `${surat.nomor ?? 'Surat'}: ${surat.perihal}`.slice(0, 200),
						isi: `Yth. ${input.tujuan},\n\nBersama ini kami kirimkan surat ${profil?.namaDinas ?? ''} nomor ${surat.nomor ?? '-'} perihal ${surat.perihal}. Surat terlampir dalam bentuk PDF; keasliannya dapat diperiksa pada alamat berikut.`,
						tautan: surat.kodeVerifikasi ? `/verifikasi-surat/${surat.kodeVerifikasi}` : null,
						lampiran: { kunci: surat.kunciPdf!, nama: namaPdf(surat.nomor, surat.id), mime: 'application/pdf' },
					},
				],
				t,
			)
		}
		if (surat.status === 'ditandatangani') await surat.update({ status: 'dikirim' }, { transaction: t })
		return baris.id
	})
	return { ok: true, id }
}

/**
 * The receipt of a dispatch, recorded by the caraka (or tata usaha): who received it and when,
 * with an optional scan or photo of the signed receipt (PDF, JPEG or PNG, checked by its bytes).
 */
export async function catatPenerimaan(params: { id: number; input: PenerimaanInput; bukti: { nama: string; bytes: Uint8Array } | null; sekarang?: Date }): Promise<HasilEkspedisi> {
	const { input } = params
	const sekarang = params.sekarang ?? new Date()
	const zona = await getZonaWaktuKantor()
	const { tanggal, menit } = uraiWaktuLokal(input.diterimaAt)
	const diterimaAt = new Date(awalHariUtc(tanggal, zona).getTime() + menit * 60_000)
	const errors: FieldErrors = {}
	if (diterimaAt.getTime() > sekarang.getTime() + 5 * 60_000) errors.diterimaAt = ['Waktu diterima tidak boleh di masa depan.']
	const bukti = params.bukti && params.bukti.bytes.byteLength > 0 ? params.bukti : null
	const jenis = bukti ? kenaliJenisBerkas(bukti.bytes) : null
	if (bukti && bukti.bytes.byteLength > BATAS_BUKTI) errors.bukti = ['Ukuran berkas melebihi batas 5 MB.']
	else if (bukti && !jenis) errors.bukti = ['Bukti terima harus berupa PDF, JPEG atau PNG.']
	if (Object.keys(errors).length) return { ok: false, errors }
	const storage = getStorage()
	const kunci = bukti && jenis ? await storage.save(bukti.bytes, jenis.ext, { folder: 'ekspedisi' }) : null
	try {
		return await transaction(async (t): Promise<HasilEkspedisi> => {
			const baris = await EkspedisiSurat.findByPk(params.id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!baris) throw new TidakDitemukanError('Catatan pengiriman tidak ditemukan.')
			if (baris.version !== input.version) return { ok: false, konflik: true, pesan: 'Catatan pengiriman ini sudah diubah orang lain. Muat ulang halaman.' }
			if (baris.status !== 'dikirim') return { ok: false, konflik: true, pesan: 'Penerimaan surat ini sudah dicatat.' }
			if (diterimaAt.getTime() < baris.dikirimAt.getTime() - 60_000) return { ok: false, errors: { diterimaAt: ['Waktu diterima tidak boleh sebelum surat dikirim.'] } }
			await baris.update({ status: 'diterima', diterimaOleh: input.diterimaOleh, diterimaAt, kunciBukti: kunci, catatan: input.catatan ?? baris.catatan }, { transaction: t })
			return { ok: true, id: baris.id }
		}).then(async (hasil) => {
			if (!hasil.ok && kunci) await storage.remove(kunci)
			return hasil
		})
	} catch (error) {
		if (kunci) await storage.remove(kunci)
		throw error
	}
}

export type EkspedisiRow = {
	id: number
	suratId: number
	nomorSurat: string | null
	perihal: string
	jenisNaskah: string
	cara: string
	tujuan: string
	alamat: string | null
	nomorResi: string | null
	dikirimAt: string
	dikirimOleh: string
	status: string
	diterimaOleh: string | null
	diterimaAt: string | null
	adaBukti: boolean
	catatan: string | null
	version: number
}

async function whereEkspedisi(filter: FilterEkspedisi): Promise<WhereOptions<EkspedisiSurat>> {
	const syarat: WhereOptions<EkspedisiSurat>[] = []
	if (filter.cara) syarat.push({ cara: filter.cara })
	if (filter.status) syarat.push({ status: filter.status })
	if (filter.dari || filter.sampai) {
		const zona = await getZonaWaktuKantor()
		const rentang: Record<symbol, Date> = {}
		if (filter.dari) rentang[Op.gte] = awalHariUtc(filter.dari, zona)
		if (filter.sampai) rentang[Op.lt] = awalHariUtc(hariBerikutnya(filter.sampai), zona)
		syarat.push({ dikirimAt: rentang })
	}
	if (filter.q) {
		const pola = getDb().escape(likePattern(filter.q))
		syarat.push({
			[Op.or]: [
				{ tujuan: { [Op.like]: likePattern(filter.q) } },
				{ nomorResi: { [Op.like]: likePattern(filter.q) } },
				{ suratKeluarId: { [Op.in]: literal(`(SELECT id FROM surat_keluar WHERE nomor LIKE ${pola} OR perihal LIKE ${pola})`) } },
			],
		})
	}
	return { [Op.and]: syarat }
}

/** Book lines as the page and the export show them: with their letter and who sent them. */
async function barisBuku(rows: EkspedisiSurat[]): Promise<EkspedisiRow[]> {
	const suratIds = [...new Set(rows.map((r) => r.suratKeluarId))]
	const pengirim = [...new Set(rows.map((r) => r.dikirimOlehId))]
	const [surat, pengguna] = await Promise.all([
		suratIds.length ? SuratKeluar.findAll({ where: { id: { [Op.in]: suratIds } }, attributes: ['id', 'nomor', 'perihal'], include: [{ model: JenisNaskah, as: 'jenisNaskah', attributes: ['nama'] }] }) : [],
		pengirim.length ? Pengguna.findAll({ where: { id: { [Op.in]: pengirim } }, attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] }) : [],
	])
	const suratMap = new Map(surat.map((x) => [x.id, x]))
	const nama = new Map(pengguna.map((p) => [p.id, p.pegawai?.nama ?? p.username]))
	return rows.map((r) => {
		const s = suratMap.get(r.suratKeluarId)
		return {
			id: r.id,
			suratId: r.suratKeluarId,
			nomorSurat: s?.nomor ?? null,
			perihal: s?.perihal ?? '',
			jenisNaskah: s?.jenisNaskah?.nama ?? '',
			cara: r.cara,
			tujuan: r.tujuan,
			alamat: r.alamat,
			nomorResi: r.nomorResi,
			dikirimAt: r.dikirimAt.toISOString(),
			dikirimOleh: nama.get(r.dikirimOlehId) ?? '',
			status: r.status,
			diterimaOleh: r.diterimaOleh,
			diterimaAt: r.diterimaAt?.toISOString() ?? null,
			adaBukti: Boolean(r.kunciBukti),
			catatan: r.catatan,
			version: r.version,
		}
	})
}

/** The buku ekspedisi, newest dispatch first, one page at a time. */
export async function listEkspedisi(params: { filter: FilterEkspedisi; offset: number; limit: number }) {
	const { rows, count } = await EkspedisiSurat.findAndCountAll({
		where: await whereEkspedisi(params.filter),
		order: [
			['dikirimAt', 'DESC'],
			['id', 'DESC'],
		],
		offset: params.offset,
		limit: params.limit,
	})
	return { total: count, rows: await barisBuku(rows) }
}

/** One line of the book, for the receipt form. */
export async function getEkspedisi(id: number) {
	const baris = await EkspedisiSurat.findByPk(id)
	return baris ? ((await barisBuku([baris]))[0] ?? null) : null
}

/** The scan or photo of a receipt, for staff who keep the book. */
export async function bacaBuktiEkspedisi(id: number) {
	const baris = await EkspedisiSurat.findByPk(id, { attributes: ['id', 'kunciBukti', 'suratKeluarId'] })
	if (!baris?.kunciBukti) return null
	const isi = await getStorage().read(baris.kunciBukti)
	if (!isi) return null
	const jenis = kenaliJenisBerkas(isi)
	await audit({ aksi: 'unduh-dokumen', entitas: 'ekspedisi_surat', entitasId: baris.id, keterangan: `Bukti terima surat keluar ${baris.suratKeluarId}` })
	return { isi, mime: jenis?.mime ?? 'application/octet-stream', nama: `bukti-terima-${baris.id}.${jenis?.ext ?? 'bin'}` }
}
