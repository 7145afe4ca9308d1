/**
 * The administrative fine for a late report: free within the legal deadline counted in calendar
 * days from the event, then the rate valid on the reporting date. Pure, so the public page can
 * explain it and the tests can table it.
 */
export type Tarif = { peristiwa: string; batasHari: number; nominal: number; berlakuMulai: string; berlakuSampai: string | null }

export type HasilDenda = { nominal: number; terlambatHari: number; tarif: Tarif | null }

const MS_SEHARI = 86_400_000

/** Calendar days from `dari` to `sampai` (`YYYY-MM-DD`), negative when `sampai` is earlier. */
export function selisihHari(dari: string, sampai: string) {
	return Math.round((Date.parse(`${sampai}T00:00:00Z`) - Date.parse(`${dari}T00:00:00Z`)) / MS_SEHARI)
}

/** The rate valid on `tanggal`: the latest start on or before it whose end has not passed. */
export function tarifBerlaku(tarif: readonly Tarif[], peristiwa: string, tanggal: string): Tarif | null {
	return (
		tarif
			.filter((t) => t.peristiwa === peristiwa && t.berlakuMulai <= tanggal && (!t.berlakuSampai || t.berlakuSampai >= tanggal))
			.sort((a, b) => b.berlakuMulai.localeCompare(a.berlakuMulai))[0] ?? null
	)
}

export function hitungDenda(params: { peristiwa: string | null; tanggalPeristiwa: string | null; tanggalLapor: string; tarif: readonly Tarif[] }): HasilDenda {
	const { peristiwa, tanggalPeristiwa, tanggalLapor } = params
	if (!peristiwa || !tanggalPeristiwa) return { nominal: 0, terlambatHari: 0, tarif: null }
	const tarif = tarifBerlaku(params.tarif, peristiwa, tanggalLapor)
	if (!tarif) return { nominal: 0, terlambatHari: 0, tarif: null }
	const terlambatHari = Math.max(0, selisihHari(tanggalPeristiwa, tanggalLapor) - tarif.batasHari)
	return { nominal: terlambatHari > 0 ? tarif.nominal : 0, terlambatHari, tarif }
}
