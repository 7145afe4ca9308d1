import { JenisLayanan, PersyaratanLayanan, TarifDenda } from '#models/index'
import { getDefinisi } from '~/workflow/definisi'
import type { Waktu } from '~/workflow/definisi/jenis'
import type { Tarif } from './denda'

/** The service catalogue as the desk and the public page read it. */
export type PersyaratanRow = { id: number; urutan: number; nama: string; wajib: boolean; keterangan: string | null }

export type JenisLayananRow = {
	id: number
	kode: string
	nama: string
	kelompok: string
	unitKode: string | null
	definisiKode: string
	definisiWa: string | null
	varian: string
	skema: string
	dokumenHasil: string
	peristiwa: string | null
	keterangan: string | null
	daring: boolean
	aktif: boolean
	version: number
	persyaratan: PersyaratanRow[]
}

function toRow(j: JenisLayanan & { persyaratan?: PersyaratanLayanan[] }): JenisLayananRow {
	return {
		id: j.id,
		kode: j.kode,
		nama: j.nama,
		kelompok: j.kelompok,
		unitKode: j.unitKode,
		definisiKode: j.definisiKode,
		definisiWa: j.definisiWa,
		varian: j.varian,
		skema: j.skema,
		dokumenHasil: j.dokumenHasil,
		peristiwa: j.peristiwa,
		keterangan: j.keterangan,
		daring: j.daring,
		aktif: j.aktif,
		version: j.version,
		persyaratan: (j.persyaratan ?? [])
			.slice()
			.sort((a, b) => a.urutan - b.urutan)
			.map((p) => ({ id: p.id, urutan: p.urutan, nama: p.nama, wajib: p.wajib, keterangan: p.keterangan })),
	}
}

/** Every service in catalogue order, with its checklist; inactive ones only when asked. */
export async function listJenisLayanan(params: { termasukNonaktif?: boolean } = {}) {
	const rows = await JenisLayanan.findAll({
		where: params.termasukNonaktif ? {} : { aktif: true },
		include: [{ model: PersyaratanLayanan, as: 'persyaratan' }],
		order: [['urutan', 'ASC'], ['id', 'ASC']],
	})
	return rows.map(toRow)
}

export async function getJenisLayananByKode(kode: string) {
	const row = await JenisLayanan.findOne({ where: { kode: kode.toUpperCase() }, include: [{ model: PersyaratanLayanan, as: 'persyaratan' }] })
	return row ? toRow(row) : null
}

export async function getJenisLayananById(id: number) {
	const row = await JenisLayanan.findByPk(id, { include: [{ model: PersyaratanLayanan, as: 'persyaratan' }] })
	return row ? toRow(row) : null
}

export async function listTarifDenda(): Promise<(Tarif & { id: number; nama: string; dasarHukum: string })[]> {
	const rows = await TarifDenda.findAll({ order: [['peristiwa', 'ASC'], ['berlakuMulai', 'DESC']], raw: true })
	return rows.map((r) => ({ id: r.id, peristiwa: r.peristiwa, nama: r.nama, batasHari: r.batasHari, nominal: r.nominal, berlakuMulai: r.berlakuMulai, berlakuSampai: r.berlakuSampai, dasarHukum: r.dasarHukum }))
}

/** The total time standard of a service's SOP, as the public page states it. */
export function standarWaktuLayanan(definisiKode: string): { menit: number; hariKerja: number } {
	const definisi = getDefinisi(definisiKode)
	const total = { menit: 0, hariKerja: 0 }
	for (const l of definisi?.langkah ?? []) {
		const w: Waktu | null = l.waktu
		if (!w) continue
		if ('menit' in w) total.menit += w.menit
		else total.hariKerja += w.hariKerja
	}
	return total
}
