import { Op, OptimisticLockError } from 'sequelize'
import { Jabatan, JenisNaskah, UnitKerja } from '#models/index'
import { transaction } from '~/utils/db.server'
import type { FieldErrors } from '~/utils/forms'
import { bersihkanHtml } from './html-aman.server'
import type { UbahJenisNaskahInput } from './naskah.schema'

/**
 * The jenis naskah the office writes (surat biasa, undangan, nota dinas …): the template a draft
 * starts from, who verifies it in which order, who signs, and the number pattern. Edited by the
 * tata usaha; every change lands in the audit trail through the model hooks.
 */
export type JenisNaskahRow = {
	id: number
	kode: string
	nama: string
	rantai: { kode: string; nama: string }[]
	penandatangan: { kode: string; nama: string }
	formatNomor: string
	aktif: boolean
}

async function namaJabatan(kode: string[]) {
	const rows = kode.length ? await Jabatan.findAll({ where: { kode: { [Op.in]: kode } }, attributes: ['kode', 'nama'], raw: true }) : []
	return new Map(rows.map((r) => [r.kode, r.nama]))
}

export async function listJenisNaskah(params: { termasukNonaktif?: boolean } = {}): Promise<JenisNaskahRow[]> {
	const rows = await JenisNaskah.findAll({ where: params.termasukNonaktif ? {} : { aktif: true }, order: [['id', 'ASC']] })
	const nama = await namaJabatan([...new Set(rows.flatMap((r) => [...r.rantaiVerifikasi, r.jabatanPenandatangan]))])
	const label = (kode: string) => ({ kode, nama: nama.get(kode) ?? `${kode} (tidak ada di struktur)` })
	return rows.map((r) => ({
		id: r.id,
		kode: r.kode,
		nama: r.nama,
		rantai: r.rantaiVerifikasi.map(label),
		penandatangan: label(r.jabatanPenandatangan),
		formatNomor: r.formatNomor,
		aktif: Boolean(r.aktif),
	}))
}

/** Everything the edit form shows, with the version it sends back. */
export async function getJenisNaskah(id: number) {
	const r = await JenisNaskah.findByPk(id)
	if (!r) return null
	return {
		id: r.id,
		kode: r.kode,
		nama: r.nama,
		templat: r.templat,
		rantaiVerifikasi: r.rantaiVerifikasi,
		jabatanPenandatangan: r.jabatanPenandatangan,
		formatNomor: r.formatNomor,
		aktif: Boolean(r.aktif),
		version: r.version,
	}
}

/** Active jabatan by code, for the chain and signer selects. */
export async function listPilihanJabatanKode() {
	const rows = await Jabatan.findAll({
		where: { aktif: true },
		attributes: ['kode', 'nama'],
		include: [{ model: UnitKerja, as: 'unit', attributes: ['kode'] }],
		order: [
			['unitId', 'ASC'],
			['id', 'ASC'],
		],
	})
	return rows.map((r) => ({ value: r.kode, label: `${r.nama} (${r.unit?.kode ?? '-'})` }))
}

export type HasilSimpanNaskah = { ok: true; id: number } | { ok: false; errors: FieldErrors } | { ok: false; konflik: true }

/** Saves a jenis naskah opened at `version`; the template is cleaned like a letter body. */
export async function updateJenisNaskah(id: number, { version, ...input }: UbahJenisNaskahInput): Promise<HasilSimpanNaskah | null> {
	const templat = bersihkanHtml(input.templat)
	if (!templat) return { ok: false, errors: { templat: ['Templat wajib diisi.'] } }
	try {
		return await transaction(async (t) => {
			const row = await JenisNaskah.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!row) return null
			if (row.version !== version) return { ok: false as const, konflik: true as const }
			const kode = [...input.rantaiVerifikasi, input.jabatanPenandatangan]
			const ada = new Set((await Jabatan.findAll({ where: { kode: { [Op.in]: kode }, aktif: true }, attributes: ['kode'], raw: true, transaction: t })).map((j) => j.kode))
			const errors: FieldErrors = {}
			input.rantaiVerifikasi.forEach((k, i) => {
				if (!ada.has(k)) errors[`verifikator${i + 1}`] = ['Jabatan tidak ditemukan atau nonaktif.']
			})
			if (!ada.has(input.jabatanPenandatangan)) errors.jabatanPenandatangan = ['Jabatan tidak ditemukan atau nonaktif.']
			if (Object.keys(errors).length) return { ok: false as const, errors }
			await row.update(
				{ nama: input.nama, templat, rantaiVerifikasi: input.rantaiVerifikasi, jabatanPenandatangan: input.jabatanPenandatangan, formatNomor: input.formatNomor, aktif: input.aktif },
				{ transaction: t },
			)
			return { ok: true as const, id }
		})
	} catch (error) {
		if (error instanceof OptimisticLockError) return { ok: false, konflik: true }
		throw error
	}
}
