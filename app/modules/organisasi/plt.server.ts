import { Op, OptimisticLockError, type Transaction, type WhereOptions } from 'sequelize'
import { Jabatan, Pegawai, Pengguna, PenugasanPlt } from '#models/index'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { transaction } from '~/utils/db.server'
import { formatTanggal, tanggalDiZona } from '~/utils/format'
import { KONFLIK, gagal, type HasilSimpan, type HasilValidasi } from './hasil'
import type { PenugasanPltFilter, PenugasanPltInput, StatusPenugasan, UbahPenugasanPltInput } from './plt.schema'

export type PenugasanPltRow = {
	id: number
	penggunaId: number
	username: string
	namaPegawai: string
	jabatanId: number
	namaJabatan: string
	jenis: 'Plt' | 'Plh'
	mulai: string
	selesai: string
	nomorSurat: string | null
	keterangan: string | null
	status: StatusPenugasan
}

/** Today's date in the office's time zone: the day Plt/Plh authority is judged by. */
export async function hariIniKantor() {
	return tanggalDiZona(new Date(), await getZonaWaktuKantor())
}

function statusPada(mulai: string, selesai: string, hariIni: string): StatusPenugasan {
	if (mulai > hariIni) return 'akan-datang'
	if (selesai < hariIni) return 'selesai'
	return 'aktif'
}

function whereOf(filter: PenugasanPltFilter, hariIni: string): WhereOptions<PenugasanPlt> {
	const status: Record<StatusPenugasan, WhereOptions<PenugasanPlt>> = {
		aktif: { mulai: { [Op.lte]: hariIni }, selesai: { [Op.gte]: hariIni } },
		'akan-datang': { mulai: { [Op.gt]: hariIni } },
		selesai: { selesai: { [Op.lt]: hariIni } },
	}
	return { ...(filter.jabatanId ? { jabatanId: filter.jabatanId } : {}), ...(filter.status ? status[filter.status] : {}) }
}

const INCLUDE = [
	{ model: Pengguna, as: 'pengguna', attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] },
	{ model: Jabatan, as: 'jabatan', attributes: ['nama'] },
]

function toRow(r: PenugasanPlt, hariIni: string): PenugasanPltRow {
	return {
		id: r.id,
		penggunaId: r.penggunaId,
		username: r.pengguna?.username ?? '',
		namaPegawai: r.pengguna?.pegawai?.nama ?? '',
		jabatanId: r.jabatanId,
		namaJabatan: r.jabatan?.nama ?? '',
		jenis: r.jenis,
		mulai: r.mulai,
		selesai: r.selesai,
		nomorSurat: r.nomorSurat,
		keterangan: r.keterangan,
		status: statusPada(r.mulai, r.selesai, hariIni),
	}
}

export async function listPenugasanPlt(params: PenugasanPltFilter & { hariIni: string; offset: number; limit: number }) {
	const { rows, count } = await PenugasanPlt.findAndCountAll({
		where: whereOf(params, params.hariIni),
		include: INCLUDE,
		order: [
			['mulai', 'DESC'],
			['id', 'DESC'],
		],
		offset: params.offset,
		limit: params.limit,
		distinct: true,
	})
	return { rows: rows.map((r) => toRow(r, params.hariIni)), total: count }
}

/** One assignment, and the version for the edit form. */
export async function getPenugasanPlt(id: number) {
	const row = await PenugasanPlt.findByPk(id, { include: INCLUDE })
	return row ? { ...toRow(row, await hariIniKantor()), version: row.version } : null
}

/** Active accounts with their pegawai's name, for the select. */
export async function listPilihanPengguna() {
	const rows = await Pengguna.findAll({
		where: { aktif: true },
		attributes: ['id', 'username'],
		include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'], where: { aktif: true } }],
		order: [[{ model: Pegawai, as: 'pegawai' }, 'nama', 'ASC']],
	})
	return rows.map((r) => ({ value: r.id, label: `${r.pegawai?.nama ?? r.username} (${r.username})` }))
}

/**
 * Null when the assignment may stand: the jabatan exists, the user is active and does not already
 * hold it, and no other assignment of the same jabatan overlaps these dates.
 */
async function periksa(id: number | null, input: PenugasanPltInput, t: Transaction) {
	// locking the jabatan row queues two assignments of the same jabatan one after the other
	const jabatan = await Jabatan.findByPk(input.jabatanId, { attributes: ['id'], transaction: t, lock: t.LOCK.UPDATE })
	if (!jabatan) return gagal('jabatanId', 'Jabatan tidak ditemukan.')
	const pengguna = await Pengguna.findByPk(input.penggunaId, {
		attributes: ['id', 'aktif'],
		include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama', 'jabatanId'] }],
		transaction: t,
	})
	if (!pengguna?.aktif || !pengguna.pegawai) return gagal('penggunaId', 'Pilih pengguna yang aktif.')
	if (pengguna.pegawai.jabatanId === input.jabatanId) {
		return gagal('penggunaId', `${pengguna.pegawai.nama} sudah memangku jabatan ini secara definitif; tidak perlu Plt/Plh.`)
	}
	const bentrok = await PenugasanPlt.findOne({
		where: {
			jabatanId: input.jabatanId,
			mulai: { [Op.lte]: input.selesai },
			selesai: { [Op.gte]: input.mulai },
			...(id ? { id: { [Op.ne]: id } } : {}),
		},
		include: INCLUDE,
		order: [['mulai', 'ASC']],
		transaction: t,
	})
	if (bentrok) {
		const nama = bentrok.pengguna?.pegawai?.nama ?? bentrok.pengguna?.username ?? 'pegawai lain'
		return gagal(
			'mulai',
			`Tanggal bertabrakan dengan ${bentrok.jenis}. ${nama} untuk jabatan ini (${formatTanggal(bentrok.mulai)} s.d. ${formatTanggal(bentrok.selesai)}).`,
		)
	}
	return null
}

export async function createPenugasanPlt(input: PenugasanPltInput): Promise<HasilValidasi> {
	return transaction(async (t) => {
		const salah = await periksa(null, input, t)
		if (salah) return salah
		const row = await PenugasanPlt.create(input, { transaction: t })
		return { ok: true as const, id: row.id }
	})
}

export async function updatePenugasanPlt(id: number, { version, ...input }: UbahPenugasanPltInput): Promise<HasilSimpan | null> {
	try {
		return await transaction(async (t) => {
			const row = await PenugasanPlt.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== version) return KONFLIK
			const salah = await periksa(id, input, t)
			if (salah) return salah
			await row.update(input, { transaction: t })
			return { ok: true as const, id }
		})
	} catch (error) {
		if (error instanceof OptimisticLockError) return KONFLIK
		throw error
	}
}

/** Deletes the assignment the page showed; a conflict when someone changed it since. */
export async function deletePenugasanPlt(id: number, version: number): Promise<{ ok: true } | typeof KONFLIK | null> {
	return transaction(async (t) => {
		const row = await PenugasanPlt.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!row) return null
		if (row.version !== version) return KONFLIK
		await row.destroy({ transaction: t })
		return { ok: true as const }
	})
}
