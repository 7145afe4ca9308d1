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

type ProfilTersimpan = { singkat: ProfilKantorSingkat; jamLayanan: JamLayanan[] }

/**
 * Every page reads the profile (header, time zone, service hours), so it is kept in memory: a
 * write through the model in this process drops the copy at once; other processes see a change
 * within `UMUR_CACHE_MS`.
 */
const UMUR_CACHE_MS = 15_000
let cache: { nilai: Promise<ProfilTersimpan>; sampai: number; generasi: number } | null = null

async function muatProfil(): Promise<ProfilTersimpan> {
	const profil = await PengaturanKantor.findByPk(1)
	if (!profil) return { singkat: CADANGAN, jamLayanan: [] }
	const wilayah = await Wilayah.findByPk(profil.kodeWilayah, { attributes: ['nama'] })
	return {
		singkat: {
			namaDinas: profil.namaDinas,
			namaPemda: profil.namaPemda,
			wilayah: wilayah?.nama ?? profil.namaPemda.replace(/^Pemerintah\s+/i, ''),
			kodeWilayah: profil.kodeWilayah,
			zonaWaktu: profil.zonaWaktu,
			adaLogo: Boolean(profil.logoBerkas),
			logoUrl: `/logo?v=${profil.version}`,
		},
		jamLayanan: profil.jamLayanan,
	}
}

function profilTersimpan() {
	const now = Date.now()
	if (!cache || cache.sampai < now || cache.generasi !== PengaturanKantor.generasi) {
		const nilai = muatProfil()
		cache = { nilai, sampai: now + UMUR_CACHE_MS, generasi: PengaturanKantor.generasi }
		nilai.catch(() => {
			cache = null
		})
	}
	return cache.nilai
}

/** What every page header needs; a missing profile (fresh database) falls back to the generic name. */
export async function getProfilKantorSingkat(): Promise<ProfilKantorSingkat> {
	return (await profilTersimpan()).singkat
}

export async function getZonaWaktuKantor() {
	return (await profilTersimpan()).singkat.zonaWaktu
}

/**
 * The service hours and time zone, for the workflow's time standards. A missing profile gives
 * no service hours, which the calculations report as an error.
 */
export async function getJamLayananKantor(): Promise<{ jamLayanan: JamLayanan[]; zonaWaktu: string }> {
	const { singkat, jamLayanan } = await profilTersimpan()
	return { jamLayanan, zonaWaktu: singkat.zonaWaktu }
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
