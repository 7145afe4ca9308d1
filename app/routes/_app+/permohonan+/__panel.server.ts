import { data } from '@remix-run/node'
import { awalHariUtc, isTanggal } from '~/modules/audit/waktu-zona'
import { tandatanganiManual, tandatanganiTte, unggahDrafDokumen } from '~/modules/layanan/dokumen-elektronik.server'
import { bacaFormPermohonan } from '~/modules/layanan/form-permohonan.server'
import {
	catatCekDokumen,
	catatCetak,
	catatHasilSiak,
	catatPenyerahan,
	jadwalkanKunjungan,
	simpanCeklis,
	tambahBerkasPermohonan,
	terimaPembayaranDenda,
} from '~/modules/layanan/pekerjaan.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import type { CurrentUser } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, type FieldErrors } from '~/utils/forms'
import { hasPermission } from '~/utils/permissions.server'
import { AlurError, alurErrorResponse, TidakBerhakError } from '~/workflow/galat'

/**
 * The request page's own intents: what the desk records at the step it holds (one small form
 * each) and the scans staff add while the request runs. The services check that the user holds
 * the step; their refusals become 403/404/409 responses, invalid input a 400 with the values.
 */
const STATUS_REKAM = new Set(['sudah-rekam', 'prr', 'duplicate'])
const teks = (formData: FormData, name: string) => {
	const value = formData.get(name)
	return typeof value === 'string' ? value.trim() : ''
}

/** `2026-11-25T09:30` from a datetime-local field, read as the office's wall clock. */
function waktuKantor(value: string, zonaWaktu: string): Date {
	const cocok = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value)
	if (!cocok || !isTanggal(cocok[1]) || Number(cocok[2]) > 23 || Number(cocok[3]) > 59) return new Date(Number.NaN)
	return new Date(awalHariUtc(cocok[1]!, zonaWaktu).getTime() + (Number(cocok[2]) * 60 + Number(cocok[3])) * 60_000)
}

export async function tanganiIntentPanel(params: { formData: FormData; permohonanId: number; user: CurrentUser; kembaliKe: string }) {
	const { formData, permohonanId, user, kembaliKe } = params
	const intent = teks(formData, 'intent')
	const sukses = (pesan: string, jenis: 'sukses' | 'info' = 'sukses') => redirectWithFlash(kembaliKe, { jenis, pesan })
	const gagal = (errors: FieldErrors) => data(formFailure(formData, errors), { status: 400 })
	try {
		switch (intent) {
			case 'simpan-ceklis': {
				const ceklis = formData
					.getAll('ceklis[]')
					.map(Number)
					.filter((n) => Number.isSafeInteger(n) && n > 0)
				const hasil = await simpanCeklis({ permohonanId, ceklis, pelaku: user })
				return hasil.lengkap ? sukses('Ceklis disimpan. Berkas wajib lengkap.') : sukses(`Ceklis disimpan. Belum lengkap: ${hasil.kurang.join('; ')}.`, 'info')
			}
			case 'catat-hasil-siak': {
				const statusRekam = teks(formData, 'statusRekam')
				if (statusRekam && !STATUS_REKAM.has(statusRekam)) return gagal({ statusRekam: ['Pilih status perekaman.'] })
				const nikDitemukan = teks(formData, 'nikDitemukan')
				if (nikDitemukan && nikDitemukan !== 'ya' && nikDitemukan !== 'tidak') return gagal({ nikDitemukan: ['Pilih apakah NIK ditemukan di SIAK.'] })
				const hasil = await catatHasilSiak({
					permohonanId,
					pelaku: user,
					catatan: {
						nomor: teks(formData, 'hasilNomor') || null,
						keterangan: teks(formData, 'hasilKeterangan') || null,
						...(statusRekam ? { statusRekam: statusRekam as 'sudah-rekam' | 'prr' | 'duplicate' } : {}),
						...(nikDitemukan ? { nikDitemukan: nikDitemukan === 'ya' } : {}),
					},
				})
				return hasil.ok ? sukses('Hasil SIAK dicatat.') : gagal(hasil.errors)
			}
			case 'terima-denda': {
				const { nomor } = await terimaPembayaranDenda({ permohonanId, pelaku: user })
				return sukses(`Pembayaran denda diterima. Kuitansi ${nomor} diterbitkan.`)
			}
			case 'jadwalkan-kunjungan': {
				const jadwal = waktuKantor(teks(formData, 'jadwal'), await getZonaWaktuKantor())
				const hasil = await jadwalkanKunjungan({ permohonanId, jadwal, pendamping: teks(formData, 'pendamping'), pelaku: user })
				return hasil.ok ? sukses('Jadwal kunjungan dan pendamping dicatat.') : gagal(hasil.errors)
			}
			case 'catat-cetak': {
				const nomorDokumen = teks(formData, 'nomorDokumen').slice(0, 60)
				const { nomorRegister } = await catatCetak({ permohonanId, nomorDokumen: nomorDokumen || null, pelaku: user })
				return sukses(`Pencetakan dicatat di buku register: ${nomorRegister}.`)
			}
			case 'catat-cek-dokumen': {
				const kondisi = teks(formData, 'kondisi')
				if (kondisi !== 'baik' && kondisi !== 'rusak') return gagal({ kondisi: ['Pilih kondisi dokumen.'] })
				await catatCekDokumen({ permohonanId, kondisi, pelaku: user })
				return sukses(kondisi === 'baik' ? 'Dokumen dicatat dalam kondisi baik.' : 'Dokumen dicatat rusak; pilih “cetak ulang” pada tindakan.')
			}
			case 'catat-penyerahan': {
				const cara = teks(formData, 'cara')
				const hasil = await catatPenyerahan({ permohonanId, diterimaOleh: teks(formData, 'diterimaOleh'), cara: cara as Parameters<typeof catatPenyerahan>[0]['cara'], pelaku: user })
				if (!hasil.ok) return gagal(hasil.errors)
				return sukses(hasil.nomorRegister ? `Penyerahan dicatat pada register ${hasil.nomorRegister}.` : 'Penyerahan dicatat.')
			}
			case 'unggah-dokumen': {
				const berkas = formData.get('dokumen')
				const hasil = await unggahDrafDokumen({
					permohonanId,
					berkas: berkas instanceof File && berkas.size > 0 ? { nama: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) } : null,
					nomorDokumen: teks(formData, 'nomorDokumen').slice(0, 60) || null,
					pelaku: user,
				})
				return hasil.ok ? sukses(`Dokumen dari SIAK diunggah. Kode verifikasi: ${hasil.kodeVerifikasi}.`) : gagal(hasil.errors)
			}
			case 'tandatangani-tte': {
				// the passphrase goes to the signing service only: never echoed back, never logged
				const hasil = await tandatanganiTte({ permohonanId, nik: teks(formData, 'nik'), passphrase: String(formData.get('passphrase') ?? ''), pelaku: user })
				if (hasil.ok) return sukses('Dokumen ditandatangani secara elektronik.')
				return data({ ok: false as const, errors: { _form: [hasil.pesan], ...hasil.errors }, values: { intent, nik: teks(formData, 'nik') } }, { status: 400 })
			}
			case 'tandatangani-manual': {
				await tandatanganiManual({ permohonanId, pelaku: user })
				return sukses('Penandatanganan manual (basah dan stempel) dicatat.')
			}
			case 'tambah-berkas': {
				if (!hasPermission(user.authority, 'update:permohonan:any')) throw new TidakBerhakError('Anda tidak berwenang menambah berkas permohonan.')
				const { berkas } = await bacaFormPermohonan(formData)
				const hasil = await tambahBerkasPermohonan({ permohonanId, berkas, pelaku: user })
				return hasil.ok ? sukses(`${berkas.length} berkas ditambahkan.`) : gagal(hasil.errors)
			}
			default:
				throw new AlurError('Tindakan tidak dikenal.', 400)
		}
	} catch (error) {
		throw alurErrorResponse(error)
	}
}
