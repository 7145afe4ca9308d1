import { Op, type WhereOptions } from 'sequelize'
import { BerkasPermohonan, InstansAlur, JenisLayanan, KuitansiDenda, PercobaanLacak, PermohonanLayanan, RegisterDokumen, RiwayatAlur } from '#models/index'
import type { KanalPermohonan } from '#models/layanan/PermohonanLayanan'
import { getStorage } from '~/integrations/storage/storage.server'
import { audit } from '~/utils/audit.server'
import { maskNomor } from '~/utils/format'
import { likePattern } from '~/utils/pagination.server'
import { getDefinisi } from '~/workflow/definisi'
import { kodeLacakCocok } from './kode-lacak.server'
import { LABEL_STATUS, statusPermohonan, type KodeStatusPermohonan } from './status-permohonan'

/**
 * Reading requests: the desk's list (personal numbers masked), one request in full (each read of
 * the applicant's data is audited), its berkas, and the citizen's tracking view (no personal data).
 */
export type Cakupan = { jenis: 'semua' } | { jenis: 'milik'; penggunaId: number }

const LANGKAH_MENUNGGU_PEMOHON = ['ajukan', 'unggah-berkas']
const LANGKAH_SIAP = ['serahkan', 'catat-register', 'terima-kia', 'terima-ktpel', 'kirim-email', 'kirim-wa']

function syaratStatus(status: KodeStatusPermohonan | undefined): WhereOptions | undefined {
	switch (status) {
		case undefined:
			return undefined
		case 'selesai':
		case 'ditolak':
		case 'dibatalkan':
			return { status }
		case 'menunggu-pemohon':
			return { status: 'berjalan', langkahAktif: { [Op.in]: LANGKAH_MENUNGGU_PEMOHON } }
		case 'menunggu-denda':
			return { status: 'berjalan', langkahAktif: 'bayar-denda' }
		case 'siap-diserahkan':
			return { status: 'berjalan', langkahAktif: { [Op.in]: LANGKAH_SIAP } }
		case 'diproses':
			return { status: 'berjalan', langkahAktif: { [Op.notIn]: [...LANGKAH_MENUNGGU_PEMOHON, 'bayar-denda', ...LANGKAH_SIAP] } }
	}
}

export type FilterPermohonan = {
	q?: string
	jenisKode?: string
	kanal?: KanalPermohonan
	status?: KodeStatusPermohonan
	/** `YYYY-MM-DD`, on the reporting date */
	dari?: string
	sampai?: string
}

export type PermohonanListRow = {
	id: number
	nomorTiket: string
	jenisNama: string
	kanal: KanalPermohonan
	pemohonNama: string
	pemohonNikSamar: string | null
	tanggalLapor: string
	status: KodeStatusPermohonan
	statusLabel: string
	langkah: string | null
	denda: number
	dendaLunas: boolean
}

function langkahDari(instans: InstansAlur | null | undefined) {
	if (!instans?.langkahAktif) return null
	return getDefinisi(instans.definisiKode, instans.definisiVersi)?.langkah.find((l) => l.kode === instans.langkahAktif) ?? null
}

/** The desk's list, newest first, paged on the server; a search by NIK matches the whole number only. */
export async function listPermohonan(params: FilterPermohonan & { cakupan: Cakupan; offset: number; limit: number }) {
	const where: WhereOptions[] = []
	if (params.cakupan.jenis === 'milik') where.push({ diajukanOlehId: params.cakupan.penggunaId })
	if (params.kanal) where.push({ kanal: params.kanal })
	if (params.dari) where.push({ tanggalLapor: { [Op.gte]: params.dari } })
	if (params.sampai) where.push({ tanggalLapor: { [Op.lte]: params.sampai } })
	const q = params.q?.trim()
	if (q) {
		if (/^\d{16}$/.test(q)) where.push({ pemohonNik: q })
		else where.push({ [Op.or]: [{ nomorTiket: { [Op.like]: likePattern(q.toUpperCase()) } }, { pemohonNama: { [Op.like]: likePattern(q) } }] })
	}
	const syarat = syaratStatus(params.status)
	const { rows, count } = await PermohonanLayanan.findAndCountAll({
		where: where.length ? { [Op.and]: where } : {},
		attributes: ['id', 'nomorTiket', 'kanal', 'pemohonNama', 'pemohonNik', 'tanggalLapor', 'denda', 'dendaLunas', 'createdAt'],
		include: [
			{ model: JenisLayanan, as: 'jenis', attributes: ['kode', 'nama'], ...(params.jenisKode ? { where: { kode: params.jenisKode } } : {}) },
			{ model: InstansAlur, as: 'instans', attributes: ['id', 'status', 'langkahAktif', 'definisiKode', 'definisiVersi'], ...(syarat ? { where: syarat } : {}) },
		],
		order: [['createdAt', 'DESC'], ['id', 'DESC']],
		offset: params.offset,
		limit: params.limit,
	})
	return {
		total: count,
		rows: rows.map((r): PermohonanListRow => {
			const p = r as PermohonanLayanan & { jenis: JenisLayanan; instans: InstansAlur | null }
			const langkah = langkahDari(p.instans)
			const status = statusPermohonan(p.instans?.status ?? 'berjalan', langkah)
			return {
				id: p.id,
				nomorTiket: p.nomorTiket,
				jenisNama: p.jenis.nama,
				kanal: p.kanal,
				pemohonNama: p.pemohonNama,
				pemohonNikSamar: p.pemohonNik ? maskNomor(p.pemohonNik) : null,
				tanggalLapor: p.tanggalLapor,
				status,
				statusLabel: LABEL_STATUS[status],
				langkah: langkah?.kegiatan ?? null,
				denda: p.denda,
				dendaLunas: p.dendaLunas,
			}
		}),
	}
}

/** One request in full for the desk; the read of the applicant's data is audited. Null when out of scope. */
export async function getPermohonanDetail(params: { id: number; cakupan: Cakupan }) {
	const p = await PermohonanLayanan.findByPk(params.id, {
		include: [
			{ model: JenisLayanan, as: 'jenis', include: [{ association: 'persyaratan' }] },
			{ model: InstansAlur, as: 'instans' },
			{ model: BerkasPermohonan, as: 'berkas' },
			{ model: KuitansiDenda, as: 'kuitansi' },
			{ model: RegisterDokumen, as: 'register' },
		],
	})
	if (!p) return null
	if (params.cakupan.jenis === 'milik' && p.diajukanOlehId !== params.cakupan.penggunaId) return null
	await audit({ aksi: 'baca-data-pribadi', entitas: 'permohonan_layanan', entitasId: p.id, keterangan: `Membuka rincian permohonan ${p.nomorTiket}` })
	const full = p as PermohonanLayanan & { jenis: JenisLayanan & { persyaratan: { id: number; urutan: number; nama: string; wajib: boolean; keterangan: string | null }[] }; instans: InstansAlur | null; berkas: BerkasPermohonan[]; kuitansi: KuitansiDenda | null; register: RegisterDokumen[] }
	const langkah = langkahDari(full.instans)
	const status = statusPermohonan(full.instans?.status ?? 'berjalan', langkah)
	return {
		id: full.id,
		version: full.version,
		nomorTiket: full.nomorTiket,
		kanal: full.kanal,
		jenis: { id: full.jenis.id, kode: full.jenis.kode, nama: full.jenis.nama, skema: full.jenis.skema, dokumenHasil: full.jenis.dokumenHasil, peristiwa: full.jenis.peristiwa },
		persyaratan: [...full.jenis.persyaratan].sort((a, b) => a.urutan - b.urutan).map((x) => ({ id: x.id, nama: x.nama, wajib: x.wajib, keterangan: x.keterangan })),
		pemohon: { nama: full.pemohonNama, nik: full.pemohonNik, telepon: full.pemohonTelepon, email: full.pemohonEmail },
		isian: full.isian,
		ceklis: full.ceklis,
		tanggalPeristiwa: full.tanggalPeristiwa,
		tanggalLapor: full.tanggalLapor,
		denda: full.denda,
		dendaLunas: full.dendaLunas,
		kuitansi: full.kuitansi ? { nomor: full.kuitansi.nomor, nominal: full.kuitansi.nominal, dibayarAt: full.kuitansi.dibayarAt.toISOString() } : null,
		pengiriman: full.pengiriman,
		hasilNomor: full.hasilNomor,
		hasilKeterangan: full.hasilKeterangan,
		statusRekam: full.statusRekam,
		jadwalKunjungan: full.jadwalKunjungan?.toISOString() ?? null,
		pendamping: full.pendamping,
		diajukanOlehId: full.diajukanOlehId,
		instansId: full.instansId,
		status,
		statusLabel: LABEL_STATUS[status],
		langkah: langkah ? { kode: langkah.kode, kegiatan: langkah.kegiatan } : null,
		berkas: full.berkas
			.slice()
			.sort((a, b) => a.id - b.id)
			.map((b) => ({ id: b.id, nama: b.nama, mime: b.mime, ukuran: b.ukuran, persyaratanId: b.persyaratanId, sumber: b.sumber, createdAt: b.createdAt.toISOString() })),
		register: full.register
			.slice()
			.sort((a, b) => a.id - b.id)
			.map((r) => ({ nomorRegister: r.nomorRegister, dokumen: r.dokumen, nomorDokumen: r.nomorDokumen, dicetakAt: r.dicetakAt.toISOString(), kondisi: r.kondisi, diserahkanAt: r.diserahkanAt?.toISOString() ?? null, diterimaOleh: r.diterimaOleh, cara: r.cara })),
		createdAt: full.createdAt.toISOString(),
	}
}

export type PermohonanDetail = NonNullable<Awaited<ReturnType<typeof getPermohonanDetail>>>

/** One berkas's bytes for download, when the request is in scope. */
export async function getBerkasPermohonan(params: { permohonanId: number; berkasId: number; cakupan: Cakupan }) {
	const berkas = await BerkasPermohonan.findOne({ where: { id: params.berkasId, permohonanId: params.permohonanId } })
	if (!berkas) return null
	if (params.cakupan.jenis === 'milik') {
		const p = await PermohonanLayanan.findByPk(params.permohonanId, { attributes: ['diajukanOlehId'] })
		if (p?.diajukanOlehId !== params.cakupan.penggunaId) return null
	}
	const isi = await getStorage().read(berkas.kunci)
	if (!isi) return null
	await audit({ aksi: 'unduh-berkas', entitas: 'berkas_permohonan', entitasId: berkas.id, keterangan: `Berkas permohonan ${params.permohonanId}` })
	return { nama: berkas.nama, mime: berkas.mime, isi }
}

/** Guessing limits: per address and per ticket, in the last 15 minutes. */
const JENDELA_MS = 15 * 60_000
const BATAS_PER_ALAMAT = 10
const BATAS_PER_TIKET = 5

export type LacakPublik = {
	nomorTiket: string
	jenisNama: string
	dokumenHasil: string
	tanggalLapor: string
	status: KodeStatusPermohonan
	statusLabel: string
	langkahSekarang: string | null
	/** what the desk asked for when it returned the request */
	kekurangan: string | null
	denda: number
	dendaLunas: boolean
	pengiriman: string
	bolehUnggah: boolean
	/** the applicant's own berkas, which the code also opens */
	berkas: { id: number; nama: string; ukuran: number }[]
	riwayat: { waktu: string; label: string; langkah: string | null }[]
}

export type HasilLacak = { ok: true; data: LacakPublik; permohonanId: number } | { ok: false; alasan: 'tidak-ditemukan' | 'dibatasi' }

/**
 * The citizen's tracking view by ticket number and code. A wrong code and an unknown ticket give
 * the same answer; too many wrong tries from one address or on one ticket are refused for a while.
 */
export async function lacakPermohonan(params: { nomorTiket: string; kode: string; alamat: string }): Promise<HasilLacak> {
	const nomorTiket = params.nomorTiket.trim().toUpperCase().slice(0, 40)
	const sejak = new Date(Date.now() - JENDELA_MS)
	const kunciAlamat = `ip:${params.alamat}`.slice(0, 80)
	const kunciTiket = `tiket:${nomorTiket}`.slice(0, 80)
	const [perAlamat, perTiket] = await Promise.all([
		PercobaanLacak.count({ where: { kunci: kunciAlamat, waktu: { [Op.gt]: sejak } } }),
		PercobaanLacak.count({ where: { kunci: kunciTiket, waktu: { [Op.gt]: sejak } } }),
	])
	if (perAlamat >= BATAS_PER_ALAMAT || perTiket >= BATAS_PER_TIKET) return { ok: false, alasan: 'dibatasi' }
	const p = await PermohonanLayanan.findOne({
		where: { nomorTiket },
		include: [
			{ model: JenisLayanan, as: 'jenis', attributes: ['nama', 'dokumenHasil'] },
			{ model: InstansAlur, as: 'instans' },
		],
	})
	if (!p || !kodeLacakCocok(nomorTiket, params.kode, p.kodeLacakHash)) {
		const waktu = new Date()
		await PercobaanLacak.bulkCreate([{ kunci: kunciAlamat, waktu }, { kunci: kunciTiket, waktu }])
		return { ok: false, alasan: 'tidak-ditemukan' }
	}
	const full = p as PermohonanLayanan & { jenis: JenisLayanan; instans: InstansAlur | null }
	const definisi = full.instans ? getDefinisi(full.instans.definisiKode, full.instans.definisiVersi) : null
	const namaLangkah = (kode: string | null) => (kode ? (definisi?.langkah.find((l) => l.kode === kode)?.kegiatan ?? null) : null)
	const berkas = await BerkasPermohonan.findAll({ where: { permohonanId: full.id }, attributes: ['id', 'nama', 'ukuran'], order: [['id', 'ASC']] })
	const riwayat = full.instans ? await RiwayatAlur.findAll({ where: { instansId: full.instans.id }, order: [['waktu', 'ASC'], ['id', 'ASC']], attributes: ['waktu', 'label', 'langkahDari', 'aksi', 'alasan'] }) : []
	const langkah = langkahDari(full.instans)
	const status = statusPermohonan(full.instans?.status ?? 'berjalan', langkah)
	const kembali = status === 'menunggu-pemohon' ? [...riwayat].reverse().find((r) => r.aksi === 'kembalikan') : undefined
	return {
		ok: true,
		permohonanId: full.id,
		data: {
			nomorTiket: full.nomorTiket,
			jenisNama: full.jenis.nama,
			dokumenHasil: full.jenis.dokumenHasil,
			tanggalLapor: full.tanggalLapor,
			status,
			statusLabel: LABEL_STATUS[status],
			langkahSekarang: langkah?.kegiatan ?? null,
			kekurangan: kembali?.alasan ?? null,
			denda: full.denda,
			dendaLunas: full.dendaLunas,
			pengiriman: full.pengiriman,
			bolehUnggah: status === 'menunggu-pemohon',
			berkas: berkas.map((b) => ({ id: b.id, nama: b.nama, ukuran: b.ukuran })),
			// steps and times only: no staff names, no applicant data
			riwayat: riwayat.map((r) => ({ waktu: r.waktu.toISOString(), label: r.label, langkah: namaLangkah(r.langkahDari) })),
		},
	}
}
