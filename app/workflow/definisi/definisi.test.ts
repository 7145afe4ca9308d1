import { describe, expect, it } from 'vitest'
import { KATALOG_PERAN } from '~/modules/akses/katalog-izin'
import { JABATAN } from '../../../seeders/reference/20261122000300-organisasi'
import { KONDISI } from '../kondisi'
import { SOP_WA_SUMBER } from './__fixtures__/sop-wa-sumber'
import { AREA_PROSES, DEFINISI, getDefinisi } from './index'
import { AKHIR, type Aksi, type Definisi, type Langkah, type Waktu } from './jenis'

/** The process catalogue (DESIGN.md §2), in its order. */
const KATALOG = [
	'P1.1',
	'P1.2.1.1',
	'P1.2.1.2',
	'P1.2.2',
	// the office's own sub-processes of kearsipan: transfer and destruction by retention
	'P1.2.2.1',
	'P1.2.2.2',
	'P1.2.3',
	'P1.3.1',
	'P2.1',
	'P2.2.1',
	'P2.2.2',
	'P3.1',
	'P4.1.1',
	'P4.1.2',
	'P4.1.3',
	'P4.2',
	'P4.3.1',
	'P4.3.2',
	'P4.4',
	'P4.5',
	'P4.6',
	'SOP-WA-KK',
	'SOP-WA-KIA',
	'SOP-WA-PINDAH',
	'SOP-WA-KTPEL',
	'P5.1',
	'P5.2',
	'P5.3',
	'P5.4',
	'P5.5',
	'P5.6',
	'P5.7',
	'P5.8',
	'P6.1',
	'P6.2',
	'P6.3',
	'P7.1',
	'P7.2',
	'P7.3',
]

const AKHIR_SAH = new Set<string>(Object.values(AKHIR))
const PERAN = new Set(KATALOG_PERAN.map((p) => p.kode))
const KODE_JABATAN = new Set(JABATAN.map(([, kode]) => kode))
const CATATAN_PETA = 'Standar waktu ditetapkan kantor; peta proses tidak mencantumkan waktu. Dasar: '

const isSopWa = (d: Definisi) => d.kode.startsWith('SOP-WA-')
const isLayanan = (d: Definisi) => d.area === 'P4' || d.area === 'P5'

/** Steps reachable from `dari` following every action (conditions ignored: each can hold). */
function terjangkau(definisi: Definisi, dari: string): Set<string> {
	const langkah = new Map(definisi.langkah.map((l) => [l.kode, l]))
	const seen = new Set<string>()
	const antre = [dari]
	while (antre.length) {
		const kode = antre.pop()!
		if (seen.has(kode)) continue
		seen.add(kode)
		for (const aksi of langkah.get(kode)?.aksi ?? []) antre.push(aksi.ke)
	}
	return seen
}

/** The largest sum of `menit` of the office's own steps over the loop-free paths from `mulai` to `selesai`. */
function menitTerpanjang(definisi: Definisi): number {
	const langkah = new Map(definisi.langkah.map((l) => [l.kode, l]))
	const menit = (l: Langkah) => (l.pelaksana.jenis !== 'eksternal' && l.waktu && 'menit' in l.waktu ? l.waktu.menit : 0)
	let terbesar = -1
	const jalan = (kode: string, dilewati: Set<string>, jumlah: number) => {
		if (kode === AKHIR.selesai) {
			terbesar = Math.max(terbesar, jumlah)
			return
		}
		const l = langkah.get(kode)
		if (!l || dilewati.has(kode)) return
		dilewati.add(kode)
		for (const aksi of l.aksi) jalan(aksi.ke, dilewati, jumlah + menit(l))
		dilewati.delete(kode)
	}
	jalan(definisi.mulai, new Set(), 0)
	return terbesar
}

function waktuDariTeks(teks: string): Waktu | null {
	if (!teks) return null
	const cocok = /^(\d+) menit$/.exec(teks)
	if (!cocok) throw new Error(`WAKTU tidak dikenal: ${teks}`)
	return { menit: Number(cocok[1]) }
}

describe('katalog definisi alur', () => {
	it('memuat ke-39 proses sesuai urutan katalog', () => {
		expect([...new Set(DEFINISI.map((d) => d.kode))]).toEqual(KATALOG)
	})

	it('kode dan versi tidak berulang', () => {
		const kunci = DEFINISI.map((d) => `${d.kode}@${d.versi}`)
		expect(new Set(kunci).size).toBe(kunci.length)
		expect(new Set(DEFINISI.map((d) => d.kode)).size).toBe(KATALOG.length)
	})

	it('setiap area proses punya label', () => {
		for (const d of DEFINISI) expect(AREA_PROSES[d.area]).toBeTruthy()
		expect(Object.keys(AREA_PROSES)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'])
	})

	it('getDefinisi memberi versi terbaru, versi yang diminta, atau null', () => {
		const p412 = DEFINISI.find((d) => d.kode === 'P4.1.2')!
		expect(getDefinisi('P4.1.2')).toBe(p412)
		expect(getDefinisi('P4.1.2', 1)).toBe(p412)
		expect(getDefinisi('P4.1.2', 2)).toBeNull()
		expect(getDefinisi('P9.9')).toBeNull()

		const v2: Definisi = { ...p412, versi: 2 }
		DEFINISI.push(v2)
		try {
			expect(getDefinisi('P4.1.2')).toBe(v2)
			expect(getDefinisi('P4.1.2', 1)).toBe(p412)
		} finally {
			DEFINISI.splice(DEFINISI.indexOf(v2), 1)
		}
	})
})

describe.each(DEFINISI.map((d) => [d.kode, d] as const))('definisi %s', (kode, definisi) => {
	const kodeLangkah = new Set(definisi.langkah.map((l) => l.kode))

	it('cocok dengan area dan kodenya', () => {
		expect(definisi.versi).toBeGreaterThanOrEqual(1)
		expect(definisi.area).toBe(isSopWa(definisi) ? 'P4' : kode.slice(0, 2))
		expect(definisi.nama).toBeTruthy()
		expect(definisi.jenisSubjek).toMatch(/^[a-z]+(-[a-z]+)*$/)
		expect(definisi.sumber).toBeTruthy()
	})

	it('kode langkah unik dan langkah mulai ada', () => {
		expect(kodeLangkah.size).toBe(definisi.langkah.length)
		expect(kodeLangkah.has(definisi.mulai)).toBe(true)
	})

	it('setiap tindakan menuju langkah yang ada atau akhir', () => {
		for (const l of definisi.langkah) {
			expect(l.aksi.length, l.kode).toBeGreaterThan(0)
			for (const a of l.aksi) expect(kodeLangkah.has(a.ke) || AKHIR_SAH.has(a.ke), `${l.kode} → ${a.ke}`).toBe(true)
		}
	})

	it('setiap langkah terjangkau dari awal dan dapat mencapai akhir', () => {
		const dariAwal = terjangkau(definisi, definisi.mulai)
		for (const l of definisi.langkah) {
			expect(dariAwal.has(l.kode), l.kode).toBe(true)
			const dariSini = terjangkau(definisi, l.kode)
			expect([...AKHIR_SAH].some((akhir) => dariSini.has(akhir)), `${l.kode} buntu`).toBe(true)
		}
		expect(dariAwal.has(AKHIR.selesai)).toBe(true)
	})

	it('kondisi yang dipakai dikenal', () => {
		for (const l of definisi.langkah) {
			for (const a of l.aksi) {
				if (a.kondisi) expect(KONDISI, `${l.kode}: ${a.kondisi}`).toHaveProperty(a.kondisi.replace(/^!/, ''))
			}
		}
	})

	it('kembalikan dan tolak mewajibkan alasan', () => {
		for (const l of definisi.langkah) {
			for (const a of l.aksi) {
				if (a.kode === 'kembalikan' || a.kode === 'tolak') expect(a.wajibAlasan, `${l.kode}: ${a.label}`).toBe(true)
			}
		}
	})

	it('tindakan berkode dan bertujuan sama dibedakan oleh kondisinya', () => {
		for (const l of definisi.langkah) {
			const kelompok = new Map<string, Aksi[]>()
			for (const a of l.aksi) kelompok.set(`${a.kode}→${a.ke}`, [...(kelompok.get(`${a.kode}→${a.ke}`) ?? []), a])
			for (const [kunci, aksi] of kelompok) {
				if (aksi.length < 2) continue
				expect(
					aksi.every((a) => a.kondisi),
					`${l.kode}: ${kunci}`,
				).toBe(true)
				expect(new Set(aksi.map((a) => a.kondisi)).size, `${l.kode}: ${kunci}`).toBe(aksi.length)
			}
		}
	})

	it('aktor langkah termasuk kolom aktor definisi, dan setiap kolom terpakai', () => {
		expect(new Set(definisi.aktor).size).toBe(definisi.aktor.length)
		const terpakai = new Set<string>()
		for (const l of definisi.langkah) {
			expect(l.aktor.length, l.kode).toBeGreaterThan(0)
			for (const a of l.aktor) {
				expect(definisi.aktor, l.kode).toContain(a)
				terpakai.add(a)
			}
		}
		expect([...terpakai].sort()).toEqual([...definisi.aktor].sort())
	})

	it('pelaksana merujuk peran dan jabatan yang ada', () => {
		for (const l of definisi.langkah) {
			const p = l.pelaksana
			if (p.jenis === 'peran') expect(PERAN.has(p.peran), `${l.kode}: ${p.peran}`).toBe(true)
			if (p.jenis === 'eksternal') expect(PERAN.has(p.dicatatOleh), `${l.kode}: ${p.dicatatOleh}`).toBe(true)
			if (p.jenis === 'jabatan') expect(KODE_JABATAN.has(p.jabatan), `${l.kode}: ${p.jabatan}`).toBe(true)
		}
	})

	it('langkah paralel punya kuorum yang masuk akal dan tindakan setuju', () => {
		for (const l of definisi.langkah) {
			if (!l.paralel) continue
			expect(l.paralel.kuorum).toBeGreaterThanOrEqual(1)
			expect(l.paralel.kuorum).toBeLessThanOrEqual(l.paralel.jumlah)
			expect(l.aksi.some((a) => a.kode === 'teruskan' || a.kode === 'setujui'), l.kode).toBe(true)
		}
	})

	// only definitions the rule applies to get the test, rather than a skipped one
	if (!isSopWa(definisi))
		it('standar waktu ditetapkan kantor dan dicatat dasarnya', () => {
		expect(definisi.catatan?.startsWith(CATATAN_PETA)).toBe(true)
		for (const l of definisi.langkah) {
			expect(l.waktu, l.kode).not.toBeNull()
			// services run in minutes; only outside parties and a survey run in working days
			if (!isLayanan(definisi)) expect(l.waktu, l.kode).toHaveProperty('hariKerja')
		}
	})

	if (isLayanan(definisi) && !isSopWa(definisi))
		it('dokumen terbit paling lama 1 jam sejak berkas lengkap', () => {
		const menit = menitTerpanjang(definisi)
		expect(menit).toBeGreaterThan(0)
		expect(menit).toBeLessThanOrEqual(60)
	})
})

describe.each(DEFINISI.filter(isSopWa).map((d) => [d.kode, d] as const))('%s sesuai tabel sumber', (kode, definisi) => {
	const sumber = SOP_WA_SUMBER[kode]!

	it('jumlah langkah sama', () => {
		expect(sumber).toBeDefined()
		expect(definisi.langkah).toHaveLength(sumber.length)
		expect(definisi.langkah[0]!.kode).toBe(definisi.mulai)
	})

	it.each(sumber.map((baris) => [baris.no, baris] as const))('langkah %i', (no, baris) => {
		const langkah = definisi.langkah[no - 1]!
		expect(langkah.kegiatan).toBe(baris.kegiatan)
		expect(langkah.kelengkapan).toBe(baris.kelengkapan)
		expect(langkah.waktu).toEqual(waktuDariTeks(baris.waktu))
		expect(langkah.output).toBe(baris.output)
		expect(langkah.keterangan ?? '').toBe(baris.keterangan)
	})

	it('langkah pertama adalah pemohon yang dicatat petugas loket', () => {
		expect(definisi.langkah[0]!.pelaksana).toEqual({ jenis: 'eksternal', pihak: 'pemohon', dicatatOleh: 'petugas-loket' })
	})
})
