import { Op, literal, type WhereOptions } from 'sequelize'
import { Disposisi, InstansAlur, Jabatan, KlasifikasiArsip, Pegawai, PengantaranSurat, Pengguna, SuratMasuk, TugasAlur } from '#models/index'
import { getStorage } from '~/integrations/storage/storage.server'
import { awalHariUtc } from '~/modules/audit/waktu-zona'
import { periksaBerkas, type BerkasMasuk } from '~/modules/layanan/berkas.server'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { audit } from '~/utils/audit.server'
import type { CurrentUser } from '~/utils/auth.server'
import { getDb } from '~/utils/db.server'
import { tanggalDiZona } from '~/utils/format'
import { formFailure, parseForm, zodFieldErrors, type FieldErrors, type FormFailure } from '~/utils/forms'
import { ambilNomorBerikut, pastikanPenghitung } from '~/utils/nomor-urut.server'
import { likePattern } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'
import { disposisiSchema } from '~/workflow/disposisi.schema'
import { buatDisposisi, getPohonDisposisi, tandaiDibaca, type SimpulDisposisi } from '~/workflow/disposisi.server'
import { KonflikError, TidakBerhakError, TidakDitemukanError, TransisiTidakSahError } from '~/workflow/galat'
import { ambilTugas, mulaiAlur, siapkanKalender, type Pelaku } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'
import { getHalamanAlur, type HalamanAlur } from '~/workflow/subjek.server'
import {
	POLA_KLASIFIKASI,
	PengantaranSchema,
	SIFAT_RAHASIA,
	formatNomorAgenda,
	labelSifat,
	labelStatusSuratMasuk,
	labelUrgensi,
	rahasia,
	statusSuratMasuk,
	suratMasukSchema,
	type FilterSuratMasuk,
	type KodeAsalJenis,
	type KodeSifat,
	type KodeStatusSuratMasuk,
	type KodeUrgensi,
} from './surat-masuk.schema'

/**
 * Surat masuk (P1.2.1.2): the tata usaha registers a letter with a gapless yearly agenda number
 * and its scan, which starts its path in the workflow straight into the addressee's inbox; the
 * addressee disposes it down the organisation with the shared disposisi tree; the caraka's
 * deliveries are recorded. Rahasia and Sangat Rahasia letters exist only for the registrar, the
 * holders of the addressed jabatan and the people on their disposisi path — for everyone else
 * they are not in any list, count or page.
 */
export const SUBJEK_SURAT_MASUK = 'surat-masuk'
export const DEFINISI_SURAT_MASUK = 'P1.2.1.2'
const JABATAN_TUJUAN_BAKU = 'KADIS'
const FOLDER_PINDAIAN = 'surat-masuk'

/** Who reads: the signed-in user's id and today's authority (roles, jabatan incl. Plt/Plh). */
export type Pembaca = Pick<CurrentUser, 'id' | 'authority'>

export const tautanSuratMasuk = (id: number) => `/surat-masuk/${id}`

// ---------------------------------------------------------------------------------------------
// Visibility

const angkaAman = (n: number) => {
	if (!Number.isSafeInteger(n)) throw new Error(`Bukan bilangan bulat: ${n}`)
	return n
}

/**
 * The visibility rule as one SQL condition on `alias` (the list, its count, one letter and the
 * downloads all use it, so what a list hides a page cannot show):
 * - anyone: letters they registered, letters addressed to a jabatan they hold (or act for), and
 *   letters whose disposisi they sent or received (not cancelled) — `bolehLihatSubjek`'s path
 *   rule, written as a subquery so lists and counts apply it in the database;
 * - Biasa and Terbatas letters besides: all of them with `read:surat:any`, otherwise those whose
 *   task they hold, held, or may take now.
 */
function sqlTerlihat(pembaca: Pembaca, alias = 'SuratMasuk') {
	const db = getDb()
	const qi = (s: string) => db.getQueryInterface().quoteIdentifier(s)
	const kol = (c: string) => `${qi(alias)}.${qi(c)}`
	const u = angkaAman(pembaca.id)
	const jabatan = [...new Set(pembaca.authority.jabatan.map((j) => angkaAman(j.id)))]
	const peran = pembaca.authority.peran.map((p) => db.escape(p))
	const jenis = db.escape(SUBJEK_SURAT_MASUK)

	const sendiri = [
		`${kol('dicatat_oleh_id')} = ${u}`,
		jabatan.length ? `${kol('tujuan_jabatan_id')} IN (${jabatan.join(', ')})` : null,
		`${kol('id')} IN (SELECT CAST(d.subjek_id AS SIGNED) FROM disposisi d WHERE d.subjek_jenis = ${jenis} AND (d.dari_pengguna_id = ${u} OR (d.ke_pengguna_id = ${u} AND d.status <> 'dibatalkan')))`,
	].filter(Boolean)

	let biasa: string
	if (hasPermission(pembaca.authority, 'read:surat:any')) {
		biasa = '1 = 1'
	} else {
		const bolehAmbil = [
			`t.target_pengguna_id = ${u}`,
			peran.length ? `t.target_peran IN (${peran.join(', ')})` : null,
			jabatan.length ? `t.target_jabatan_id IN (${jabatan.join(', ')})` : null,
		].filter(Boolean)
		biasa = `${kol('instans_id')} IN (SELECT t.instans_id FROM alur_tugas t WHERE t.definisi_kode = ${db.escape(DEFINISI_SURAT_MASUK)} AND (t.diambil_oleh_id = ${u} OR t.diselesaikan_oleh_id = ${u} OR (t.status = 'terbuka' AND (${bolehAmbil.join(' OR ')}))))`
	}
	const daftarRahasia = SIFAT_RAHASIA.map((s) => db.escape(s)).join(', ')
	return `(${sendiri.join(' OR ')} OR (${kol('sifat')} NOT IN (${daftarRahasia}) AND ${biasa}))`
}

/** The letter when `pembaca` may see it; null when it does not exist or is hidden from them. */
async function suratTerlihat(id: number, pembaca: Pembaca) {
	if (!Number.isSafeInteger(id) || id <= 0) return null
	return SuratMasuk.findOne({ where: { [Op.and]: [{ id }, literal(sqlTerlihat(pembaca))] } })
}

/** The letter's keys when `pembaca` may see it (for routes guarding their forms); null otherwise. */
export async function getSuratMasukRingkas(params: { id: number; pembaca: Pembaca }) {
	const surat = await suratTerlihat(params.id, params.pembaca)
	return surat ? { id: surat.id, instansId: surat.instansId, nomorAgenda: formatNomorAgenda(surat.nomorAgenda, surat.tahun) } : null
}

/** The instance's title: what inboxes show. A secret letter's subject stays out of it. */
function judulAlur(s: { nomorAgenda: number; tahun: number; perihal: string; sifat: string }) {
	const agenda = formatNomorAgenda(s.nomorAgenda, s.tahun)
	return rahasia(s.sifat) ? `Surat masuk ${agenda} (${labelSifat(s.sifat)})` : `Surat masuk ${agenda} — ${s.perihal}`
}

// ---------------------------------------------------------------------------------------------
// Registration

export type CatatSuratMasukInput = {
	/** the form's text fields as submitted */
	isian: Record<string, unknown>
	/** the scanned letter; required */
	pindaian: BerkasMasuk | null
	/** the tata usaha registering it */
	pelaku: Pick<Pelaku, 'id' | 'nama' | 'jabatan'>
	/** for tests: the moment of registration (decides "today") */
	sekarang?: Date
}

export type HasilCatatSuratMasuk =
	| { ok: true; id: number; tahun: number; nomorAgenda: number; nomorAgendaLabel: string; instansId: number }
	| { ok: false; errors: FieldErrors }

/**
 * Registers an incoming letter. Everything is checked first and nothing is saved on any error;
 * the scan is stored, then one transaction takes the year's next agenda number, writes the letter
 * and starts its P1.2.1.2 path past the registration, so it lands in the addressee's inbox. A
 * failed transaction removes the scan again and gives the number back.
 */
export async function catatSuratMasuk(input: CatatSuratMasukInput): Promise<HasilCatatSuratMasuk> {
	const sekarang = input.sekarang ?? new Date()
	const zonaWaktu = await getZonaWaktuKantor()
	const hariIni = tanggalDiZona(sekarang, zonaWaktu)
	const errors: FieldErrors = {}

	const parsed = suratMasukSchema(hariIni).safeParse(input.isian)
	if (!parsed.success) Object.assign(errors, zodFieldErrors(parsed.error))

	const berkas = input.pindaian ? periksaBerkas([input.pindaian]) : null
	if (!berkas) errors.pindaian = ['Unggah pindaian surat (PDF, JPEG atau PNG).']
	else if (!berkas.ok) errors.pindaian = berkas.errors

	// the database checks run for every well-formed field, so one round shows every error
	const kode = typeof input.isian.klasifikasiKode === 'string' ? input.isian.klasifikasiKode.trim() : ''
	const tujuanId = Number(input.isian.tujuanJabatanId || 0)
	const [klasifikasiAda, tujuan] = await Promise.all([
		!errors.klasifikasiKode && POLA_KLASIFIKASI.test(kode) ? KlasifikasiArsip.count({ where: { kode } }) : Promise.resolve(null),
		errors.tujuanJabatanId
			? Promise.resolve(null)
			: Jabatan.findOne({ where: tujuanId ? { id: tujuanId, aktif: true } : { kode: JABATAN_TUJUAN_BAKU }, attributes: ['id', 'kode', 'unitId'] }),
	])
	if (klasifikasiAda === 0) errors.klasifikasiKode = [`Kode klasifikasi ${kode} tidak ada dalam daftar klasifikasi arsip.`]
	if (!tujuan && !errors.tujuanJabatanId) errors.tujuanJabatanId = ['Jabatan tujuan tidak ditemukan atau tidak aktif.']
	if (!parsed.success || !berkas?.ok || !tujuan || Object.keys(errors).length) return { ok: false, errors }

	const data = parsed.data
	const pindaian = berkas.berkas[0]!
	const tahun = Number(data.tanggalDiterima.slice(0, 4))
	const kunciNomor = `agenda-masuk:${tahun}`
	const [kalender] = await Promise.all([siapkanKalender(), pastikanPenghitung(kunciNomor)])
	const storage = getStorage()
	const kunciPindaian = await storage.save(pindaian.bytes, pindaian.jenis.ext, { folder: FOLDER_PINDAIAN })
	const jabatanTujuan = tujuan

	try {
		return await getDb().transaction(async (t) => {
			const nomorAgenda = await ambilNomorBerikut(kunciNomor, t)
			const surat = await SuratMasuk.create(
				{
					tahun,
					nomorAgenda,
					tanggalDiterima: data.tanggalDiterima,
					nomorSurat: data.nomorSurat,
					tanggalSurat: data.tanggalSurat,
					asalJenis: data.asalJenis,
					asal: data.asal,
					perihal: data.perihal,
					ringkasan: data.ringkasan,
					sifat: data.sifat,
					urgensi: data.urgensi,
					klasifikasiKode: data.klasifikasiKode,
					lampiran: data.lampiran,
					tujuanJabatanId: jabatanTujuan.id,
					kunciPindaian,
					namaPindaian: pindaian.nama,
					tipePindaian: pindaian.jenis.mime,
					ukuranPindaian: pindaian.bytes.byteLength,
					dicatatOlehId: input.pelaku.id,
					instansId: null,
				},
				{ transaction: t },
			)
			const instans = await mulaiAlur(
				{
					definisiKode: DEFINISI_SURAT_MASUK,
					subjekJenis: SUBJEK_SURAT_MASUK,
					subjekId: String(surat.id),
					judul: judulAlur(surat),
					pemrakarsa: input.pelaku,
					unitId: jabatanTujuan.unitId,
					konteks: { jabatanTujuan: jabatanTujuan.kode, sifat: data.sifat },
					// registering the letter is the tata usaha's step: it goes on to the addressee at once
					langsungAksi: 'teruskan',
					kalender,
				},
				t,
			)
			await surat.update({ instansId: instans.id }, { transaction: t })
			return { ok: true as const, id: surat.id, tahun, nomorAgenda, nomorAgendaLabel: formatNomorAgenda(nomorAgenda, tahun), instansId: instans.id }
		})
	} catch (error) {
		await storage.remove(kunciPindaian)
		throw error
	}
}

// ---------------------------------------------------------------------------------------------
// Reading

export type SuratMasukListRow = {
	id: number
	nomorAgenda: string
	tahun: number
	tanggalDiterima: string
	nomorSurat: string
	tanggalSurat: string
	asalJenis: KodeAsalJenis
	asal: string
	perihal: string
	sifat: KodeSifat
	sifatLabel: string
	urgensi: KodeUrgensi
	urgensiLabel: string
	klasifikasiKode: string
	tujuan: string | null
	status: KodeStatusSuratMasuk
	statusLabel: string
}

function syaratStatus(status: KodeStatusSuratMasuk | undefined): WhereOptions<InstansAlur> | undefined {
	switch (status) {
		case undefined:
			return undefined
		case 'selesai':
			return { status: 'selesai' }
		case 'dibatalkan':
			return { status: { [Op.in]: ['dibatalkan', 'ditolak'] } }
		case 'pengantaran':
			return { status: 'berjalan', langkahAktif: 'antar' }
		case 'tindak-lanjut':
			return { status: 'berjalan', langkahAktif: { [Op.in]: ['tindak-lanjut-sekretaris', 'terima-berkas'] } }
		case 'menunggu-disposisi':
			return { status: 'berjalan', langkahAktif: { [Op.in]: ['terima-entri', 'disposisi'] } }
	}
}

/** `12`, `0012` or `0012/2026`: an agenda number typed into the search box. */
const POLA_AGENDA = /^(\d{1,6})(?:\/(\d{4}))?$/

/**
 * The agenda book, newest first, paged on the server. Hidden letters are excluded in the query
 * itself, so pages and totals never count them.
 */
export async function listSuratMasuk(params: FilterSuratMasuk & { pembaca: Pembaca; offset: number; limit: number }) {
	const where: WhereOptions<SuratMasuk>[] = []
	if (params.tahun) where.push({ tahun: params.tahun })
	if (params.dari) where.push({ tanggalDiterima: { [Op.gte]: params.dari } })
	if (params.sampai) where.push({ tanggalDiterima: { [Op.lte]: params.sampai } })
	if (params.sifat) where.push({ sifat: params.sifat })
	if (params.urgensi) where.push({ urgensi: params.urgensi })
	if (params.klasifikasi) {
		// the code and everything filed under it; the code is digits and dots, no wildcards
		where.push({ [Op.or]: [{ klasifikasiKode: params.klasifikasi }, { klasifikasiKode: { [Op.like]: `${params.klasifikasi}.%` } }] })
	}
	const q = params.q?.trim()
	if (q) {
		const pola = likePattern(q)
		const atau: WhereOptions<SuratMasuk>[] = [{ nomorSurat: { [Op.like]: pola } }, { asal: { [Op.like]: pola } }, { perihal: { [Op.like]: pola } }]
		const agenda = POLA_AGENDA.exec(q)
		if (agenda) atau.push({ nomorAgenda: Number(agenda[1]), ...(agenda[2] ? { tahun: Number(agenda[2]) } : {}) })
		where.push({ [Op.or]: atau })
	}
	where.push(literal(sqlTerlihat(params.pembaca)) as unknown as WhereOptions<SuratMasuk>)
	const syarat = syaratStatus(params.status)
	const { rows, count } = await SuratMasuk.findAndCountAll({
		where: { [Op.and]: where },
		attributes: ['id', 'tahun', 'nomorAgenda', 'tanggalDiterima', 'nomorSurat', 'tanggalSurat', 'asalJenis', 'asal', 'perihal', 'sifat', 'urgensi', 'klasifikasiKode'],
		include: [
			{ model: Jabatan, as: 'tujuanJabatan', attributes: ['nama'] },
			{ model: InstansAlur, as: 'instans', attributes: ['id', 'status', 'langkahAktif'], ...(syarat ? { where: syarat, required: true } : {}) },
		],
		order: [
			['tahun', 'DESC'],
			['nomorAgenda', 'DESC'],
		],
		offset: params.offset,
		limit: params.limit,
	})
	return {
		total: count,
		rows: rows.map((s): SuratMasukListRow => {
			const status = statusSuratMasuk(s.instans)
			return {
				id: s.id,
				nomorAgenda: formatNomorAgenda(s.nomorAgenda, s.tahun),
				tahun: s.tahun,
				tanggalDiterima: s.tanggalDiterima,
				nomorSurat: s.nomorSurat,
				tanggalSurat: s.tanggalSurat,
				asalJenis: s.asalJenis,
				asal: s.asal,
				perihal: s.perihal,
				sifat: s.sifat,
				sifatLabel: labelSifat(s.sifat),
				urgensi: s.urgensi,
				urgensiLabel: labelUrgensi(s.urgensi),
				klasifikasiKode: s.klasifikasiKode,
				tujuan: s.tujuanJabatan?.nama ?? null,
				status,
				statusLabel: labelStatusSuratMasuk(status),
			}
		}),
	}
}

async function namaPengguna(ids: number[]) {
	const unik = [...new Set(ids)]
	if (!unik.length) return new Map<number, string>()
	const rows = await Pengguna.findAll({ where: { id: { [Op.in]: unik } }, attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] })
	return new Map(rows.map((r) => [r.id, r.pegawai?.nama ?? r.username]))
}

export type PengantaranRow = { id: number; kepada: string; diterimaOleh: string; diterimaAt: string; caraka: string; catatan: string | null }

async function listPengantaran(suratId: number): Promise<PengantaranRow[]> {
	const rows = await PengantaranSurat.findAll({ where: { suratMasukId: suratId }, order: [['diterimaAt', 'ASC'], ['id', 'ASC']] })
	const nama = await namaPengguna(rows.map((r) => r.carakaId))
	return rows.map((r) => ({
		id: r.id,
		kepada: r.kepada,
		diterimaOleh: r.diterimaOleh,
		diterimaAt: r.diterimaAt.toISOString(),
		caraka: nama.get(r.carakaId) ?? `Pengguna #${r.carakaId}`,
		catatan: r.catatan,
	}))
}

/** The letter's own particulars, as its page and the lembar disposisi show them. */
async function rincian(surat: SuratMasuk) {
	const [klasifikasi, tujuan, pencatat] = await Promise.all([
		KlasifikasiArsip.findByPk(surat.klasifikasiKode, { attributes: ['kode', 'nama'] }),
		Jabatan.findByPk(surat.tujuanJabatanId, { attributes: ['id', 'kode', 'nama'] }),
		namaPengguna([surat.dicatatOlehId]),
	])
	return {
		id: surat.id,
		version: surat.version,
		tahun: surat.tahun,
		nomorAgenda: formatNomorAgenda(surat.nomorAgenda, surat.tahun),
		tanggalDiterima: surat.tanggalDiterima,
		nomorSurat: surat.nomorSurat,
		tanggalSurat: surat.tanggalSurat,
		asalJenis: surat.asalJenis,
		asal: surat.asal,
		perihal: surat.perihal,
		ringkasan: surat.ringkasan,
		sifat: surat.sifat,
		sifatLabel: labelSifat(surat.sifat),
		rahasia: rahasia(surat.sifat),
		urgensi: surat.urgensi,
		urgensiLabel: labelUrgensi(surat.urgensi),
		klasifikasi: { kode: surat.klasifikasiKode, nama: klasifikasi?.nama ?? null },
		lampiran: surat.lampiran,
		tujuan: { id: surat.tujuanJabatanId, kode: tujuan?.kode ?? null, nama: tujuan?.nama ?? null },
		pencatat: pencatat.get(surat.dicatatOlehId) ?? null,
		dicatatOlehId: surat.dicatatOlehId,
		pindaian: surat.kunciPindaian ? { nama: surat.namaPindaian ?? 'pindaian', tipe: surat.tipePindaian, ukuran: surat.ukuranPindaian } : null,
		instansId: surat.instansId,
		createdAt: surat.createdAt.toISOString(),
	}
}
export type RincianSuratMasuk = Awaited<ReturnType<typeof rincian>>

export type HalamanSuratMasuk = {
	surat: RincianSuratMasuk
	pohon: SimpulDisposisi[]
	halaman: HalamanAlur | null
	pengantaran: PengantaranRow[]
	/** the addressee (or their Plt/Plh) may start the disposisi tree */
	bolehDisposisi: boolean
}

/**
 * One letter for its page: particulars, disposisi tree, deliveries and the workflow's action bar
 * and timeline. Null (a 404) when it does not exist or is hidden from the reader; each opening is
 * audited. The reader's own unread disposisi of it count as read from this opening.
 */
export async function getSuratMasuk(params: { id: number; pembaca: Pembaca }): Promise<HalamanSuratMasuk | null> {
	const surat = await suratTerlihat(params.id, params.pembaca)
	if (!surat) return null
	const subjek = { subjekJenis: SUBJEK_SURAT_MASUK, subjekId: String(surat.id) }
	const belumDibaca = await Disposisi.findAll({ where: { ...subjek, kePenggunaId: params.pembaca.id, status: 'belum-dibaca' }, attributes: ['id'] })
	for (const d of belumDibaca) await tandaiDibaca({ id: d.id, user: params.pembaca })
	const hariIni = await hariIniKantor()
	const [data, pohon, halaman, pengantaran] = await Promise.all([
		rincian(surat),
		getPohonDisposisi({ ...subjek, hariIni }),
		surat.instansId ? getHalamanAlur({ instansId: surat.instansId, user: params.pembaca }) : Promise.resolve(null),
		listPengantaran(surat.id),
	])
	await audit({ aksi: 'baca', entitas: 'surat_masuk', entitasId: surat.id, keterangan: `Membuka surat masuk ${data.nomorAgenda}` })
	return {
		surat: data,
		pohon,
		halaman,
		pengantaran,
		bolehDisposisi: params.pembaca.authority.jabatan.some((j) => j.id === surat.tujuanJabatanId) && halaman?.instans.status !== 'dibatalkan',
	}
}

/** The particulars and the disposisi tree, for the printed lembar disposisi; null when hidden. */
export async function getDataLembarDisposisi(params: { id: number; pembaca: Pembaca }) {
	const surat = await suratTerlihat(params.id, params.pembaca)
	if (!surat) return null
	const [data, pohon] = await Promise.all([rincian(surat), getPohonDisposisi({ subjekJenis: SUBJEK_SURAT_MASUK, subjekId: String(surat.id) })])
	await audit({ aksi: 'cetak', entitas: 'surat_masuk', entitasId: surat.id, keterangan: `Mencetak lembar disposisi surat masuk ${data.nomorAgenda}` })
	return { surat: data, pohon }
}

/** The scan's bytes for download, when the reader may see the letter; the download is audited. */
export async function getPindaianSuratMasuk(params: { id: number; pembaca: Pembaca }) {
	const surat = await suratTerlihat(params.id, params.pembaca)
	if (!surat?.kunciPindaian) return null
	const isi = await getStorage().read(surat.kunciPindaian)
	if (!isi) return null
	await audit({ aksi: 'unduh-berkas', entitas: 'surat_masuk', entitasId: surat.id, keterangan: `Pindaian surat masuk ${formatNomorAgenda(surat.nomorAgenda, surat.tahun)}` })
	return { nama: surat.namaPindaian ?? 'pindaian', mime: surat.tipePindaian ?? 'application/octet-stream', isi }
}

// ---------------------------------------------------------------------------------------------
// Disposisi and the path's actions

export type HasilFormSurat = { ok: true; pesan: string } | FormFailure

/**
 * The first disposisi of a letter, by its addressee (or their Plt/Plh, recorded "atas nama"):
 * one row per recipient through the shared component. The disposition step's task is then taken
 * for them if it is still open, so the step's action is the next click. Refusals are thrown
 * (404 hidden, 403 not the addressee, 409 cancelled letter).
 */
export async function buatDisposisiSurat(params: { suratId: number; pelaku: Pelaku; formData: FormData }): Promise<HasilFormSurat> {
	const { pelaku, formData } = params
	const surat = await suratTerlihat(params.suratId, pelaku)
	if (!surat) throw new TidakDitemukanError('Surat masuk tidak ditemukan.')
	if (!pelaku.authority.jabatan.some((j) => j.id === surat.tujuanJabatanId)) {
		throw new TidakBerhakError('Hanya pejabat tujuan surat (atau Plt/Plh-nya) yang dapat membuat disposisi pertama. Teruskan disposisi yang Anda terima dari pohon disposisi.')
	}
	const instans = surat.instansId ? await InstansAlur.findByPk(surat.instansId, { attributes: ['id', 'status', 'langkahAktif'] }) : null
	if (instans && instans.status === 'dibatalkan') throw new TransisiTidakSahError('Alur surat ini sudah dibatalkan.')
	const parsed = parseForm(disposisiSchema(await hariIniKantor()), formData)
	if (!parsed.ok) return parsed
	const { indukId: _abaikan, ...isi } = parsed.data
	const hasil = await buatDisposisi({
		subjekJenis: SUBJEK_SURAT_MASUK,
		subjekId: String(surat.id),
		dari: pelaku,
		...isi,
		sebagaiJabatanId: surat.tujuanJabatanId,
		tautan: tautanSuratMasuk(surat.id),
		perihal: judulAlur(surat),
	})
	if (!hasil.ok) return formFailure(formData, hasil.errors)
	if (instans?.status === 'berjalan' && instans.langkahAktif === 'disposisi') {
		const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, langkahKode: 'disposisi', status: 'terbuka' } })
		if (tugas && hakAtasTugas(pelaku, tugas).boleh) {
			try {
				await ambilTugas({ tugasId: tugas.id, pelaku })
			} catch (error) {
				// someone else with the same authority took it meanwhile: the disposisi stands
				if (!(error instanceof KonflikError)) throw error
			}
		}
	}
	return { ok: true, pesan: `Disposisi dikirim kepada ${hasil.ids.length} penerima.` }
}

/**
 * What the letter's path needs before an action of the action bar: the addressee's "disposisi"
 * only once the tree has a first disposisi, the caraka's "delivered" only once a delivery is
 * recorded. Null when the action may go ahead; otherwise the message to show.
 */
export async function syaratAksiSurat(params: { suratId: number; aksiKode: string }): Promise<string | null> {
	const surat = await SuratMasuk.findByPk(params.suratId, { attributes: ['id', 'instansId'] })
	if (!surat?.instansId) return null
	const instans = await InstansAlur.findByPk(surat.instansId, { attributes: ['langkahAktif'] })
	if (instans?.langkahAktif === 'disposisi' && params.aksiKode === 'disposisi') {
		const ada = await Disposisi.count({ where: { subjekJenis: SUBJEK_SURAT_MASUK, subjekId: String(surat.id), indukId: null, status: { [Op.ne]: 'dibatalkan' } } })
		if (!ada) return 'Buat disposisi terlebih dahulu: pilih penerima dan instruksi pada formulir disposisi, lalu kirim.'
	}
	if (instans?.langkahAktif === 'antar' && params.aksiKode === 'selesaikan') {
		if (!(await PengantaranSurat.count({ where: { suratMasukId: surat.id } }))) return 'Catat pengantaran surat terlebih dahulu: kepada siapa surat diserahkan dan siapa yang menerimanya.'
	}
	return null
}

// ---------------------------------------------------------------------------------------------
// Delivery

/**
 * Records one hand delivery of the letter (caraka or tata usaha): where it went, who signed for
 * it and when (office time, not in the future, not before the letter arrived). Field errors come
 * back with the typed values; a hidden letter is a 404.
 */
export async function catatPengantaran(params: { suratId: number; pelaku: Pelaku; formData: FormData; sekarang?: Date }): Promise<HasilFormSurat> {
	const { pelaku, formData } = params
	const surat = await suratTerlihat(params.suratId, pelaku)
	if (!surat) throw new TidakDitemukanError('Surat masuk tidak ditemukan.')
	const parsed = parseForm(PengantaranSchema, formData)
	if (!parsed.ok) return parsed
	const data = parsed.data
	const zona = await getZonaWaktuKantor()
	const [tanggal, jam] = data.diterimaAt.split('T') as [string, string]
	const diterimaAt = new Date(awalHariUtc(tanggal, zona).getTime() + (Number(jam.slice(0, 2)) * 60 + Number(jam.slice(3, 5))) * 60_000)
	const sekarang = params.sekarang ?? new Date()
	if (diterimaAt.getTime() > sekarang.getTime() + 60_000) return formFailure(formData, { diterimaAt: ['Waktu diterima tidak boleh sesudah sekarang.'] })
	if (tanggal < surat.tanggalDiterima) return formFailure(formData, { diterimaAt: ['Waktu diterima tidak boleh sebelum surat diterima kantor.'] })
	await PengantaranSurat.create({
		suratMasukId: surat.id,
		kepada: data.kepada,
		diterimaOleh: data.diterimaOleh,
		diterimaAt,
		carakaId: pelaku.id,
		catatan: data.catatan,
	})
	return { ok: true, pesan: `Pengantaran kepada ${data.kepada} dicatat.` }
}

// ---------------------------------------------------------------------------------------------
// Choices for the registration form

/** Active struktural jabatan a letter can be addressed to, the Kepala Dinas first (the default). */
export async function listPilihanTujuan() {
	const rows = await Jabatan.findAll({ where: { aktif: true, jenis: 'struktural' }, attributes: ['id', 'kode', 'nama'], order: [['id', 'ASC']] })
	const baku = rows.find((r) => r.kode === JABATAN_TUJUAN_BAKU)
	return { pilihan: rows.map((r) => ({ value: r.id, label: r.nama })), bakuId: baku?.id ?? null }
}

/**
 * Suggestions for the classification box: the main and second-level headings, and every code of
 * the office's own field (400.12, Kependudukan dan Catatan Sipil). Any code may still be typed.
 */
export async function listSaranKlasifikasi() {
	const rows = await KlasifikasiArsip.findAll({
		where: { [Op.or]: [{ tingkat: { [Op.lte]: 2 } }, { kode: { [Op.like]: '400.12.%' } }] },
		attributes: ['kode', 'nama'],
		order: [['kode', 'ASC']],
	})
	return rows.map((r) => ({ kode: r.kode, nama: r.nama.length > 90 ? `${r.nama.slice(0, 87)}…` : r.nama }))
}
