import { Op, QueryTypes } from 'sequelize'
import { catatPenerimaan, catatPengiriman } from '~/modules/persuratan/ekspedisi.server'
import { tandatanganiSuratManual } from '~/modules/persuratan/surat-keluar-tanda-tangan.server'
import { ajukanVerifikasi, buatDrafSurat, SUBJEK_SURAT_KELUAR } from '~/modules/persuratan/surat-keluar.server'
import type { DrafSuratInput } from '~/modules/persuratan/surat-keluar.schema'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { tanggalDiZona } from '~/utils/format'
import type { MigrationFn } from '~/utils/migrator.server'
import type { Pelaku } from '~/workflow/mesin.server'
import { kirimOutbox, tungguPengiriman } from '~/workflow/outbox.server'
import { kerjakanTugasDemo, pelakuDemo } from '../data/pelaku-demo'

/**
 * The outgoing-letter demo, made through the module's own services: a draft of the Kasi Identitas
 * Penduduk, an invitation of the tata usaha waiting at the Sekretaris (the Kasubag Umum agreed),
 * and a letter signed by the Kepala Dinas on paper, numbered, delivered by the caraka with its
 * receipt, and finished. The letters are keyed by their perihal so `down` finds them.
 */
type Contoh = { oleh: string; jenis: string; sampai: 'draf' | 'sekretaris' | 'selesai'; isian: Omit<DrafSuratInput, 'jenisNaskahId' | 'jabatanPenandatanganId' | 'isi'> & { isi?: string } }

const SURAT: Contoh[] = [
	{
		oleh: 'kasi.dafduk',
		jenis: 'SB',
		sampai: 'draf',
		isian: {
			klasifikasiKode: '400.12.2.1',
			sifat: 'biasa',
			urgensi: 'biasa',
			perihal: 'Permohonan dukungan perekaman KTP-el bagi siswa SMA/SMK',
			tujuan: 'Kepala Cabang Dinas Pendidikan Wilayah VIII\nKepala SMA Negeri 1 Kebumen',
			tembusan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil (sebagai laporan)',
			lampiran: null,
			ukuranKertas: 'A4',
		},
	},
	{
		oleh: 'tu',
		jenis: 'UND',
		sampai: 'sekretaris',
		isian: {
			klasifikasiKode: '000.1.5',
			sifat: 'biasa',
			urgensi: 'segera',
			perihal: 'Undangan rapat koordinasi percepatan aktivasi IKD',
			tujuan: 'Camat se-Kabupaten Kebumen',
			tembusan: 'Bupati Kebumen\nSekretaris Daerah Kabupaten Kebumen',
			lampiran: null,
			ukuranKertas: 'A4',
			isi: '<p>Dengan hormat,</p><p>Dalam rangka percepatan aktivasi Identitas Kependudukan Digital (IKD), kami mengharap kehadiran Saudara pada:</p><table><tbody><tr><td>hari, tanggal</td><td>: Kamis, minggu depan</td></tr><tr><td>waktu</td><td>: pukul 09.00 WIB s.d. selesai</td></tr><tr><td>tempat</td><td>: Aula Dinas Kependudukan dan Pencatatan Sipil</td></tr><tr><td>acara</td><td>: Rapat koordinasi percepatan aktivasi IKD</td></tr></tbody></table><p>Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu.</p><p>Demikian atas perhatiannya diucapkan terima kasih.</p>',
		},
	},
	{
		oleh: 'tu',
		jenis: 'SB',
		sampai: 'selesai',
		isian: {
			klasifikasiKode: '400.12.4.4',
			sifat: 'biasa',
			urgensi: 'biasa',
			perihal: 'Penyampaian data agregat kependudukan semester I',
			tujuan: 'Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Kebumen',
			tembusan: null,
			lampiran: '1 (satu) berkas',
			ukuranKertas: 'A4',
			isi: '<p>Dengan hormat,</p><p>Menindaklanjuti permintaan data untuk penyusunan rencana kerja pemerintah daerah, bersama ini kami sampaikan <strong>data agregat kependudukan semester I</strong> per kecamatan sebagaimana terlampir.</p><p>Data bersumber dari Data Konsolidasi Bersih (DKB) dan dapat dipergunakan sesuai ketentuan perjanjian kerja sama pemanfaatan data.</p><p>Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.</p>',
		},
	},
]

export const up: MigrationFn = async ({ context: { sequelize } }) => {
	const zona = await getZonaWaktuKantor()
	const hariIni = tanggalDiZona(new Date(), zona)
	const orang = new Map<string, Pelaku>()
	for (const username of ['tu', 'kasi.dafduk', 'kasubag.umum', 'sekretaris', 'kadis', 'caraka']) orang.set(username, await pelakuDemo(sequelize, username, hariIni))
	const jenis = await sequelize.query<{ id: number; kode: string; templat: string; jabatan_penandatangan: string }>('SELECT id, kode, templat, jabatan_penandatangan FROM jenis_naskah', { type: QueryTypes.SELECT })
	const jabatan = await sequelize.query<{ id: number; kode: string }>('SELECT id, kode FROM jabatan', { type: QueryTypes.SELECT })

	for (const contoh of SURAT) {
		const j = jenis.find((x) => x.kode === contoh.jenis)!
		const penyusun = orang.get(contoh.oleh)!
		const draf = await buatDrafSurat(
			{ ...contoh.isian, isi: contoh.isian.isi ?? j.templat, jenisNaskahId: j.id, jabatanPenandatanganId: jabatan.find((x) => x.kode === j.jabatan_penandatangan)!.id },
			penyusun,
		)
		if (!draf.ok) throw new Error(`Surat keluar demo "${contoh.isian.perihal}" ditolak: ${JSON.stringify(draf)}`)
		if (contoh.sampai === 'draf') continue
		const ajuan = await ajukanVerifikasi({ id: draf.id, pelaku: penyusun })
		if (!ajuan.ok) throw new Error(ajuan.pesan)
		await kerjakanTugasDemo(sequelize, ajuan.instansId, orang.get('kasubag.umum')!, 'setujui')
		if (contoh.sampai === 'sekretaris') continue
		await kerjakanTugasDemo(sequelize, ajuan.instansId, orang.get('sekretaris')!, 'setujui')
		const kadis = orang.get('kadis')!
		await kerjakanTugasDemo(sequelize, ajuan.instansId, kadis, null)
		await tandatanganiSuratManual({ suratId: draf.id, pelaku: kadis })
		const tu = orang.get('tu')!
		const kirim = await catatPengiriman({ suratId: draf.id, input: { cara: 'caraka', tujuan: 'Kepala Bappeda Kabupaten Kebumen', alamat: 'Jl. Sarbini No. 4, Kebumen', nomorResi: null, catatan: 'Dibawa caraka bersama lampiran cetak.' }, pelakuId: tu.id })
		if (!kirim.ok) throw new Error('Pengiriman surat keluar demo ditolak.')
		const [baris] = await sequelize.query<{ version: number }>('SELECT version FROM ekspedisi_surat WHERE id = ?', { type: QueryTypes.SELECT, replacements: [kirim.id] })
		const sekarang = new Intl.DateTimeFormat('sv-SE', { timeZone: zona, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date()).replace(' ', 'T')
		const terima = await catatPenerimaan({ id: kirim.id, input: { diterimaOleh: 'Wahyuni (Subbag Umum Bappeda)', diterimaAt: sekarang, catatan: null, version: baris!.version }, bukti: null })
		if (!terima.ok) throw new Error('Penerimaan surat keluar demo ditolak.')
		await kerjakanTugasDemo(sequelize, ajuan.instansId, tu, 'selesaikan')
	}
	// the server closes this connection right after seeding: the notifications these moves queued are
	// delivered now rather than by a pass the commits started and the close would cut off
	if (process.env.NODE_ENV !== 'test') {
		await tungguPengiriman()
		await kirimOutbox()
		await tungguPengiriman()
	}
}

export const down: MigrationFn = async ({ context: { queryInterface, sequelize } }) => {
	const surat = await sequelize.query<{ id: number; instans_id: number | null }>('SELECT id, instans_id FROM surat_keluar WHERE perihal IN (?)', {
		type: QueryTypes.SELECT,
		replacements: [SURAT.map((s) => s.isian.perihal)],
	})
	const ids = surat.map((s) => s.id)
	const instans = surat.map((s) => s.instans_id).filter((id): id is number => id !== null)
	if (ids.length) {
		const nomor = await sequelize.query<{ jenis_naskah_id: number; tahun: number }>('SELECT DISTINCT jenis_naskah_id, tahun FROM nomor_surat_keluar WHERE surat_keluar_id IN (?)', {
			type: QueryTypes.SELECT,
			replacements: [ids],
		})
		await queryInterface.bulkDelete('isi_berkas', { surat_keluar_id: { [Op.in]: ids } })
		await queryInterface.bulkDelete('ekspedisi_surat', { surat_keluar_id: { [Op.in]: ids } })
		await queryInterface.bulkDelete('nomor_surat_keluar', { surat_keluar_id: { [Op.in]: ids } })
		await queryInterface.bulkDelete('komentar_naskah', { surat_keluar_id: { [Op.in]: ids } })
		await queryInterface.bulkDelete('surat_keluar_versi', { surat_keluar_id: { [Op.in]: ids } })
		await queryInterface.bulkDelete('surat_keluar', { id: { [Op.in]: ids } })
		// the counters go back to the highest number still held, so the sequences stay gapless
		for (const n of nomor) {
			const [sisa] = await sequelize.query<{ maks: number | null }>('SELECT MAX(nomor_urut) AS maks FROM nomor_surat_keluar WHERE jenis_naskah_id = ? AND tahun = ?', {
				type: QueryTypes.SELECT,
				replacements: [n.jenis_naskah_id, n.tahun],
			})
			await queryInterface.bulkUpdate('nomor_urut', { nilai: Number(sisa?.maks ?? 0) }, { kunci: `surat-keluar:${n.jenis_naskah_id}:${n.tahun}` })
		}
	}
	if (instans.length) {
		await queryInterface.bulkDelete('alur_riwayat', { instans_id: { [Op.in]: instans } })
		await queryInterface.bulkDelete('alur_tugas', { instans_id: { [Op.in]: instans } })
		await queryInterface.bulkDelete('alur_instans', { id: { [Op.in]: instans }, subjek_jenis: SUBJEK_SURAT_KELUAR })
	}
}
