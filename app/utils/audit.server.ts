import { type Model, type ModelStatic, type Sequelize, type Transaction } from 'sequelize'
import { LogAudit } from '#models/index'
import type { Perubahan } from '#models/audit/LogAudit'
import { getRequestContext } from './request-context.server'

/**
 * Attributes whose values never enter the trail, in any table: secrets, and a citizen's personal
 * data (the trail says that it changed, not to what).
 */
const RAHASIA = new Set([
	'passwordHash',
	'password',
	'token',
	'accessToken',
	'passphrase',
	'kodeLacakHash',
	'pemohonNik',
	'pemohonTelepon',
	'pemohonEmail',
	'isian',
])
/**
 * Tables written as a by-product of security events or too large to trail row by row. The
 * workflow's tasks, history and messages are themselves its trail (`alur_riwayat` records who did
 * what and when); its instances and disposisi are audited like any row.
 */
const TANPA_AUDIT = new Set([
	// bulk population data: written by an import, which is itself the audited event
	'penduduk',
	'keluarga',
	'agregat_kependudukan',
	'log_audit',
	'sesi',
	'percobaan_masuk',
	'kunci_masuk',
	'alur_definisi',
	'alur_tugas',
	'alur_riwayat',
	'outbox',
	'notifikasi',
	'nomor_urut',
	'percobaan_lacak',
	'wa_pesan_masuk',
])

export type AuditEntry = {
	aksi: string
	entitas: string
	entitasId?: string | number | null
	perubahan?: Perubahan | null
	keterangan?: string | null
	/** For events before a session exists (login): who it concerns. */
	penggunaId?: number | null
	namaPengguna?: string | null
}

/** Appends one row to the audit trail, inside `transaction` when given. */
export async function audit(entry: AuditEntry, transaction?: Transaction | null) {
	const context = getRequestContext()
	const actor = context?.actor
	await LogAudit.create(
		{
			waktu: new Date(),
			penggunaId: entry.penggunaId ?? actor?.penggunaId ?? null,
			namaPengguna: entry.namaPengguna ?? actor?.nama ?? null,
			atasNama: actor?.atasNama ?? null,
			aksi: entry.aksi,
			entitas: entry.entitas,
			entitasId: entry.entitasId == null ? null : String(entry.entitasId),
			perubahan: entry.perubahan ?? null,
			keterangan: entry.keterangan?.slice(0, 500) ?? null,
			ip: context?.ip ?? null,
			userAgent: context?.userAgent?.slice(0, 300) ?? null,
			requestId: context?.requestId ?? null,
		},
		{ transaction: transaction ?? null },
	)
}

function bersihkan(value: unknown) {
	return value instanceof Date ? value.toISOString() : value
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>, fields: string[]) {
	const changes: Perubahan = {}
	for (const field of fields) {
		if (RAHASIA.has(field)) {
			changes[field] = { sesudah: '[diubah]' }
			continue
		}
		const sebelum = bersihkan(before[field])
		const sesudah = bersihkan(after[field])
		if (JSON.stringify(sebelum) !== JSON.stringify(sesudah)) changes[field] = { sebelum, sesudah }
	}
	return changes
}

type AnyInstance = Model & {
	_previousDataValues: Record<string, unknown>
	dataValues: Record<string, unknown>
	constructor: ModelStatic<Model>
}

function entityOf(instance: AnyInstance) {
	const model = instance.constructor
	const pk = model.primaryKeyAttribute
	return { entitas: model.getTableName().toString(), entitasId: instance.dataValues[pk] as string | number }
}

/**
 * Every create, update and delete through a model lands in the audit trail in the same
 * transaction, with before/after values, so no service can forget it. Bulk statements are run row
 * by row for the same reason.
 */
export function installAuditHooks(sequelize: Sequelize) {
	// Only the application's own models, known at this point; bookkeeping tables defined later
	// (the migration runner's) stay out.
	const tables = new Set(
		Object.values(sequelize.models)
			.map((model) => model.getTableName().toString())
			.filter((table) => !TANPA_AUDIT.has(table)),
	)
	const audited = (instance: AnyInstance) => tables.has(instance.constructor.getTableName().toString())
	const auditedModel = (model: ModelStatic<Model>) => tables.has(model.getTableName().toString())

	sequelize.addHook('beforeBulkUpdate', (options: { individualHooks?: boolean; model?: ModelStatic<Model> }) => {
		if (!options.model || auditedModel(options.model)) options.individualHooks = true
	})
	sequelize.addHook('beforeBulkDestroy', (options: { individualHooks?: boolean; model?: ModelStatic<Model> }) => {
		if (!options.model || auditedModel(options.model)) options.individualHooks = true
	})
	sequelize.addHook('afterCreate', async (model: Model, options: { transaction?: Transaction | null }) => {
		const instance = model as AnyInstance
		if (!audited(instance)) return
		const after = instance.get({ plain: true }) as Record<string, unknown>
		await audit(
			{ aksi: 'buat', ...entityOf(instance), perubahan: diff({}, after, Object.keys(after)) },
			options.transaction,
		)
	})
	sequelize.addHook('afterUpdate', async (model: Model, options: { transaction?: Transaction | null; fields?: string[] }) => {
		const instance = model as AnyInstance
		if (!audited(instance)) return
		const fields = (options.fields ?? Object.keys(instance.dataValues)).filter(
			(f) => f !== 'updatedAt' && f !== 'version',
		)
		const changes = diff(instance._previousDataValues, instance.dataValues, fields)
		if (Object.keys(changes).length === 0) return
		await audit({ aksi: 'ubah', ...entityOf(instance), perubahan: changes }, options.transaction)
	})
	sequelize.addHook('afterDestroy', async (model: Model, options: { transaction?: Transaction | null }) => {
		const instance = model as AnyInstance
		if (!audited(instance)) return
		const before = instance.get({ plain: true }) as Record<string, unknown>
		await audit(
			{ aksi: 'hapus', ...entityOf(instance), perubahan: diff(before, {}, Object.keys(before)) },
			options.transaction,
		)
	})
}
