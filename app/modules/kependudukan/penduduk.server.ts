import { Op, QueryTypes } from 'sequelize'
import { DkbImpor, Keluarga, Penduduk, Wilayah } from '#models/index'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { audit } from '~/utils/audit.server'
import { getDb, isSqlite } from '~/utils/db.server'
import { maskNomor } from '~/utils/format'
import { zodFieldErrors, type FieldErrors } from '~/utils/forms'
import { forbidden } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import type { Pelaku } from '~/workflow/mesin.server'
import {
	ADA,
	AGAMA,
	DISABILITAS,
	GOLONGAN_DARAH,
	HUBUNGAN_KELUARGA,
	JENIS_KELAMIN,
	KEWARGANEGARAAN,
	PEKERJAAN,
	PENDIDIKAN,
	STATUS_KAWIN,
	STATUS_KTP_EL,
	labelSemester,
	tanggalAcuan,
} from './kode'
import { BATAS_HITUNG_PENDUDUK, CariPendudukSchema, kunciPenduduk, type KriteriaCariPenduduk } from './penduduk.schema'
import { imporPendudukTerkini } from './publikasi-baca.server'

/**
 * "Cari penduduk": the residents of the current DKB import (`imporPendudukTerkini`), found by NIK,
 * KK number, the start of the name or the area, and opened one at a time. The list shows NIK and
 * KK masked and no birth date; the full record shows everything and every opening is audited.
 *
 * Each criterion is answered by one of the indexes of `penduduk`, all led by `impor_id`:
 * (impor_id, nik), (impor_id, no_kk), (impor_id, nama) and (impor_id, kode_desa). A name or a
 * kecamatan is a prefix: LIKE 'X%' on MariaDB/MySQL, whose collation is case-insensitive anyway;
 * GLOB 'X*' on SQLite, whose LIKE cannot use a BINARY index and GLOB can (names are stored upper
 * case and the prefix is upper-cased, so the case-sensitive GLOB finds the same rows).
 */

const IZIN = 'read:penduduk:any'

export type BarisCariPenduduk = {
	/** `{imporId}-{baris}`: the record's address, free of personal data */
	kunci: string
	nikSamar: string
	noKkSamar: string
	nama: string
	jenisKelamin: string
	/** completed years at the semester's reference date */
	umur: number
	desa: string | null
	kecamatan: string | null
}

export type HasilCariPenduduk =
	| { ok: false; errors: FieldErrors }
	| {
			ok: true
			semester: string
			rows: BarisCariPenduduk[]
			/** exact, or when `lebih` the bound: more than this many match */
			total: number
			lebih: boolean
	  }

/** A code's label from its list (code n is the list's n-th entry); an unknown code says so rather than vanishing. */
function label(daftar: readonly string[], kode: number) {
	return daftar[kode - 1] ?? `Kode ${kode}`
}

const escapeLike = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`)
/** GLOB has no escape character: a wildcard is taken literally inside brackets. */
const escapeGlob = (s: string) => s.replace(/[*?[]/g, (c) => `[${c}]`)

/**
 * The statements of a search: the bounded count and a page, the WHERE over alias `p` with each
 * criterion on its index. Exported for the test that asks the database which index it uses.
 */
export function kueriCariPenduduk(k: KriteriaCariPenduduk, imporId: number, sqlite = isSqlite()) {
	const syarat = ['p.impor_id = :imporId']
	const r: Record<string, string | number> = { imporId }
	const awalan = (kolom: string, nama: string, nilai: string) => {
		if (sqlite) {
			r[nama] = `${escapeGlob(nilai)}*`
			syarat.push(`${kolom} GLOB :${nama}`)
		} else {
			r[nama] = `${escapeLike(nilai)}%`
			syarat.push(`${kolom} LIKE :${nama} ESCAPE '!'`)
		}
	}
	if (k.nik) {
		r.nik = k.nik
		syarat.push('p.nik = :nik')
	}
	if (k.noKk) {
		r.noKk = k.noKk
		syarat.push('p.no_kk = :noKk')
	}
	if (k.nama) awalan('p.nama', 'nama', k.nama)
	if (k.kodeWilayah) {
		// a desa code is exact; a kecamatan code covers its desa: `33.05.01.` followed by anything
		if (k.kodeWilayah.split('.').length === 4) {
			r.wilayah = k.kodeWilayah
			syarat.push('p.kode_desa = :wilayah')
		} else awalan('p.kode_desa', 'wilayah', `${k.kodeWilayah}.`)
	}
	// SQLite has no statistics here (no ANALYZE) and would rather walk the name index in order than
	// sort a family: it is told the most selective index. MariaDB/MySQL choose well on their own.
	const indeks = k.nik ? 'penduduk_impor_nik' : k.noKk ? 'penduduk_impor_kk' : k.nama ? 'penduduk_impor_nama' : 'penduduk_impor_desa'
	const dari = `penduduk p${sqlite ? ` INDEXED BY ${indeks}` : ''}`
	const where = syarat.join(' AND ')
	return {
		replacements: r,
		hitung: `SELECT COUNT(*) AS n FROM (SELECT 1 AS ada FROM ${dari} WHERE ${where} LIMIT ${BATAS_HITUNG_PENDUDUK + 1}) t`,
		// the area names in the same statement: one lookup per row of the page, by primary key
		halaman: (limit: number, offset: number) =>
			`SELECT p.impor_id, p.baris, p.nik, p.no_kk, p.nama, p.jenis_kelamin, p.umur, d.nama AS desa, k.nama AS kecamatan
			   FROM ${dari}
			   LEFT JOIN wilayah d ON d.kode = p.kode_desa
			   LEFT JOIN wilayah k ON k.kode = d.induk_kode
			  WHERE ${where}
			  ORDER BY p.nama, p.baris
			  LIMIT ${Math.floor(limit)} OFFSET ${Math.floor(offset)}`,
	}
}

/**
 * Searches the current import. `params` come as typed (the service validates them with
 * `CariPendudukSchema`); `offset`/`limit` page through the first `BATAS_HITUNG_PENDUDUK` matches,
 * ordered by name. The caller checks 'read:penduduk:any'.
 */
export async function cariPenduduk(params: {
	nik?: string
	noKk?: string
	nama?: string
	kodeWilayah?: string
	offset: number
	limit: number
}): Promise<HasilCariPenduduk> {
	const parsed = CariPendudukSchema.safeParse({ nik: params.nik, noKk: params.noKk, nama: params.nama, kodeWilayah: params.kodeWilayah })
	if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error) }
	const terkini = await imporPendudukTerkini()
	if (!terkini) return { ok: false, errors: { _form: ['Belum ada DKB yang diimpor.'] } }

	const db = getDb()
	const kueri = kueriCariPenduduk(parsed.data, terkini.imporId)
	const offset = Math.max(0, Math.floor(params.offset) || 0)
	// only the counted matches can be paged to: a person narrows a search with more
	const limit = Math.max(0, Math.min(Math.floor(params.limit) || 0, 100, BATAS_HITUNG_PENDUDUK - offset))

	const [hitung] = await db.query<{ n: number | string }>(kueri.hitung, { type: QueryTypes.SELECT, replacements: kueri.replacements })
	const n = Number(hitung?.n ?? 0)
	const rows =
		limit > 0 && offset < n
			? await db.query<{ impor_id: number; baris: number; nik: string; no_kk: string; nama: string; jenis_kelamin: number; umur: number; desa: string | null; kecamatan: string | null }>(
					kueri.halaman(limit, offset),
					{ type: QueryTypes.SELECT, replacements: kueri.replacements },
				)
			: []
	return {
		ok: true,
		semester: terkini.semester,
		rows: rows.map((b) => ({
			kunci: kunciPenduduk(Number(b.impor_id), Number(b.baris)),
			nikSamar: maskNomor(b.nik),
			noKkSamar: maskNomor(b.no_kk),
			nama: b.nama,
			jenisKelamin: label(JENIS_KELAMIN, Number(b.jenis_kelamin)),
			umur: Number(b.umur),
			desa: b.desa,
			kecamatan: b.kecamatan,
		})),
		total: Math.min(n, BATAS_HITUNG_PENDUDUK),
		lebih: n > BATAS_HITUNG_PENDUDUK,
	}
}

/** The semester the search covers, for the page's heading; null before the first import. */
export async function semesterPencarianPenduduk() {
	const terkini = await imporPendudukTerkini()
	return terkini ? { semester: terkini.semester, label: labelSemester(terkini.semester), tanggalAcuan: tanggalAcuan(terkini.semester) } : null
}

export type PilihanWilayahPenduduk = { kode: string; nama: string; desa: { kode: string; nama: string }[] }

/** The kecamatan of the office's kabupaten/kota with their desa/kelurahan, for the area field. */
export async function listPilihanWilayahPenduduk(): Promise<PilihanWilayahPenduduk[]> {
	const { kodeWilayah } = await getProfilKantorSingkat()
	if (!kodeWilayah) return []
	const rows = await Wilayah.findAll({
		where: { kode: { [Op.startsWith]: `${kodeWilayah}.` }, tingkat: { [Op.in]: ['kecamatan', 'desa'] } },
		attributes: ['kode', 'nama', 'tingkat', 'indukKode'],
		order: [['kode', 'ASC']],
		raw: true,
	})
	const kecamatan = new Map<string, PilihanWilayahPenduduk>()
	for (const w of rows) if (w.tingkat === 'kecamatan') kecamatan.set(w.kode, { kode: w.kode, nama: w.nama, desa: [] })
	for (const w of rows) if (w.tingkat === 'desa' && w.indukKode) kecamatan.get(w.indukKode)?.desa.push({ kode: w.kode, nama: w.nama })
	return [...kecamatan.values()]
}

export type AnggotaKeluarga = {
	kunci: string
	nikSamar: string
	nama: string
	jenisKelamin: string
	hubungan: string
	umur: number
	/** the resident whose record is open */
	diri: boolean
}

export type RincianPenduduk = {
	kunci: string
	semester: string
	labelSemester: string
	/** `YYYY-MM-DD`: the date ages are counted at */
	tanggalAcuan: string
	nik: string
	noKk: string
	nama: string
	jenisKelamin: string
	tempatLahir: string
	/** `YYYY-MM-DD` */
	tanggalLahir: string
	umur: number
	golonganDarah: string
	agama: string
	statusKawin: string
	hubunganKeluarga: string
	pendidikan: string
	pekerjaan: string
	disabilitas: string
	kewarganegaraan: string
	aktaLahir: string
	aktaKawin: string
	aktaCerai: string
	ktpEl: string
	kia: string
	alamat: string
	rt: string
	rw: string
	wilayah: { kodeDesa: string; desa: string | null; kecamatan: string | null; kabupaten: string | null; provinsi: string | null }
	keluarga: { kepala: string | null; jumlahAnggota: number; anggota: AnggotaKeluarga[] }
}

/**
 * One resident in full, with the members of the same KK (their NIK masked: each is opened, and
 * audited, on its own). Only a finished import's rows are read. The reading is audited without
 * the NIK or the name: the row key says whose record it was. Null when the row does not exist;
 * 403 for a user without 'read:penduduk:any'.
 */
export async function bukaPenduduk(params: { imporId: number; baris: number; pelaku: Pelaku }): Promise<RincianPenduduk | null> {
	const { imporId, baris, pelaku } = params
	if (!hasPermission(pelaku.authority, IZIN)) throw forbidden(`Anda tidak memiliki izin "${IZIN}" untuk membuka data penduduk.`)
	const [impor, p] = await Promise.all([
		DkbImpor.findOne({ where: { id: imporId, status: 'selesai' }, attributes: ['id', 'semester', 'tanggalAcuan'] }),
		Penduduk.findOne({ where: { imporId, baris } }),
	])
	if (!impor || !p) return null

	const kodeWilayah = p.kodeDesa.split('.').map((_, i, bagian) => bagian.slice(0, i + 1).join('.'))
	const [wilayah, keluarga, anggota] = await Promise.all([
		Wilayah.findAll({ where: { kode: { [Op.in]: kodeWilayah } }, attributes: ['kode', 'nama'], raw: true }),
		Keluarga.findOne({ where: { imporId, noKk: p.noKk }, attributes: ['namaKepala', 'jumlahAnggota'], raw: true }),
		Penduduk.findAll({
			where: { imporId, noKk: p.noKk },
			attributes: ['baris', 'nik', 'nama', 'jenisKelamin', 'hubunganKeluarga', 'umur'],
			order: [
				['hubunganKeluarga', 'ASC'],
				['umur', 'DESC'],
				['baris', 'ASC'],
			],
			raw: true,
		}),
	])
	const namaWilayah = new Map(wilayah.map((w) => [w.kode, w.nama]))
	const namaDari = (panjang: number) => namaWilayah.get(kodeWilayah[panjang - 1] ?? '') ?? null

	await audit({
		aksi: 'baca-data-pribadi',
		entitas: 'penduduk',
		entitasId: `${imporId}:${baris}`,
		keterangan: `Membuka data lengkap penduduk DKB ${labelSemester(impor.semester)} (baris ${baris})`,
		penggunaId: pelaku.id,
		namaPengguna: pelaku.nama,
	})

	return {
		kunci: kunciPenduduk(imporId, baris),
		semester: impor.semester,
		labelSemester: labelSemester(impor.semester),
		tanggalAcuan: impor.tanggalAcuan,
		nik: p.nik,
		noKk: p.noKk,
		nama: p.nama,
		jenisKelamin: label(JENIS_KELAMIN, p.jenisKelamin),
		tempatLahir: p.tempatLahir,
		tanggalLahir: p.tanggalLahir,
		umur: p.umur,
		golonganDarah: label(GOLONGAN_DARAH, p.golonganDarah),
		agama: label(AGAMA, p.agama),
		statusKawin: label(STATUS_KAWIN, p.statusKawin),
		hubunganKeluarga: label(HUBUNGAN_KELUARGA, p.hubunganKeluarga),
		pendidikan: label(PENDIDIKAN, p.pendidikan),
		pekerjaan: label(PEKERJAAN, p.pekerjaan),
		// code 0 is the one code outside the list: no disability
		disabilitas: p.disabilitas === 0 ? 'Tidak ada' : label(DISABILITAS, p.disabilitas),
		kewarganegaraan: label(KEWARGANEGARAAN, p.kewarganegaraan),
		aktaLahir: label(ADA, p.aktaLahir),
		aktaKawin: label(ADA, p.aktaKawin),
		aktaCerai: label(ADA, p.aktaCerai),
		ktpEl: label(STATUS_KTP_EL, p.ktpEl),
		kia: label(ADA, p.kia),
		alamat: p.alamat,
		rt: p.rt,
		rw: p.rw,
		wilayah: { kodeDesa: p.kodeDesa, desa: namaDari(4), kecamatan: namaDari(3), kabupaten: namaDari(2), provinsi: namaDari(1) },
		keluarga: {
			kepala: keluarga?.namaKepala ?? null,
			jumlahAnggota: keluarga?.jumlahAnggota ?? anggota.length,
			anggota: anggota.map((a) => ({
				kunci: kunciPenduduk(imporId, a.baris),
				nikSamar: maskNomor(a.nik),
				nama: a.nama,
				jenisKelamin: label(JENIS_KELAMIN, a.jenisKelamin),
				hubungan: label(HUBUNGAN_KELUARGA, a.hubunganKeluarga),
				umur: a.umur,
				diri: a.baris === baris,
			})),
		},
	}
}
