import { Op, QueryTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'
import { SANDI_DEMO, hashSandi } from '~/utils/password.server'

/**
 * One demo account per role, each linked to a pegawai in the standard organisation. All share the
 * password in the README; a production start refuses while any of them is still active with it.
 */
type Akun = [username: string, nama: string, nip: string, jabatanId: number, unitId: number, peranLangsung: string[]]
export const AKUN_DEMO: Akun[] = [
	['admin', 'Rina Kusumawati, S.Kom.', '198807142011012003', 28, 12, ['admin']],
	['kadis', 'Drs. Bambang Wicaksono, M.Si.', '196905121994031008', 1, 1, []],
	['sekretaris', 'Sri Lestari, S.H., M.H.', '197203081998032005', 2, 2, []],
	['kabid.dafduk', 'Agus Prasetyo, S.Sos., M.M.', '197511202002121003', 5, 5, []],
	['kasi.dafduk', 'Dwi Handayani, S.E.', '198102152006042012', 6, 6, []],
	['kabid.capil', 'Heru Santoso, S.H.', '197408172000031006', 8, 8, []],
	['kasi.capil', 'Yuni Astuti, S.Sos.', '198306232009012004', 9, 9, []],
	['kabid.piak', 'Eko Nugroho, S.T., M.T.', '197709102003121002', 11, 11, []],
	['loket', 'Siti Nurjanah', '199001052015032001', 24, 6, []],
	['operator.siak', 'Fajar Ramadhan, A.Md.', '199204182019031007', 25, 6, []],
	['pengambilan', 'Wahyu Hidayat', '198912302014021004', 26, 6, []],
	['tu', 'Endang Suryani', '198005112007012009', 15, 3, []],
	['caraka', 'Slamet Riyadi', '197612012008011005', 16, 3, []],
	['kepegawaian', 'Nur Aini Rahmawati, S.Psi.', '198507262010012015', 17, 3, []],
	['pengurus.barang', 'Joko Susilo', '198203142009011011', 18, 3, []],
	['perencanaan', 'Ratna Dewi Puspitasari, S.E., M.Ak.', '198609092011012008', 19, 4, []],
	['pptk', 'Hendra Gunawan, S.IP.', '198404042008011009', 27, 5, ['pptk']],
	['bendahara', 'Lina Marlina, S.E.', '198711112012022006', 20, 4, []],
	['verifikator.keuangan', 'Taufik Hidayatullah, S.Ak.', '199107072017081002', 21, 4, []],
	['ppk', 'Wulan Sari, S.E.', '198302282008012010', 22, 4, []],
	['piak', 'Arif Budiman, S.Kom.', '199003182015031003', 23, 12, []],
]

const PEGAWAI_ID_AWAL = 1001

export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const now = new Date()
	const hash = await hashSandi(SANDI_DEMO)
	await queryInterface.bulkInsert(
		'pegawai',
		AKUN_DEMO.map(([, nama, nip, jabatanId, unitId], i) => ({
			id: PEGAWAI_ID_AWAL + i,
			nip,
			nama,
			jabatan_id: jabatanId,
			unit_id: unitId,
			email: null,
			telepon: null,
			aktif: true,
			version: 0,
			created_at: now,
			updated_at: now,
		})),
	)
	await queryInterface.bulkInsert(
		'pengguna',
		AKUN_DEMO.map(([username], i) => ({
			id: PEGAWAI_ID_AWAL + i,
			username,
			password_hash: hash,
			pegawai_id: PEGAWAI_ID_AWAL + i,
			aktif: true,
			wajib_ganti_sandi: false,
			sandi_demo: true,
			sandi_diubah_at: now,
			terakhir_masuk_at: null,
			version: 0,
			created_at: now,
			updated_at: now,
		})),
	)
	const peran = await sequelize.query<{ id: number; kode: string }>('SELECT id, kode FROM peran', {
		type: QueryTypes.SELECT,
	})
	const peranId = new Map(peran.map((p) => [p.kode, p.id]))
	const links = AKUN_DEMO.flatMap(([, , , , , langsung], i) =>
		langsung.map((kode) => ({ pengguna_id: PEGAWAI_ID_AWAL + i, peran_id: peranId.get(kode)! })),
	)
	await queryInterface.bulkInsert('pengguna_peran', links)
	if (sequelize.getDialect() === 'mysql') {
		const next = PEGAWAI_ID_AWAL + AKUN_DEMO.length
		await sequelize.query(`ALTER TABLE pegawai AUTO_INCREMENT = ${next}`)
		await sequelize.query(`ALTER TABLE pengguna AUTO_INCREMENT = ${next}`)
	}
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	const ids = AKUN_DEMO.map((_, i) => PEGAWAI_ID_AWAL + i)
	await queryInterface.bulkDelete('pengguna_peran', { pengguna_id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('sesi', { pengguna_id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('pengguna', { id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('pegawai', { id: { [Op.in]: ids } })
}
