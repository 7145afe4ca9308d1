import { getDb } from '~/utils/db.server'
import { KODE } from '../kode'

/**
 * The import's families, built by the database from its residents in one grouped statement: one
 * row per NO_KK with its area and address, its kepala keluarga (when a member has STAT_HBKEL 1;
 * a family without one keeps nulls there) and its number of members.
 */
export async function bangunKeluarga(imporId: number) {
	const kepala = `hubungan_keluarga = ${KODE.kepalaKeluarga}`
	await getDb().query(
		`INSERT INTO keluarga (impor_id, no_kk, kode_desa, alamat, rt, rw, nik_kepala, nama_kepala, jenis_kelamin_kepala, jumlah_anggota)
		 SELECT impor_id, no_kk, MIN(kode_desa), MIN(alamat), MIN(rt), MIN(rw),
		        MIN(CASE WHEN ${kepala} THEN nik END), MIN(CASE WHEN ${kepala} THEN nama END), MIN(CASE WHEN ${kepala} THEN jenis_kelamin END),
		        COUNT(*)
		 FROM penduduk WHERE impor_id = ? GROUP BY impor_id, no_kk`,
		{ replacements: [imporId] },
	)
}
