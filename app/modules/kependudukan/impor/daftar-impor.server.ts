import { DkbImpor, Pegawai, Pengguna } from '#models/index'
import type { StatusImpor, TahapImpor } from '#models/kependudukan/DkbImpor'

/** An import as its pages show it: counts, how far it is, and an estimate of the time left. */
export type ImporTampil = {
	id: number
	semester: string
	namaBerkas: string
	ukuranByte: number
	status: StatusImpor
	tahap: TahapImpor | null
	persen: number
	sisaDetik: number | null
	barisDibaca: number
	barisDiimpor: number
	barisDitolak: number
	adaLaporan: boolean
	pesan: string | null
	mulaiAt: string | null
	selesaiAt: string | null
	createdAt: string
	pengunggah: string | null
}

/**
 * Reading is most of the work, so the percentage is the share of the file read; the time left
 * extrapolates the reading rate so far. The families and agregat stages show as 100% read.
 */
function kemajuan(i: DkbImpor, now: Date) {
	const berjalan = i.status === 'berjalan'
	if (!berjalan) return { persen: i.status === 'selesai' ? 100 : 0, sisaDetik: null }
	const bagian = i.ukuranByte > 0 ? Math.min(1, i.byteDibaca / i.ukuranByte) : 0
	const detik = i.mulaiAt ? (now.getTime() - i.mulaiAt.getTime()) / 1000 : 0
	const sisaDetik = i.tahap === 'membaca' && bagian > 0.01 ? Math.round((detik * (1 - bagian)) / bagian) : null
	return { persen: Math.floor(bagian * 100), sisaDetik }
}

function tampil(i: DkbImpor & { pengunggah?: Pengguna | null }, now: Date): ImporTampil {
	return {
		id: i.id,
		semester: i.semester,
		namaBerkas: i.namaBerkas,
		ukuranByte: i.ukuranByte,
		status: i.status,
		tahap: i.tahap,
		...kemajuan(i, now),
		barisDibaca: i.barisDibaca,
		barisDiimpor: i.barisDiimpor,
		barisDitolak: i.barisDitolak,
		adaLaporan: Boolean(i.laporanKunci),
		pesan: i.pesan,
		mulaiAt: i.mulaiAt?.toISOString() ?? null,
		selesaiAt: i.selesaiAt?.toISOString() ?? null,
		createdAt: i.createdAt.toISOString(),
		pengunggah: i.pengunggah?.pegawai?.nama ?? i.pengunggah?.username ?? null,
	}
}

const denganPengunggah = [{ model: Pengguna, as: 'pengunggah', attributes: ['username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] }]

export async function listImpor(params: { offset: number; limit: number; now?: Date }) {
	const { rows, count } = await DkbImpor.findAndCountAll({ include: denganPengunggah, order: [['id', 'DESC']], offset: params.offset, limit: params.limit, distinct: true })
	return { rows: rows.map((r) => tampil(r as DkbImpor & { pengunggah?: Pengguna | null }, params.now ?? new Date())), total: count }
}

export async function getImpor(id: number, now = new Date()) {
	const i = await DkbImpor.findByPk(id, { include: denganPengunggah })
	return i ? tampil(i as DkbImpor & { pengunggah?: Pengguna | null }, now) : null
}

/** The stored key of an import's rejection report, for its download. */
export async function kunciLaporanPenolakan(id: number) {
	const i = await DkbImpor.findByPk(id, { attributes: ['id', 'semester', 'laporanKunci'] })
	return i?.laporanKunci ? { kunci: i.laporanKunci, semester: i.semester } : null
}
