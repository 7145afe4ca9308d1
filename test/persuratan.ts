import type { InferCreationAttributes } from 'sequelize'
import { Jabatan, SuratMasuk } from '#models/index'

export type IsiSuratMasukUji = Partial<InferCreationAttributes<SuratMasuk>> & { dicatatOlehId: number }

/**
 * Hand-written agenda numbers start here, far above what the gapless counter hands out to the
 * demo letters and to letters a test registers through the desk, so the two never meet on the
 * unique (tahun, nomor_agenda) index.
 */
const AGENDA_AWAL = 9001

/**
 * An incoming letter written straight into the agenda book — no desk service, no workflow — for
 * tests that only need a letter to exist. Everything but the recorder has a plain default: a
 * 'biasa' letter from an instansi, received 2 November 2026, addressed to the Kepala Dinas, with
 * the next free agenda number of its year.
 */
export async function buatSuratMasukUji(isi: IsiSuratMasukUji): Promise<SuratMasuk> {
	const tanggalDiterima = isi.tanggalDiterima ?? '2026-11-02'
	const tahun = isi.tahun ?? Number(tanggalDiterima.slice(0, 4))
	const nomorAgenda = isi.nomorAgenda ?? (await agendaBebas(tahun))
	return SuratMasuk.create({
		nomorSurat: `470/${nomorAgenda}/${tahun}`,
		tanggalSurat: '2026-11-01',
		asalJenis: 'instansi',
		asal: 'Kecamatan Kebumen',
		perihal: `Permohonan data penduduk ${nomorAgenda}`,
		ringkasan: null,
		sifat: 'biasa',
		urgensi: 'biasa',
		klasifikasiKode: '000.1.4',
		lampiran: null,
		kunciPindaian: null,
		namaPindaian: null,
		tipePindaian: null,
		ukuranPindaian: null,
		instansId: null,
		...isi,
		tanggalDiterima,
		tahun,
		nomorAgenda,
		tujuanJabatanId: isi.tujuanJabatanId ?? (await jabatanKadis()),
	})
}

async function agendaBebas(tahun: number) {
	const terakhir = await SuratMasuk.max<number | null, SuratMasuk>('nomorAgenda', { where: { tahun } })
	return Math.max(AGENDA_AWAL, (terakhir ?? 0) + 1)
}

async function jabatanKadis() {
	const kadis = await Jabatan.findOne({ where: { kode: 'KADIS' }, attributes: ['id'] })
	if (!kadis) throw new Error('Jabatan KADIS tidak ada di data acuan')
	return kadis.id
}
