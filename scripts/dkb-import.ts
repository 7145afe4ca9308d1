/**
 * `npm run dkb:import -- <berkas> --semester 2026-1`
 * Imports a semester's DKB file through the same job as the upload page: prints rows read,
 * imported and rejected, writes the rejection report next to the file (`<berkas>.ditolak.xlsx`)
 * and leaves the semester's draft agregat computed. Exits 1 when the file cannot be read at all,
 * 2 on wrong usage.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buatImpor, jalankanImpor, type Kemajuan } from '~/modules/kependudukan/impor/impor.server'
import { prepareDatabase } from '~/utils/bootstrap.server'
import { closeDb } from '~/utils/db.server'
import { formatAngka } from '~/utils/format'

function tampilkan(k: Kemajuan) {
	const persen = k.ukuranByte ? Math.min(100, Math.round((k.byteDibaca / k.ukuranByte) * 100)) : 0
	const tahap = { membaca: `membaca ${persen}%`, keluarga: 'menyusun keluarga', agregat: 'menghitung agregat', menerapkan: 'menerapkan' }[k.tahap ?? 'membaca']
	process.stdout.write(`\r${tahap}: ${formatAngka(k.barisDibaca)} baris dibaca, ${formatAngka(k.barisDitolak)} ditolak   `)
}

async function main() {
	const { values, positionals } = parseArgs({ options: { semester: { type: 'string' } }, allowPositionals: true })
	const berkas = positionals[0]
	if (!berkas || !values.semester) {
		console.error('Pemakaian: npm run dkb:import -- <berkas.csv|berkas.xlsx> --semester TTTT-S')
		return 2
	}
	await prepareDatabase({ migrate: true, demo: false })
	const lengkap = path.resolve(berkas)
	const dibuat = await buatImpor({ semester: values.semester, namaBerkas: path.basename(lengkap), berkas: lengkap, asal: 'luar', pelaku: null })
	if (!dibuat.ok) {
		for (const pesan of Object.values(dibuat.errors).flat()) console.error(pesan)
		return 1
	}
	const mulai = Date.now()
	const hasil = await jalankanImpor(dibuat.impor.id, { pelaku: null, berkasLuar: lengkap, laporanKe: `${lengkap}.ditolak.xlsx`, saatKemajuan: tampilkan })
	process.stdout.write('\n')
	console.log(`Baris dibaca: ${formatAngka(hasil.barisDibaca)}; diimpor: ${formatAngka(hasil.barisDiimpor)}; ditolak: ${formatAngka(hasil.barisDitolak)} (${((Date.now() - mulai) / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} detik)`)
	if (hasil.barisDitolak > 0) console.log(`Laporan baris ditolak: ${lengkap}.ditolak.xlsx`)
	if (hasil.status === 'gagal') {
		console.error(hasil.pesan)
		return 1
	}
	console.log('Draft agregat semester dihitung dan menunggu pembahasan (P7.2).')
	return 0
}

main()
	.then(async (code) => {
		await closeDb()
		process.exit(code)
	})
	.catch(async (error: unknown) => {
		console.error(error)
		await closeDb()
		process.exit(1)
	})
