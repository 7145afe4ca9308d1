import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { QueryTypes } from 'sequelize'
import { buatImpor, jalankanImpor } from '~/modules/kependudukan/impor/impor.server'
import { hapusDataImpor } from '~/modules/kependudukan/publikasi.server'
import { tulisDkbSintetisKantor } from '~/modules/kependudukan/sintetis/kantor.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { tanggalDiZona } from '~/utils/format'
import type { MigrationFn } from '~/utils/migrator.server'
import { kerjakanTugasDemo, pelakuDemo } from '../data/pelaku-demo'

/**
 * The population demo, made through the import and P7.2 as the office would: a synthetic DKB of
 * Semester II 2025 (about DEMO_PENDUDUK residents, default 20,000, over the office's 460 desa)
 * imported, discussed, approved by the Sekretaris and the Kepala Dinas, and published; and
 * Semester I 2026 imported and waiting for the Sekretaris, with its comparison against 2025.
 * DEMO_PENDUDUK=0 skips it (the unit tests do: each test file seeds its own database).
 */
const SEMESTER = [
	{ kode: '2025-2', bagian: 0.985, seed: 25, sampai: 'terbit' },
	{ kode: '2026-1', bagian: 1, seed: 26, sampai: 'sekretaris' },
] as const

function jumlahDemo() {
	const n = Number(process.env.DEMO_PENDUDUK ?? 20_000)
	return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
}

export const up: MigrationFn = async ({ context: { sequelize } }) => {
	const jumlah = jumlahDemo()
	if (jumlah === 0) return
	const hariIni = tanggalDiZona(new Date(), await getZonaWaktuKantor())
	const piak = await pelakuDemo(sequelize, 'piak', hariIni)
	const petugas = {
		piak,
		kabid: await pelakuDemo(sequelize, 'kabid.piak', hariIni),
		sekretaris: await pelakuDemo(sequelize, 'sekretaris', hariIni),
		kadis: await pelakuDemo(sequelize, 'kadis', hariIni),
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simadu-dkb-demo-'))
	try {
		for (const s of SEMESTER) {
			const berkas = path.join(dir, `dkb-${s.kode}.csv`)
			await tulisDkbSintetisKantor({ penduduk: Math.round(jumlah * s.bagian), semester: s.kode, out: berkas, seed: s.seed })
			const dibuat = await buatImpor({ semester: s.kode, namaBerkas: `DKB_${s.kode}_33.05.csv`, berkas, asal: 'luar', pelaku: piak })
			if (!dibuat.ok) throw new Error(`Impor demo ${s.kode} ditolak: ${JSON.stringify(dibuat.errors)}`)
			const hasil = await jalankanImpor(dibuat.impor.id, { pelaku: piak, berkasLuar: berkas })
			if (hasil.status !== 'selesai') throw new Error(`Impor demo ${s.kode} gagal: ${hasil.pesan}`)
			const [pub] = await sequelize.query<{ instans_alur_id: number }>('SELECT instans_alur_id FROM publikasi_agregat WHERE semester = ? ORDER BY versi DESC', {
				type: QueryTypes.SELECT,
				replacements: [s.kode],
			})
			const instansId = pub!.instans_alur_id
			await kerjakanTugasDemo(sequelize, instansId, petugas.piak, 'teruskan')
			await kerjakanTugasDemo(sequelize, instansId, petugas.kabid, 'ajukan')
			if (s.sampai === 'sekretaris') continue
			await kerjakanTugasDemo(sequelize, instansId, petugas.sekretaris, 'setujui')
			await kerjakanTugasDemo(sequelize, instansId, petugas.kadis, 'setujui')
			await kerjakanTugasDemo(sequelize, instansId, petugas.piak, 'teruskan')
			await kerjakanTugasDemo(sequelize, instansId, petugas.piak, 'selesaikan')
		}
	} finally {
		fs.rmSync(dir, { recursive: true, force: true })
	}
}

export const down: MigrationFn = async ({ context: { sequelize } }) => {
	const impor = await sequelize.query<{ id: number }>('SELECT id FROM dkb_impor WHERE semester IN (?)', { type: QueryTypes.SELECT, replacements: [SEMESTER.map((s) => s.kode)] })
	for (const i of impor) await hapusDataImpor(i.id)
	const pub = await sequelize.query<{ instans_alur_id: number | null }>('SELECT instans_alur_id FROM publikasi_agregat WHERE semester IN (?)', {
		type: QueryTypes.SELECT,
		replacements: [SEMESTER.map((s) => s.kode)],
	})
	const instans = pub.map((p) => p.instans_alur_id).filter((id): id is number => id !== null)
	if (instans.length) {
		for (const tabel of ['alur_tugas', 'alur_riwayat']) await sequelize.query(`DELETE FROM ${tabel} WHERE instans_id IN (?)`, { replacements: [instans] })
		await sequelize.query('DELETE FROM alur_instans WHERE id IN (?)', { replacements: [instans] })
	}
	await sequelize.query('DELETE FROM publikasi_agregat WHERE semester IN (?)', { replacements: [SEMESTER.map((s) => s.kode)] })
	await sequelize.query('DELETE FROM dkb_impor WHERE semester IN (?)', { replacements: [SEMESTER.map((s) => s.kode)] })
}
