import { Op, QueryTypes, type Sequelize } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'
import { mulaiAlur } from '~/workflow/mesin.server'
import { kirimOutbox } from '~/workflow/outbox.server'

/**
 * A few running SOP-WA-KK instances so the demo inbox is not empty before any module creates
 * instances: three KK requests uploaded through WA ticket, waiting for the loket's verification.
 * Fixed subject keys, so `down` removes exactly these.
 */
const SUBJEK_JENIS = 'contoh-permohonan'
const CONTOH: { subjekId: string; judul: string; konteks: Record<string, unknown> }[] = [
	{ subjekId: 'contoh-kk-1', judul: 'Permohonan KK — Budi Santoso (contoh)', konteks: { email: 'budi.santoso@contoh.id' } },
	{ subjekId: 'contoh-kk-2', judul: 'Permohonan KK — Siti Aminah (contoh)', konteks: { denda: 50_000 } },
	{ subjekId: 'contoh-kk-3', judul: 'Permohonan KK — Ahmad Fauzi (contoh)', konteks: {} },
]

export const up: MigrationFn = async ({ context: { sequelize } }) => {
	const [loket] = await sequelize.query<{ id: number; nama: string; jabatan: string | null }>(
		`SELECT p.id AS id, g.nama AS nama, j.nama AS jabatan
		   FROM pengguna p JOIN pegawai g ON g.id = p.pegawai_id LEFT JOIN jabatan j ON j.id = g.jabatan_id
		  WHERE p.username = 'loket'`,
		{ type: QueryTypes.SELECT },
	)
	if (!loket) return
	const ids = await sequelize.transaction(async (transaction) => {
		const ids: number[] = []
		for (const contoh of CONTOH) {
			const instans = await mulaiAlur(
				{
					definisiKode: 'SOP-WA-KK',
					subjekJenis: SUBJEK_JENIS,
					subjekId: contoh.subjekId,
					judul: contoh.judul,
					pemrakarsa: loket,
					unitId: 6,
					konteks: contoh.konteks,
					langsungAksi: 'ajukan',
				},
				transaction,
			)
			ids.push(instans.id)
		}
		return ids
	})
	await kirimSebelumSelesai(sequelize, ids)
}

/**
 * The server closes this connection right after seeding, while the delivery the commit started
 * may still be running: deliver the "Tugas baru" notifications here and wait for them (a few
 * seconds at most), so the demo loket sees them at once and nothing is cut off mid-delivery.
 * Tests deliver by hand, as everywhere else in them.
 */
async function kirimSebelumSelesai(sequelize: Sequelize, ids: number[]) {
	if (process.env.NODE_ENV === 'test') return
	const pola = ids.map((id) => `%"tautan":"/alur/${id}"%`)
	const where = `status = 'menunggu' AND (${pola.map(() => 'isi LIKE ?').join(' OR ')})`
	for (let percobaan = 0; percobaan < 50; percobaan++) {
		await kirimOutbox()
		const [sisa] = await sequelize.query<{ jumlah: number }>(`SELECT COUNT(*) AS jumlah FROM outbox WHERE ${where}`, {
			type: QueryTypes.SELECT,
			replacements: pola,
		})
		if (!sisa || Number(sisa.jumlah) === 0) break
		await jeda(100)
	}
	// the commit's own pass may still be stepping over rows delivered here; let it finish
	await jeda(300)
}

const jeda = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const down: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const rows = await sequelize.query<{ id: number }>('SELECT id FROM alur_instans WHERE subjek_jenis = :jenis', {
		type: QueryTypes.SELECT,
		replacements: { jenis: SUBJEK_JENIS },
	})
	const ids = rows.map((r) => r.id)
	if (ids.length === 0) return
	const tautan = ids.map((id) => `/alur/${id}`)
	await queryInterface.bulkDelete('notifikasi', { tautan: { [Op.in]: tautan } })
	for (const link of tautan) await queryInterface.bulkDelete('outbox', { isi: { [Op.like]: `%"tautan":"${link}"%` } })
	await queryInterface.bulkDelete('alur_riwayat', { instans_id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('alur_tugas', { instans_id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('alur_instans', { id: { [Op.in]: ids } })
}
