import crypto from 'node:crypto'
import { Op, UniqueConstraintError, type Transaction } from 'sequelize'
import { BerkasPermohonan, InstansAlur, JenisLayanan, Outbox, PermohonanLayanan, PesanWaMasuk, RiwayatAlur } from '#models/index'
import {
	bacaNotifikasi,
	unduhMedia,
	variabelWaKurang,
	verifikasiHandshake,
	verifikasiTandaTangan,
	waAktif,
	WaMediaTerlaluBesarError,
	waWebhookAktif,
	type PesanMasukWa,
} from '~/integrations/whatsapp/whatsapp.server'
import { getDb } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { formatUkuran } from '~/utils/format'
import { logger } from '~/utils/logger.server'
import { getDefinisi } from '~/workflow/definisi'
import { KonflikError } from '~/workflow/galat'
import { enqueue, type PesanOutbox } from '~/workflow/outbox.server'
import { BATAS_BERKAS, bersihkanNamaBerkas } from './berkas.server'
import { listJenisLayanan, type JenisLayananRow } from './katalog.server'
import { tambahBerkasPermohonan } from './pekerjaan.server'
import { batalkanPermohonanPemohon } from './pembatalan.server'
import { ajukanPermohonan } from './permohonan.server'
import { LABEL_STATUS, statusPermohonan } from './status-permohonan'

/**
 * The WhatsApp ticket (SOP-WA-*): a citizen writes a service name and gets a request with its
 * ticket and tracking code, sends the berkas as photos or PDFs, asks for the status or withdraws
 * a request nobody has started. Every incoming message id is recorded first, so a redelivered
 * notification is handled once; every reply goes through the outbox, written in the transaction
 * that marks the message handled (or the one that changed the request), never sent from here.
 */

// ---------------------------------------------------------------- commands

export type PerintahWa = { jenis: 'layanan'; kode: string } | { jenis: 'status'; nomor: string } | { jenis: 'batal'; nomor: string } | { jenis: 'bantuan' }

/** The words citizens use for a service, mapped to its catalogue code; every code also works with spaces. */
const ALIAS: Record<string, string> = {
	KK: 'KK-BARU',
	'KARTU KELUARGA': 'KK-BARU',
	KTP: 'KTP-BARU',
	'KTP EL': 'KTP-BARU',
	KTPEL: 'KTP-BARU',
	'E KTP': 'KTP-BARU',
	PINDAH: 'SKPWNI',
	'PINDAH KELUAR': 'SKPWNI',
	'AKTA LAHIR': 'AKTA-LAHIR',
	'AKTA KELAHIRAN': 'AKTA-LAHIR',
	'AKTA MATI': 'AKTA-MATI',
	'AKTA KEMATIAN': 'AKTA-MATI',
	'AKTA KAWIN': 'AKTA-KAWIN',
	'AKTA PERKAWINAN': 'AKTA-KAWIN',
	'AKTA CERAI': 'AKTA-CERAI',
	'AKTA PERCERAIAN': 'AKTA-CERAI',
}

/** `kk-baru`, ` Kk  Baru. ` → `KK BARU`: case, spacing, hyphens and punctuation forgiven. */
function kunciTeks(teks: string) {
	return teks
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s_.!?,;:-]+/g, ' ')
		.trim()
}

/** A ticket number as typed (`kk baru 20261122 0001`) in its stored form `KK-BARU-20261122-0001`. */
function nomorTiketDari(teks: string) {
	return teks
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40)
}

const POLA_TIKET = /^[A-Z0-9-]+-\d{8}-\d{4}$/

/**
 * What a text asks for. `BATAL` followed by a ticket number withdraws it; `BATAL KAWIN` and the
 * like stay service names. `kodeAktif` are the catalogue codes of the active services.
 */
export function bacaPerintah(teks: string, kodeAktif: readonly string[]): PerintahWa {
	const perintah = /^\s*(STATUS|CEK|BATAL)\s+(.+)$/i.exec(teks.normalize('NFKC'))
	if (perintah) {
		const kata = perintah[1]!.toUpperCase()
		const nomor = nomorTiketDari(perintah[2]!)
		if (kata !== 'BATAL') return { jenis: 'status', nomor }
		if (POLA_TIKET.test(nomor)) return { jenis: 'batal', nomor }
	}
	const kunci = kunciTeks(teks)
	const kode = ALIAS[kunci] ?? kunci.replaceAll(' ', '-')
	return kodeAktif.includes(kode) ? { jenis: 'layanan', kode } : { jenis: 'bantuan' }
}

// ---------------------------------------------------------------- replies

const JUDUL = 'Layanan WA Ticket Disdukcapil'

function teksBantuan(awal?: string) {
	return [
		awal,
		'Ketik nama layanan untuk mengajukan permohonan, misalnya: KK, KTP, KIA, PINDAH, AKTA LAHIR, AKTA MATI, AKTA KAWIN, AKTA CERAI.',
		'Setelah permohonan dibuat, kirim foto atau PDF berkas persyaratan di chat ini.',
		'STATUS <nomor tiket>: melihat status permohonan.',
		'BATAL <nomor tiket>: membatalkan permohonan yang belum diproses petugas.',
	]
		.filter(Boolean)
		.join('\n')
}

const balas = (ke: string, isi: string, judul = JUDUL): PesanOutbox => ({ kanal: 'wa', tujuan: ke, judul, isi })

// ---------------------------------------------------------------- handling one message

/** Running WhatsApp requests one number may hold at once: a runaway chat cannot flood the desk. */
const BATAS_PERMOHONAN_BERJALAN = 5
/** The profile name is the applicant's name until the desk reads the berkas. */
const NAMA_BAKU = 'Pemohon WhatsApp'
const PEMOHON_WA = { id: null, nama: 'Pemohon (WhatsApp)', jabatan: null }

function namaPemohon(profil: string | null) {
	// eslint-disable-next-line no-control-regex
	const nama = (profil ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 150)
	return nama.length >= 3 ? nama : NAMA_BAKU
}

/** Marks the message handled and queues its replies in one transaction (the caller's, when given). */
async function selesaikan(messageId: string, balasan: PesanOutbox[], transaction?: Transaction) {
	const run = async (t: Transaction) => {
		await PesanWaMasuk.update({ diprosesAt: new Date(), galat: null, isi: null, berikutnyaAt: null }, { where: { messageId }, transaction: t })
		await enqueue(balasan, t)
	}
	return transaction ? run(transaction) : getDb().transaction(run)
}

async function bukaPermohonan(pesan: PesanMasukWa, jenis: JenisLayananRow) {
	const berjalan = await PermohonanLayanan.count({
		where: { pemohonTelepon: pesan.dari, kanal: 'wa' },
		include: [{ model: InstansAlur, as: 'instans', where: { status: 'berjalan' }, attributes: [] }],
	})
	if (berjalan >= BATAS_PERMOHONAN_BERJALAN) {
		return selesaikan(pesan.id, [
			balas(pesan.dari, `Nomor ini masih memiliki ${berjalan} permohonan yang sedang diproses. Selesaikan atau batalkan salah satunya sebelum mengajukan permohonan baru.`),
		])
	}
	const hasil = await ajukanPermohonan({
		jenisKode: jenis.kode,
		kanal: 'wa',
		pemohon: { pemohonNama: namaPemohon(pesan.nama), pemohonTelepon: pesan.dari, pengiriman: 'wa' },
		isian: {},
		berkas: [],
		pelaku: null,
		// the message id is the form's one-time key: a retried message opens no second request
		kunciPengajuan: `wa-${crypto.createHash('sha256').update(pesan.id).digest('hex').slice(0, 40)}`,
	})
	if (!hasil.ok) {
		const alasan = Object.values(hasil.errors).flat().join(' ')
		return selesaikan(pesan.id, [balas(pesan.dari, `Permohonan tidak dapat dibuat. ${alasan}`)])
	}
	const persyaratan = jenis.persyaratan.map((p, i) => `${i + 1}. ${p.nama}${p.wajib ? '' : ' (bila ada)'}`)
	const isi = [
		`Nomor tiket: ${hasil.nomorTiket}`,
		`Kode lacak: ${hasil.kodeLacak}`,
		'Simpan kode lacak ini; kode hanya dikirim sekali dan diperlukan untuk melacak permohonan.',
		'',
		...(persyaratan.length ? ['Persyaratan:', ...persyaratan, ''] : []),
		`Kirim foto atau PDF setiap berkas persyaratan di chat ini (JPEG, PNG atau PDF, paling besar ${formatUkuran(BATAS_BERKAS.ukuran)} per berkas).`,
		`Untuk melihat status, ketik: STATUS ${hasil.nomorTiket}`,
	].join('\n')
	return selesaikan(pesan.id, [{ kanal: 'wa', tujuan: pesan.dari, judul: `Permohonan ${jenis.nama} diterima.`, isi, tautan: '/lacak' }])
}

const EKSTENSI: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }

async function terimaBerkas(pesan: PesanMasukWa) {
	const permohonan = await PermohonanLayanan.findOne({
		where: { pemohonTelepon: pesan.dari, kanal: 'wa' },
		include: [{ model: InstansAlur, as: 'instans', where: { status: 'berjalan' }, attributes: ['id'] }],
		attributes: ['id', 'nomorTiket'],
		order: [['id', 'DESC']],
	})
	if (!permohonan || !pesan.media) {
		return selesaikan(pesan.id, [balas(pesan.dari, teksBantuan('Belum ada permohonan yang sedang berjalan untuk nomor ini, jadi berkas belum dapat diterima.'))])
	}
	let media: { bytes: Uint8Array; mime: string }
	try {
		media = await unduhMedia(pesan.media.id, { maksBytes: BATAS_BERKAS.ukuran })
	} catch (error) {
		if (!(error instanceof WaMediaTerlaluBesarError)) throw error
		return selesaikan(pesan.id, [
			balas(pesan.dari, `Berkas tidak diterima: ukuran ${formatUkuran(error.ukuran)} melebihi batas ${formatUkuran(BATAS_BERKAS.ukuran)}. Kirim ulang dengan ukuran lebih kecil.`),
		])
	}
	const urutan = (await BerkasPermohonan.count({ where: { permohonanId: permohonan.id } })) + 1
	const nama = pesan.media.nama ? bersihkanNamaBerkas(pesan.media.nama) : `berkas-whatsapp-${urutan}.${EKSTENSI[media.mime.split(';')[0]!.trim()] ?? 'bin'}`
	try {
		const hasil = await tambahBerkasPermohonan({ permohonanId: permohonan.id, berkas: [{ nama, bytes: media.bytes, persyaratanId: null }], pelaku: null })
		if (!hasil.ok) {
			const alasan = Object.values(hasil.errors).flat().join(' ')
			return selesaikan(pesan.id, [balas(pesan.dari, `Berkas tidak diterima untuk permohonan ${permohonan.nomorTiket}. ${alasan}`)])
		}
		const lanjut = hasil.dilanjutkan ? 'Permohonan diteruskan kembali kepada petugas untuk diperiksa.' : 'Petugas akan memeriksanya.'
		return selesaikan(pesan.id, [balas(pesan.dari, `Berkas diterima: ${nama}. Permohonan ${permohonan.nomorTiket} sudah menyimpan ${urutan} berkas. ${lanjut}`)])
	} catch (error) {
		if (!(error instanceof KonflikError)) throw error
		return selesaikan(pesan.id, [balas(pesan.dari, `Permohonan ${permohonan.nomorTiket} sudah selesai; berkas tidak dapat ditambah.`)])
	}
}

async function kirimStatus(pesan: PesanMasukWa, nomor: string) {
	// the ticket must carry this number; any other answers exactly like an unknown ticket
	const p = await PermohonanLayanan.findOne({
		where: { nomorTiket: nomor, pemohonTelepon: pesan.dari },
		include: [
			{ model: JenisLayanan, as: 'jenis', attributes: ['nama'] },
			{ model: InstansAlur, as: 'instans' },
		],
	})
	const full = p as (PermohonanLayanan & { jenis: JenisLayanan; instans: InstansAlur | null }) | null
	if (!full?.instans) return selesaikan(pesan.id, [balas(pesan.dari, `Permohonan ${nomor || '(tanpa nomor)'} tidak ditemukan untuk nomor WhatsApp ini.`)])
	const instans = full.instans
	const langkah = instans.langkahAktif ? (getDefinisi(instans.definisiKode, instans.definisiVersi)?.langkah.find((l) => l.kode === instans.langkahAktif) ?? null) : null
	const status = statusPermohonan(instans.status, langkah)
	const baris = [`Permohonan ${full.nomorTiket} (${full.jenis.nama})`, `Status: ${LABEL_STATUS[status]}`]
	if (langkah) baris.push(`Langkah sekarang: ${langkah.kegiatan.slice(0, 300)}`)
	if (status === 'menunggu-pemohon') {
		const kembali = await RiwayatAlur.findOne({ where: { instansId: instans.id, aksi: 'kembalikan' }, order: [['waktu', 'DESC'], ['id', 'DESC']], attributes: ['alasan'] })
		if (kembali?.alasan) baris.push(`Kekurangan: ${kembali.alasan.slice(0, 500)}`)
		baris.push('Kirim berkas yang kurang sebagai foto atau PDF di chat ini.')
	}
	return selesaikan(pesan.id, [balas(pesan.dari, baris.join('\n'))])
}

async function batalkan(pesan: PesanMasukWa, nomor: string) {
	const p = await PermohonanLayanan.findOne({ where: { nomorTiket: nomor, pemohonTelepon: pesan.dari, kanal: 'wa' }, attributes: ['id'] })
	if (!p) return selesaikan(pesan.id, [balas(pesan.dari, `Permohonan ${nomor} tidak ditemukan untuk nomor WhatsApp ini.`)])
	await getDb().transaction(async (t) => {
		const hasil = await batalkanPermohonanPemohon({ permohonanId: p.id, alasan: 'Dibatalkan pemohon lewat WhatsApp.', pelaku: PEMOHON_WA }, t)
		const teks = hasil.ok
			? `Permohonan ${nomor} dibatalkan.`
			: hasil.alasan === 'sudah-diproses'
				? `Permohonan ${nomor} tidak dapat dibatalkan karena sudah diproses petugas. Hubungi loket bila perlu.`
				: hasil.alasan === 'sudah-berakhir'
					? `Permohonan ${nomor} sudah selesai atau sudah dibatalkan.`
					: `Permohonan ${nomor} tidak ditemukan untuk nomor WhatsApp ini.`
		await selesaikan(pesan.id, [balas(pesan.dari, teks)], t)
	})
}

async function tangani(pesan: PesanMasukWa) {
	if (pesan.jenis === 'image' || pesan.jenis === 'document') return terimaBerkas(pesan)
	// an emoji reaction to one of our replies asks for nothing; answering it would start a loop of help texts
	if (pesan.jenis === 'reaction') return selesaikan(pesan.id, [])
	if (pesan.jenis !== 'text' || !pesan.teks?.trim()) return selesaikan(pesan.id, [balas(pesan.dari, teksBantuan('Pesan jenis ini belum dapat diproses.'))])
	const layanan = await listJenisLayanan()
	const perintah = bacaPerintah(pesan.teks, layanan.map((j) => j.kode))
	switch (perintah.jenis) {
		case 'layanan':
			return bukaPermohonan(pesan, layanan.find((j) => j.kode === perintah.kode)!)
		case 'status':
			return kirimStatus(pesan, perintah.nomor)
		case 'batal':
			return batalkan(pesan, perintah.nomor)
		default:
			return selesaikan(pesan.id, [balas(pesan.dari, teksBantuan())])
	}
}

/**
 * Records the message id first. A second delivery of a handled (or in-flight) message is skipped;
 * one whose earlier handling failed is claimed again, by exactly one delivery.
 */
async function klaim(pesan: PesanMasukWa): Promise<boolean> {
	try {
		// the handling's lease: should this process die mid-way, the retry worker takes it after it
		const sewa = new Date(Date.now() + SEWA_PESAN_MS)
		await PesanWaMasuk.create({ messageId: pesan.id, dari: pesan.dari, jenis: pesan.jenis.slice(0, 20), diterimaAt: new Date(), diprosesAt: null, galat: null, isi: pesan, berikutnyaAt: sewa })
		return true
	} catch (error) {
		if (!(error instanceof UniqueConstraintError)) throw error
		const [diklaim] = await PesanWaMasuk.update(
			{ galat: null, berikutnyaAt: new Date(Date.now() + SEWA_PESAN_MS) },
			{ where: { messageId: pesan.id, diprosesAt: null, galat: { [Op.ne]: null } } },
		)
		return diklaim > 0
	}
}

export type HasilPesanWa = 'diproses' | 'ulangan' | 'gagal'

/** After a failure: 1, 2, 4 … minutes, at most an hour; given up after ten tries (the row stays). */
const MAKS_PERCOBAAN_WA = 10
/** How long a handling may take before the message counts as abandoned (the process died). */
const SEWA_PESAN_MS = 10 * 60_000
const jedaUlangWa = (percobaan: number) => Math.min(60 * 60_000, 60_000 * 2 ** (percobaan - 1))

async function tanganiDanCatat(pesan: PesanMasukWa): Promise<HasilPesanWa> {
	try {
		await tangani(pesan)
		return 'diproses'
	} catch (error) {
		const galat = `${error instanceof Error ? error.name : 'Error'}: ${error instanceof Error ? error.message : String(error)}`.replace(/\d{8,}/g, '…').slice(0, 500)
		const baris = await PesanWaMasuk.findOne({ where: { messageId: pesan.id }, attributes: ['id', 'percobaan'] }).catch(() => null)
		const percobaan = (baris?.percobaan ?? 0) + 1
		await PesanWaMasuk.update({ galat, percobaan, berikutnyaAt: new Date(Date.now() + jedaUlangWa(percobaan)) }, { where: { messageId: pesan.id } }).catch(() => undefined)
		logger.error({ messageId: pesan.id, jenis: pesan.jenis, galat, percobaan }, 'pesan WhatsApp gagal diproses')
		return 'gagal'
	}
}

/** Handles one incoming message; a failure is recorded on its row (never its text) and logged. */
export async function terimaPesanWa(pesan: PesanMasukWa): Promise<HasilPesanWa> {
	if (!(await klaim(pesan))) return 'ulangan'
	return tanganiDanCatat(pesan)
}

/**
 * Messages whose handling failed (the media download during a WhatsApp outage, say), or was cut
 * off by a stopped process, are handled again from the stored message when their time comes,
 * each claimed by exactly one worker (the claim moves the lease forward).
 */
export async function prosesUlangPesanWa(batas = 20): Promise<number> {
	const now = new Date()
	const tertunda = await PesanWaMasuk.findAll({
		where: { diprosesAt: null, berikutnyaAt: { [Op.lte]: now }, percobaan: { [Op.lt]: MAKS_PERCOBAAN_WA } },
		attributes: ['id', 'messageId'],
		order: [['id', 'ASC']],
		limit: batas,
	})
	let diproses = 0
	for (const { id } of tertunda) {
		const [diklaim] = await PesanWaMasuk.update(
			{ galat: null, berikutnyaAt: new Date(Date.now() + SEWA_PESAN_MS) },
			{ where: { id, diprosesAt: null, berikutnyaAt: { [Op.lte]: new Date() } } },
		)
		if (!diklaim) continue
		const baris = await PesanWaMasuk.findByPk(id)
		if (!baris?.isi) continue
		if ((await tanganiDanCatat(baris.isi)) === 'diproses') diproses += 1
	}
	return diproses
}

/** Started once by the server, beside the outbox worker. */
export function mulaiPekerjaWa(intervalMs = 60_000) {
	const holder = globalThis as typeof globalThis & { __simaduWa?: NodeJS.Timeout }
	if (holder.__simaduWa) return
	holder.__simaduWa = setInterval(() => {
		prosesUlangPesanWa().catch((error: unknown) => logger.error({ err: error }, 'pengulangan pesan WhatsApp gagal'))
	}, intervalMs)
	holder.__simaduWa.unref()
}

// ---------------------------------------------------------------- the webhook

/** Meta expects an answer within seconds; what is not done by then finishes in the background. */
const JAWAB_DALAM_MS = 8_000

/** `GET /api/wa/webhook`: the challenge to echo, or null when the mode or token is wrong. */
export function jawabVerifikasiWebhookWa(url: URL) {
	const p = url.searchParams
	return verifikasiHandshake(p.get('hub.mode'), p.get('hub.verify_token')) ? (p.get('hub.challenge') ?? '') : null
}

/**
 * `POST /api/wa/webhook` with the raw body: 503 while the channel is off, 401 without a valid
 * signature (logged without the body), otherwise 200 once the messages are handled or the answer
 * can wait no longer.
 */
export async function terimaWebhookWa(params: { body: Uint8Array; tandaTangan: string | null }): Promise<200 | 401 | 503> {
	if (!waWebhookAktif()) return 503
	if (!verifikasiTandaTangan(params.body, params.tandaTangan)) {
		logger.warn({ adaTandaTangan: Boolean(params.tandaTangan), ukuran: params.body.byteLength }, 'webhook WhatsApp ditolak: tanda tangan tidak sah')
		return 401
	}
	let json: unknown
	try {
		json = JSON.parse(new TextDecoder().decode(params.body))
	} catch {
		logger.warn({ ukuran: params.body.byteLength }, 'webhook WhatsApp bertanda tangan sah tetapi bukan JSON')
		return 200
	}
	const pesan = bacaNotifikasi(json)
	const kerja = (async () => {
		// in order: a service name before the photos that follow it in the same notification
		for (const p of pesan) await terimaPesanWa(p)
	})()
	let timer: NodeJS.Timeout | undefined
	await Promise.race([kerja, new Promise((resolve) => (timer = setTimeout(resolve, JAWAB_DALAM_MS)))])
	clearTimeout(timer)
	return 200
}

// ---------------------------------------------------------------- the staff status page

export async function statusKanalWa(asalPermintaan: string) {
	const env = getEnv()
	const dasar = (env.APP_URL ?? asalPermintaan).replace(/\/+$/, '')
	const sehari = new Date(Date.now() - 86_400_000)
	const [menunggu, gagal, masukGagal, masuk24Jam] = await Promise.all([
		Outbox.count({ where: { kanal: 'wa', status: 'menunggu' } }),
		Outbox.count({ where: { kanal: 'wa', status: 'gagal' } }),
		PesanWaMasuk.count({ where: { diprosesAt: null, galat: { [Op.ne]: null } } }),
		PesanWaMasuk.count({ where: { diterimaAt: { [Op.gte]: sehari } } }),
	])
	return {
		kirimAktif: waAktif(),
		webhookAktif: waWebhookAktif() && Boolean(env.WA_VERIFY_TOKEN),
		kurang: variabelWaKurang(),
		webhookUrl: `${dasar}/api/wa/webhook`,
		appUrlDiatur: Boolean(env.APP_URL),
		apiBaseUrl: env.WA_API_BASE_URL,
		antrean: { menunggu, gagal },
		pesanMasuk: { gagal: masukGagal, sehari: masuk24Jam },
	}
}
