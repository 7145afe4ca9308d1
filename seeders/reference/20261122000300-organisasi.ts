import { Op, QueryTypes } from 'sequelize'
import type { MigrationFn } from '~/utils/migrator.server'

/**
 * The standard organisation of a regency Dukcapil office (editable afterwards): units, their
 * jabatan with atasan, and the roles each jabatan brings. Fixed ids so `down` removes exactly this.
 */
type Unit = [id: number, kode: string, nama: string, jenis: string, induk: number | null]
export const UNIT: Unit[] = [
	[1, 'KADIS', 'Kepala Dinas', 'pimpinan', null],
	[2, 'SEKRET', 'Sekretariat', 'sekretariat', 1],
	[3, 'UMPEG', 'Subbagian Umum dan Kepegawaian', 'subbagian', 2],
	[4, 'RENKEU', 'Subbagian Perencanaan dan Keuangan', 'subbagian', 2],
	[5, 'DAFDUK', 'Bidang Pelayanan Pendaftaran Penduduk', 'bidang', 1],
	[6, 'DAFDUK-IDP', 'Seksi Identitas Penduduk', 'seksi', 5],
	[7, 'DAFDUK-PDP', 'Seksi Pindah Datang dan Pendataan Penduduk', 'seksi', 5],
	[8, 'CAPIL', 'Bidang Pelayanan Pencatatan Sipil', 'bidang', 1],
	[9, 'CAPIL-KLM', 'Seksi Kelahiran dan Kematian', 'seksi', 8],
	[10, 'CAPIL-PPS', 'Seksi Perkawinan, Perceraian, Perubahan Status Anak dan Pewarganegaraan', 'seksi', 8],
	[11, 'PIAK', 'Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data', 'bidang', 1],
	[12, 'PIAK-SIAK', 'Seksi Sistem Informasi Administrasi Kependudukan', 'seksi', 11],
	[13, 'PIAK-PPD', 'Seksi Pengolahan dan Penyajian Data Kependudukan', 'seksi', 11],
	[14, 'PIAK-KIP', 'Seksi Kerja Sama dan Inovasi Pelayanan', 'seksi', 11],
]

type Jab = [id: number, kode: string, nama: string, jenis: string, unit: number, atasan: number | null, peran: string[]]
export const JABATAN: Jab[] = [
	[1, 'KADIS', 'Kepala Dinas', 'struktural', 1, null, ['kadis']],
	[2, 'SEKRETARIS', 'Sekretaris', 'struktural', 2, 1, ['sekretaris']],
	[3, 'KASUBAG-UMPEG', 'Kepala Subbagian Umum dan Kepegawaian', 'struktural', 3, 2, ['kasi']],
	[4, 'KASUBAG-RENKEU', 'Kepala Subbagian Perencanaan dan Keuangan', 'struktural', 4, 2, ['kasi']],
	[5, 'KABID-DAFDUK', 'Kepala Bidang Pelayanan Pendaftaran Penduduk', 'struktural', 5, 1, ['kabid']],
	[6, 'KASI-IDP', 'Kepala Seksi Identitas Penduduk', 'struktural', 6, 5, ['kasi']],
	[7, 'KASI-PDP', 'Kepala Seksi Pindah Datang dan Pendataan Penduduk', 'struktural', 7, 5, ['kasi']],
	[8, 'KABID-CAPIL', 'Kepala Bidang Pelayanan Pencatatan Sipil', 'struktural', 8, 1, ['kabid']],
	[9, 'KASI-KLM', 'Kepala Seksi Kelahiran dan Kematian', 'struktural', 9, 8, ['kasi']],
	[10, 'KASI-PPS', 'Kepala Seksi Perkawinan, Perceraian, Perubahan Status Anak dan Pewarganegaraan', 'struktural', 10, 8, ['kasi']],
	[11, 'KABID-PIAK', 'Kepala Bidang PIAK dan Pemanfaatan Data', 'struktural', 11, 1, ['kabid', 'piak']],
	[12, 'KASI-SIAK', 'Kepala Seksi Sistem Informasi Administrasi Kependudukan', 'struktural', 12, 11, ['kasi']],
	[13, 'KASI-PPD', 'Kepala Seksi Pengolahan dan Penyajian Data Kependudukan', 'struktural', 13, 11, ['kasi']],
	[14, 'KASI-KIP', 'Kepala Seksi Kerja Sama dan Inovasi Pelayanan', 'struktural', 14, 11, ['kasi']],
	[15, 'PENGADMINISTRASI-UMUM', 'Pengadministrasi Perkantoran (Tata Usaha)', 'pelaksana', 3, 3, ['tata-usaha']],
	[16, 'CARAKA', 'Caraka', 'pelaksana', 3, 3, ['caraka']],
	[17, 'ANALIS-SDM', 'Analis Sumber Daya Manusia Aparatur', 'fungsional', 3, 3, ['kepegawaian']],
	[18, 'PENGURUS-BARANG', 'Pengurus Barang', 'pelaksana', 3, 3, ['pengurus-barang']],
	[19, 'PERENCANA', 'Perencana', 'fungsional', 4, 4, ['perencanaan']],
	[20, 'BENDAHARA', 'Bendahara Pengeluaran', 'pelaksana', 4, 4, ['bendahara']],
	[21, 'VERIFIKATOR-KEUANGAN', 'Verifikator Keuangan', 'pelaksana', 4, 4, ['verifikator-keuangan']],
	[22, 'PPK-SKPD', 'Pejabat Penatausahaan Keuangan SKPD', 'pelaksana', 4, 2, ['ppk-skpd']],
	[23, 'ADB', 'Administrator Database Kependudukan', 'fungsional', 12, 12, ['piak']],
	[24, 'PETUGAS-LOKET', 'Petugas Pelayanan (Front Office)', 'pelaksana', 6, 6, ['petugas-loket']],
	[25, 'OPERATOR-SIAK', 'Operator SIAK', 'pelaksana', 6, 6, ['operator-siak']],
	[26, 'PETUGAS-PENGAMBILAN', 'Operator Pengambilan Dokumen', 'pelaksana', 6, 6, ['petugas-pengambilan']],
	[27, 'PENYUSUN-PROGRAM', 'Penyusun Program, Anggaran dan Pelaporan', 'pelaksana', 5, 5, []],
	[28, 'PRANATA-KOMPUTER', 'Pranata Komputer', 'fungsional', 12, 12, []],
]

export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const now = new Date()
	const stamp = { version: 0, aktif: true, created_at: now, updated_at: now }
	await queryInterface.bulkInsert(
		'unit_kerja',
		UNIT.map(([id, kode, nama, jenis, induk], urutan) => ({ id, kode, nama, jenis, induk_id: induk, urutan, ...stamp })),
	)
	await queryInterface.bulkInsert(
		'jabatan',
		JABATAN.map(([id, kode, nama, jenis, unit, atasan]) => ({ id, kode, nama, jenis, unit_id: unit, atasan_id: atasan, ...stamp })),
	)
	const peran = await sequelize.query<{ id: number; kode: string }>('SELECT id, kode FROM peran', {
		type: QueryTypes.SELECT,
	})
	const peranId = new Map(peran.map((p) => [p.kode, p.id]))
	const links = JABATAN.flatMap(([id, , , , , , kodePeran]) =>
		kodePeran.map((kode) => {
			const found = peranId.get(kode)
			if (!found) throw new Error(`Peran ${kode} belum ada; katalog akses harus disinkronkan dulu.`)
			return { jabatan_id: id, peran_id: found }
		}),
	)
	if (links.length) await queryInterface.bulkInsert('jabatan_peran', links)
	if (sequelize.getDialect() === 'mysql') {
		// explicit ids leave AUTO_INCREMENT behind on some servers; move it past them
		await sequelize.query(`ALTER TABLE unit_kerja AUTO_INCREMENT = ${UNIT.length + 1}`)
		await sequelize.query(`ALTER TABLE jabatan AUTO_INCREMENT = ${JABATAN.length + 1}`)
	}
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	const jabatanIds = JABATAN.map(([id]) => id)
	await queryInterface.bulkDelete('jabatan_peran', { jabatan_id: { [Op.in]: jabatanIds } })
	await queryInterface.bulkUpdate('jabatan', { atasan_id: null }, { id: { [Op.in]: jabatanIds } })
	await queryInterface.bulkDelete('jabatan', { id: { [Op.in]: jabatanIds } })
	await queryInterface.bulkUpdate('unit_kerja', { induk_id: null }, { id: { [Op.in]: UNIT.map(([id]) => id) } })
	await queryInterface.bulkDelete('unit_kerja', { id: { [Op.in]: UNIT.map(([id]) => id) } })
}
