import crypto from 'node:crypto'
import { UniqueConstraintError } from 'sequelize'
import { BerkasPermohonan, PermohonanLayanan } from '#models/index'
import type { KanalPermohonan } from '#models/layanan/PermohonanLayanan'
import { getUnitIdByKode } from '~/modules/organisasi/unit-kerja.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { getDb } from '~/utils/db.server'
import { tanggalDiZona } from '~/utils/format'
import type { FieldErrors } from '~/utils/forms'
import { ambilNomorBerikut, pastikanPenghitung } from '~/utils/nomor-urut.server'
import { getDefinisi } from '~/workflow/definisi'
import { mulaiAlur, siapkanKalender, type Pelaku } from '~/workflow/mesin.server'
import { periksaBerkas, simpanBerkas, type BerkasMasuk } from './berkas.server'
import { hitungDenda } from './denda'
import { getJenisLayananByKode, listTarifDenda, type JenisLayananRow } from './katalog.server'
import { buatKodeLacak, hashKodeLacak } from './kode-lacak.server'
import { PemohonSchema } from './permohonan.schema'
import { parseIsian, SKEMA_ISIAN } from './skema-isian'

export const SUBJEK_PERMOHONAN = 'permohonan-layanan'

export type AjukanInput = {
	jenisKode: string
	kanal: KanalPermohonan
	/** raw form values: the applicant fields, `pengiriman`, and the service's own fields */
	pemohon: Record<string, unknown>
	isian: Record<string, unknown>
	berkas: BerkasMasuk[]
	/** ids of the checklist lines the loket ticked against the scans (loket only) */
	ceklis?: number[]
	/** the member of staff submitting (loket, partner officer); null for a citizen on the web */
	pelaku: Pick<Pelaku, 'id' | 'nama' | 'jabatan'> | null
	/** for tests and the WhatsApp channel: the reporting date; today in the office's zone by default */
	sekarang?: Date
	/** the form's one-time key (`buatKunciPengajuan`): sent twice, it makes one request */
	kunciPengajuan?: string | null
}

export type HasilAjukan =
	| { ok: true; permohonanId: number; nomorTiket: string; kodeLacak: string; instansId: number; denda: number }
	| { ok: false; errors: FieldErrors }

/** `KK-BARU-20261122-0001`: service code, the office's date, the day's sequence for that service. */
export function formatNomorTiket(kode: string, tanggal: string, urut: number) {
	return `${kode}-${tanggal.replaceAll('-', '')}-${String(urut).padStart(4, '0')}`
}

/** A fresh one-time key for a request form, rendered as a hidden field. */
export function buatKunciPengajuan() {
	return crypto.randomUUID()
}

const POLA_KUNCI = /^[A-Za-z0-9-]{16,64}$/

async function sudahTerkirim(kunci: string): Promise<HasilAjukan> {
	const ada = await PermohonanLayanan.findOne({ where: { kunciPengajuan: kunci }, attributes: ['nomorTiket'] })
	return {
		ok: false,
		errors: {
			_form: [
				`Permohonan ini sudah terkirim dengan nomor tiket ${ada?.nomorTiket ?? 'yang sama'}; tidak dikirim dua kali. Kode lacak hanya ditampilkan saat pertama kali terkirim.`,
			],
		},
	}
}

const UNIT_BAKU: Record<string, string> = { 'pendaftaran-penduduk': 'DAFDUK', 'pencatatan-sipil': 'CAPIL' }

/** Which definition a request runs: the WhatsApp-ticket SOP for WhatsApp requests when the service has one. */
export function definisiUntuk(jenis: Pick<JenisLayananRow, 'definisiKode' | 'definisiWa'>, kanal: KanalPermohonan) {
	return kanal === 'wa' && jenis.definisiWa ? jenis.definisiWa : jenis.definisiKode
}

/** Completeness from the loket's ticks: every required line of the checklist ticked. */
export function lengkapMenurutCeklis(jenis: Pick<JenisLayananRow, 'persyaratan'>, ceklis: readonly number[]) {
	const dicentang = new Set(ceklis)
	return jenis.persyaratan.filter((p) => p.wajib).every((p) => dicentang.has(p.id))
}

function validasi(jenis: JenisLayananRow, input: AjukanInput) {
	const errors: FieldErrors = {}
	const pemohon = PemohonSchema.safeParse(input.pemohon)
	if (!pemohon.success) for (const issue of pemohon.error.issues) (errors[issue.path.join('.') || '_form'] ??= []).push(issue.message)
	if (pemohon.success && !pemohon.data.pemohonNik && input.kanal !== 'loket' && input.kanal !== 'wa') (errors.pemohonNik ??= []).push('NIK pemohon wajib diisi.')
	// a WhatsApp ticket opens with a message and no form: the desk fills the data from the berkas
	const isian = input.kanal === 'wa' ? { ok: true as const, data: {} as Record<string, string> } : parseIsian(jenis.skema, input.isian)
	if (!isian.ok) for (const [field, messages] of Object.entries(isian.errors)) errors[`isian.${field}`] = messages
	const berkas = periksaBerkas(input.berkas)
	if (!berkas.ok) errors.berkas = berkas.errors
	else if (input.kanal !== 'loket' && input.kanal !== 'wa' && berkas.berkas.length === 0) errors.berkas = ['Unggah pindaian berkas persyaratan.']
	const ceklis = (input.ceklis ?? []).filter((id) => jenis.persyaratan.some((p) => p.id === id))
	if (!pemohon.success || !isian.ok || !berkas.ok || Object.keys(errors).length) return { ok: false as const, errors }
	return { ok: true as const, pemohon: pemohon.data, isian: isian.data, berkas: berkas.berkas, ceklis }
}

/**
 * A new request, from the loket, the web, a partner or WhatsApp. Validates everything first and
 * saves nothing on any error; stores the scans, then in one transaction takes the day's ticket
 * number, writes the request and its berkas, and starts its SOP past the pemohon's submission.
 * The tracking code is returned once, here, and kept only as a hash.
 */
export async function ajukanPermohonan(input: AjukanInput): Promise<HasilAjukan> {
	const kunciPengajuan = input.kunciPengajuan && POLA_KUNCI.test(input.kunciPengajuan) ? input.kunciPengajuan : null
	if (kunciPengajuan && (await PermohonanLayanan.count({ where: { kunciPengajuan } }))) return sudahTerkirim(kunciPengajuan)
	const jenis = await getJenisLayananByKode(input.jenisKode)
	if (!jenis || !jenis.aktif) return { ok: false, errors: { _form: ['Layanan tidak ditemukan atau tidak aktif.'] } }
	if (input.kanal === 'web' && !jenis.daring) return { ok: false, errors: { _form: ['Layanan ini hanya dapat diajukan langsung di loket.'] } }
	const hasil = validasi(jenis, input)
	if (!hasil.ok) return hasil

	const definisi = getDefinisi(definisiUntuk(jenis, input.kanal))
	if (!definisi) throw new Error(`Definisi ${jenis.definisiKode} untuk layanan ${jenis.kode} tidak ada.`)
	const [kalender, zonaWaktu, tarif, unitId] = await Promise.all([
		siapkanKalender(),
		getZonaWaktuKantor(),
		jenis.peristiwa ? listTarifDenda() : Promise.resolve([]),
		getUnitIdByKode(jenis.unitKode ?? UNIT_BAKU[jenis.kelompok] ?? ''),
	])
	const sekarang = input.sekarang ?? new Date()
	const tanggalLapor = tanggalDiZona(sekarang, zonaWaktu)
	const kolomPeristiwa = SKEMA_ISIAN[jenis.skema]?.tanggalPeristiwa
	const tanggalPeristiwa = kolomPeristiwa ? (hasil.isian[kolomPeristiwa] ?? null) : null
	const denda = hitungDenda({ peristiwa: jenis.peristiwa, tanggalPeristiwa, tanggalLapor, tarif })
	const kunciNomor = `tiket:${jenis.kode}:${tanggalLapor.replaceAll('-', '')}`
	await pastikanPenghitung(kunciNomor)
	const kodeLacak = buatKodeLacak()
	const { tersimpan, hapus } = await simpanBerkas(hasil.berkas)
	const berkasLengkap = input.kanal === 'loket' ? lengkapMenurutCeklis(jenis, hasil.ceklis) : null

	try {
		return await getDb().transaction(async (t) => {
			const nomorTiket = formatNomorTiket(jenis.kode, tanggalLapor, await ambilNomorBerikut(kunciNomor, t))
			const permohonan = await PermohonanLayanan.create(
				{
					nomorTiket,
					kodeLacakHash: hashKodeLacak(nomorTiket, kodeLacak),
					jenisLayananId: jenis.id,
					kanal: input.kanal,
					...hasil.pemohon,
					isian: hasil.isian,
					ceklis: hasil.ceklis,
					tanggalPeristiwa,
					tanggalLapor,
					denda: denda.nominal,
					dendaLunas: false,
					hasilNomor: null,
					hasilKeterangan: null,
					statusRekam: definisi.kode.startsWith('P4.3') ? 'belum-rekam' : null,
					jadwalKunjungan: null,
					pendamping: null,
					diajukanOlehId: input.pelaku?.id ?? null,
					instansId: null,
					kunciPengajuan,
				},
				{ transaction: t },
			)
			if (tersimpan.length) {
				await BerkasPermohonan.bulkCreate(
					tersimpan.map((b) => ({
						permohonanId: permohonan.id,
						persyaratanId: b.persyaratanId && jenis.persyaratan.some((p) => p.id === b.persyaratanId) ? b.persyaratanId : null,
						nama: b.nama,
						kunci: b.kunci,
						mime: b.jenis.mime,
						ukuran: b.bytes.byteLength,
						sha256: b.sha256,
						sumber: input.pelaku ? ('petugas' as const) : ('pemohon' as const),
						diunggahOlehId: input.pelaku?.id ?? null,
					})),
					{ transaction: t },
				)
			}
			const instans = await mulaiAlur(
				{
					definisiKode: definisi.kode,
					subjekJenis: SUBJEK_PERMOHONAN,
					subjekId: String(permohonan.id),
					// inboxes show this: the service and the ticket, never the applicant's name
					judul: `${jenis.nama} — ${nomorTiket}`,
					pemrakarsa: input.pelaku,
					unitId,
					konteks: {
						denda: denda.nominal,
						dendaLunas: denda.nominal === 0,
						adaEmail: hasil.pemohon.pengiriman === 'email',
						...(berkasLengkap === null ? {} : { berkasLengkap }),
					},
					langsungAksi: 'ajukan',
					kalender,
				},
				t,
			)
			await permohonan.update({ instansId: instans.id }, { transaction: t })
			return { ok: true as const, permohonanId: permohonan.id, nomorTiket, kodeLacak, instansId: instans.id, denda: denda.nominal }
		})
	} catch (error) {
		await hapus()
		// the same form sent twice at once: the other copy made the request
		if (kunciPengajuan && error instanceof UniqueConstraintError && (await PermohonanLayanan.count({ where: { kunciPengajuan } }))) return sudahTerkirim(kunciPengajuan)
		throw error
	}
}
