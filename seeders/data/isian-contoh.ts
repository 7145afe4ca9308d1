import type { SkemaIsian } from '~/modules/layanan/skema-isian'

/**
 * Plausible values for every field of a service's form, for the demo requests and the tests: the
 * event date `peristiwa` days ago, other dates well before it, dates bound to follow another just
 * after it. A valid NIK/KK (region 33.05.01, born 12-01-1990) for number fields.
 */
export const NIK_CONTOH = '3305011201900001'

export function tanggalLalu(hari: number) {
	return new Date(Date.now() - hari * 86_400_000).toISOString().slice(0, 10)
}

/** `peristiwa`: the event's date, or how many days ago it was. */
export function contohIsian(skema: SkemaIsian, peristiwa: string | number = 10): Record<string, string> {
	const tanggalPeristiwa = typeof peristiwa === 'number' ? tanggalLalu(peristiwa) : peristiwa
	const data: Record<string, string> = {}
	for (const f of skema.field) {
		if (f.jenis === 'tanggal') data[f.nama] = f.nama === skema.tanggalPeristiwa ? tanggalPeristiwa : tanggalLalu(f.tidakSebelum ? 5 : 400)
		else if (f.jenis === 'pilihan') data[f.nama] = f.pilihan![0]!
		else if (f.jenis === 'nik' || f.jenis === 'nomor-kk') data[f.nama] = NIK_CONTOH
		else if (f.jenis === 'angka') data[f.nama] = '2'
		else if (f.format === 'jam') data[f.nama] = '08:30'
		else if (f.format === 'kode-pos') data[f.nama] = '54311'
		else data[f.nama] = f.jenis === 'teks-panjang' ? 'Keterangan contoh permohonan' : 'Contoh Isian'
	}
	return data
}
