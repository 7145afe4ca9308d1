import { literal, Op, OptimisticLockError, type Transaction, type WhereOptions } from 'sequelize'
import { EkspedisiSurat, InstansAlur, Jabatan, JenisNaskah, KlasifikasiArsip, KomentarNaskah, Pegawai, Pengguna, SuratKeluar, SuratKeluarVersi, TugasAlur, UnitKerja } from '#models/index'
import type { StatusSuratKeluar } from '#models/persuratan/SuratKeluar'
import { getStorage } from '~/integrations/storage/storage.server'
import { awalHariUtc, hariBerikutnya } from '~/modules/audit/waktu-zona'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { audit } from '~/utils/audit.server'
import type { CurrentUser } from '~/utils/auth.server'
import { transaction } from '~/utils/db.server'
import type { FieldErrors } from '~/utils/forms'
import { likePattern } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'
import { KonflikError, TidakBerhakError, TidakDitemukanError } from '~/workflow/galat'
import { batalkanAlur, mulaiAlur, siapkanKalender, type Pelaku } from '~/workflow/mesin.server'
import { bolehLihatAlur } from '~/workflow/subjek.server'
import { BATAS_ISI, bersihkanHtml } from './html-aman.server'
import { teksDariHtml } from './html-aman'
import { bandingkanTeks, type Potongan } from './naskah-banding'
import { renderPdfSurat, siapkanKop, type DataPdfSurat } from './pdf-surat.server'
import { DEFINISI_SURAT_KELUAR, KUNCI_VERSI_DIAJUKAN, SUBJEK_SURAT_KELUAR } from './surat-keluar-alur.server'
import { LABEL_SIFAT, pisahBaris, type DrafSuratInput, type FilterSuratKeluar, type UbahSuratInput } from './surat-keluar.schema'

/**
 * Outgoing letters from draft to verification: the draft from a jenis naskah's template, its
 * edits (version 1 until it is first submitted; a new version for each revision round), the
 * submission that starts P1.2.1.1 with the jenis naskah's chain, review comments per version,
 * the comparison of any two versions, the lists, and who may see what. Signing, numbering and
 * dispatch are in their own files; the workflow's moves are followed in
 * `surat-keluar-alur.server.ts`.
 */
export { SUBJEK_SURAT_KELUAR }

type Pembaca = Pick<CurrentUser, 'id' | 'authority'>

export type HasilSurat = { ok: true; id: number } | { ok: false; errors: FieldErrors } | { ok: false; konflik: true; pesan: string }

const KONFLIK_VERSI = { ok: false as const, konflik: true as const, pesan: 'Surat ini sudah diubah orang lain sejak halaman dibuka. Muat ulang halaman; perubahan Anda masih tersimpan di formulir.' }

/** The drafter's unit (the letter comes from it) and NIP. */
export async function pegawaiPengguna(penggunaId: number, t?: Transaction) {
	const p = await Pengguna.findByPk(penggunaId, {
		attributes: ['id', 'username'],
		include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama', 'nip', 'unitId'], include: [{ model: UnitKerja, as: 'unit', attributes: ['kode'] }] }],
		transaction: t,
	})
	if (!p?.pegawai) return null
	return { nama: p.pegawai.nama, nip: p.pegawai.nip, unitId: p.pegawai.unitId, unitKode: p.pegawai.unit?.kode ?? '' }
}

/** The jenis naskah a draft may be made from, with the signer jabatan each names by default. */
export async function listPilihanDraf() {
	const [jenis, jabatan] = await Promise.all([
		JenisNaskah.findAll({ where: { aktif: true }, attributes: ['id', 'kode', 'nama', 'jabatanPenandatangan'], order: [['id', 'ASC']] }),
		Jabatan.findAll({ where: { aktif: true }, attributes: ['id', 'kode', 'nama'], order: [['id', 'ASC']], raw: true }),
	])
	const idJabatan = new Map(jabatan.map((j) => [j.kode, j.id]))
	return {
		jenis: jenis.map((j) => ({ value: j.id, label: `${j.nama} (${j.kode})`, jabatanPenandatanganId: idJabatan.get(j.jabatanPenandatangan) ?? null })),
		jabatan: jabatan.map((j) => ({ value: j.id, label: j.nama })),
	}
}

/** What a new draft of `jenisNaskahId` starts from: its template and default signer. */
export async function getAwalanDraf(jenisNaskahId: number) {
	const jenis = await JenisNaskah.findOne({ where: { id: jenisNaskahId, aktif: true } })
	if (!jenis) return null
	const penandatangan = await Jabatan.findOne({ where: { kode: jenis.jabatanPenandatangan, aktif: true }, attributes: ['id'] })
	return { jenisNaskahId: jenis.id, nama: jenis.nama, templat: jenis.templat, jabatanPenandatanganId: penandatangan?.id ?? null }
}

/** The checks a draft and an edit share: the body, the classification and the signer exist. */
async function periksaIsian(input: Pick<DrafSuratInput, 'isi' | 'klasifikasiKode' | 'jabatanPenandatanganId'>, t?: Transaction) {
	const errors: FieldErrors = {}
	const isi = bersihkanHtml(input.isi)
	if (!isi || !teksDariHtml(isi).trim()) errors.isi = ['Isi surat wajib diisi.']
	else if (isi.length > BATAS_ISI) errors.isi = ['Isi surat terlalu panjang.']
	const [klasifikasi, jabatan] = await Promise.all([
		KlasifikasiArsip.findByPk(input.klasifikasiKode, { attributes: ['kode'], transaction: t }),
		Jabatan.findOne({ where: { id: input.jabatanPenandatanganId, aktif: true }, attributes: ['id'], transaction: t }),
	])
	if (!klasifikasi) errors.klasifikasiKode = ['Kode klasifikasi tidak ada di daftar klasifikasi arsip.']
	if (!jabatan) errors.jabatanPenandatanganId = ['Jabatan penandatangan tidak ditemukan atau nonaktif.']
	return { isi, errors }
}

const isianVersi = (s: Pick<SuratKeluar, 'perihal' | 'tujuan' | 'tembusan' | 'isi' | 'lampiran'>) => ({ perihal: s.perihal, tujuan: s.tujuan, tembusan: s.tembusan, isi: s.isi, lampiran: s.lampiran })

/** A new draft (status draf, version 1) from the form, by `pelaku`, from their unit. */
export async function buatDrafSurat(input: DrafSuratInput, pelaku: Pick<Pelaku, 'id'>): Promise<HasilSurat> {
	const [{ isi, errors }, jenis, pegawai] = await Promise.all([
		periksaIsian(input),
		JenisNaskah.findOne({ where: { id: input.jenisNaskahId, aktif: true }, attributes: ['id'] }),
		pegawaiPengguna(pelaku.id),
	])
	if (!jenis) errors.jenisNaskahId = ['Jenis naskah tidak ditemukan atau nonaktif.']
	if (!pegawai) errors._form = ['Akun Anda tidak terhubung dengan data pegawai, sehingga unit pengirim surat tidak diketahui.']
	if (Object.keys(errors).length || !pegawai) return { ok: false, errors }
	const id = await transaction(async (t) => {
		const surat = await SuratKeluar.create(
			{
				jenisNaskahId: input.jenisNaskahId,
				klasifikasiKode: input.klasifikasiKode,
				unitKerjaId: pegawai.unitId,
				sifat: input.sifat,
				urgensi: input.urgensi,
				perihal: input.perihal,
				tujuan: input.tujuan,
				tembusan: input.tembusan,
				isi,
				lampiran: input.lampiran,
				ukuranKertas: input.ukuranKertas,
				status: 'draf',
				revisiKe: 1,
				jabatanPenandatanganId: input.jabatanPenandatanganId,
				tahun: null,
				nomorUrut: null,
				nomor: null,
				tanggalSurat: null,
				penandatanganId: null,
				penandatanganNama: null,
				penandatanganJabatan: null,
				caraTandaTangan: null,
				ditandatanganiAt: null,
				kunciPdf: null,
				sha256Pdf: null,
				kodeVerifikasi: null,
				dibuatOlehId: pelaku.id,
				instansId: null,
			},
			{ transaction: t },
		)
		await SuratKeluarVersi.create({ suratKeluarId: surat.id, nomorVersi: 1, ...isianVersi(surat), catatan: 'Draf awal', dibuatOlehId: pelaku.id }, { transaction: t })
		return surat.id
	})
	return { ok: true, id }
}

/**
 * The drafter's edit, while the letter is a draft or returned for revision, from the version the
 * form was opened with. Before the first submission every save overwrites version 1; in a
 * revision round the first save starts the next version (with its change note) and later saves
 * of the same round overwrite it. Every earlier version stays as it was reviewed.
 */
export async function ubahSurat(id: number, input: UbahSuratInput, pelaku: Pick<Pelaku, 'id'>): Promise<HasilSurat | null> {
	try {
		return await transaction(async (t): Promise<HasilSurat | null> => {
			const surat = await SuratKeluar.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE })
			if (!surat) return null
			if (surat.dibuatOlehId !== pelaku.id) throw new TidakBerhakError('Hanya penyusun surat yang dapat mengubahnya.')
			if (surat.status !== 'draf' && surat.status !== 'revisi') throw new KonflikError('Surat ini sedang diverifikasi atau sudah ditandatangani, sehingga tidak dapat diubah.')
			if (surat.version !== input.version) return KONFLIK_VERSI
			const { isi, errors } = await periksaIsian(input, t)
			let versiBaru = false
			if (surat.status === 'revisi') {
				const instans = surat.instansId ? await InstansAlur.findByPk(surat.instansId, { attributes: ['id', 'konteks'], transaction: t }) : null
				versiBaru = surat.revisiKe <= Number(instans?.konteks[KUNCI_VERSI_DIAJUKAN] ?? 0)
				if (versiBaru && !input.catatan) errors.catatan = ['Tuliskan apa yang diubah pada revisi ini.']
			}
			if (Object.keys(errors).length) return { ok: false, errors }
			const jabatanBerubah = surat.jabatanPenandatanganId !== input.jabatanPenandatanganId
			surat.set({
				klasifikasiKode: input.klasifikasiKode,
				sifat: input.sifat,
				urgensi: input.urgensi,
				perihal: input.perihal,
				tujuan: input.tujuan,
				tembusan: input.tembusan,
				isi,
				lampiran: input.lampiran,
				ukuranKertas: input.ukuranKertas,
				jabatanPenandatanganId: input.jabatanPenandatanganId,
				...(versiBaru ? { revisiKe: surat.revisiKe + 1 } : {}),
			})
			await surat.save({ transaction: t })
			if (versiBaru) {
				await SuratKeluarVersi.create({ suratKeluarId: surat.id, nomorVersi: surat.revisiKe, ...isianVersi(surat), catatan: input.catatan, dibuatOlehId: pelaku.id }, { transaction: t })
			} else {
				const versi = await SuratKeluarVersi.findOne({ where: { suratKeluarId: surat.id, nomorVersi: surat.revisiKe }, transaction: t, lock: t.LOCK.UPDATE })
				await versi!.update({ ...isianVersi(surat), ...(input.catatan ? { catatan: input.catatan } : {}) }, { transaction: t })
			}
			if (jabatanBerubah && surat.instansId) {
				// the signature step goes to the jabatan named now
				const jabatan = await Jabatan.findByPk(input.jabatanPenandatanganId, { attributes: ['kode'], transaction: t })
				const instans = await InstansAlur.findByPk(surat.instansId, { transaction: t, lock: t.LOCK.UPDATE })
				await instans!.update({ konteks: { ...instans!.konteks, jabatanPenandatangan: jabatan!.kode } }, { transaction: t })
			}
			return { ok: true, id: surat.id }
		})
	} catch (error) {
		if (error instanceof OptimisticLockError) return KONFLIK_VERSI
		throw error
	}
}

/**
 * What the edit form starts from, for the drafter while the letter is a draft or under revision:
 * the current text, the version it was read at, and whether saving starts a new version.
 */
export async function getSuratUntukUbah(params: { id: number; user: Pembaca }) {
	const surat = await SuratKeluar.findByPk(params.id)
	if (!surat || !(await bolehLihatSurat(surat, params.user))) return null
	if (surat.dibuatOlehId !== params.user.id) throw new TidakBerhakError('Hanya penyusun surat yang dapat mengubahnya.')
	if (surat.status !== 'draf' && surat.status !== 'revisi') throw new KonflikError('Surat ini sedang diverifikasi atau sudah ditandatangani, sehingga tidak dapat diubah.')
	const instans = surat.instansId ? await InstansAlur.findByPk(surat.instansId, { attributes: ['konteks'] }) : null
	const jenis = await JenisNaskah.findByPk(surat.jenisNaskahId, { attributes: ['nama'] })
	return {
		id: surat.id,
		status: surat.status,
		jenisNama: jenis?.nama ?? '',
		revisiKe: surat.revisiKe,
		versiBaru: surat.status === 'revisi' && surat.revisiKe <= Number(instans?.konteks[KUNCI_VERSI_DIAJUKAN] ?? 0),
		nilai: {
			klasifikasiKode: surat.klasifikasiKode,
			sifat: surat.sifat,
			urgensi: surat.urgensi,
			perihal: surat.perihal,
			tujuan: surat.tujuan,
			tembusan: surat.tembusan ?? '',
			isi: surat.isi,
			lampiran: surat.lampiran ?? '',
			ukuranKertas: surat.ukuranKertas,
			jabatanPenandatanganId: surat.jabatanPenandatanganId,
			version: surat.version,
		},
	}
}

/**
 * "Ajukan verifikasi": the draft goes to the first verifier of its jenis naskah's chain. The
 * instance starts in the same transaction as the status change, with the chain and the signer
 * as jabatan codes in its konteks.
 */
export async function ajukanVerifikasi(params: { id: number; pelaku: Pelaku; version?: number }): Promise<{ ok: true; instansId: number } | { ok: false; konflik: true; pesan: string }> {
	const awal = await SuratKeluar.findByPk(params.id, { attributes: ['id', 'jenisNaskahId', 'jabatanPenandatanganId', 'dibuatOlehId'] })
	if (!awal) throw new TidakDitemukanError('Surat tidak ditemukan.')
	if (awal.dibuatOlehId !== params.pelaku.id) throw new TidakBerhakError('Hanya penyusun surat yang dapat mengajukannya.')
	const [jenis, penandatangan] = await Promise.all([
		JenisNaskah.findByPk(awal.jenisNaskahId, { attributes: ['id', 'nama', 'rantaiVerifikasi'] }),
		Jabatan.findByPk(awal.jabatanPenandatanganId, { attributes: ['kode'] }),
	])
	const rantai = jenis?.rantaiVerifikasi ?? []
	const ada = new Set((await Jabatan.findAll({ where: { kode: { [Op.in]: rantai }, aktif: true }, attributes: ['kode'], raw: true })).map((j) => j.kode))
	if (!jenis || !penandatangan || rantai.length === 0 || rantai.some((k) => !ada.has(k))) {
		return { ok: false, konflik: true, pesan: 'Rantai verifikasi jenis naskah ini tidak lengkap atau memuat jabatan yang tidak ada. Minta tata usaha memperbaiki jenis naskah.' }
	}
	const kalender = await siapkanKalender()
	return transaction(async (t) => {
		const surat = await SuratKeluar.findByPk(params.id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!surat || surat.status !== 'draf' || surat.instansId) throw new KonflikError('Surat ini sudah diajukan atau dibatalkan. Muat ulang halaman.')
		if (params.version !== undefined && surat.version !== params.version) return KONFLIK_VERSI
		const konteks: Record<string, unknown> = { jabatanPenandatangan: penandatangan.kode, [KUNCI_VERSI_DIAJUKAN]: surat.revisiKe }
		rantai.forEach((kode, i) => (konteks[`jabatanVerifikator${i + 1}`] = kode))
		const rahasia = surat.sifat === 'rahasia' || surat.sifat === 'sangat-rahasia'
		const instans = await mulaiAlur(
			{
				definisiKode: DEFINISI_SURAT_KELUAR,
				subjekJenis: SUBJEK_SURAT_KELUAR,
				subjekId: String(surat.id),
				// a secret letter's subject stays out of everyone's inbox
				judul: rahasia ? `${jenis.nama} (${LABEL_SIFAT[surat.sifat]})` : `${jenis.nama} — ${surat.perihal}`,
				pemrakarsa: params.pelaku,
				unitId: surat.unitKerjaId,
				konteks,
				kalender,
			},
			t,
		)
		await surat.update({ status: 'verifikasi', instansId: instans.id }, { transaction: t })
		return { ok: true as const, instansId: instans.id }
	})
}

const BISA_DIBATALKAN: StatusSuratKeluar[] = ['draf', 'verifikasi', 'revisi', 'tanda-tangan']

/** The drafter (or a workflow admin) withdraws a letter not yet signed; its instance is cancelled with it. */
export async function batalkanSurat(params: { id: number; pelaku: Pelaku; alasan: string }) {
	const alasan = params.alasan.trim()
	const bolehSemua = hasPermission(params.pelaku.authority, 'update:alur:any')
	await transaction(async (t) => {
		const surat = await SuratKeluar.findByPk(params.id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!surat) throw new TidakDitemukanError('Surat tidak ditemukan.')
		if (surat.dibuatOlehId !== params.pelaku.id && !bolehSemua) throw new TidakBerhakError('Hanya penyusun surat yang dapat membatalkannya.')
		if (!BISA_DIBATALKAN.includes(surat.status)) throw new KonflikError('Surat yang sudah ditandatangani atau dibatalkan tidak dapat dibatalkan.')
		if (surat.instansId) {
			const instans = await InstansAlur.findByPk(surat.instansId, { attributes: ['status'], transaction: t })
			// the cancellation observer marks the letter as cancelled too
			if (instans?.status === 'berjalan') await batalkanAlur({ instansId: surat.instansId, pelaku: params.pelaku, alasan, bolehSemua: true }, t)
			await surat.reload({ transaction: t })
		}
		if (surat.status !== 'dibatalkan') await surat.update({ status: 'dibatalkan' }, { transaction: t })
	})
}

/** Who may see a letter: `read:surat:any`, its drafter, or whoever is involved in its workflow. */
export async function bolehLihatSurat(surat: Pick<SuratKeluar, 'dibuatOlehId' | 'instansId'>, user: Pembaca) {
	if (hasPermission(user.authority, 'read:surat:any') || surat.dibuatOlehId === user.id) return true
	return surat.instansId ? Boolean(await bolehLihatAlur({ instansId: surat.instansId, user })) : false
}

/** The letter's id, instance and status when `user` may see it; null otherwise (a 404 either way). */
export async function getSuratRingkas(params: { id: number; user: Pembaca }) {
	const surat = await SuratKeluar.findByPk(params.id, { attributes: ['id', 'dibuatOlehId', 'instansId', 'status', 'perihal', 'version', 'revisiKe', 'jenisNaskahId'] })
	if (!surat || !(await bolehLihatSurat(surat, params.user))) return null
	return { id: surat.id, instansId: surat.instansId, status: surat.status, perihal: surat.perihal, dibuatOlehId: surat.dibuatOlehId, version: surat.version, revisiKe: surat.revisiKe, jenisNaskahId: surat.jenisNaskahId }
}

/** A review comment on the current version, while the letter is under review or revision. */
export async function tambahKomentar(params: { id: number; isi: string; user: Pembaca }) {
	await transaction(async (t) => {
		const surat = await SuratKeluar.findByPk(params.id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!surat) throw new TidakDitemukanError('Surat tidak ditemukan.')
		if (!['verifikasi', 'revisi', 'tanda-tangan'].includes(surat.status)) throw new KonflikError('Komentar hanya dapat diberikan selama surat diverifikasi atau direvisi.')
		const instans = surat.instansId ? await InstansAlur.findByPk(surat.instansId, { attributes: ['langkahAktif'], transaction: t }) : null
		await KomentarNaskah.create({ suratKeluarId: surat.id, nomorVersi: surat.revisiKe, langkah: instans?.langkahAktif ?? null, penggunaId: params.user.id, isi: params.isi.slice(0, 4000) }, { transaction: t })
	})
}

async function namaPengguna(ids: (number | null)[]) {
	const unik = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
	const rows = unik.length ? await Pengguna.findAll({ where: { id: { [Op.in]: unik } }, attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }] }) : []
	return new Map(rows.map((p) => [p.id, p.pegawai?.nama ?? p.username]))
}

export type SuratKeluarDetail = Awaited<ReturnType<typeof muatDetail>>

async function muatDetail(surat: SuratKeluar) {
	const [jenis, klasifikasi, unit, jabatan, versi, komentar, ekspedisi] = await Promise.all([
		JenisNaskah.findByPk(surat.jenisNaskahId, { attributes: ['id', 'kode', 'nama'] }),
		KlasifikasiArsip.findByPk(surat.klasifikasiKode, { attributes: ['kode', 'nama'] }),
		UnitKerja.findByPk(surat.unitKerjaId, { attributes: ['id', 'kode', 'nama'] }),
		Jabatan.findByPk(surat.jabatanPenandatanganId, { attributes: ['id', 'nama'] }),
		SuratKeluarVersi.findAll({ where: { suratKeluarId: surat.id }, attributes: ['id', 'nomorVersi', 'catatan', 'dibuatOlehId', 'createdAt'], order: [['nomorVersi', 'ASC']] }),
		KomentarNaskah.findAll({ where: { suratKeluarId: surat.id }, order: [['id', 'ASC']] }),
		EkspedisiSurat.findAll({ where: { suratKeluarId: surat.id }, order: [['id', 'ASC']] }),
	])
	const nama = await namaPengguna([surat.dibuatOlehId, ...versi.map((v) => v.dibuatOlehId), ...komentar.map((k) => k.penggunaId), ...ekspedisi.map((e) => e.dikirimOlehId)])
	return {
		id: surat.id,
		jenisNaskah: { id: jenis?.id ?? surat.jenisNaskahId, kode: jenis?.kode ?? '', nama: jenis?.nama ?? '' },
		klasifikasi: { kode: surat.klasifikasiKode, nama: klasifikasi?.nama ?? '' },
		unit: { id: surat.unitKerjaId, kode: unit?.kode ?? '', nama: unit?.nama ?? '' },
		sifat: surat.sifat,
		urgensi: surat.urgensi,
		perihal: surat.perihal,
		tujuan: pisahBaris(surat.tujuan),
		tembusan: pisahBaris(surat.tembusan),
		// cleaned when saved; cleaned again before any page renders it as HTML
		isi: bersihkanHtml(surat.isi),
		lampiran: surat.lampiran,
		ukuranKertas: surat.ukuranKertas,
		status: surat.status,
		revisiKe: surat.revisiKe,
		jabatanPenandatangan: { id: surat.jabatanPenandatanganId, nama: jabatan?.nama ?? '' },
		nomor: surat.nomor,
		tanggalSurat: surat.tanggalSurat,
		penandatanganNama: surat.penandatanganNama,
		penandatanganJabatan: surat.penandatanganJabatan,
		caraTandaTangan: surat.caraTandaTangan,
		ditandatanganiAt: surat.ditandatanganiAt?.toISOString() ?? null,
		adaPdf: Boolean(surat.kunciPdf),
		sha256Pdf: surat.sha256Pdf,
		kodeVerifikasi: surat.kodeVerifikasi,
		pembuat: { id: surat.dibuatOlehId, nama: nama.get(surat.dibuatOlehId) ?? '' },
		instansId: surat.instansId,
		version: surat.version,
		createdAt: surat.createdAt.toISOString(),
		updatedAt: surat.updatedAt.toISOString(),
		versi: versi.map((v) => ({ nomorVersi: v.nomorVersi, catatan: v.catatan, oleh: nama.get(v.dibuatOlehId) ?? '', createdAt: v.createdAt.toISOString() })),
		komentar: komentar.map((k) => ({ id: k.id, nomorVersi: k.nomorVersi, langkah: k.langkah, oleh: nama.get(k.penggunaId) ?? '', isi: k.isi, createdAt: k.createdAt.toISOString() })),
		ekspedisi: ekspedisi.map((e) => ({
			id: e.id,
			cara: e.cara,
			tujuan: e.tujuan,
			alamat: e.alamat,
			nomorResi: e.nomorResi,
			dikirimAt: e.dikirimAt.toISOString(),
			dikirimOleh: nama.get(e.dikirimOlehId) ?? '',
			status: e.status,
			diterimaOleh: e.diterimaOleh,
			diterimaAt: e.diterimaAt?.toISOString() ?? null,
			adaBukti: Boolean(e.kunciBukti),
			catatan: e.catatan,
			version: e.version,
		})),
	}
}

/** The letter's page data when `user` may see it; null otherwise. */
export async function getSuratKeluar(params: { id: number; user: Pembaca }) {
	const surat = await SuratKeluar.findByPk(params.id)
	if (!surat || !(await bolehLihatSurat(surat, params.user))) return null
	return muatDetail(surat)
}

export type BidangBanding = { label: string; potongan: Potongan[] }

/** Two versions side by side: what changed from `dari` to `ke` in each part of the letter. */
export async function bandingkanVersi(params: { id: number; dari: number; ke: number }) {
	const rows = await SuratKeluarVersi.findAll({ where: { suratKeluarId: params.id, nomorVersi: { [Op.in]: [params.dari, params.ke] } } })
	const a = rows.find((r) => r.nomorVersi === params.dari)
	const b = rows.find((r) => r.nomorVersi === params.ke)
	if (!a || !b) return null
	const bidang: BidangBanding[] = [
		{ label: 'Perihal', potongan: bandingkanTeks(a.perihal, b.perihal) },
		{ label: 'Tujuan', potongan: bandingkanTeks(a.tujuan, b.tujuan) },
		{ label: 'Tembusan', potongan: bandingkanTeks(a.tembusan ?? '', b.tembusan ?? '') },
		{ label: 'Lampiran', potongan: bandingkanTeks(a.lampiran ?? '', b.lampiran ?? '') },
		{ label: 'Isi surat', potongan: bandingkanTeks(teksDariHtml(a.isi), teksDariHtml(b.isi)) },
	]
	return {
		dari: { nomorVersi: a.nomorVersi, catatan: a.catatan, createdAt: a.createdAt.toISOString() },
		ke: { nomorVersi: b.nomorVersi, catatan: b.catatan, createdAt: b.createdAt.toISOString() },
		bidang,
	}
}

/** One version's body as the reviewers saw it. */
export async function getVersi(params: { id: number; nomorVersi: number }) {
	const v = await SuratKeluarVersi.findOne({ where: { suratKeluarId: params.id, nomorVersi: params.nomorVersi } })
	return v ? { nomorVersi: v.nomorVersi, perihal: v.perihal, tujuan: pisahBaris(v.tujuan), tembusan: pisahBaris(v.tembusan), isi: bersihkanHtml(v.isi), lampiran: v.lampiran, catatan: v.catatan } : null
}

export type SuratKeluarListRow = {
	id: number
	jenisNaskah: string
	perihal: string
	tujuan: string
	nomor: string | null
	tanggalSurat: string | null
	sifat: string
	status: StatusSuratKeluar
	revisiKe: number
	pembuat: string
	unit: string
	dibuatAt: string
	diubahAt: string
}

/** Instances of letters with a task `user` may take or holds now. */
async function instansTindakan(user: Pembaca) {
	const target: WhereOptions<TugasAlur>[] = [{ targetJenis: 'pengguna', targetPenggunaId: user.id }]
	if (user.authority.jabatan.length) target.push({ targetJenis: 'jabatan', targetJabatanId: { [Op.in]: user.authority.jabatan.map((j) => j.id) } })
	if (user.authority.peran.length) target.push({ targetJenis: 'peran', targetPeran: { [Op.in]: user.authority.peran } })
	const rows = await TugasAlur.findAll({
		where: {
			definisiKode: DEFINISI_SURAT_KELUAR,
			[Op.and]: [{ [Op.or]: [{ status: 'terbuka' }, { status: 'diambil', diambilOlehId: user.id }] }, { [Op.or]: target }],
		},
		attributes: ['instansId'],
		raw: true,
	})
	return [...new Set(rows.map((r) => r.instansId))]
}

async function whereDaftar(params: { user: Pembaca; filter: FilterSuratKeluar }): Promise<WhereOptions<SuratKeluar>> {
	const { user, filter } = params
	const syarat: WhereOptions<SuratKeluar>[] = []
	if (filter.tab === 'tindakan') syarat.push({ instansId: { [Op.in]: await instansTindakan(user) }, status: { [Op.notIn]: ['dibatalkan', 'selesai'] } })
	else if (filter.tab === 'saya') syarat.push({ dibuatOlehId: user.id })
	else if (!hasPermission(user.authority, 'read:surat:any')) {
		const id = Number(user.id)
		const tindakan = await instansTindakan(user)
		syarat.push({
			[Op.or]: [
				{ dibuatOlehId: id },
				{ instansId: { [Op.in]: literal(`(SELECT instans_id FROM alur_riwayat WHERE pengguna_id = ${id})`) } },
				...(tindakan.length ? [{ instansId: { [Op.in]: tindakan } }] : []),
			],
		})
	}
	if (filter.status) syarat.push({ status: filter.status })
	if (filter.jenisNaskahId) syarat.push({ jenisNaskahId: filter.jenisNaskahId })
	if (filter.klasifikasi) syarat.push({ [Op.or]: [{ klasifikasiKode: filter.klasifikasi }, { klasifikasiKode: { [Op.like]: `${filter.klasifikasi}.%` } }] })
	if (filter.q) {
		const pola = likePattern(filter.q)
		syarat.push({ [Op.or]: [{ perihal: { [Op.like]: pola } }, { nomor: { [Op.like]: pola } }, { tujuan: { [Op.like]: pola } }] })
	}
	if (filter.dari || filter.sampai) {
		// "tanggal": the letter's date once signed, the day it was drafted before that
		const zona = await getZonaWaktuKantor()
		const tanggal: Record<symbol, string> = {}
		const dibuat: Record<symbol, Date> = {}
		if (filter.dari) {
			tanggal[Op.gte] = filter.dari
			dibuat[Op.gte] = awalHariUtc(filter.dari, zona)
		}
		if (filter.sampai) {
			tanggal[Op.lte] = filter.sampai
			dibuat[Op.lt] = awalHariUtc(hariBerikutnya(filter.sampai), zona)
		}
		syarat.push({ [Op.or]: [{ tanggalSurat: tanggal }, { tanggalSurat: null, createdAt: dibuat }] })
	}
	return { [Op.and]: syarat }
}

/** The letters of one tab of `/surat-keluar`, newest change first, one page at a time. */
export async function listSuratKeluar(params: { user: Pembaca; filter: FilterSuratKeluar; offset: number; limit: number }) {
	const { rows, count } = await SuratKeluar.findAndCountAll({
		where: await whereDaftar(params),
		attributes: ['id', 'jenisNaskahId', 'perihal', 'tujuan', 'nomor', 'tanggalSurat', 'sifat', 'status', 'revisiKe', 'dibuatOlehId', 'unitKerjaId', 'createdAt', 'updatedAt'],
		include: [
			{ model: JenisNaskah, as: 'jenisNaskah', attributes: ['nama'] },
			{ model: UnitKerja, as: 'unit', attributes: ['nama'] },
		],
		order: [
			['updatedAt', 'DESC'],
			['id', 'DESC'],
		],
		offset: params.offset,
		limit: params.limit,
	})
	const nama = await namaPengguna(rows.map((r) => r.dibuatOlehId))
	return {
		total: count,
		rows: rows.map((r): SuratKeluarListRow => {
			const tujuan = pisahBaris(r.tujuan)
			return {
				id: r.id,
				jenisNaskah: r.jenisNaskah?.nama ?? '',
				perihal: r.perihal,
				tujuan: tujuan.length > 1 ? `${tujuan[0]} (+${tujuan.length - 1})` : (tujuan[0] ?? ''),
				nomor: r.nomor,
				tanggalSurat: r.tanggalSurat,
				sifat: r.sifat,
				status: r.status,
				revisiKe: r.revisiKe,
				pembuat: nama.get(r.dibuatOlehId) ?? '',
				unit: r.unit?.nama ?? '',
				dibuatAt: r.createdAt.toISOString(),
				diubahAt: r.updatedAt.toISOString(),
			}
		}),
	}
}

/** What a letter's PDF is built from, the number and signature aside. Read outside any transaction. */
export async function bahanPdfSurat(surat: SuratKeluar, penandatangan: DataPdfSurat['penandatangan'], cara: DataPdfSurat['cara'], qrPng: Buffer | null): Promise<Omit<DataPdfSurat, 'nomor'>> {
	const [kop, jenis] = await Promise.all([siapkanKop(), JenisNaskah.findByPk(surat.jenisNaskahId, { attributes: ['kode', 'nama'] })])
	return {
		kop,
		ukuranKertas: surat.ukuranKertas,
		jenisKode: jenis?.kode ?? '',
		jenisNama: jenis?.nama ?? 'Surat',
		tanggal: null,
		sifat: LABEL_SIFAT[surat.sifat] ?? surat.sifat,
		lampiran: surat.lampiran,
		perihal: surat.perihal,
		tujuan: pisahBaris(surat.tujuan),
		tembusan: pisahBaris(surat.tembusan),
		isi: surat.isi,
		penandatangan,
		cara,
		qrPng,
	}
}

const namaBerkas = (s: Pick<SuratKeluar, 'nomor' | 'id'>, draf: boolean) => `${draf ? `Draf surat keluar ${s.id}` : `Surat ${(s.nomor ?? String(s.id)).replace(/[^A-Za-z0-9.-]+/g, '-')}`}.pdf`

/**
 * The letter's PDF for whoever may see it: the file stored at signing, or before that a preview
 * of the current text (watermarked DRAF, without number or signature).
 */
export async function bacaPdfSurat(params: { id: number; user: Pembaca }) {
	const surat = await SuratKeluar.findByPk(params.id)
	if (!surat || !(await bolehLihatSurat(surat, params.user))) return null
	if (surat.kunciPdf) {
		const isi = await getStorage().read(surat.kunciPdf)
		if (!isi) return null
		await audit({ aksi: 'unduh-dokumen', entitas: 'surat_keluar', entitasId: surat.id, keterangan: `Surat keluar ${surat.nomor ?? surat.id}` })
		return { isi, nama: namaBerkas(surat, false), mime: 'application/pdf' }
	}
	const jabatan = await Jabatan.findByPk(surat.jabatanPenandatanganId, { attributes: ['nama'] })
	const { pdf } = await renderPdfSurat({ ...(await bahanPdfSurat(surat, { jabatan: jabatan?.nama ?? '', nama: null, nip: null }, null, null)), nomor: null })
	return { isi: pdf, nama: namaBerkas(surat, true), mime: 'application/pdf' }
}
