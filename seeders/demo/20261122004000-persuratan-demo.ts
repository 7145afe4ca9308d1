import { Op, QueryTypes } from 'sequelize'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { catatSuratMasuk, SUBJEK_SURAT_MASUK, tautanSuratMasuk } from '~/modules/persuratan/surat-masuk.server'
import { tanggalDiZona } from '~/utils/format'
import type { MigrationFn } from '~/utils/migrator.server'
import { SANDI_DEMO, hashSandi } from '~/utils/password.server'
import { buatDisposisi } from '~/workflow/disposisi.server'
import { ambilTugas, jalankanAksi } from '~/workflow/mesin.server'
import { pelakuDemo } from '../data/pelaku-demo'

/**
 * The correspondence demo: the Kepala Subbagian Umum dan Kepegawaian (`kasubag.umum`, the first
 * verifier of outgoing letters), and four incoming letters registered by the tata usaha — one
 * Rahasia, one already disposed by the Kepala Dinas to the Kabid Pendaftaran Penduduk and on its
 * way to the Sekretaris. The letters are keyed by their sender's number so `down` finds them.
 */
const KASUBAG = { username: 'kasubag.umum', nama: 'Teguh Wibowo, S.Sos.', nip: '197808152005011007', jabatanId: 3, unitId: 3 }

const PDF_CONTOH = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

type Contoh = {
	nomorSurat: string
	asalJenis: 'instansi' | 'perorangan'
	asal: string
	perihal: string
	ringkasan: string
	sifat: 'biasa' | 'terbatas' | 'rahasia'
	urgensi: 'biasa' | 'segera' | 'amat-segera'
	klasifikasiKode: string
	lampiran: string | null
	/** days before today: the letter's date and its arrival */
	dibuat: number
	diterima: number
	didisposisikan?: boolean
}

const SURAT: Contoh[] = [
	{
		nomorSurat: '400.12/4512/Dukcapil',
		asalJenis: 'instansi',
		asal: 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kemendagri',
		perihal: 'Percepatan aktivasi Identitas Kependudukan Digital (IKD) tahun 2026',
		ringkasan: 'Target aktivasi IKD 30% penduduk wajib KTP-el sampai akhir tahun; laporan capaian setiap bulan.',
		sifat: 'biasa',
		urgensi: 'segera',
		klasifikasiKode: '400.12.2.1',
		lampiran: '1 berkas',
		dibuat: 7,
		diterima: 3,
		didisposisikan: true,
	},
	{
		nomorSurat: '000.1.5/1187/Setda',
		asalJenis: 'instansi',
		asal: 'Sekretariat Daerah Kabupaten Kebumen',
		perihal: 'Undangan rapat koordinasi penyelenggaraan pelayanan publik',
		ringkasan: 'Rapat di Ruang Rapat Bupati, pukul 09.00 WIB; peserta Kepala Dinas atau pejabat yang ditunjuk.',
		sifat: 'biasa',
		urgensi: 'amat-segera',
		klasifikasiKode: '000.1.5',
		lampiran: null,
		dibuat: 3,
		diterima: 1,
	},
	{
		nomorSurat: '400.12.2.2/215/Kec.Kbm',
		asalJenis: 'instansi',
		asal: 'Kecamatan Kebumen',
		perihal: 'Permohonan data penduduk pindah datang semester II',
		ringkasan: 'Data rekapitulasi per desa/kelurahan untuk perencanaan musrenbang kecamatan.',
		sifat: 'terbatas',
		urgensi: 'biasa',
		klasifikasiKode: '400.12.2.2',
		lampiran: '1 lembar',
		dibuat: 5,
		diterima: 2,
	},
	{
		nomorSurat: '700.1.2/88/Itda',
		asalJenis: 'instansi',
		asal: 'Inspektorat Daerah Kabupaten Kebumen',
		perihal: 'Hasil pemeriksaan khusus atas pengaduan pelayanan',
		ringkasan: 'Temuan dan rekomendasi pemeriksaan khusus; tindak lanjut paling lambat 60 hari.',
		sifat: 'rahasia',
		urgensi: 'segera',
		klasifikasiKode: '700.1.2',
		lampiran: '1 berkas',
		dibuat: 4,
		diterima: 1,
	},
]

export const up: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const now = new Date()
	const stamp = { version: 0, created_at: now, updated_at: now }
	// no fixed id: other demo seeders hand out ids too; the username and NIP are the keys
	await queryInterface.bulkInsert('pegawai', [
		{ nip: KASUBAG.nip, nama: KASUBAG.nama, jabatan_id: KASUBAG.jabatanId, unit_id: KASUBAG.unitId, email: null, telepon: null, aktif: true, ...stamp },
	])
	const [pegawai] = await sequelize.query<{ id: number }>('SELECT id FROM pegawai WHERE nip = ?', { type: QueryTypes.SELECT, replacements: [KASUBAG.nip] })
	await queryInterface.bulkInsert('pengguna', [
		{
			username: KASUBAG.username,
			password_hash: await hashSandi(SANDI_DEMO),
			pegawai_id: pegawai!.id,
			aktif: true,
			wajib_ganti_sandi: false,
			sandi_demo: true,
			sandi_diubah_at: now,
			terakhir_masuk_at: null,
			...stamp,
		},
	])

	const zona = await getZonaWaktuKantor()
	const hariLalu = (n: number) => tanggalDiZona(new Date(now.getTime() - n * 86_400_000), zona)
	const hariIni = hariLalu(0)
	const [tu, kadis, kabid] = await Promise.all([pelakuDemo(sequelize, 'tu', hariIni), pelakuDemo(sequelize, 'kadis', hariIni), pelakuDemo(sequelize, 'kabid.dafduk', hariIni)])
	for (const contoh of SURAT) {
		const hasil = await catatSuratMasuk({
			isian: {
				nomorSurat: contoh.nomorSurat,
				tanggalSurat: hariLalu(contoh.dibuat),
				tanggalDiterima: hariLalu(contoh.diterima),
				asalJenis: contoh.asalJenis,
				asal: contoh.asal,
				perihal: contoh.perihal,
				ringkasan: contoh.ringkasan,
				sifat: contoh.sifat,
				urgensi: contoh.urgensi,
				klasifikasiKode: contoh.klasifikasiKode,
				lampiran: contoh.lampiran ?? '',
				tujuanJabatanId: '',
			},
			pindaian: { nama: `${contoh.nomorSurat.replaceAll('/', '-')}.pdf`, bytes: PDF_CONTOH, persyaratanId: null },
			pelaku: tu,
		})
		if (!hasil.ok) throw new Error(`Surat masuk demo ${contoh.nomorSurat} ditolak: ${JSON.stringify(hasil.errors)}`)
		if (!contoh.didisposisikan) continue
		const [tugas] = await sequelize.query<{ id: number }>(`SELECT id FROM alur_tugas WHERE instans_id = ? AND langkah_kode = 'disposisi' AND status = 'terbuka'`, {
			type: QueryTypes.SELECT,
			replacements: [hasil.instansId],
		})
		await ambilTugas({ tugasId: tugas!.id, pelaku: kadis })
		const disposisi = await buatDisposisi({
			subjekJenis: SUBJEK_SURAT_MASUK,
			subjekId: String(hasil.id),
			dari: kadis,
			kepada: [kabid.id],
			instruksi: ['tindak-lanjuti', 'koordinasikan'],
			catatan: 'Koordinasikan dengan Kasi Identitas Penduduk; laporkan capaian aktivasi IKD setiap pekan.',
			tenggat: hariLalu(-7),
			tautan: tautanSuratMasuk(hasil.id),
			perihal: contoh.perihal,
		})
		if (!disposisi.ok) throw new Error(`Disposisi demo ditolak: ${JSON.stringify(disposisi.errors)}`)
		await jalankanAksi({ tugasId: tugas!.id, aksiKode: 'disposisi', pelaku: kadis })
	}
}

export const down: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const surat = await sequelize.query<{ id: number; instans_id: number | null; tahun: number }>('SELECT id, instans_id, tahun FROM surat_masuk WHERE nomor_surat IN (?)', {
		type: QueryTypes.SELECT,
		replacements: [SURAT.map((s) => s.nomorSurat)],
	})
	const ids = surat.map((s) => s.id)
	const instans = surat.map((s) => s.instans_id).filter((id): id is number => id !== null)
	if (ids.length) {
		// forwards before what they forward (induk_id is RESTRICT)
		const disposisi = await sequelize.query<{ id: number }>('SELECT id FROM disposisi WHERE subjek_jenis = ? AND subjek_id IN (?) ORDER BY id DESC', {
			type: QueryTypes.SELECT,
			replacements: [SUBJEK_SURAT_MASUK, ids.map(String)],
		})
		for (const d of disposisi) await queryInterface.bulkDelete('disposisi', { id: d.id })
		await queryInterface.bulkDelete('pengantaran_surat', { surat_masuk_id: { [Op.in]: ids } })
		await queryInterface.bulkDelete('surat_masuk', { id: { [Op.in]: ids } })
	}
	if (instans.length) {
		await queryInterface.bulkDelete('alur_riwayat', { instans_id: { [Op.in]: instans } })
		await queryInterface.bulkDelete('alur_tugas', { instans_id: { [Op.in]: instans } })
		await queryInterface.bulkDelete('alur_instans', { id: { [Op.in]: instans } })
	}
	const [akun] = await sequelize.query<{ id: number; pegawai_id: number }>('SELECT id, pegawai_id FROM pengguna WHERE username = ?', {
		type: QueryTypes.SELECT,
		replacements: [KASUBAG.username],
	})
	if (akun) {
		await queryInterface.bulkDelete('sesi', { pengguna_id: akun.id })
		await queryInterface.bulkDelete('pengguna', { id: akun.id })
		await queryInterface.bulkDelete('pegawai', { id: akun.pegawai_id })
	}
}
