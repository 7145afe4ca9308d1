/**
 * Bulk data for the inbox benchmark: bench users and 100,000 workflow instances with their tasks
 * and history, written with `queryInterface.bulkInsert` in batches and explicit ids. It bypasses
 * the engine on purpose (row by row it would take hours) but writes what the engine writes: task
 * targets come from `resolvePelaksana`, tenggat/hampir follow the step's standard, history rows
 * carry the same fields as `jalankanAksi` writes.
 */
import { QueryTypes, type QueryInterface, type Sequelize } from 'sequelize'
import { AKHIR, type Aksi, type Definisi, type Langkah } from '~/workflow/definisi/jenis'
import { DEFINISI, getDefinisi } from '~/workflow/definisi'
import { resolvePelaksana, type Target } from '~/workflow/pelaksana.server'
import { AMBANG_HAMPIR } from '~/workflow/waktu-standar'
import { loadAuthority, type Authority } from '~/utils/permissions.server'
import { hashSandi } from '~/utils/password.server'

type Baris = Record<string, unknown>

/** A deterministic generator, so two runs seed the same data. */
export function acak(seed: number) {
	let s = seed >>> 0
	const next = () => {
		s = (s + 0x6d2b79f5) >>> 0
		let t = s
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
	}
	return {
		next,
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
		between: (min: number, max: number) => min + next() * (max - min),
	}
}
export type Acak = ReturnType<typeof acak>

// ---------------------------------------------------------------------------------------------
// Users

/** Bench accounts: role, how many, and the jabatan they hold (their roles come with it too). */
const PERAN_BENCH: [peran: string, jumlah: number, jabatanIds: number[]][] = [
	['petugas-loket', 12, [24]],
	['operator-siak', 12, [25]],
	['kasi', 8, [6, 7, 9, 10]],
	['kabid', 4, [5, 8, 11]],
	['petugas-pengambilan', 8, [26]],
	['tata-usaha', 6, [15]],
]
/** Jabatan codes a definition may name per instance (jabatan-konteks): ones the bench accounts hold. */
const JABATAN_KONTEKS = ['KASI-IDP', 'KASI-PDP', 'KASI-KLM', 'KASI-PPS']
export const ID_BENCH_AWAL = 5001
export const PREFIX_BENCH = 'bench.'

export async function seedPenggunaBench(sequelize: Sequelize) {
	const qi = sequelize.getQueryInterface()
	const jabatan = await sequelize.query<{ id: number; unit_id: number }>('SELECT id, unit_id FROM jabatan', { type: QueryTypes.SELECT })
	const unitOf = new Map(jabatan.map((j) => [j.id, j.unit_id]))
	const peran = await sequelize.query<{ id: number; kode: string }>('SELECT id, kode FROM peran', { type: QueryTypes.SELECT })
	const peranId = new Map(peran.map((p) => [p.kode, p.id]))
	// never used to log in: the benchmark signs in through sessions made directly
	const hash = await hashSandi(`bench-${Date.now()}-${Math.random()}`)
	const now = new Date()
	const pegawai: Baris[] = []
	const pengguna: Baris[] = []
	const links: Baris[] = []
	let n = 0
	for (const [kode, jumlah, jabatanIds] of PERAN_BENCH) {
		for (let i = 0; i < jumlah; i++) {
			const id = ID_BENCH_AWAL + n
			const jabatanId = jabatanIds[i % jabatanIds.length]!
			pegawai.push({
				id,
				nip: `1990010120200${String(10000 + n).slice(-5)}`,
				nama: `Pegawai Uji ${String(n + 1).padStart(2, '0')} (${kode})`,
				jabatan_id: jabatanId,
				unit_id: unitOf.get(jabatanId) ?? 1,
				email: null,
				telepon: null,
				aktif: true,
				version: 0,
				created_at: now,
				updated_at: now,
			})
			pengguna.push({
				id,
				username: `${PREFIX_BENCH}${String(n + 1).padStart(2, '0')}`,
				password_hash: hash,
				pegawai_id: id,
				aktif: true,
				wajib_ganti_sandi: false,
				sandi_demo: false,
				sandi_diubah_at: now,
				terakhir_masuk_at: null,
				version: 0,
				created_at: now,
				updated_at: now,
			})
			const found = peranId.get(kode)
			if (!found) throw new Error(`Peran ${kode} tidak ada di katalog.`)
			links.push({ pengguna_id: id, peran_id: found })
			n++
		}
	}
	await qi.bulkInsert('pegawai', pegawai)
	await qi.bulkInsert('pengguna', pengguna)
	await qi.bulkInsert('pengguna_peran', links)
	return n
}

export type PenggunaBench = { id: number; username: string; nama: string; jabatan: string | null; unitId: number; authority: Authority }

/** Every active account with what it may do today (the same computation a request makes). */
export async function muatPengguna(sequelize: Sequelize, tanggal: string): Promise<PenggunaBench[]> {
	const rows = await sequelize.query<{ id: number; username: string; nama: string; jabatan: string | null; unit_id: number }>(
		`SELECT p.id, p.username, g.nama, j.nama AS jabatan, g.unit_id
		   FROM pengguna p JOIN pegawai g ON g.id = p.pegawai_id LEFT JOIN jabatan j ON j.id = g.jabatan_id
		  WHERE p.aktif = 1 ORDER BY p.id`,
		{ type: QueryTypes.SELECT },
	)
	const out: PenggunaBench[] = []
	for (const r of rows) {
		out.push({ id: r.id, username: r.username, nama: r.nama, jabatan: r.jabatan, unitId: r.unit_id, authority: await loadAuthority(r.id, tanggal) })
	}
	return out
}

// ---------------------------------------------------------------------------------------------
// Instances

const MENIT = 60_000
const JAM = 60 * MENIT
const HARI = 24 * JAM

/** The step's standard as wall-clock span (approximate: the engine counts service hours). */
function spanStandar(langkah: Langkah): number | null {
	if (!langkah.waktu) return null
	return 'menit' in langkah.waktu ? langkah.waktu.menit * MENIT * 2 : langkah.waktu.hariKerja * HARI * 1.4
}

const akhir = (ke: string) => ke === AKHIR.selesai || ke === AKHIR.ditolak

const NAMA_DEPAN = ['Ahmad', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gilang', 'Hana', 'Indra', 'Joko', 'Kartika', 'Lukman', 'Maya', 'Nanda', 'Oki', 'Putri', 'Rizky', 'Sari', 'Teguh', 'Umi', 'Wahyu', 'Yanti']
const NAMA_BELAKANG = ['Santoso', 'Wijaya', 'Lestari', 'Pratama', 'Hidayat', 'Nugroho', 'Rahayu', 'Saputra', 'Kurniawan', 'Utami', 'Setiawan', 'Permata']

type Kunjungan = { langkah: Langkah; aksi: Aksi }

export type StatistikSeed = { instans: number; berjalan: number; tugas: number; tugasTerbuka: number; riwayat: number }

/** The highest ids in the workflow tables, so bulk rows follow whatever is already there. */
export async function idTerakhir(sequelize: Sequelize) {
	const [row] = await sequelize.query<{ instans: number | null; tugas: number | null; riwayat: number | null }>(
		'SELECT (SELECT MAX(id) FROM alur_instans) AS instans, (SELECT MAX(id) FROM alur_tugas) AS tugas, (SELECT MAX(id) FROM alur_riwayat) AS riwayat',
		{ type: QueryTypes.SELECT },
	)
	return { instans: Number(row?.instans ?? 0), tugas: Number(row?.tugas ?? 0), riwayat: Number(row?.riwayat ?? 0) }
}

export class PembuatAlur {
	private readonly definisi: { def: Definisi; bobot: number }[]
	private readonly totalBobot: number
	private readonly cacheTarget = new Map<string, Promise<Target>>()
	private readonly perPeran = new Map<string, PenggunaBench[]>()
	private readonly perJabatan = new Map<number, PenggunaBench[]>()
	private readonly perId = new Map<number, PenggunaBench>()
	private readonly pemrakarsa: PenggunaBench[]
	private instansId: number
	private tugasId: number
	private riwayatId: number
	readonly statistik: StatistikSeed = { instans: 0, berjalan: 0, tugas: 0, tugasTerbuka: 0, riwayat: 0 }

	constructor(
		private readonly qi: QueryInterface,
		private readonly users: PenggunaBench[],
		private readonly rnd: Acak,
		private readonly now: Date,
		private readonly batch: number,
		/** the last ids already in the tables (the demo data may hold a few instances) */
		idTerakhir: { instans: number; tugas: number; riwayat: number },
	) {
		this.instansId = idTerakhir.instans
		this.tugasId = idTerakhir.tugas + 1
		this.riwayatId = idTerakhir.riwayat + 1
		const kode = [...new Set(DEFINISI.map((d) => d.kode))]
		this.definisi = kode.map((k) => {
			const def = getDefinisi(k)!
			// services dominate an office's workload; WhatsApp tickets most of all
			const bobot = def.kode.startsWith('SOP-WA-') ? 6 : def.area === 'P4' || def.area === 'P5' ? 3 : 1
			return { def, bobot }
		})
		this.totalBobot = this.definisi.reduce((s, d) => s + d.bobot, 0)
		for (const u of users) {
			this.perId.set(u.id, u)
			for (const p of u.authority.peran) this.perPeran.set(p, [...(this.perPeran.get(p) ?? []), u])
			for (const j of u.authority.jabatan) this.perJabatan.set(j.id, [...(this.perJabatan.get(j.id) ?? []), u])
		}
		// anyone but the head of office (the atasan-pemrakarsa steps need an atasan)
		this.pemrakarsa = users.filter((u) => u.username !== 'kadis')
	}

	private pilihDefinisi(): Definisi {
		let x = this.rnd.next() * this.totalBobot
		for (const d of this.definisi) {
			x -= d.bobot
			if (x < 0) return d.def
		}
		return this.definisi.at(-1)!.def
	}

	/** `resolvePelaksana` once per distinct step (and unit / initiator where the step depends on it). */
	private target(def: Definisi, langkah: Langkah, instans: { unitId: number; pemrakarsaId: number; konteks: Record<string, unknown> }) {
		const p = langkah.pelaksana
		const bagian =
			p.jenis === 'kepala-unit-subjek'
				? `u${instans.unitId}`
				: p.jenis === 'atasan-pemrakarsa' || (p.jenis === 'pengguna' && p.kunci === 'pemrakarsa')
					? `p${instans.pemrakarsaId}`
					: p.jenis === 'pengguna' || p.jenis === 'jabatan-konteks'
						? `k${String(instans.konteks[p.kunci])}`
						: ''
		const key = `${def.kode}|${langkah.kode}|${bagian}`
		let found = this.cacheTarget.get(key)
		if (!found) {
			found = resolvePelaksana(p, instans)
			this.cacheTarget.set(key, found)
		}
		return found
	}

	private pelaku(target: Target): PenggunaBench {
		const pool =
			target.targetJenis === 'peran'
				? this.perPeran.get(target.targetPeran ?? '')
				: target.targetJenis === 'jabatan'
					? this.perJabatan.get(target.targetJabatanId ?? 0)
					: [this.perId.get(target.targetPenggunaId ?? 0)].filter((u): u is PenggunaBench => Boolean(u))
		return pool?.length ? this.rnd.pick(pool) : this.users[0]!
	}

	private pilihAksi(langkah: Langkah): Aksi {
		// mostly forward: a few are sent back or rejected
		const bobot = langkah.aksi.map((a) => (a.ke === AKHIR.ditolak ? 0.03 : a.kode === 'kembalikan' ? 0.05 : 1))
		let x = this.rnd.next() * bobot.reduce((s, b) => s + b, 0)
		for (let i = 0; i < langkah.aksi.length; i++) {
			x -= bobot[i]!
			if (x < 0) return langkah.aksi[i]!
		}
		return langkah.aksi.at(-1)!
	}

	/** The route an instance took: up to `maks` transitions, stopping at an end. */
	private jalur(def: Definisi, maks: number): { kunjungan: Kunjungan[]; sekarang: string | null } {
		const kunjungan: Kunjungan[] = []
		let langkahKode = def.mulai
		while (kunjungan.length < maks) {
			const langkah = def.langkah.find((l) => l.kode === langkahKode)
			if (!langkah || langkah.aksi.length === 0) break
			const aksi = this.pilihAksi(langkah)
			kunjungan.push({ langkah, aksi })
			if (akhir(aksi.ke)) return { kunjungan, sekarang: null }
			langkahKode = aksi.ke
		}
		return { kunjungan, sekarang: langkahKode }
	}

	private async satuInstans(id: number, berjalan: boolean, out: { instans: Baris[]; tugas: Baris[]; riwayat: Baris[] }) {
		const { rnd, now } = this
		const def = this.pilihDefinisi()
		const pemrakarsa = rnd.pick(this.pemrakarsa)
		const unitId = def.area === 'P4' ? rnd.pick([6, 7]) : def.area === 'P5' ? rnd.pick([9, 10]) : pemrakarsa.unitId
		const nama = `${rnd.pick(NAMA_DEPAN)} ${rnd.pick(NAMA_BELAKANG)}`
		const konteks: Record<string, unknown> = {
			nik: `3575${String(rnd.int(0, 999_999_999_999)).padStart(12, '0')}`,
			namaPemohon: nama,
			berkasLengkap: true,
			adaDenda: rnd.next() < 0.1,
		}
		for (const l of def.langkah) {
			if (l.pelaksana.jenis === 'pengguna' && l.pelaksana.kunci !== 'pemrakarsa') konteks[l.pelaksana.kunci] = rnd.pick(this.users).id
			// a jabatan named per instance (a letter's addressee, its verifiers): one the bench accounts hold
			if (l.pelaksana.jenis === 'jabatan-konteks') konteks[l.pelaksana.kunci] = rnd.pick(JABATAN_KONTEKS)
		}
		const ref = { unitId, pemrakarsaId: pemrakarsa.id, konteks }

		// the route; a running instance stops before an end, a finished one reaches it (or is cut short)
		let { kunjungan, sekarang } = this.jalur(def, berjalan ? rnd.int(0, 8) : 9)
		if (berjalan && sekarang === null) {
			sekarang = kunjungan.pop()!.langkah.kode
		}
		let status: 'berjalan' | 'selesai' | 'ditolak' | 'dibatalkan' = berjalan ? 'berjalan' : 'selesai'
		let batal = false
		if (!berjalan) {
			const terakhir = kunjungan.at(-1)
			if (terakhir && akhir(terakhir.aksi.ke)) status = terakhir.aksi.ke as 'selesai' | 'ditolak'
			if (rnd.next() < 0.03 || kunjungan.length === 0) {
				// cancelled part-way by its initiator
				kunjungan = kunjungan.slice(0, rnd.int(0, Math.max(0, kunjungan.length - 1)))
				status = 'dibatalkan'
				batal = true
			}
		}

		// durations of each finished step: waiting for a claim, then the work itself
		const lama = kunjungan.map(({ langkah }) => {
			const standar = spanStandar(langkah)
			const tunggu = standar ? standar * rnd.between(0.02, 0.3) : rnd.between(5 * MENIT, 6 * JAM)
			const proses = standar ? standar * (rnd.next() < 0.85 ? rnd.between(0.1, 0.9) : rnd.between(1.05, 3)) : rnd.between(2 * MENIT, 2 * JAM)
			return { tunggu, proses, dalam: standar ? proses <= standar : null }
		})
		const totalLama = lama.reduce((s, l) => s + l.tunggu + l.proses, 0)

		// the open step of a running instance: spread over within / nearly late / late
		let tibaSekarang = 0
		const langkahSekarang = berjalan ? def.langkah.find((l) => l.kode === sekarang)! : null
		if (langkahSekarang) {
			const standar = spanStandar(langkahSekarang)
			const r = rnd.next()
			tibaSekarang = standar
				? now.getTime() - standar * (r < 0.6 ? rnd.between(0, 0.79) : r < 0.8 ? rnd.between(0.81, 0.99) : rnd.between(1.05, 6))
				: now.getTime() - rnd.between(0, 10 * HARI)
		}
		const mulaiAt = berjalan ? tibaSekarang - totalLama : now.getTime() - rnd.between(2 * HARI, 365 * HARI)

		const jenisSubjek = def.jenisSubjek
		const judul =
			jenisSubjek === 'permohonan-layanan'
				? `${def.nama.replace(/^Standar Pelayanan |^Pelayanan /, '').slice(0, 90)} a.n. ${nama}`
				: `${def.nama.slice(0, 120)} — ${String(id).padStart(6, '0')}`

		out.riwayat.push(this.barisRiwayat(id, null, null, def.mulai, 'mulai', 'Dimulai', pemrakarsa, new Date(mulaiAt), null, null, null))
		let t = mulaiAt
		for (let i = 0; i < kunjungan.length; i++) {
			const { langkah, aksi } = kunjungan[i]!
			const target = await this.target(def, langkah, ref)
			const standar = spanStandar(langkah)
			const tiba = t
			const jumlah = langkah.paralel?.jumlah ?? 1
			const kuorum = langkah.paralel ? Math.min(langkah.paralel.kuorum, jumlah) : 1
			let selesai = tiba
			for (let k = 0; k < jumlah; k++) {
				const aktor = this.pelaku(target)
				const tugasId = this.tugasId++
				const diambil = tiba + lama[i]!.tunggu * (1 + k * 0.1)
				const akhirTugas = diambil + lama[i]!.proses
				selesai = Math.max(selesai, akhirTugas)
				const disetujui = k < kuorum
				out.tugas.push(
					this.barisTugas(tugasId, id, def, langkah, target, tiba, standar, {
						status: disetujui ? 'selesai' : 'dibatalkan',
						diambilOlehId: disetujui ? aktor.id : null,
						diambilAt: disetujui ? new Date(diambil) : null,
						selesaiAt: new Date(akhirTugas),
						aksiKode: disetujui ? aksi.kode : null,
						diselesaikanOlehId: disetujui ? aktor.id : null,
						dalamStandar: disetujui ? lama[i]!.dalam : null,
					}),
				)
				if (disetujui) {
					const terakhir = k === kuorum - 1
					const alasan = aksi.kode === 'kembalikan' || aksi.kode === 'tolak' || aksi.wajibAlasan ? 'Berkas belum lengkap, mohon dilengkapi.' : null
					out.riwayat.push(
						this.barisRiwayat(
							id,
							tugasId,
							langkah.kode,
							terakhir ? aksi.ke : langkah.kode,
							aksi.kode,
							langkah.paralel && !terakhir ? `${aksi.label} (${k + 1} dari ${kuorum})` : aksi.label,
							aktor,
							new Date(akhirTugas),
							Math.round(lama[i]!.tunggu / 1000),
							Math.round(lama[i]!.proses / 1000),
							alasan,
							`${id}-${tugasId}`,
						),
					)
				}
			}
			t = selesai
		}

		if (langkahSekarang) {
			const target = await this.target(def, langkahSekarang, ref)
			const standar = spanStandar(langkahSekarang)
			const jumlah = langkahSekarang.paralel?.jumlah ?? 1
			for (let k = 0; k < jumlah; k++) {
				// some are already claimed by someone who may take them
				const ambil = rnd.next() < 0.12 ? this.pelaku(target) : null
				const diambilAt = ambil ? new Date(Math.min(now.getTime() - MENIT, tibaSekarang + rnd.between(MENIT, 2 * JAM))) : null
				out.tugas.push(
					this.barisTugas(this.tugasId++, id, def, langkahSekarang, target, tibaSekarang, standar, {
						status: ambil ? 'diambil' : 'terbuka',
						diambilOlehId: ambil?.id ?? null,
						diambilAt,
						selesaiAt: null,
						aksiKode: null,
						diselesaikanOlehId: null,
						dalamStandar: null,
					}),
				)
				this.statistik.tugasTerbuka++
			}
		} else if (batal) {
			out.riwayat.push(this.barisRiwayat(id, null, kunjungan.at(-1)?.aksi.ke ?? def.mulai, null, 'batalkan', 'Dibatalkan', pemrakarsa, new Date(t + rnd.between(MENIT, HARI)), null, null, 'Permohonan ditarik oleh pemohon.'))
		}

		const selesaiAt = berjalan ? null : new Date(batal ? (out.riwayat.at(-1)!.waktu as Date).getTime() : t)
		out.instans.push({
			id,
			definisi_kode: def.kode,
			definisi_versi: def.versi,
			subjek_jenis: jenisSubjek,
			subjek_id: `bench-${id}`,
			judul: judul.slice(0, 300),
			status,
			langkah_aktif: berjalan ? sekarang : null,
			pemrakarsa_id: pemrakarsa.id,
			unit_id: unitId,
			konteks: JSON.stringify(konteks),
			mulai_at: new Date(mulaiAt),
			selesai_at: selesaiAt,
			version: kunjungan.length,
			created_at: new Date(mulaiAt),
			updated_at: selesaiAt ?? new Date(t),
		})
		this.statistik.instans++
		if (berjalan) this.statistik.berjalan++
	}

	private barisTugas(
		tugasId: number,
		instansId: number,
		def: Definisi,
		langkah: Langkah,
		target: Target,
		tiba: number,
		standar: number | null,
		hasil: {
			status: string
			diambilOlehId: number | null
			diambilAt: Date | null
			selesaiAt: Date | null
			aksiKode: string | null
			diselesaikanOlehId: number | null
			dalamStandar: boolean | null
		},
	): Baris {
		return {
			id: tugasId,
			instans_id: instansId,
			definisi_kode: def.kode,
			langkah_kode: langkah.kode,
			status: hasil.status,
			target_jenis: target.targetJenis,
			target_peran: target.targetPeran,
			target_jabatan_id: target.targetJabatanId,
			target_pengguna_id: target.targetPenggunaId,
			pihak_eksternal: target.pihakEksternal,
			diambil_oleh_id: hasil.diambilOlehId,
			tiba_at: new Date(tiba),
			diambil_at: hasil.diambilAt,
			selesai_at: hasil.selesaiAt,
			tenggat_at: standar ? new Date(tiba + standar) : null,
			hampir_at: standar ? new Date(tiba + AMBANG_HAMPIR * standar) : null,
			aksi_kode: hasil.aksiKode,
			diselesaikan_oleh_id: hasil.diselesaikanOlehId,
			dalam_standar: hasil.dalamStandar,
			version: hasil.status === 'terbuka' ? 0 : hasil.status === 'diambil' ? 1 : 2,
		}
	}

	private barisRiwayat(
		instansId: number,
		tugasId: number | null,
		dari: string | null,
		ke: string | null,
		aksi: string,
		label: string,
		pelaku: PenggunaBench,
		waktu: Date,
		tunggu: number | null,
		proses: number | null,
		alasan: string | null,
		kunci: string | null = null,
	): Baris {
		return {
			id: this.riwayatId++,
			instans_id: instansId,
			tugas_id: tugasId,
			langkah_dari: dari,
			langkah_ke: ke,
			aksi,
			label: label.slice(0, 200),
			alasan,
			pengguna_id: pelaku.id,
			nama_pengguna: pelaku.nama,
			jabatan: pelaku.jabatan,
			atas_nama: null,
			waktu,
			tunggu_detik: tunggu,
			proses_detik: proses,
			kunci_idempotensi: kunci,
		}
	}

	private async tulis(table: string, rows: Baris[]) {
		for (let i = 0; i < rows.length; i += this.batch) {
			await this.qi.bulkInsert(table, rows.slice(i, i + this.batch))
		}
	}

	/** Generates and writes `jumlah` instances, `porsiBerjalan` of them still running. */
	async buat(jumlah: number, porsiBerjalan: number, onProgress?: (selesai: number) => void) {
		for (let awal = 1; awal <= jumlah; awal += this.batch) {
			const out = { instans: [] as Baris[], tugas: [] as Baris[], riwayat: [] as Baris[] }
			const akhirBatch = Math.min(jumlah, awal + this.batch - 1)
			for (let n = awal; n <= akhirBatch; n++) await this.satuInstans(++this.instansId, this.rnd.next() < porsiBerjalan, out)
			await this.tulis('alur_instans', out.instans)
			await this.tulis('alur_tugas', out.tugas)
			await this.tulis('alur_riwayat', out.riwayat)
			this.statistik.tugas += out.tugas.length
			this.statistik.riwayat += out.riwayat.length
			onProgress?.(akhirBatch)
		}
	}
}
