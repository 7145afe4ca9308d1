import { OptimisticLockError } from 'sequelize'
import { PengaturanKantor, Wilayah } from '#models/index'
import type { JamLayanan } from '#models/referensi/PengaturanKantor'
import { transaction } from '~/utils/db.server'
import type { PengaturanKantorInput } from './pengaturan-kantor.schema'

export type ProfilKantorSingkat = {
	namaDinas: string
	namaPemda: string
	/** e.g. "Kabupaten Kebumen" */
	wilayah: string
	kodeWilayah: string
	zonaWaktu: string
	adaLogo: boolean
	/** Changes with every profile save, so browsers fetch a new logo at once. */
	logoUrl: string
}

const CADANGAN: ProfilKantorSingkat = {
	namaDinas: 'Dinas Kependudukan dan Pencatatan Sipil',
	namaPemda: '',
	wilayah: '',
	kodeWilayah: '',
	zonaWaktu: 'Asia/Jakarta',
	adaLogo: false,
	logoUrl: '/logo',
}

/** What every page header needs; a missing profile (fresh database) falls back to the generic name. */
export async function getProfilKantorSingkat(): Promise<ProfilKantorSingkat> {
	const profil = await PengaturanKantor.findByPk(1)
	if (!profil) return CADANGAN
	const wilayah = await Wilayah.findByPk(profil.kodeWilayah, { attributes: ['nama'] })
	return {
		namaDinas: profil.namaDinas,
		namaPemda: profil.namaPemda,
		wilayah: wilayah?.nama ?? profil.namaPemda.replace(/^Pemerintah\s+/i, ''),
		kodeWilayah: profil.kodeWilayah,
		zonaWaktu: profil.zonaWaktu,
		adaLogo: Boolean(profil.logoBerkas),
		logoUrl: `/logo?v=${profil.version}`,
	}
}

export async function getZonaWaktuKantor() {
	const profil = await PengaturanKantor.findByPk(1, { attributes: ['zonaWaktu'] })
	return profil?.zonaWaktu ?? CADANGAN.zonaWaktu
}

/**
 * The service hours and time zone, for the workflow's time standards (one query). A missing
 * profile gives no service hours, which the calculations report as an error.
 */
export async function getJamLayananKantor(): Promise<{ jamLayanan: JamLayanan[]; zonaWaktu: string }> {
	const profil = await PengaturanKantor.findByPk(1, { attributes: ['jamLayanan', 'zonaWaktu'] })
	return { jamLayanan: profil?.jamLayanan ?? [], zonaWaktu: profil?.zonaWaktu ?? CADANGAN.zonaWaktu }
}

/** Everything the profile form shows, with the version the form sends back. */
export type PengaturanKantorData = {
	namaDinas: string
	namaPemda: string
	kodeWilayah: string
	alamat: string
	kodePos: string | null
	telepon: string | null
	email: string | null
	laman: string | null
	zonaWaktu: string
	jamLayanan: JamLayanan[]
	adaLogo: boolean
	version: number
}

export async function getPengaturanKantor(): Promise<PengaturanKantorData> {
	const profil = await PengaturanKantor.findByPk(1)
	if (!profil) {
		return { ...CADANGAN, alamat: '', kodePos: null, telepon: null, email: null, laman: null, jamLayanan: [], adaLogo: false, version: 0 }
	}
	return {
		namaDinas: profil.namaDinas,
		namaPemda: profil.namaPemda,
		kodeWilayah: profil.kodeWilayah,
		alamat: profil.alamat,
		kodePos: profil.kodePos,
		telepon: profil.telepon,
		email: profil.email,
		laman: profil.laman,
		zonaWaktu: profil.zonaWaktu,
		jamLayanan: [...profil.jamLayanan].sort((a, b) => a.hari - b.hari),
		adaLogo: Boolean(profil.logoBerkas),
		version: profil.version,
	}
}

export type HasilSimpanPengaturan =
	| { ok: true }
	| { ok: false; konflik: true }
	| { ok: false; konflik: false; errors: Record<string, string[]> }

/**
 * Saves the profile (row 1) when the form was made from the current version; otherwise reports a
 * conflict so nobody silently overwrites what another admin just saved.
 */
export async function updatePengaturanKantor(input: PengaturanKantorInput): Promise<HasilSimpanPengaturan> {
	const { version, ...fields } = input
	try {
		return await transaction(async (t): Promise<HasilSimpanPengaturan> => {
			const kabupaten = await Wilayah.findOne({ where: { kode: fields.kodeWilayah, tingkat: 'kabupaten' }, attributes: ['kode'], transaction: t })
			if (!kabupaten) {
				return { ok: false, konflik: false, errors: { kodeWilayah: ['Kabupaten/kota tidak ada di data wilayah.'] } }
			}
			const profil = await PengaturanKantor.findByPk(1, { transaction: t, lock: t.LOCK.UPDATE })
			if (!profil) {
				// A fresh install without the seeded row: the first save creates it.
				if (version !== 0) return { ok: false, konflik: true }
				await PengaturanKantor.create({ id: 1, ...fields, logoBerkas: null }, { transaction: t })
				return { ok: true }
			}
			if (profil.version !== version) return { ok: false, konflik: true }
			await profil.update(fields, { transaction: t })
			return { ok: true }
		})
	} catch (error) {
		if (error instanceof OptimisticLockError) return { ok: false, konflik: true }
		throw error
	}
}

/** The kabupaten/kota an office may belong to, for the profile's select. */
export async function listPilihanKabupaten() {
	const rows = await Wilayah.findAll({ where: { tingkat: 'kabupaten' }, attributes: ['kode', 'nama'], order: [['kode', 'ASC']], raw: true })
	return rows.map((r) => ({ value: r.kode, label: `${r.kode} — ${r.nama}` }))
}
