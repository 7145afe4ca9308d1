import type { Transaction } from 'sequelize'
import { BerkasPermohonan, InstansAlur, KuitansiDenda, PermohonanLayanan, RegisterDokumen, TugasAlur } from '#models/index'
import type { CaraPengiriman } from '#models/layanan/PermohonanLayanan'
import { getSiakAdapter, type HasilSiak } from '~/integrations/siak/siak.server'
import { getDb } from '~/utils/db.server'
import type { FieldErrors } from '~/utils/forms'
import { ambilNomorBerikut, pastikanPenghitung } from '~/utils/nomor-urut.server'
import { getDefinisi } from '~/workflow/definisi'
import type { Langkah } from '~/workflow/definisi/jenis'
import { KonflikError, TidakBerhakError, TidakDitemukanError } from '~/workflow/galat'
import { jalankanAksi, jalankanAksiPihakLuar, perbaruiKonteks, siapkanKalender, type Pelaku } from '~/workflow/mesin.server'
import { periksaBerkas, simpanBerkas, type BerkasMasuk } from './berkas.server'
import { getJenisLayananById } from './katalog.server'
import { lengkapMenurutCeklis } from './permohonan.server'
import { panelLangkah, type PanelLangkah } from './panel-langkah'

/**
 * What the desk records at each step of a request, besides the step's action: the checklist, the
 * SIAK result, the fine's receipt, the print and the hand-over in the buku register. Only the
 * person holding the step's task records its data, and each record updates the instance's konteks
 * in the same transaction, so the SOP's branches (complete? fine? reprint?) follow what was
 * recorded.
 */
type Dipegang = { permohonan: PermohonanLayanan; instans: InstansAlur; langkah: Langkah; tugas: TugasAlur }

async function pegangLangkah(permohonanId: number, pelaku: Pelaku, panel: PanelLangkah, transaction: Transaction): Promise<Dipegang> {
	const permohonan = await PermohonanLayanan.findByPk(permohonanId, { transaction, lock: transaction.LOCK.UPDATE })
	if (!permohonan?.instansId) throw new TidakDitemukanError('Permohonan tidak ditemukan.')
	const instans = await InstansAlur.findByPk(permohonan.instansId, { transaction })
	if (!instans || instans.status !== 'berjalan' || !instans.langkahAktif) throw new KonflikError('Permohonan ini sudah tidak berjalan.')
	const langkah = getDefinisi(instans.definisiKode, instans.definisiVersi)?.langkah.find((l) => l.kode === instans.langkahAktif)
	if (!langkah || panelLangkah(langkah) !== panel) throw new KonflikError('Permohonan sudah pindah ke langkah lain. Muat ulang halaman.')
	const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, langkahKode: langkah.kode, status: 'diambil', diambilOlehId: pelaku.id }, transaction })
	if (!tugas) throw new TidakBerhakError('Ambil tugas langkah ini terlebih dahulu.')
	return { permohonan, instans, langkah, tugas }
}

const konteks = (instansId: number, ubah: Record<string, unknown>, t: Transaction) => perbaruiKonteks(instansId, ubah, t)

/**
 * The request's service, read before a transaction opens: nothing inside one reads on another
 * pooled connection (see `siapkanKalender`).
 */
async function jenisPermohonan(permohonanId: number) {
	const p = await PermohonanLayanan.findByPk(permohonanId, { attributes: ['jenisLayananId'] })
	if (!p) throw new TidakDitemukanError('Permohonan tidak ditemukan.')
	return (await getJenisLayananById(p.jenisLayananId))!
}

/**
 * The loket's checklist: which lines the scans satisfy. Returns the required lines still missing,
 * which the "kembalikan ke pemohon" reason names.
 */
export async function simpanCeklis(params: { permohonanId: number; ceklis: number[]; pelaku: Pelaku }) {
	const jenis = await jenisPermohonan(params.permohonanId)
	return getDb().transaction(async (t) => {
		const { permohonan, instans } = await pegangLangkah(params.permohonanId, params.pelaku, 'ceklis', t)
		const ceklis = [...new Set(params.ceklis)].filter((id) => jenis.persyaratan.some((p) => p.id === id))
		await permohonan.update({ ceklis }, { transaction: t })
		const lengkap = lengkapMenurutCeklis(jenis, ceklis)
		await konteks(instans.id, { berkasLengkap: lengkap }, t)
		const kurang = jenis.persyaratan.filter((p) => p.wajib && !ceklis.includes(p.id)).map((p) => p.nama)
		return { lengkap, kurang }
	})
}

/** The operator records what SIAK gave back (through the SIAK adapter). */
export async function catatHasilSiak(params: { permohonanId: number; catatan: HasilSiak; pelaku: Pelaku }): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
	const nomor = params.catatan.nomor?.trim() || null
	const keterangan = params.catatan.keterangan?.trim().slice(0, 500) || null
	if (nomor && !/^[A-Za-z0-9./-]{4,60}$/.test(nomor)) return { ok: false, errors: { hasilNomor: ['Nomor hasil SIAK hanya berisi huruf, angka, titik, garis miring atau tanda hubung (4–60 karakter).'] } }
	const permohonan = await PermohonanLayanan.findByPk(params.permohonanId, { include: [{ association: 'jenis', attributes: ['kode'] }] })
	if (!permohonan) throw new TidakDitemukanError('Permohonan tidak ditemukan.')
	const hasil = await getSiakAdapter().konfirmasiHasil({
		nomorTiket: permohonan.nomorTiket,
		jenisKode: (permohonan as PermohonanLayanan & { jenis?: { kode: string } }).jenis?.kode ?? '',
		catatan: { ...params.catatan, nomor, keterangan },
	})
	await getDb().transaction(async (t) => {
		const { permohonan: p, instans } = await pegangLangkah(params.permohonanId, params.pelaku, 'hasil-siak', t)
		await p.update(
			{ hasilNomor: hasil.nomor ?? p.hasilNomor, hasilKeterangan: hasil.keterangan ?? p.hasilKeterangan, ...(hasil.statusRekam ? { statusRekam: hasil.statusRekam } : {}) },
			{ transaction: t },
		)
		await konteks(
			instans.id,
			{ ...(hasil.statusRekam ? { statusRekam: hasil.statusRekam } : {}), ...(hasil.nikDitemukan === undefined ? {} : { nikDitemukan: hasil.nikDitemukan }) },
			t,
		)
	})
	return { ok: true }
}

/** `KW/2026/000001`, `REG/2026/000001`: a yearly gapless sequence. */
const nomorTahunan = (awalan: string, tahun: string, urut: number) => `${awalan}/${tahun}/${String(urut).padStart(6, '0')}`

/**
 * The loket receives the fine: a numbered receipt, the fine marked paid, and the pemohon's
 * payment step recorded as done, all in one transaction. Paying twice is refused.
 */
export async function terimaPembayaranDenda(params: { permohonanId: number; pelaku: Pelaku; sekarang?: Date }) {
	const sekarang = params.sekarang ?? new Date()
	const tahun = String(sekarang.getUTCFullYear())
	await pastikanPenghitung(`kuitansi:${tahun}`)
	return getDb().transaction(async (t) => {
		const { permohonan, instans, tugas } = await pegangLangkah(params.permohonanId, params.pelaku, 'denda', t)
		if (permohonan.dendaLunas || permohonan.denda <= 0) throw new KonflikError('Denda permohonan ini sudah lunas.')
		const nomor = nomorTahunan('KW', tahun, await ambilNomorBerikut(`kuitansi:${tahun}`, t))
		await KuitansiDenda.create({ nomor, permohonanId: permohonan.id, nominal: permohonan.denda, dibayarAt: sekarang, diterimaOlehId: params.pelaku.id }, { transaction: t })
		await permohonan.update({ dendaLunas: true }, { transaction: t })
		await konteks(instans.id, { dendaLunas: true }, t)
		return { nomor, tugasId: tugas.id }
	}).then(async (hasil) => {
		// the step moves on once the payment is committed; should this fail, the paid fine stands
		// and the loket takes the step's action from the action bar
		await jalankanAksi({ tugasId: hasil.tugasId, aksiKode: 'bayar-denda', pelaku: params.pelaku })
		return { nomor: hasil.nomor }
	})
}

/** The operator prints the document: a new line of the buku register. */
export async function catatCetak(params: { permohonanId: number; nomorDokumen: string | null; pelaku: Pelaku; sekarang?: Date }) {
	const sekarang = params.sekarang ?? new Date()
	const tahun = String(sekarang.getUTCFullYear())
	await pastikanPenghitung(`register:${tahun}`)
	const jenis = await jenisPermohonan(params.permohonanId)
	return getDb().transaction(async (t) => {
		const { permohonan, instans } = await pegangLangkah(params.permohonanId, params.pelaku, 'cetak', t)
		const nomorRegister = nomorTahunan('REG', tahun, await ambilNomorBerikut(`register:${tahun}`, t))
		const nomorDokumen = params.nomorDokumen?.trim() || permohonan.hasilNomor
		await RegisterDokumen.create(
			{ nomorRegister, permohonanId: permohonan.id, dokumen: jenis.dokumenHasil, nomorDokumen, dicetakAt: sekarang, dicetakOlehId: params.pelaku.id, kondisi: 'baik', diserahkanAt: null, diserahkanOlehId: null, diterimaOleh: null, cara: null },
			{ transaction: t },
		)
		if (permohonan.statusRekam) await permohonan.update({ statusRekam: 'dicetak' }, { transaction: t })
		await konteks(instans.id, { cetakRusak: false }, t)
		return { nomorRegister }
	})
}

/** The quality check: a damaged print goes back to be printed again (a new register line). */
export async function catatCekDokumen(params: { permohonanId: number; kondisi: 'baik' | 'rusak'; pelaku: Pelaku }) {
	return getDb().transaction(async (t) => {
		const { permohonan, instans } = await pegangLangkah(params.permohonanId, params.pelaku, 'cek-dokumen', t)
		const terakhir = await RegisterDokumen.findOne({ where: { permohonanId: permohonan.id }, order: [['id', 'DESC']], transaction: t })
		if (!terakhir) throw new KonflikError('Belum ada dokumen tercetak untuk diperiksa.')
		await terakhir.update({ kondisi: params.kondisi }, { transaction: t })
		await konteks(instans.id, { cetakRusak: params.kondisi === 'rusak' }, t)
	})
}

/** The hand-over: who received the document, when and how; the register line is completed. */
export async function catatPenyerahan(params: { permohonanId: number; diterimaOleh: string; cara: CaraPengiriman; pelaku: Pelaku; sekarang?: Date }): Promise<{ ok: true; nomorRegister: string | null } | { ok: false; errors: FieldErrors }> {
	const diterimaOleh = params.diterimaOleh.trim()
	if (diterimaOleh.length < 3) return { ok: false, errors: { diterimaOleh: ['Tulis nama penerima dokumen (minimal 3 huruf).'] } }
	if (!['ambil', 'email', 'wa'].includes(params.cara)) return { ok: false, errors: { cara: ['Pilih cara penyerahan.'] } }
	const sekarang = params.sekarang ?? new Date()
	return getDb().transaction(async (t) => {
		const { permohonan } = await pegangLangkah(params.permohonanId, params.pelaku, 'penyerahan', t)
		const baris = await RegisterDokumen.findOne({ where: { permohonanId: permohonan.id, kondisi: 'baik', diserahkanAt: null }, order: [['id', 'DESC']], transaction: t })
		if (baris) await baris.update({ diserahkanAt: sekarang, diserahkanOlehId: params.pelaku.id, diterimaOleh: diterimaOleh.slice(0, 150), cara: params.cara }, { transaction: t })
		if (permohonan.statusRekam) await permohonan.update({ statusRekam: 'diserahkan' }, { transaction: t })
		return { ok: true as const, nomorRegister: baris?.nomorRegister ?? null }
	})
}

/** Lansia/disabilitas: the home visit and the companion from the relevant agency. */
export async function jadwalkanKunjungan(params: { permohonanId: number; jadwal: Date; pendamping: string; pelaku: Pelaku }): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
	if (Number.isNaN(params.jadwal.getTime()) || params.jadwal.getTime() < Date.now() - 86_400_000) return { ok: false, errors: { jadwal: ['Isi tanggal dan jam kunjungan yang akan datang.'] } }
	const pendamping = params.pendamping.trim()
	if (pendamping.length < 3) return { ok: false, errors: { pendamping: ['Tulis pendamping dan instansinya.'] } }
	await getDb().transaction(async (t) => {
		const { permohonan, instans } = await pegangLangkah(params.permohonanId, params.pelaku, 'pendampingan', t)
		await permohonan.update({ jadwalKunjungan: params.jadwal, pendamping: pendamping.slice(0, 200) }, { transaction: t })
		await konteks(instans.id, { perluPendamping: true }, t)
	})
	return { ok: true }
}

async function tambahBerkas(permohonan: PermohonanLayanan, tersimpan: Awaited<ReturnType<typeof simpanBerkas>>['tersimpan'], oleh: Pelaku | null, t: Transaction) {
	await BerkasPermohonan.bulkCreate(
		tersimpan.map((b) => ({
			permohonanId: permohonan.id,
			persyaratanId: b.persyaratanId,
			nama: b.nama,
			kunci: b.kunci,
			mime: b.jenis.mime,
			ukuran: b.bytes.byteLength,
			sha256: b.sha256,
			sumber: oleh ? ('petugas' as const) : ('pemohon' as const),
			diunggahOlehId: oleh?.id ?? null,
		})),
		{ transaction: t },
	)
}

/**
 * More berkas for a running request. From the pemohon (web, WhatsApp: `pelaku` null) while the
 * request waits for them, it also completes their step, so the request resumes where it was
 * returned from; from staff (scanning at the loket) it is only stored.
 */
export async function tambahBerkasPermohonan(params: { permohonanId: number; berkas: BerkasMasuk[]; pelaku: Pelaku | null; lanjutkan?: boolean }): Promise<{ ok: true; dilanjutkan: boolean } | { ok: false; errors: FieldErrors }> {
	if (!params.berkas.length) return { ok: false, errors: { berkas: ['Pilih berkas yang akan diunggah.'] } }
	const sudahAda = await BerkasPermohonan.count({ where: { permohonanId: params.permohonanId } })
	const periksa = periksaBerkas(params.berkas, sudahAda)
	if (!periksa.ok) return { ok: false, errors: { berkas: periksa.errors } }
	const { tersimpan, hapus } = await simpanBerkas(periksa.berkas)
	const kalender = await siapkanKalender()
	try {
		return await getDb().transaction(async (t) => {
			const permohonan = await PermohonanLayanan.findByPk(params.permohonanId, { transaction: t, lock: t.LOCK.UPDATE })
			if (!permohonan?.instansId) throw new TidakDitemukanError('Permohonan tidak ditemukan.')
			const instans = await InstansAlur.findByPk(permohonan.instansId, { transaction: t })
			if (!instans || instans.status !== 'berjalan') throw new KonflikError('Permohonan ini sudah selesai; berkas tidak dapat ditambah.')
			await tambahBerkas(permohonan, tersimpan, params.pelaku, t)
			const langkah = getDefinisi(instans.definisiKode, instans.definisiVersi)?.langkah.find((l) => l.kode === instans.langkahAktif)
			const menungguPemohon = langkah ? panelLangkah(langkah) === 'berkas-pemohon' : false
			if (!params.pelaku && menungguPemohon && params.lanjutkan !== false) {
				await konteks(instans.id, { berkasLengkap: true }, t)
				await jalankanAksiPihakLuar({ instansId: instans.id, pihak: 'pemohon', aksiKode: 'ajukan', alasan: 'Berkas dilengkapi oleh pemohon', kalender }, t)
				return { ok: true as const, dilanjutkan: true }
			}
			if (params.pelaku && menungguPemohon) await konteks(instans.id, { berkasLengkap: true }, t)
			return { ok: true as const, dilanjutkan: false }
		})
	} catch (error) {
		await hapus()
		throw error
	}
}
