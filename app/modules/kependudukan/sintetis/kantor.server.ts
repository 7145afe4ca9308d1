import { Op } from 'sequelize'
import { PengaturanKantor, Wilayah } from '#models/index'
import { tulisDkbSintetis, type HasilTulisSintetis } from './tulis.server'

export class WilayahSintetisError extends Error {}

export type OpsiSintetisKantor = { penduduk: number; semester: string; out: string; seed?: number; wilayah?: string }

/** `Kabupaten Kebumen` → `KEBUMEN`, the usual TMPT_LHR of people born there. */
function namaKota(nama: string) {
	return nama.replace(/^(kabupaten|kota)\s+/i, '').toUpperCase()
}

/**
 * A synthetic DKB file for the office's own kabupaten/kota (or the one given): its desa and
 * kelurahan from the wilayah table, the residents born mostly in its town.
 */
export async function tulisDkbSintetisKantor(
	opsi: OpsiSintetisKantor,
): Promise<HasilTulisSintetis & { wilayah: { kode: string; nama: string }; desa: number }> {
	let kode = opsi.wilayah
	if (!kode) {
		const kantor = await PengaturanKantor.findOne({ attributes: ['kodeWilayah'], order: [['id', 'ASC']] })
		if (!kantor) throw new WilayahSintetisError('Profil kantor belum diisi: kode wilayah kabupaten/kota tidak diketahui.')
		kode = kantor.kodeWilayah
	}
	const induk = await Wilayah.findOne({ where: { kode, tingkat: 'kabupaten' } })
	if (!induk) throw new WilayahSintetisError(`Wilayah ${kode} bukan kabupaten/kota yang dikenal.`)
	const desa = await Wilayah.findAll({
		attributes: ['kode', 'nama'],
		where: { tingkat: 'desa', kode: { [Op.like]: `${kode}.%` } },
		order: [['kode', 'ASC']],
	})
	if (!desa.length) throw new WilayahSintetisError(`Tidak ada desa/kelurahan untuk ${induk.nama} (${kode}) di tabel wilayah.`)
	const hasil = await tulisDkbSintetis({
		penduduk: opsi.penduduk,
		semester: opsi.semester,
		seed: opsi.seed,
		out: opsi.out,
		desa: desa.map((d) => ({ kode: d.kode, nama: d.nama })),
		kota: namaKota(induk.nama),
	})
	return { ...hasil, wilayah: { kode: induk.kode, nama: induk.nama }, desa: desa.length }
}
