import { Op, QueryTypes } from 'sequelize'
import { hitungTanggalRetensi, retensiBerlaku, type BarisRetensi, type NasibAkhir } from '~/modules/arsip/retensi'
import { tanggalDiZona } from '~/utils/format'
import { geserTanggal } from '~/utils/hari-kerja'
import type { MigrationFn } from '~/utils/migrator.server'

/**
 * The archive's demo: a retention schedule for the codes the office uses most (ketatausahaan,
 * kependudukan dan catatan sipil, kepegawaian), nine berkas in different states and places —
 * some already due for pindah, musnah (approved by the Kepala Daerah and by the Kepala ANRI) and
 * hand-over, one still open — one loan running and one overdue. Dates are relative to the year
 * the demo is seeded, so the due lists are never empty. Fixed ids so `down` removes exactly this.
 */
type Retensi = [kode: string, aktif: number, inaktif: number, nasib: NasibAkhir, vital: boolean]
const RETENSI: Retensi[] = [
	['000.1', 2, 3, 'musnah', false],
	['000.1.5', 3, 7, 'permanen', false],
	['400.12', 2, 8, 'musnah', false],
	['400.12.1', 5, 10, 'permanen', true],
	['400.12.2', 2, 3, 'musnah', false],
	['400.12.3', 10, 20, 'permanen', true],
	['400.12.3.5', 2, 3, 'musnah', false],
	['400.12.4', 3, 7, 'musnah', false],
	['800', 2, 3, 'musnah', false],
	['800.1.2', 5, 5, 'musnah', false],
]

type Berkas = {
	id: number
	kode: string
	uraian: string
	unit: number
	/** years before this year, and the month–day span */
	awal: [number, string]
	akhir: [number, string] | null
	jumlah: number
	satuan: 'lembar' | 'berkas' | 'bundel' | 'boks'
	tingkat: 'asli' | 'salinan' | 'tembusan' | 'pertinggal'
	lokasi: [gedung: string, ruang: string, lemari: string | null, rak: string | null, boks: string | null, folder: string | null]
	status: 'aktif' | 'inaktif'
}

const KANTOR = 'Kantor Dinas'
const RECORDS_CENTER = 'Gedung Arsip'

const BERKAS: Berkas[] = [
	{ id: 1, kode: '400.12.2.1', uraian: 'Berkas permohonan KTP-el Kecamatan Kebumen', unit: 6, awal: [8, '01-02'], akhir: [8, '12-30'], jumlah: 6, satuan: 'boks', tingkat: 'asli', lokasi: [RECORDS_CENTER, 'Ruang Arsip Inaktif', 'Rak Besi 1', 'Rak 2', 'Boks 14', null], status: 'inaktif' },
	{ id: 2, kode: '400.12.2.2', uraian: 'Surat keterangan pindah datang penduduk antarkabupaten', unit: 7, awal: [7, '01-03'], akhir: [7, '12-29'], jumlah: 4, satuan: 'boks', tingkat: 'pertinggal', lokasi: [RECORDS_CENTER, 'Ruang Arsip Inaktif', 'Rak Besi 1', 'Rak 3', 'Boks 21', null], status: 'inaktif' },
	{ id: 3, kode: '400.12.4.3', uraian: 'Laporan konsolidasi dan pembersihan data kependudukan semester', unit: 12, awal: [12, '01-05'], akhir: [12, '12-20'], jumlah: 2, satuan: 'boks', tingkat: 'asli', lokasi: [RECORDS_CENTER, 'Ruang Arsip Inaktif', 'Rak Besi 2', 'Rak 1', 'Boks 3', null], status: 'inaktif' },
	{ id: 4, kode: '000.1.2.3', uraian: 'Surat perintah tugas dan SPPD pegawai', unit: 3, awal: [3, '01-10'], akhir: [3, '12-22'], jumlah: 3, satuan: 'bundel', tingkat: 'asli', lokasi: [KANTOR, 'Ruang Tata Usaha', 'Filing Cabinet A', 'Laci 2', null, 'Folder 5'], status: 'aktif' },
	{ id: 5, kode: '400.12.2.5', uraian: 'Laporan monitoring dan evaluasi pelayanan pendaftaran penduduk', unit: 5, awal: [4, '02-01'], akhir: [4, '12-15'], jumlah: 1, satuan: 'bundel', tingkat: 'asli', lokasi: [KANTOR, 'Ruang Tata Usaha', 'Filing Cabinet B', 'Laci 1', null, 'Folder 2'], status: 'aktif' },
	{ id: 6, kode: '800.1.2', uraian: 'Usulan formasi dan pengadaan ASN', unit: 3, awal: [2, '03-01'], akhir: [2, '11-30'], jumlah: 1, satuan: 'berkas', tingkat: 'asli', lokasi: [KANTOR, 'Ruang Kepegawaian', 'Lemari Kepegawaian', 'Rak 1', null, 'Folder 7'], status: 'aktif' },
	{ id: 7, kode: '400.12.3.1', uraian: 'Register akta kelahiran dan kematian', unit: 9, awal: [15, '01-02'], akhir: [15, '12-31'], jumlah: 12, satuan: 'bundel', tingkat: 'asli', lokasi: [RECORDS_CENTER, 'Ruang Arsip Vital', 'Lemari Tahan Api 1', 'Rak 1', 'Boks 1', null], status: 'inaktif' },
	{ id: 8, kode: '000.1.5', uraian: 'Notula rapat pimpinan dinas', unit: 2, awal: [12, '01-08'], akhir: [12, '12-18'], jumlah: 1, satuan: 'boks', tingkat: 'asli', lokasi: [RECORDS_CENTER, 'Ruang Arsip Inaktif', 'Rak Besi 3', 'Rak 1', 'Boks 2', null], status: 'inaktif' },
	{ id: 9, kode: '000.1.4', uraian: 'Peminjaman ruang rapat dan kendaraan dinas', unit: 3, awal: [0, '01-02'], akhir: null, jumlah: 0, satuan: 'berkas', tingkat: 'asli', lokasi: [KANTOR, 'Ruang Tata Usaha', 'Filing Cabinet A', 'Laci 1', null, 'Folder 1'], status: 'aktif' },
]

const ISI: [berkasId: number, nomor: number, uraian: string, tahunLalu: number, tanggal: string, jumlah: number][] = [
	[4, 1, 'Surat perintah tugas rapat koordinasi Dukcapil provinsi', 3, '02-14', 2],
	[4, 2, 'SPPD bimbingan teknis SIAK terpusat', 3, '05-20', 3],
	[9, 1, 'Permohonan pemakaian ruang rapat lantai 2', 0, '01-15', 1],
]

const PEMINJAMAN_ID = [1, 2, 3]

export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const now = new Date()
	const tahun = now.getUTCFullYear()
	const [profil] = await sequelize.query<{ zona_waktu: string }>('SELECT zona_waktu FROM pengaturan_kantor WHERE id = 1', { type: QueryTypes.SELECT })
	// due dates are the office's calendar days
	const hariIni = tanggalDiZona(now, profil?.zona_waktu ?? 'Asia/Jakarta')

	for (const [kode, aktif, inaktif, nasib, vital] of RETENSI) {
		await queryInterface.bulkUpdate('klasifikasi_arsip', { retensi_aktif: aktif, retensi_inaktif: inaktif, nasib_akhir: nasib, vital }, { kode })
	}
	const peta = new Map<string, BarisRetensi>(RETENSI.map(([kode, aktif, inaktif, nasib, vital]) => [kode, { kode, retensiAktif: aktif, retensiInaktif: inaktif, nasibAkhir: nasib, vital }]))

	const akun = await sequelize.query<{ id: number; username: string }>(`SELECT id, username FROM pengguna WHERE username IN ('tu', 'kepegawaian', 'kabid.capil', 'kasi.dafduk')`, { type: QueryTypes.SELECT })
	const idAkun = (u: string) => akun.find((a) => a.username === u)!.id

	const urutTahun = new Map<number, number>()
	const berkas = BERKAS.map((b) => {
		const awalTahun = tahun - b.awal[0]
		const urut = (urutTahun.get(awalTahun) ?? 0) + 1
		urutTahun.set(awalTahun, urut)
		const kurunAkhir = b.akhir ? `${tahun - b.akhir[0]}-${b.akhir[1]}` : null
		const retensi = retensiBerlaku(b.kode, peta)
		const tanggal = hitungTanggalRetensi(kurunAkhir, retensi)
		const [gedung, ruang, lemari, rak, boks, folder] = b.lokasi
		return {
			id: b.id,
			nomor_berkas: `BRK/${awalTahun}/${String(urut).padStart(4, '0')}`,
			klasifikasi_kode: b.kode,
			uraian: b.uraian,
			unit_kerja_id: b.unit,
			kurun_awal: `${awalTahun}-${b.awal[1]}`,
			kurun_akhir: kurunAkhir,
			jumlah: b.jumlah,
			satuan: b.satuan,
			tingkat_perkembangan: b.tingkat,
			lokasi_gedung: gedung,
			lokasi_ruang: ruang,
			lokasi_lemari: lemari,
			lokasi_rak: rak,
			lokasi_boks: boks,
			lokasi_folder: folder,
			status: b.status,
			aktif_sampai: tanggal.aktifSampai,
			inaktif_sampai: tanggal.inaktifSampai,
			nasib_akhir: retensi?.nasibAkhir ?? null,
			vital: retensi?.vital ?? false,
			dibuat_oleh_id: idAkun('tu'),
			version: 0,
			created_at: now,
			updated_at: now,
		}
	})
	await queryInterface.bulkInsert('berkas_arsip', berkas)
	// the gapless counters continue after the demo's numbers
	await queryInterface.bulkInsert(
		'nomor_urut',
		[...urutTahun].map(([t, nilai]) => ({ kunci: `berkas-arsip:${t}`, nilai, updated_at: now })),
	)

	await queryInterface.bulkInsert(
		'isi_berkas',
		ISI.map(([berkasId, nomor, uraian, tahunLalu, tanggal, jumlah], i) => ({
			id: i + 1,
			berkas_arsip_id: berkasId,
			nomor_item: nomor,
			surat_masuk_id: null,
			surat_keluar_id: null,
			uraian,
			tanggal: `${tahun - tahunLalu}-${tanggal}`,
			jumlah,
			keterangan: null,
			dicatat_oleh_id: idAkun('tu'),
			created_at: now,
			updated_at: now,
		})),
	)

	const jam = (hari: number) => new Date(now.getTime() + hari * 86_400_000)
	const pinjam = (id: number, urut: number, berkasId: number, peminjam: string, keperluan: string, dipinjam: number, jatuhTempo: number, kembali: number | null) => ({
		id,
		nomor: `PJ/${tahun}/${String(urut).padStart(4, '0')}`,
		berkas_arsip_id: berkasId,
		peminjam_id: idAkun(peminjam),
		keperluan,
		dipinjam_at: jam(dipinjam),
		jatuh_tempo: geserTanggal(hariIni, jatuhTempo),
		status: kembali === null ? 'dipinjam' : 'dikembalikan',
		dikembalikan_at: kembali === null ? null : jam(kembali),
		diterima_kembali_oleh_id: kembali === null ? null : idAkun('tu'),
		pengingat_at: null,
		dicatat_oleh_id: idAkun('tu'),
		version: 0,
		created_at: now,
		updated_at: now,
	})
	await queryInterface.bulkInsert('peminjaman_arsip', [
		pinjam(PEMINJAMAN_ID[0]!, 1, 4, 'kasi.dafduk', 'Bahan pemeriksaan SPJ perjalanan dinas oleh Inspektorat', -20, -13, -12),
		pinjam(PEMINJAMAN_ID[1]!, 2, 7, 'kabid.capil', 'Pencocokan data register akta untuk pembetulan akta kelahiran', -12, -4, null),
		pinjam(PEMINJAMAN_ID[2]!, 3, 6, 'kepegawaian', 'Penyusunan analisis kebutuhan formasi tahun depan', -2, 2, null),
	])
	await queryInterface.bulkInsert('nomor_urut', [{ kunci: `peminjaman-arsip:${tahun}`, nilai: 3, updated_at: now }])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.bulkDelete('peminjaman_arsip', { id: { [Op.in]: PEMINJAMAN_ID } })
	await queryInterface.bulkDelete('isi_berkas', { berkas_arsip_id: { [Op.in]: BERKAS.map((b) => b.id) } })
	await queryInterface.bulkDelete('berkas_arsip', { id: { [Op.in]: BERKAS.map((b) => b.id) } })
	await queryInterface.bulkDelete('nomor_urut', { kunci: { [Op.like]: 'berkas-arsip:%' } })
	await queryInterface.bulkDelete('nomor_urut', { kunci: { [Op.like]: 'peminjaman-arsip:%' } })
	await queryInterface.bulkUpdate('klasifikasi_arsip', { retensi_aktif: null, retensi_inaktif: null, nasib_akhir: null, vital: false }, { kode: { [Op.in]: RETENSI.map(([kode]) => kode) } })
}
