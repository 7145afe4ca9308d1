/**
 * The office's calendar for the time standards: service hours and zone from the office profile,
 * holidays from `hari_libur`.
 */
import { listTanggalLibur } from '~/modules/referensi/hari-libur.server'
import { getJamLayananKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { geserTanggal } from '~/utils/hari-kerja'
import type { Waktu } from './definisi/jenis'
import { kapasitasPekan, tenggat, type Kalender } from './waktu-standar'

const MS_SEHARI = 86_400_000

/**
 * Holidays of every local date an instant in [dari, sampai] can have in any zone: the UTC dates
 * widened by one day on each side (zones lie within a day of UTC). One query.
 */
function liburAntara(dari: Date, sampai: Date) {
	const [awal, akhir] = dari <= sampai ? [dari, sampai] : [sampai, dari]
	const tanggalUtc = (d: Date) => d.toISOString().slice(0, 10)
	return listTanggalLibur(geserTanggal(tanggalUtc(awal), -1), geserTanggal(tanggalUtc(akhir), 1))
}

/** The office calendar for measuring between two instants (holidays of that range only). */
export async function getKalenderKantor(dari: Date, sampai: Date): Promise<Kalender> {
	const [{ jamLayanan, zonaWaktu }, libur] = await Promise.all([getJamLayananKantor(), liburAntara(dari, sampai)])
	return { jamLayanan, zonaWaktu, libur }
}

/**
 * The deadline of a time standard on the office calendar. Holidays are loaded for a span sized
 * from the weekly service hours plus a month; only when a long run of holidays pushes the answer
 * past that span (so a later holiday could still move it) is the span doubled and loaded again.
 */
export async function tenggatKantor(mulai: Date, waktu: Waktu): Promise<Date> {
	const { jamLayanan, zonaWaktu } = await getJamLayananKantor()
	const pekan = kapasitasPekan(jamLayanan)
	const pekanDibutuhkan = 'menit' in waktu ? waktu.menit / pekan.menit : waktu.hariKerja / pekan.hari
	// An invalid `mulai` or `waktu` is left to `tenggat`, which names what is wrong.
	if (Number.isNaN(mulai.getTime())) return tenggat(mulai, waktu, { jamLayanan, zonaWaktu, libur: new Set() })
	let hari = (Number.isFinite(pekanDibutuhkan) && pekanDibutuhkan > 0 ? Math.ceil(pekanDibutuhkan) * 7 : 0) + 30
	for (;;) {
		const sampai = new Date(mulai.getTime() + hari * MS_SEHARI)
		const hasil = tenggat(mulai, waktu, { jamLayanan, zonaWaktu, libur: await liburAntara(mulai, sampai) })
		if (hasil <= sampai) return hasil
		hari *= 2
	}
}
