import { PengaturanKantor, Wilayah } from '#models/index'

export type ProfilKantorSingkat = {
	namaDinas: string
	namaPemda: string
	/** e.g. "Kabupaten Kebumen" */
	wilayah: string
	kodeWilayah: string
	zonaWaktu: string
	adaLogo: boolean
}

const CADANGAN: ProfilKantorSingkat = {
	namaDinas: 'Dinas Kependudukan dan Pencatatan Sipil',
	namaPemda: '',
	wilayah: '',
	kodeWilayah: '',
	zonaWaktu: 'Asia/Jakarta',
	adaLogo: false,
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
	}
}

export async function getZonaWaktuKantor() {
	const profil = await PengaturanKantor.findByPk(1, { attributes: ['zonaWaktu'] })
	return profil?.zonaWaktu ?? CADANGAN.zonaWaktu
}
