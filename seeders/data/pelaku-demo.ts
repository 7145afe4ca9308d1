import { QueryTypes, type Sequelize } from 'sequelize'
import { loadAuthority } from '~/utils/permissions.server'
import { ambilTugas, jalankanAksi, type Pelaku } from '~/workflow/mesin.server'

/**
 * The demo seeders act through the modules' own services as the demo staff would: a demo account
 * as the engine sees an actor, and one step of a workflow taken by it.
 */
export async function pelakuDemo(sequelize: Sequelize, username: string, tanggal: string): Promise<Pelaku> {
	const [row] = await sequelize.query<{ id: number; nama: string; jabatan: string | null }>(
		`SELECT p.id AS id, g.nama AS nama, j.nama AS jabatan
		   FROM pengguna p JOIN pegawai g ON g.id = p.pegawai_id LEFT JOIN jabatan j ON j.id = g.jabatan_id
		  WHERE p.username = ?`,
		{ type: QueryTypes.SELECT, replacements: [username] },
	)
	if (!row) throw new Error(`Akun demo ${username} tidak ada.`)
	return { id: row.id, nama: row.nama, jabatan: row.jabatan, authority: await loadAuthority(row.id, tanggal) }
}

/** Claims the open task of the instance and takes `aksiKode` (only claims it without one). */
export async function kerjakanTugasDemo(sequelize: Sequelize, instansId: number, oleh: Pelaku, aksiKode: string | null) {
	const [tugas] = await sequelize.query<{ id: number }>(`SELECT id FROM alur_tugas WHERE instans_id = ? AND status = 'terbuka' ORDER BY id`, { type: QueryTypes.SELECT, replacements: [instansId] })
	if (!tugas) throw new Error(`Demo: instans ${instansId} tidak punya tugas terbuka.`)
	await ambilTugas({ tugasId: tugas.id, pelaku: oleh })
	if (aksiKode) await jalankanAksi({ tugasId: tugas.id, aksiKode, pelaku: oleh })
	return tugas.id
}
