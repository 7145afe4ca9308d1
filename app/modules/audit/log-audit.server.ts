import { Op, type WhereOptions } from 'sequelize'
import { LogAudit, Pengguna } from '#models/index'
import type { Perubahan } from '#models/audit/LogAudit'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { likePattern } from '~/utils/pagination.server'
import { LABEL_AKSI, labelAksi, type LogAuditFilter } from './log-audit.schema'
import { awalHariUtc, hariBerikutnya } from './waktu-zona'

/** The trail is append-only: this module reads it; nothing here or anywhere edits or deletes it. */
export type LogAuditRow = {
	id: number
	waktu: string
	penggunaId: number | null
	namaPengguna: string | null
	atasNama: string | null
	aksi: string
	entitas: string
	entitasId: string | null
	perubahan: Perubahan | null
	keterangan: string | null
	ip: string | null
	userAgent: string | null
	requestId: string | null
}

function toRow(row: LogAudit): LogAuditRow {
	return {
		id: Number(row.id),
		waktu: row.waktu.toISOString(),
		penggunaId: row.penggunaId,
		namaPengguna: row.namaPengguna,
		atasNama: row.atasNama,
		aksi: row.aksi,
		entitas: row.entitas,
		entitasId: row.entitasId,
		perubahan: row.perubahan,
		keterangan: row.keterangan,
		ip: row.ip,
		userAgent: row.userAgent,
		requestId: row.requestId,
	}
}

/** Office dates become UTC bounds; a person is found by username or name, then by their id. */
async function whereOf(filter: LogAuditFilter, zona: string): Promise<WhereOptions<LogAudit>> {
	const and: WhereOptions<LogAudit>[] = []
	if (filter.dari) and.push({ waktu: { [Op.gte]: awalHariUtc(filter.dari, zona) } })
	if (filter.sampai) and.push({ waktu: { [Op.lt]: awalHariUtc(hariBerikutnya(filter.sampai), zona) } })
	if (filter.aksi) and.push({ aksi: filter.aksi })
	if (filter.entitas) and.push({ entitas: filter.entitas })
	if (filter.entitasId) and.push({ entitasId: filter.entitasId })
	if (filter.pengguna) {
		const pattern = likePattern(filter.pengguna)
		const found = await Pengguna.findAll({
			attributes: ['id'],
			include: [{ association: 'pegawai', attributes: [], required: true }],
			where: { [Op.or]: [{ username: { [Op.like]: pattern } }, { '$pegawai.nama$': { [Op.like]: pattern } }] },
			raw: true,
		})
		// login events before a session carry only the typed username in namaPengguna
		and.push({ [Op.or]: [{ penggunaId: { [Op.in]: found.map((p) => p.id) } }, { namaPengguna: { [Op.like]: pattern } }] })
	}
	return { [Op.and]: and }
}

export async function listLogAudit(params: LogAuditFilter & { offset: number; limit: number }) {
	const zona = await getZonaWaktuKantor()
	const { rows, count } = await LogAudit.findAndCountAll({
		where: await whereOf(params, zona),
		order: [
			['waktu', 'DESC'],
			['id', 'DESC'],
		],
		offset: params.offset,
		limit: params.limit,
	})
	return { rows: rows.map(toRow), total: count }
}

/**
 * The filtered trail for export, newest first, in keyset batches (`id < last id`): the trail
 * grows without bound and an offset would rescan everything before it on each batch.
 */
export async function* batchesLogAudit(filter: LogAuditFilter, size = 1000): AsyncGenerator<LogAuditRow[]> {
	const zona = await getZonaWaktuKantor()
	const where = await whereOf(filter, zona)
	let lastId: number | undefined
	for (;;) {
		const rows = await LogAudit.findAll({
			where: lastId === undefined ? where : { [Op.and]: [where, { id: { [Op.lt]: lastId } }] },
			order: [['id', 'DESC']],
			limit: size,
		})
		if (rows.length) yield rows.map(toRow)
		if (rows.length < size) return
		lastId = Number(rows[rows.length - 1]!.id)
	}
}

/** The choices of the filter form: every action and entity the trail holds, plus the known actions. */
export async function listPilihanAudit() {
	const [aksi, entitas] = await Promise.all([
		LogAudit.findAll({ attributes: ['aksi'], group: ['aksi'], raw: true }),
		LogAudit.findAll({ attributes: ['entitas'], group: ['entitas'], raw: true }),
	])
	const semuaAksi = new Set([...Object.keys(LABEL_AKSI), ...aksi.map((a) => a.aksi)])
	return {
		aksi: [...semuaAksi]
			.map((value) => ({ value, label: labelAksi(value) }))
			.sort((a, b) => a.label.localeCompare(b.label, 'id')),
		entitas: entitas.map((e) => e.entitas).sort(),
	}
}

/** The latest events about one record, e.g. a user's account, its roles and its sessions. */
export async function listAuditTentang(params: { entitas: string[]; entitasId: string | number; limit?: number }) {
	const rows = await LogAudit.findAll({
		where: { entitas: { [Op.in]: params.entitas }, entitasId: String(params.entitasId) },
		order: [['id', 'DESC']],
		limit: params.limit ?? 20,
	})
	return rows.map(toRow)
}
