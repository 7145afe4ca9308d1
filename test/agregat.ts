import { AgregatKependudukan, DkbImpor, PublikasiAgregat } from '#models/index'
import type { StatusPublikasi } from '#models/kependudukan/PublikasiAgregat'
import { tanggalAcuan } from '~/modules/kependudukan/kode'

/**
 * A semester's publication as the import and the approval would leave it, written straight into
 * the tables: an import, its agregat rows and a publication version. Two desa of Kecamatan Ayah
 * have residents (Argopeni `faktor` times the base figures, Karangduwur twice that); every other
 * area of Kebumen has none, and rows counting nobody are not stored, as the import leaves them.
 */
export const DESA_BERISI = [
	{ kode: '33.05.01.2001', nama: 'Argopeni', kali: 1 },
	{ kode: '33.05.01.2002', nama: 'Karangduwur', kali: 2 },
] as const

/** [tabel, kategori (1-based), l, p, jumlah] for a factor of 1. */
const DASAR: [string, number, number, number, number][] = [
	['ringkasan', 1, 100, 90, 190],
	// one family without a kepala keluarga: in the total, under neither sex
	['ringkasan', 2, 30, 5, 36],
	['ringkasan', 3, 99, 90, 189],
	['ringkasan', 4, 1, 0, 1],
	['ringkasan', 5, 70, 60, 130],
	['kelompok-umur', 1, 10, 9, 19],
	['kelompok-umur', 5, 40, 36, 76],
	['kelompok-umur', 16, 50, 45, 95],
	['agama', 1, 100, 90, 190],
	['pekerjaan', 9, 40, 20, 60],
	['pekerjaan', 1, 60, 70, 130],
	['ktp-el', 1, 70, 60, 130],
	['ktp-el', 2, 60, 50, 110],
	['ktp-el', 3, 10, 10, 20],
	// Sudah Cetak (4) counts nobody: not stored, read as zero
	['kia', 1, 10, 9, 19],
	['kia', 2, 5, 4, 9],
	['kia', 3, 5, 5, 10],
]

export function barisAgregat(imporId: number, faktor: number) {
	const rows: { imporId: number; wilayahKode: string; tabel: string; kategori: number; l: number; p: number; jumlah: number }[] = []
	const jumlahkan = (kali: number) => DASAR.map(([tabel, kategori, l, p, jumlah]) => ({ tabel, kategori, l: l * kali, p: p * kali, jumlah: jumlah * kali }))
	for (const d of DESA_BERISI) rows.push(...jumlahkan(d.kali * faktor).map((r) => ({ imporId, wilayahKode: d.kode, ...r })))
	const total = DESA_BERISI.reduce((s, d) => s + d.kali, 0) * faktor
	for (const kode of ['33.05.01', '33.05']) rows.push(...jumlahkan(total).map((r) => ({ imporId, wilayahKode: kode, ...r })))
	return rows
}

export async function buatPublikasiAgregat(p: { semester: string; versi?: number; status?: StatusPublikasi; faktor?: number; alasanKoreksi?: string | null }) {
	const acuan = tanggalAcuan(p.semester)!
	const impor = await DkbImpor.create({
		semester: p.semester,
		tanggalAcuan: acuan,
		namaBerkas: `dkb-${p.semester}.csv`,
		berkasKunci: null,
		ukuranByte: 1000,
		status: 'selesai',
		tahap: null,
		byteDibaca: 1000,
		barisDibaca: 0,
		barisDiimpor: 0,
		barisDitolak: 0,
		laporanKunci: null,
		pesan: null,
		mulaiAt: new Date(),
		selesaiAt: new Date(),
		dibuatOlehId: null,
	})
	await AgregatKependudukan.bulkCreate(barisAgregat(impor.id, p.faktor ?? 1))
	const status = p.status ?? 'terbit'
	const publikasi = await PublikasiAgregat.create({
		semester: p.semester,
		versi: p.versi ?? 1,
		tanggalAcuan: acuan,
		status,
		imporId: impor.id,
		alasanKoreksi: p.alasanKoreksi ?? null,
		instansAlurId: null,
		diterbitkanAt: status === 'terbit' || status === 'diganti' ? new Date('2026-07-20T03:00:00Z') : null,
		dibuatOlehId: null,
	})
	return { imporId: impor.id, publikasiId: publikasi.id }
}

/** A correction published: the old version becomes `diganti`, the new one `terbit`. */
export async function terbitkanKoreksi(semester: string, versi: number, faktor: number, alasanKoreksi: string) {
	await PublikasiAgregat.update({ status: 'diganti' }, { where: { semester, status: 'terbit' } })
	return buatPublikasiAgregat({ semester, versi, faktor, alasanKoreksi })
}
