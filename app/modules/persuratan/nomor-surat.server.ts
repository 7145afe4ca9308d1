import { Op, type Transaction, type WhereOptions } from 'sequelize'
import { JenisNaskah, KlasifikasiArsip, NomorSuratKeluar, NomorUrut, Pegawai, Pengguna, SuratKeluar, UnitKerja } from '#models/index'
import type { StatusNomorSurat } from '#models/persuratan/NomorSuratKeluar'
import { awalHariUtc, hariBerikutnya, isTanggal } from '~/modules/audit/waktu-zona'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { transaction } from '~/utils/db.server'
import { tanggalDiZona } from '~/utils/format'
import type { FieldErrors } from '~/utils/forms'
import { ambilNomorBerikut, pastikanPenghitung } from '~/utils/nomor-urut.server'
import { KonflikError, TidakDitemukanError } from '~/workflow/galat'
import { formatNomorSurat } from './nomor-surat'

/**
 * Numbers of outgoing letters: one gapless sequence per jenis naskah and year. A number is taken
 * by a letter at its signature (inside the signing move's transaction), or reserved ahead by the
 * tata usaha for a letter signed on paper ("ambil nomor") and then used or released. A released
 * number is the first one the next signature or reservation takes, so no number of the year is
 * ever skipped; reservations past their validity are released whenever numbers are listed or
 * issued.
 *
 * Every change to these numbers (issue, reserve, use, release) first locks one row of
 * `nomor_urut` (`surat-keluar:kunci`), so they happen one transaction at a time on every
 * database: the search for the lowest released number is a locking read with gap locks, and two
 * sequences searched and inserted into at once deadlocked on MariaDB (twenty parallel signatures
 * of two jenis naskah). The counters themselves are `surat-keluar:{jenisNaskahId}:{tahun}`.
 */
export const kunciPenghitung = (jenisNaskahId: number, tahun: number) => `surat-keluar:${jenisNaskahId}:${tahun}`

const KUNCI_NOMOR = 'surat-keluar:kunci'

/** Before the transaction, on its own (see `pastikanPenghitung`): the sequence's counter and the lock row. */
export async function siapkanPenghitung(jenisNaskahId: number, tahun: number) {
	await pastikanPenghitung(KUNCI_NOMOR)
	await pastikanPenghitung(kunciPenghitung(jenisNaskahId, tahun))
}

/** Takes the numbers' lock for the rest of the transaction (see above). */
async function kunciNomor(t: Transaction) {
	const kunci = await NomorUrut.findByPk(KUNCI_NOMOR, { transaction: t, lock: t.LOCK.UPDATE })
	if (!kunci) throw new Error(`Baris ${KUNCI_NOMOR} belum dibuat: panggil siapkanPenghitung sebelum transaksi.`)
}

async function kunciUrutan(jenisNaskahId: number, tahun: number, t: Transaction) {
	await kunciNomor(t)
	const penghitung = await NomorUrut.findByPk(kunciPenghitung(jenisNaskahId, tahun), { transaction: t, lock: t.LOCK.UPDATE })
	if (!penghitung) throw new Error(`Penghitung ${kunciPenghitung(jenisNaskahId, tahun)} belum dibuat: panggil siapkanPenghitung sebelum transaksi.`)
}

/** Releases reservations whose validity has passed: of one sequence, or all. Returns how many. */
export async function lepasPesananKedaluwarsa(params: { jenisNaskahId?: number; tahun?: number; sekarang?: Date; transaction?: Transaction } = {}) {
	const sekarang = params.sekarang ?? new Date()
	const where: WhereOptions<NomorSuratKeluar> = {
		status: 'dipesan',
		berlakuSampai: { [Op.lt]: sekarang },
		...(params.jenisNaskahId ? { jenisNaskahId: params.jenisNaskahId } : {}),
		...(params.tahun ? { tahun: params.tahun } : {}),
	}
	const [jumlah] = await NomorSuratKeluar.update({ status: 'dilepas', dilepasAt: sekarang }, { where, transaction: params.transaction })
	return jumlah
}

type IsiNomor = Pick<NomorSuratKeluar, 'status' | 'nomor' | 'suratKeluarId' | 'keperluan' | 'klasifikasiKode' | 'dipesanOlehId' | 'dipesanAt' | 'berlakuSampai' | 'dipakaiAt'>

/**
 * With the sequence locked: the lowest released number, or else the counter's next, filled with
 * `isi`. Runs inside the caller's transaction, so a rollback gives the number back.
 */
async function tempatiNomor(params: { jenisNaskahId: number; tahun: number; sekarang: Date; isi: (nomorUrut: number) => IsiNomor; transaction: Transaction }) {
	const { jenisNaskahId, tahun, transaction: t } = params
	await lepasPesananKedaluwarsa({ jenisNaskahId, tahun, sekarang: params.sekarang, transaction: t })
	// a locking read: it sees what the transactions before ours committed, not an older snapshot
	const dilepas = await NomorSuratKeluar.findOne({ where: { jenisNaskahId, tahun, status: 'dilepas' }, order: [['nomorUrut', 'ASC']], transaction: t, lock: t.LOCK.UPDATE })
	if (dilepas) {
		await dilepas.update({ ...params.isi(dilepas.nomorUrut), dilepasAt: null }, { transaction: t })
		return dilepas
	}
	const nomorUrut = await ambilNomorBerikut(kunciPenghitung(jenisNaskahId, tahun), t)
	return NomorSuratKeluar.create({ jenisNaskahId, tahun, nomorUrut, ...params.isi(nomorUrut), dilepasAt: null }, { transaction: t })
}

export type NomorTerbit = { id: number; nomorUrut: number; nomor: string; tahun: number }

export type BahanNomor = { jenisNaskahId: number; jenisKode: string; tahun: number; format: string; klasifikasi: string; unit: string }

const tulis = (b: BahanNomor, nomorUrut: number) => formatNomorSurat(b.format, { klasifikasi: b.klasifikasi, nomorUrut, unit: b.unit, tahun: b.tahun, jenis: b.jenisKode })

/**
 * A number already printed on another letter (another jenis naskah with the same pattern, same
 * classification and unit): refused with what to change, rather than failing on the unique index.
 */
async function pastikanNomorUnik(nomor: string, suratKeluarId: number, t: Transaction) {
	const kembar = await SuratKeluar.findOne({ where: { nomor, id: { [Op.ne]: suratKeluarId } }, attributes: ['id'], transaction: t })
	if (kembar) {
		throw new KonflikError(
			`Nomor ${nomor} sudah dipakai surat lain dari jenis naskah yang format nomornya sama. Minta tata usaha membedakan format nomor jenis naskah ini (misalnya dengan {jenis}), lalu ulangi.`,
		)
	}
}

/**
 * The final number of a letter being signed, inside the signing move's transaction: the
 * reservation made for it (by the TTE panel, or chosen by the signer), else the lowest released
 * number, else the next. `wajibPesanan`: only the reservation will do (its number is already
 * printed in the signed PDF).
 */
export async function terbitkanNomorSurat(params: {
	suratKeluarId: number
	bahan: BahanNomor
	nomorDipesanId: number | null
	wajibPesanan?: boolean
	sekarang: Date
	transaction: Transaction
}): Promise<NomorTerbit> {
	const { bahan, suratKeluarId, sekarang, transaction: t } = params
	await kunciUrutan(bahan.jenisNaskahId, bahan.tahun, t)
	const pesanan = params.nomorDipesanId
		? await NomorSuratKeluar.findByPk(params.nomorDipesanId, { transaction: t, lock: t.LOCK.UPDATE })
		: await NomorSuratKeluar.findOne({ where: { suratKeluarId, status: 'dipesan', jenisNaskahId: bahan.jenisNaskahId, tahun: bahan.tahun }, order: [['nomorUrut', 'ASC']], transaction: t, lock: t.LOCK.UPDATE })
	const sah =
		pesanan &&
		pesanan.status === 'dipesan' &&
		pesanan.jenisNaskahId === bahan.jenisNaskahId &&
		pesanan.tahun === bahan.tahun &&
		(pesanan.suratKeluarId === null || pesanan.suratKeluarId === suratKeluarId)
	if (params.nomorDipesanId && !sah) throw new KonflikError('Nomor yang dipesan untuk surat ini sudah tidak tersedia (dilepas, dipakai, atau untuk jenis naskah/tahun lain). Muat ulang lalu ulangi.')
	if (pesanan && sah) {
		const nomor = tulis(bahan, pesanan.nomorUrut)
		await pastikanNomorUnik(nomor, suratKeluarId, t)
		await pesanan.update({ status: 'terpakai', nomor, suratKeluarId, dipakaiAt: sekarang }, { transaction: t })
		return { id: pesanan.id, nomorUrut: pesanan.nomorUrut, nomor, tahun: bahan.tahun }
	}
	if (params.wajibPesanan) throw new KonflikError('Nomor yang dipesan untuk surat ini sudah tidak tersedia. Ulangi penandatanganan.')
	const baris = await tempatiNomor({
		jenisNaskahId: bahan.jenisNaskahId,
		tahun: bahan.tahun,
		sekarang,
		transaction: t,
		isi: (nomorUrut) => ({ status: 'terpakai', nomor: tulis(bahan, nomorUrut), suratKeluarId, keperluan: null, klasifikasiKode: bahan.klasifikasi, dipesanOlehId: null, dipesanAt: null, berlakuSampai: null, dipakaiAt: sekarang }),
	})
	await pastikanNomorUnik(baris.nomor!, suratKeluarId, t)
	return { id: baris.id, nomorUrut: baris.nomorUrut, nomor: baris.nomor!, tahun: bahan.tahun }
}

/**
 * A number held for a letter while its PDF is signed by the TTE service, which must print the
 * number before the move that issues it: a short reservation tied to the letter, confirmed by
 * `terbitkanNomorSurat` in the move or released (and so reused) if signing fails.
 */
export async function pesanNomorUntukSurat(params: { suratKeluarId: number; bahan: BahanNomor; pelakuId: number; keperluan: string; menit?: number }): Promise<NomorTerbit> {
	const { bahan } = params
	await siapkanPenghitung(bahan.jenisNaskahId, bahan.tahun)
	return transaction(async (t) => {
		const sekarang = new Date()
		await kunciUrutan(bahan.jenisNaskahId, bahan.tahun, t)
		// an earlier attempt's reservation that was never released is used again rather than a new one
		const lama = await NomorSuratKeluar.findOne({ where: { suratKeluarId: params.suratKeluarId, status: 'dipesan', jenisNaskahId: bahan.jenisNaskahId, tahun: bahan.tahun }, transaction: t, lock: t.LOCK.UPDATE })
		const isi = (nomorUrut: number): IsiNomor => ({
			status: 'dipesan',
			nomor: tulis(bahan, nomorUrut),
			suratKeluarId: params.suratKeluarId,
			keperluan: params.keperluan.slice(0, 300),
			klasifikasiKode: bahan.klasifikasi,
			dipesanOlehId: params.pelakuId,
			dipesanAt: sekarang,
			berlakuSampai: new Date(sekarang.getTime() + (params.menit ?? 30) * 60_000),
			dipakaiAt: null,
		})
		const baris = lama ? await lama.update(isi(lama.nomorUrut), { transaction: t }) : await tempatiNomor({ jenisNaskahId: bahan.jenisNaskahId, tahun: bahan.tahun, sekarang, transaction: t, isi })
		return { id: baris.id, nomorUrut: baris.nomorUrut, nomor: baris.nomor!, tahun: bahan.tahun }
	})
}

export type HasilPesan = { ok: true; id: number; nomor: string } | { ok: false; errors: FieldErrors }

/** Longest a reservation may be held: a letter signed on paper is numbered within weeks. */
export const MAKS_HARI_PESAN = 90

/**
 * "Ambil nomor": the tata usaha reserves the next number of a jenis naskah for a letter signed on
 * paper, valid until the end of `berlakuSampai` (office date).
 */
export async function pesanNomor(input: { jenisNaskahId: number; klasifikasiKode: string; unitId: number; keperluan: string; berlakuSampai: string; pelakuId: number; sekarang?: Date }): Promise<HasilPesan> {
	const sekarang = input.sekarang ?? new Date()
	const zona = await getZonaWaktuKantor()
	const hariIni = tanggalDiZona(sekarang, zona)
	const errors: FieldErrors = {}
	const [jenis, klasifikasi, unit] = await Promise.all([
		JenisNaskah.findByPk(input.jenisNaskahId, { attributes: ['id', 'kode', 'formatNomor', 'aktif'] }),
		KlasifikasiArsip.findByPk(input.klasifikasiKode, { attributes: ['kode'] }),
		UnitKerja.findByPk(input.unitId, { attributes: ['id', 'kode'] }),
	])
	if (!jenis?.aktif) errors.jenisNaskahId = ['Jenis naskah tidak ditemukan atau nonaktif.']
	if (!klasifikasi) errors.klasifikasiKode = ['Kode klasifikasi tidak ada di daftar klasifikasi arsip.']
	if (!unit) errors.unitId = ['Unit kerja tidak ditemukan.']
	const batas = new Date(Date.parse(`${hariIni}T00:00:00Z`) + MAKS_HARI_PESAN * 86_400_000).toISOString().slice(0, 10)
	if (!isTanggal(input.berlakuSampai)) errors.berlakuSampai = ['Isi tanggal berlaku dengan benar.']
	else if (input.berlakuSampai < hariIni) errors.berlakuSampai = ['Tanggal berlaku tidak boleh sebelum hari ini.']
	else if (input.berlakuSampai > batas) errors.berlakuSampai = [`Pesanan nomor berlaku paling lama ${MAKS_HARI_PESAN} hari.`]
	if (Object.keys(errors).length || !jenis || !unit) return { ok: false, errors }
	const tahun = Number(hariIni.slice(0, 4))
	const bahan: BahanNomor = { jenisNaskahId: jenis.id, jenisKode: jenis.kode, tahun, format: jenis.formatNomor, klasifikasi: input.klasifikasiKode, unit: unit.kode }
	await siapkanPenghitung(jenis.id, tahun)
	const baris = await transaction(async (t) => {
		await kunciUrutan(jenis.id, tahun, t)
		return tempatiNomor({
			jenisNaskahId: jenis.id,
			tahun,
			sekarang,
			transaction: t,
			isi: (nomorUrut) => ({
				status: 'dipesan',
				nomor: tulis(bahan, nomorUrut),
				suratKeluarId: null,
				keperluan: input.keperluan.slice(0, 300),
				klasifikasiKode: input.klasifikasiKode,
				dipesanOlehId: input.pelakuId,
				dipesanAt: sekarang,
				berlakuSampai: awalHariUtc(hariBerikutnya(input.berlakuSampai), zona),
				dipakaiAt: null,
			}),
		})
	})
	return { ok: true, id: baris.id, nomor: baris.nomor! }
}

async function pesananTerkunci(id: number, t: Transaction) {
	await kunciNomor(t)
	const baris = await NomorSuratKeluar.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
	if (!baris) throw new TidakDitemukanError('Nomor tidak ditemukan.')
	if (baris.status !== 'dipesan') throw new KonflikError(baris.status === 'terpakai' ? 'Nomor ini sudah dipakai.' : 'Nomor ini sudah dilepas.')
	return baris
}

/** A reserved number used by a letter signed on paper, outside SIMADU: recorded with its perihal. */
export async function gunakanNomor(params: { id: number; perihal: string; sekarang?: Date }) {
	const perihal = params.perihal.trim()
	if (perihal.length < 3) return { ok: false as const, errors: { perihal: ['Tulis perihal surat yang memakai nomor ini (minimal 3 karakter).'] } }
	await pastikanPenghitung(KUNCI_NOMOR)
	await transaction(async (t) => {
		const baris = await pesananTerkunci(params.id, t)
		await baris.update({ status: 'terpakai', keperluan: perihal.slice(0, 300), dipakaiAt: params.sekarang ?? new Date() }, { transaction: t })
	})
	return { ok: true as const }
}

/** A reservation given back: the next signature or reservation of its sequence takes it first. */
export async function lepasNomor(params: { id: number; sekarang?: Date }) {
	await pastikanPenghitung(KUNCI_NOMOR)
	await transaction(async (t) => {
		const baris = await pesananTerkunci(params.id, t)
		await baris.update({ status: 'dilepas', dilepasAt: params.sekarang ?? new Date() }, { transaction: t })
	})
}

export type NomorSuratRow = {
	id: number
	jenisNaskah: string
	tahun: number
	nomorUrut: number
	nomor: string | null
	status: StatusNomorSurat
	keperluan: string | null
	klasifikasiKode: string | null
	dipesanOleh: string | null
	dipesanAt: string | null
	berlakuSampai: string | null
	dipakaiAt: string | null
	dilepasAt: string | null
	surat: { id: number; perihal: string } | null
}

export type FilterNomor = { jenisNaskahId?: number; tahun?: number; status?: StatusNomorSurat }

/** The numbers of the office (reservations first), after releasing the expired ones. */
export async function listNomorSurat(params: FilterNomor & { offset: number; limit: number }) {
	await pastikanPenghitung(KUNCI_NOMOR)
	await transaction(async (t) => {
		await kunciNomor(t)
		await lepasPesananKedaluwarsa({ transaction: t })
	})
	const where: WhereOptions<NomorSuratKeluar> = {
		...(params.jenisNaskahId ? { jenisNaskahId: params.jenisNaskahId } : {}),
		...(params.tahun ? { tahun: params.tahun } : {}),
		...(params.status ? { status: params.status } : {}),
	}
	const { rows, count } = await NomorSuratKeluar.findAndCountAll({
		where,
		include: [
			{ model: JenisNaskah, as: 'jenisNaskah', attributes: ['nama'] },
			{ model: SuratKeluar, as: 'suratKeluar', attributes: ['id', 'perihal'] },
		],
		order: [
			['tahun', 'DESC'],
			['jenisNaskahId', 'ASC'],
			['nomorUrut', 'DESC'],
		],
		offset: params.offset,
		limit: params.limit,
	})
	const pemesan = [...new Set(rows.map((r) => r.dipesanOlehId).filter((id): id is number => id !== null))]
	const nama = new Map(
		(pemesan.length ? await Pengguna.findAll({ where: { id: { [Op.in]: pemesan } }, attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] }) : []).map((p) => [
			p.id,
			p.pegawai?.nama ?? p.username,
		]),
	)
	return {
		total: count,
		rows: rows.map(
			(r): NomorSuratRow => ({
				id: r.id,
				jenisNaskah: r.jenisNaskah?.nama ?? '',
				tahun: r.tahun,
				nomorUrut: r.nomorUrut,
				nomor: r.nomor,
				status: r.status,
				keperluan: r.keperluan,
				klasifikasiKode: r.klasifikasiKode,
				dipesanOleh: r.dipesanOlehId ? (nama.get(r.dipesanOlehId) ?? null) : null,
				dipesanAt: r.dipesanAt?.toISOString() ?? null,
				berlakuSampai: r.berlakuSampai?.toISOString() ?? null,
				dipakaiAt: r.dipakaiAt?.toISOString() ?? null,
				dilepasAt: r.dilepasAt?.toISOString() ?? null,
				surat: r.suratKeluar ? { id: r.suratKeluar.id, perihal: r.suratKeluar.perihal } : null,
			}),
		),
	}
}

/** Open reservations a letter being signed on paper may take: of its jenis naskah and year, free or already its own. */
export async function listPesananTerbuka(params: { jenisNaskahId: number; tahun: number; suratKeluarId: number; sekarang?: Date }) {
	const rows = await NomorSuratKeluar.findAll({
		where: {
			jenisNaskahId: params.jenisNaskahId,
			tahun: params.tahun,
			status: 'dipesan',
			berlakuSampai: { [Op.gte]: params.sekarang ?? new Date() },
			[Op.or]: [{ suratKeluarId: null }, { suratKeluarId: params.suratKeluarId }],
		},
		attributes: ['id', 'nomorUrut', 'nomor', 'keperluan'],
		order: [['nomorUrut', 'ASC']],
	})
	return rows.map((r) => ({ value: r.id, label: `${r.nomor ?? r.nomorUrut}${r.keperluan ? ` — ${r.keperluan}` : ''}` }))
}
