import { Op, QueryTypes } from 'sequelize'
import { ajukanPermohonan } from '~/modules/layanan/permohonan.server'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import type { MigrationFn } from '~/utils/migrator.server'
import { contohIsian } from '../data/isian-contoh'
import { SANDI_DEMO, hashSandi } from '~/utils/password.server'

/**
 * The service desk's demo: the two verifikator seksi heads the catalogue routes to (Pindah Datang;
 * Perkawinan, Perceraian …), a kelurahan partner officer, and a handful of requests from each
 * channel waiting at the front office — one of them a late birth with its fine.
 */
type Akun = [id: number, username: string, nama: string, nip: string, jabatanId: number | null, unitId: number, peran: string[]]
const AKUN: Akun[] = [
	[1022, 'kasi.pdp', 'Bayu Kurniawan, S.STP.', '198610122009031003', 7, 7, []],
	[1023, 'kasi.pps', 'Rahmawati, S.H.', '198408252008042007', 10, 10, []],
	[1024, 'mitra.kelurahan', 'Dedi Supriyadi (Kelurahan Panjer)', '199106212019031008', null, 14, ['mitra-integrasi']],
]

const PDF_CONTOH = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
const NIK_PEMOHON = ['3305011201900001', '3305025403920002', '3305031508850003', '3305046207950004', '3305050309880005']

const PERMOHONAN: { jenisKode: string; kanal: 'loket' | 'web' | 'wa' | 'integrasi'; oleh: string | null; nama: string; peristiwa: number; pengiriman: 'ambil' | 'email' | 'wa' }[] = [
	{ jenisKode: 'KK-BARU', kanal: 'loket', oleh: 'loket', nama: 'Budi Santoso', peristiwa: 10, pengiriman: 'ambil' },
	{ jenisKode: 'KIA', kanal: 'web', oleh: null, nama: 'Siti Aminah', peristiwa: 10, pengiriman: 'email' },
	{ jenisKode: 'AKTA-LAHIR', kanal: 'web', oleh: null, nama: 'Ahmad Fauzi', peristiwa: 95, pengiriman: 'ambil' },
	{ jenisKode: 'AKTA-MATI', kanal: 'integrasi', oleh: 'mitra.kelurahan', nama: 'Dewi Lestari', peristiwa: 7, pengiriman: 'wa' },
	{ jenisKode: 'KTP-BARU', kanal: 'wa', oleh: null, nama: 'Rudi Hartono', peristiwa: 10, pengiriman: 'wa' },
]

export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const now = new Date()
	const hash = await hashSandi(SANDI_DEMO)
	const stamp = { version: 0, created_at: now, updated_at: now }
	await queryInterface.bulkInsert('pegawai', AKUN.map(([id, , nama, nip, jabatanId, unitId]) => ({ id, nip, nama, jabatan_id: jabatanId, unit_id: unitId, email: null, telepon: null, aktif: true, ...stamp })))
	await queryInterface.bulkInsert(
		'pengguna',
		AKUN.map(([id, username]) => ({ id, username, password_hash: hash, pegawai_id: id, aktif: true, wajib_ganti_sandi: false, sandi_demo: true, sandi_diubah_at: now, terakhir_masuk_at: null, ...stamp })),
	)
	const peran = await sequelize.query<{ id: number; kode: string }>('SELECT id, kode FROM peran', { type: QueryTypes.SELECT })
	const peranId = new Map(peran.map((p) => [p.kode, p.id]))
	await queryInterface.bulkInsert('pengguna_peran', AKUN.flatMap(([id, , , , , , kode]) => kode.map((k) => ({ pengguna_id: id, peran_id: peranId.get(k)! }))))
	if (sequelize.getDialect() === 'mysql') {
		await sequelize.query('ALTER TABLE pegawai AUTO_INCREMENT = 1025')
		await sequelize.query('ALTER TABLE pengguna AUTO_INCREMENT = 1025')
	}

	const staf = await sequelize.query<{ id: number; username: string; nama: string; jabatan: string | null }>(
		`SELECT p.id AS id, p.username AS username, g.nama AS nama, j.nama AS jabatan
		   FROM pengguna p JOIN pegawai g ON g.id = p.pegawai_id LEFT JOIN jabatan j ON j.id = g.jabatan_id
		  WHERE p.username IN ('loket', 'mitra.kelurahan')`,
		{ type: QueryTypes.SELECT },
	)
	const jenisSkema = new Map(
		(await sequelize.query<{ kode: string; skema: string; id: number }>('SELECT id, kode, skema FROM jenis_layanan', { type: QueryTypes.SELECT })).map((j) => [j.kode, j]),
	)
	const persyaratan = await sequelize.query<{ id: number; jenis_layanan_id: number; wajib: number | boolean }>('SELECT id, jenis_layanan_id, wajib FROM persyaratan_layanan', { type: QueryTypes.SELECT })
	for (const [i, contoh] of PERMOHONAN.entries()) {
		const jenis = jenisSkema.get(contoh.jenisKode)
		if (!jenis) continue
		const pelaku = contoh.oleh ? (staf.find((s) => s.username === contoh.oleh) ?? null) : null
		const syarat = persyaratan.filter((p) => p.jenis_layanan_id === jenis.id)
		const hasil = await ajukanPermohonan({
			jenisKode: contoh.jenisKode,
			kanal: contoh.kanal,
			pemohon: {
				pemohonNama: contoh.nama,
				pemohonNik: NIK_PEMOHON[i],
				pemohonTelepon: `0812000000${i + 10}`,
				pemohonEmail: contoh.pengiriman === 'email' ? `${contoh.nama.split(' ')[0]!.toLowerCase()}@contoh.id` : '',
				pengiriman: contoh.pengiriman,
			},
			isian: contohIsian(SKEMA_ISIAN[jenis.skema]!, contoh.peristiwa),
			berkas: syarat.slice(0, 2).map((p, n) => ({ nama: `persyaratan-${n + 1}.pdf`, bytes: PDF_CONTOH, persyaratanId: p.id })),
			ceklis: contoh.kanal === 'loket' ? syarat.filter((p) => Boolean(p.wajib)).map((p) => p.id) : [],
			pelaku: pelaku ? { id: pelaku.id, nama: pelaku.nama, jabatan: pelaku.jabatan } : null,
		})
		if (!hasil.ok) throw new Error(`Permohonan demo ${contoh.jenisKode} ditolak: ${JSON.stringify(hasil.errors)}`)
	}
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	const ids = AKUN.map(([id]) => id)
	await queryInterface.bulkDelete('pengguna_peran', { pengguna_id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('sesi', { pengguna_id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('pengguna', { id: { [Op.in]: ids } })
	await queryInterface.bulkDelete('pegawai', { id: { [Op.in]: ids } })
}
