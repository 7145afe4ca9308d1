import { JenisLayanan, KuitansiDenda, Pegawai, Pengguna, PermohonanLayanan, RegisterDokumen } from '#models/index'
import type { CaraPengiriman } from '#models/layanan/PermohonanLayanan'
import { getPengaturanKantor, getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import type { Cakupan } from './baca.server'

/**
 * The small reads behind the desk's printed papers (the fine's kuitansi, the hand-over's tanda
 * terima) and behind its forms' access checks. None of them returns the applicant's NIK, so none
 * is audited as a read of personal data; the request page (`getPermohonanDetail`) is.
 */

/** The request's id, ticket and workflow instance when `cakupan` reaches it; null otherwise. */
export async function getPermohonanRingkas(params: { id: number; cakupan: Cakupan }) {
	const p = await PermohonanLayanan.findByPk(params.id, { attributes: ['id', 'nomorTiket', 'instansId', 'diajukanOlehId'] })
	if (!p) return null
	if (params.cakupan.jenis === 'milik' && p.diajukanOlehId !== params.cakupan.penggunaId) return null
	return { id: p.id, nomorTiket: p.nomorTiket, instansId: p.instansId }
}

/** The letterhead: the regional government, the office, its address and contacts. */
export type KopKantor = { namaPemda: string; namaDinas: string; alamat: string; kontak: string; tempat: string }

async function kopKantor(): Promise<{ kop: KopKantor; zonaWaktu: string }> {
	const [profil, singkat] = await Promise.all([getPengaturanKantor(), getProfilKantorSingkat()])
	const alamat = [profil.alamat, profil.kodePos].filter(Boolean).join(' ')
	const kontak = [profil.telepon ? `Telepon ${profil.telepon}` : null, profil.email, profil.laman].filter(Boolean).join(' · ')
	return {
		kop: {
			namaPemda: profil.namaPemda,
			namaDinas: profil.namaDinas,
			alamat,
			kontak,
			// "Kebumen, 22 November 2026": the place a paper is signed at
			tempat: singkat.wilayah.replace(/^(Kabupaten|Kota)\s+/i, ''),
		},
		zonaWaktu: profil.zonaWaktu,
	}
}

async function namaPengguna(id: number | null) {
	if (!id) return null
	const pengguna = await Pengguna.findByPk(id, { attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] })
	return pengguna ? (pengguna.pegawai?.nama ?? pengguna.username) : null
}

type PermohonanDenganJenis = PermohonanLayanan & { jenis: JenisLayanan }

async function permohonanDalamCakupan(id: number, cakupan: Cakupan) {
	const p = await PermohonanLayanan.findByPk(id, {
		attributes: ['id', 'nomorTiket', 'pemohonNama', 'diajukanOlehId'],
		include: [{ model: JenisLayanan, as: 'jenis', attributes: ['nama'] }],
	})
	if (!p) return null
	if (cakupan.jenis === 'milik' && p.diajukanOlehId !== cakupan.penggunaId) return null
	return p as PermohonanDenganJenis
}

export type DataKuitansi = {
	kop: KopKantor
	zonaWaktu: string
	nomor: string
	nominal: number
	dibayarAt: Date
	nomorTiket: string
	pemohonNama: string
	jenisNama: string
	penerima: string
}

/** What the fine's receipt shows; null when there is no receipt or the request is out of scope. */
export async function getDataKuitansi(params: { permohonanId: number; cakupan: Cakupan }): Promise<DataKuitansi | null> {
	const p = await permohonanDalamCakupan(params.permohonanId, params.cakupan)
	if (!p) return null
	const kuitansi = await KuitansiDenda.findOne({ where: { permohonanId: p.id } })
	if (!kuitansi) return null
	const [{ kop, zonaWaktu }, penerima] = await Promise.all([kopKantor(), namaPengguna(kuitansi.diterimaOlehId)])
	return {
		kop,
		zonaWaktu,
		nomor: kuitansi.nomor,
		nominal: kuitansi.nominal,
		dibayarAt: kuitansi.dibayarAt,
		nomorTiket: p.nomorTiket,
		pemohonNama: p.pemohonNama,
		jenisNama: p.jenis.nama,
		penerima: penerima ?? '—',
	}
}

export type DataTandaTerima = {
	kop: KopKantor
	zonaWaktu: string
	nomorRegister: string
	dokumen: string
	nomorDokumen: string | null
	diterimaOleh: string
	cara: CaraPengiriman | null
	diserahkanAt: Date
	penyerah: string
	nomorTiket: string
	pemohonNama: string
	jenisNama: string
}

/**
 * What the hand-over receipt shows: the latest line of the buku register that was handed over.
 * Null before the hand-over is recorded, or when the request is out of scope.
 */
export async function getDataTandaTerima(params: { permohonanId: number; cakupan: Cakupan }): Promise<DataTandaTerima | null> {
	const p = await permohonanDalamCakupan(params.permohonanId, params.cakupan)
	if (!p) return null
	const baris = (await RegisterDokumen.findAll({ where: { permohonanId: p.id }, order: [['id', 'DESC']] })).find((r) => r.diserahkanAt && r.diterimaOleh)
	if (!baris?.diserahkanAt || !baris.diterimaOleh) return null
	const [{ kop, zonaWaktu }, penyerah] = await Promise.all([kopKantor(), namaPengguna(baris.diserahkanOlehId)])
	return {
		kop,
		zonaWaktu,
		nomorRegister: baris.nomorRegister,
		dokumen: baris.dokumen,
		nomorDokumen: baris.nomorDokumen,
		diterimaOleh: baris.diterimaOleh,
		cara: baris.cara,
		diserahkanAt: baris.diserahkanAt,
		penyerah: penyerah ?? '—',
		nomorTiket: p.nomorTiket,
		pemohonNama: p.pemohonNama,
		jenisNama: p.jenis.nama,
	}
}
