import fs from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { type OpsiSintetis, barisSintetis, periksaOpsiSintetis } from './baris'
import { KOLOM_DKB } from './kolom'

export type OpsiTulisSintetis = OpsiSintetis & { out: string; pemisah?: ',' | ';' }
export type HasilTulisSintetis = { penduduk: number; keluarga: number; byte: number }

/** Rows are gathered into pieces of about this many characters: one write per piece, not per row. */
const UKURAN_POTONGAN = 256 * 1024

/** A CSV field, quoted only when it holds the separator, a quote or a line break. */
function pengutip(pemisah: string) {
	const perlu = new RegExp(`[${pemisah}"\\r\\n]`)
	return (nilai: string) => (perlu.test(nilai) ? `"${nilai.replaceAll('"', '""')}"` : nilai)
}

function* potonganCsv(opsi: OpsiTulisSintetis, hasil: HasilTulisSintetis): Generator<string> {
	const pemisah = opsi.pemisah ?? ','
	const kutip = pengutip(pemisah)
	let potongan = `${KOLOM_DKB.join(pemisah)}\n`
	let kkTerakhir = ''
	for (const baris of barisSintetis(opsi)) {
		let teks = kutip(baris[KOLOM_DKB[0]])
		for (let i = 1; i < KOLOM_DKB.length; i++) teks += pemisah + kutip(baris[KOLOM_DKB[i]!])
		potongan += `${teks}\n`
		hasil.penduduk += 1
		// a family's rows are consecutive, so a new NO_KK is a new family
		if (baris.NO_KK !== kkTerakhir) {
			hasil.keluarga += 1
			kkTerakhir = baris.NO_KK
		}
		if (potongan.length >= UKURAN_POTONGAN) {
			hasil.byte += Buffer.byteLength(potongan)
			yield potongan
			potongan = ''
		}
	}
	hasil.byte += Buffer.byteLength(potongan)
	yield potongan
}

/**
 * Writes a synthetic DKB CSV file (docs/dkb.md "Import file"): UTF-8, a header row, one row per
 * resident. The rows are made as the file stream asks for them, so memory stays flat whatever the
 * size of the file.
 */
export async function tulisDkbSintetis(opsi: OpsiTulisSintetis): Promise<HasilTulisSintetis> {
	// fail before creating an empty file
	const masalah = periksaOpsiSintetis(opsi)
	if (masalah) throw new Error(masalah)
	const hasil: HasilTulisSintetis = { penduduk: 0, keluarga: 0, byte: 0 }
	const berkas = fs.createWriteStream(opsi.out)
	let dibuka = false
	berkas.once('open', () => (dibuka = true))
	try {
		await pipeline(Readable.from(potonganCsv(opsi, hasil), { objectMode: false }), berkas)
	} catch (error) {
		// half a file would pass for a smaller one
		if (dibuka) await fs.promises.rm(opsi.out, { force: true })
		throw error
	}
	return hasil
}
