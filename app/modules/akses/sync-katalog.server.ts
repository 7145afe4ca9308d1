import type { Sequelize } from 'sequelize'
import { Izin, Peran, PeranIzin } from '#models/index'
import { KATALOG_IZIN, KATALOG_PERAN, parseKodeIzin, type Izin as KodeIzin } from './katalog-izin'

/**
 * Writes the code catalogue of permissions and system roles to the database. A permission seen
 * for the first time goes to its default roles; existing role permissions are left as the admin
 * set them. Runs at every start, after migrations; cheap when nothing is new.
 */
export async function syncKatalogAkses(sequelize: Sequelize) {
	await sequelize.transaction(async (transaction) => {
		const existing = await Izin.findAll({ transaction })
		const byKode = new Map(existing.map((row) => [`${row.aksi}:${row.entitas}:${row.akses}`, row]))
		const created = new Map<string, number>()
		for (const [kode, deskripsi] of Object.entries(KATALOG_IZIN)) {
			const current = byKode.get(kode)
			if (current) {
				if (current.deskripsi !== deskripsi) await current.update({ deskripsi }, { transaction })
				continue
			}
			const parsed = parseKodeIzin(kode)!
			const row = await Izin.create({ ...parsed, deskripsi }, { transaction })
			created.set(kode, row.id)
		}

		const roles = await Peran.findAll({ transaction })
		const roleByKode = new Map(roles.map((r) => [r.kode, r]))
		const links: { peranId: number; izinId: number }[] = []
		for (const entry of KATALOG_PERAN) {
			let role = roleByKode.get(entry.kode)
			const isNewRole = !role
			if (!role) {
				role = await Peran.create(
					{ kode: entry.kode, nama: entry.nama, deskripsi: entry.deskripsi, sistem: true },
					{ transaction },
				)
			}
			for (const kode of entry.izin as KodeIzin[]) {
				const izinId = created.get(kode) ?? (isNewRole ? byKode.get(kode)?.id : undefined)
				if (izinId) links.push({ peranId: role.id, izinId })
			}
		}
		if (links.length) await PeranIzin.bulkCreate(links, { transaction, ignoreDuplicates: true })
	})
}
