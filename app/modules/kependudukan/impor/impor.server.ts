import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Op } from 'sequelize'
import { DkbImpor, PublikasiAgregat, Wilayah } from '#models/index'
import type { TahapImpor } from '#models/kependudukan/DkbImpor'
import { getStorage } from '~/integrations/storage/storage.server'
import { getPengaturanKantor, getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { audit } from '~/utils/audit.server'
import { getDb } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { tanggalDiZona } from '~/utils/format'
import { logger } from '~/utils/logger.server'
import { siapkanKalender, type Pelaku } from '~/workflow/mesin.server'
import { hitungAgregat } from '../agregat.server'
import { POLA_SEMESTER, labelSemester, tanggalAcuan as acuanSemester } from '../kode'
import { bersihkanImpor, hapusDataImpor, kunciPublikasiUntukImpor, terapkanImpor } from '../publikasi.server'
import { BerkasTidakTerbacaError, bukaBerkasDkb } from './baca-berkas.server'
import { bangunKeluarga } from './keluarga.server'
import { bukaLaporanPenolakan } from './laporan-penolakan.server'
import { UKURAN_BATCH, buatPemuat } from './pemuat.server'
import { NikTerlihat, petakanKolom, validasiBaris, type PendudukValid } from './validasi'

/**
 * Importing a semester's DKB file (P7.2's input), one code path for the upload page and
 * `npm run dkb:import`: a job row is created (one at a time per semester, only while the
 * semester's publication is a draft), then the file is streamed — read, checked row by row, loaded
 * in batches — with its progress written to the job every second; the families and the agregat are
 * built by the database; and the publication is switched to the new import in one short
 * transaction. Until that switch nobody sees the new rows; if anything fails they are purged and
 * the old semester stays as it was.
 */
export type Kemajuan = Pick<DkbImpor, 'id' | 'status' | 'tahap' | 'byteDibaca' | 'ukuranByte' | 'barisDibaca' | 'barisDiimpor' | 'barisDitolak'>

export type HasilBuatImpor = { ok: true; impor: DkbImpor } | { ok: false; errors: Record<string, string[]> }

/** Where uploaded DKB files wait for their job: too big for the storage adapter's in-memory save. */
export function direktoriBerkasMasuk() {
	return path.join(getEnv().uploadDir, 'dkb-masuk')
}

const tolak = (field: string, pesan: string): HasilBuatImpor => ({ ok: false, errors: { [field]: [pesan] } })

/**
 * The job of importing `berkas` (a path on this server) as the semester's DKB. Refused, with the
 * message on its field, when the semester is not one, has not ended yet, is published or under
 * approval, or already has an import running.
 */
export async function buatImpor(params: {
	semester: string
	namaBerkas: string
	berkas: string
	/** `unggahan`: the job owns the file (in the waiting directory) and removes it; `luar`: a file the command line names, left alone */
	asal: 'unggahan' | 'luar'
	pelaku: Pelaku | null
	now?: Date
}): Promise<HasilBuatImpor> {
	if (!POLA_SEMESTER.test(params.semester)) return tolak('semester', 'Semester ditulis TTTT-1 (Januari–Juni) atau TTTT-2 (Juli–Desember).')
	const acuan = acuanSemester(params.semester)!
	const hariIni = tanggalDiZona(params.now ?? new Date(), await getZonaWaktuKantor())
	if (acuan > hariIni) return tolak('semester', `${labelSemester(params.semester)} belum berakhir (tanggal acuan ${acuan}).`)
	const ukuran = (await fs.promises.stat(params.berkas).catch(() => null))?.size ?? 0
	if (ukuran === 0) return tolak('berkas', 'Berkas kosong atau tidak terbaca.')
	return getDb().transaction(async (t): Promise<HasilBuatImpor> => {
		const publikasi = await kunciPublikasiUntukImpor(params.semester, acuan, params.pelaku, t)
		if (publikasi.status === 'terbit') {
			return tolak('semester', `${labelSemester(params.semester)} sudah terbit dan tidak dapat diimpor ulang. Buat versi koreksi dengan alasannya untuk menggantinya.`)
		}
		if (publikasi.status === 'menunggu-persetujuan') {
			return tolak('semester', `Publikasi ${labelSemester(params.semester)} sedang menunggu persetujuan; data baru dapat diimpor setelah dikembalikan untuk penyesuaian.`)
		}
		const berjalan = await DkbImpor.findOne({ where: { semester: params.semester, status: { [Op.in]: ['antri', 'berjalan'] } }, transaction: t })
		if (berjalan) return tolak('semester', `Impor ${labelSemester(params.semester)} lain sedang berjalan (${berjalan.namaBerkas}); tunggu sampai selesai.`)
		const impor = await DkbImpor.create(
			{
				semester: params.semester,
				tanggalAcuan: acuan,
				namaBerkas: params.namaBerkas.slice(0, 255),
				berkasKunci: params.asal === 'unggahan' ? path.relative(getEnv().uploadDir, params.berkas) : null,
				ukuranByte: ukuran,
				status: 'antri',
				tahap: null,
				byteDibaca: 0,
				barisDibaca: 0,
				barisDiimpor: 0,
				barisDitolak: 0,
				laporanKunci: null,
				pesan: null,
				mulaiAt: null,
				selesaiAt: null,
				dibuatOlehId: params.pelaku?.id ?? null,
			},
			{ transaction: t },
		)
		return { ok: true, impor }
	})
}

/** Any 16-digit run (a NIK, a KK number) in a message, masked. */
export function samarkanNomor(teks: string) {
	return teks.replace(/\d{16}/g, '################')
}

/** Progress written straight to the row: once a second, not worth an audit entry each time. */
async function tulisKemajuan(id: number, k: { tahap?: TahapImpor; byteDibaca?: number; barisDibaca?: number; barisDiimpor?: number; barisDitolak?: number }) {
	const set: string[] = []
	const nilai: (string | number)[] = []
	const kolom = { tahap: 'tahap', byteDibaca: 'byte_dibaca', barisDibaca: 'baris_dibaca', barisDiimpor: 'baris_diimpor', barisDitolak: 'baris_ditolak' } as const
	for (const [kunci, nama] of Object.entries(kolom) as [keyof typeof kolom, string][]) {
		if (k[kunci] === undefined) continue
		set.push(`${nama} = ?`)
		nilai.push(k[kunci])
	}
	// updated_at doubles as the heartbeat the sweeper reads
	await getDb().query(`UPDATE dkb_impor SET ${[...set, 'updated_at = ?'].join(', ')} WHERE id = ?`, { replacements: [...nilai, new Date(), id] })
}

/**
 * A regency's file turns into a few hundred megabytes of short-lived strings and buffers. V8 lets
 * that garbage pile up to well past the import's real needs before a full collection, which in a
 * server process shared with the office's daytime work is memory taken from everyone else; a full
 * collection every 50,000 rows (a few tens of milliseconds, about 2% of the time) keeps the
 * import's footprint flat. `gc` is reached through the documented `--expose-gc` flag, set for a
 * fresh context only.
 */
const BARIS_PER_PEMBERSIHAN = 50_000
const bersihkanMemori: (() => void) | undefined = (() => {
	try {
		v8.setFlagsFromString('--expose-gc')
		return runInNewContext('gc') as () => void
	} catch {
		return undefined
	}
})()

/** A DKB row is rarely under 100 bytes: the file's size bounds its number of rows. */
const BYTE_PER_BARIS_MINIMUM = 100

/** A job silent for this long has lost its process (a heartbeat goes out every 20 seconds). */
const BATAS_SENYAP_MS = 2 * 60_000
const DETAK_MS = 20_000

async function desaKabupaten(kodeKabupaten: string) {
	const rows = await Wilayah.findAll({ where: { tingkat: 'desa', kode: { [Op.like]: `${kodeKabupaten}.%` } }, attributes: ['kode'], raw: true })
	return new Set(rows.map((r) => r.kode))
}

export type HasilImpor = { status: 'selesai' | 'gagal'; pesan: string | null; barisDibaca: number; barisDiimpor: number; barisDitolak: number; laporan: string | null }

/**
 * Runs a queued job to its end (the upload page does not wait for it; the command line does).
 * `laporanKe` also writes the rejection report to that path (the command line puts it next to the
 * file). Never throws for a bad file: the job ends `gagal` with the reason.
 */
export async function jalankanImpor(
	imporId: number,
	opsi: {
		pelaku: Pelaku | null
		/** the file of an import made with `asal: 'luar'` */
		berkasLuar?: string
		laporanKe?: string
		saatKemajuan?: (k: Kemajuan) => void
		intervalMs?: number
	} = { pelaku: null },
): Promise<HasilImpor> {
	const [diklaim] = await DkbImpor.update({ status: 'berjalan', tahap: 'membaca', mulaiAt: new Date() }, { where: { id: imporId, status: 'antri' } })
	if (diklaim !== 1) throw new Error(`Impor ${imporId} tidak dalam antrean.`)
	const impor = (await DkbImpor.findByPk(imporId))!
	const milikJob = impor.berkasKunci !== null
	const berkas = milikJob ? path.join(getEnv().uploadDir, impor.berkasKunci!) : opsi.berkasLuar
	if (!berkas) throw new Error(`Berkas impor ${imporId} tidak disebutkan.`)
	const laporanSementara = path.join(os.tmpdir(), `simadu-penolakan-${imporId}-${crypto.randomBytes(4).toString('hex')}.xlsx`)
	const hitung = { barisDibaca: 0, barisDiimpor: 0, barisDitolak: 0, byteDibaca: 0 }
	const kemajuan = (tahap: TahapImpor): Kemajuan => ({ id: imporId, status: 'berjalan', tahap, ukuranByte: impor.ukuranByte, ...hitung })
	let laporanKunci: string | null = null
	// the families and agregat stages run single long statements: the heartbeat says the job lives
	const detak = setInterval(() => void tulisKemajuan(imporId, {}).catch(() => undefined), DETAK_MS)
	detak.unref()
	try {
		const kantor = await getPengaturanKantor()
		const pembaca = await bukaBerkasDkb(berkas)
		const { peta, hilang } = petakanKolom(pembaca.header)
		if (hilang.length) throw new BerkasTidakTerbacaError(`Kolom wajib tidak ada pada baris judul: ${hilang.join(', ')}.`)
		const konteks = { peta, tanggalAcuan: impor.tanggalAcuan, desa: await desaKabupaten(kantor.kodeWilayah), kodeKabupaten: kantor.kodeWilayah, nikTerlihat: new NikTerlihat(Math.ceil(impor.ukuranByte / BYTE_PER_BARIS_MINIMUM)) }
		const laporan = bukaLaporanPenolakan(laporanSementara, `Baris ditolak — impor DKB ${labelSemester(impor.semester)}, berkas ${impor.namaBerkas}`)
		const pemuat = await buatPemuat(imporId)
		const interval = opsi.intervalMs ?? 1000
		let terakhir = Date.now()
		let batch: { baris: number; p: PendudukValid }[] = []
		try {
			for await (const { baris, nilai } of pembaca.baris) {
				hitung.barisDibaca += 1
				const hasil = validasiBaris(nilai, konteks)
				if (hasil.ok) {
					batch.push({ baris, p: hasil.penduduk })
					hitung.barisDiimpor += 1
					if (batch.length >= UKURAN_BATCH) {
						await pemuat.tulis(batch)
						batch = []
					}
				} else {
					laporan.tambah(baris, hasil.penolakan)
					hitung.barisDitolak += 1
				}
				if (hitung.barisDibaca % BARIS_PER_PEMBERSIHAN === 0) bersihkanMemori?.()
				if (Date.now() - terakhir >= interval) {
					terakhir = Date.now()
					hitung.byteDibaca = pembaca.byteDibaca()
					await tulisKemajuan(imporId, hitung)
					opsi.saatKemajuan?.(kemajuan('membaca'))
				}
			}
			await pemuat.tulis(batch)
		} catch (error) {
			await pemuat.batal(error as Error)
			throw error
		}
		const dimuat = await pemuat.selesai()
		if (dimuat !== hitung.barisDiimpor) throw new Error(`Basis data menerima ${dimuat} dari ${hitung.barisDiimpor} baris.`)
		hitung.byteDibaca = impor.ukuranByte
		await laporan.tutup()
		if (hitung.barisDitolak > 0) {
			laporanKunci = await getStorage().save(await fs.promises.readFile(laporanSementara), 'xlsx', { folder: 'dkb-penolakan' })
			if (opsi.laporanKe) await fs.promises.copyFile(laporanSementara, opsi.laporanKe)
		}
		if (hitung.barisDiimpor === 0) throw new BerkasTidakTerbacaError('Tidak ada baris yang sah dalam berkas; data semester tidak diubah.')

		await tulisKemajuan(imporId, { ...hitung, tahap: 'keluarga' })
		opsi.saatKemajuan?.(kemajuan('keluarga'))
		await bangunKeluarga(imporId)
		await tulisKemajuan(imporId, { tahap: 'agregat' })
		opsi.saatKemajuan?.(kemajuan('agregat'))
		await hitungAgregat(imporId)
		await tulisKemajuan(imporId, { tahap: 'menerapkan' })
		opsi.saatKemajuan?.(kemajuan('menerapkan'))
		const kalender = await siapkanKalender()
		await getDb().transaction(async (t) => {
			await terapkanImpor({ imporId, semester: impor.semester, pelaku: opsi.pelaku, kalender, transaction: t })
			await impor.update({ status: 'selesai', tahap: null, selesaiAt: new Date(), laporanKunci, ...hitung }, { transaction: t })
			await audit(
				{
					aksi: 'impor-dkb',
					entitas: 'dkb_impor',
					entitasId: imporId,
					keterangan: `DKB ${labelSemester(impor.semester)} dari ${impor.namaBerkas}: ${hitung.barisDibaca} baris dibaca, ${hitung.barisDiimpor} diimpor, ${hitung.barisDitolak} ditolak`,
					penggunaId: opsi.pelaku?.id ?? null,
				},
				t,
			)
		})
		await bersihkanImpor()
		return { status: 'selesai', pesan: null, ...hitung, laporan: laporanKunci }
	} catch (error) {
		// a database error may quote the row it choked on: NIK and KK numbers stay out of the job and the log
		const pesan = samarkanNomor(error instanceof BerkasTidakTerbacaError ? error.message : `Impor gagal: ${(error as Error).message}`)
		if (!(error instanceof BerkasTidakTerbacaError)) logger.error({ galat: (error as Error).name, pesan, imporId }, 'impor DKB gagal')
		await hapusDataImpor(imporId).catch((e: unknown) => logger.error({ err: e, imporId }, 'data impor gagal tidak terhapus'))
		await DkbImpor.update({ status: 'gagal', tahap: null, selesaiAt: new Date(), pesan: pesan.slice(0, 1000), laporanKunci, ...hitung }, { where: { id: imporId } })
		return { status: 'gagal', pesan, ...hitung, laporan: laporanKunci }
	} finally {
		clearInterval(detak)
		await fs.promises.rm(laporanSementara, { force: true })
		if (milikJob) {
			await fs.promises.rm(berkas, { force: true })
			await DkbImpor.update({ berkasKunci: null }, { where: { id: imporId } })
		}
	}
}

/**
 * Jobs whose process died (a server restart, a killed command) stop sending their heartbeat: after
 * two silent minutes they end `gagal`, their half-loaded rows are purged and the semester is free
 * again. The server sweeps every minute; a job of the command line running beside it keeps beating.
 */
export async function sapuImporTerputus(now = new Date()) {
	const terputus = await DkbImpor.findAll({ where: { status: { [Op.in]: ['antri', 'berjalan'] }, updatedAt: { [Op.lt]: new Date(now.getTime() - BATAS_SENYAP_MS) } } })
	for (const impor of terputus) {
		await hapusDataImpor(impor.id)
		await impor.update({ status: 'gagal', tahap: null, selesaiAt: now, pesan: 'Impor terhenti (server dimulai ulang atau proses dihentikan). Unggah ulang berkasnya.' })
		if (impor.berkasKunci) await fs.promises.rm(path.join(getEnv().uploadDir, impor.berkasKunci), { force: true })
	}
	await bersihkanImpor()
	return terputus.length
}

let penyapu: NodeJS.Timeout | null = null
/** Started once by the server (entry.server.tsx). */
export function mulaiPenyapuImpor() {
	if (penyapu) return
	penyapu = setInterval(() => void sapuImporTerputus().catch((err: unknown) => logger.error({ err }, 'penyapu impor DKB gagal')), 60_000)
	penyapu.unref()
}

/** The semester's publication version that the next import would feed, for the upload form's hints. */
export async function statusSemesterUntukImpor(semester: string) {
	return PublikasiAgregat.findOne({ where: { semester }, order: [['versi', 'DESC']] })
}
