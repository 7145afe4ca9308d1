import { AKHIR, type Definisi, type Langkah, type Waktu } from '~/workflow/definisi/jenis'

/**
 * The SOP table of a definition as the office's printed SOPs lay it out: NO, KEGIATAN, one
 * PELAKSANA column per actor, MUTU BAKU (KELENGKAPAN, WAKTU, OUTPUT) and KET. The page, the Excel
 * file and the PDF all draw these same rows, so the three never disagree.
 */

/** The filled mark in a step's actor column. */
export const TANDA_AKTOR = '■'

/** A decision drawn in the flowchart and where each of its branches leads. */
export type KeputusanSop = {
	/** the question, e.g. "lengkap?" */
	tanya: string
	/** one per action of the step: its label and `langkah 3`, `selesai` or `ditolak` */
	cabang: { label: string; ke: string }[]
}

export type BarisSop = {
	no: number
	kode: string
	kegiatan: string
	/** one flag per `definisi.aktor`, true where this step is marked */
	aktor: boolean[]
	kelengkapan: string
	/** "3 menit", "1 hari kerja", or "—" when the source gives none */
	waktu: string
	output: string
	keterangan: string
	keputusan: KeputusanSop | null
}

/** A time standard as the source prints it: "3 menit", "1 hari kerja"; "—" when there is none. */
export function teksWaktu(waktu: Waktu | null): string {
	if (!waktu) return '—'
	return 'menit' in waktu ? `${waktu.menit} menit` : `${waktu.hariKerja} hari kerja`
}

/**
 * The time standards of all steps added up: minutes and working days apart, because a working
 * day is not a fixed number of service minutes ("45 menit + 2 hari kerja"); "—" when no step has one.
 */
export function totalWaktu(langkah: readonly Pick<Langkah, 'waktu'>[]): string {
	let menit = 0
	let hariKerja = 0
	for (const { waktu } of langkah) {
		if (!waktu) continue
		if ('menit' in waktu) menit += waktu.menit
		else hariKerja += waktu.hariKerja
	}
	const bagian = [menit ? `${menit} menit` : null, hariKerja ? `${hariKerja} hari kerja` : null].filter(Boolean)
	return bagian.length ? bagian.join(' + ') : '—'
}

/** "lengkap? — Lengkap, teruskan … → langkah 3; Tidak lengkap, kembalikan … → langkah 1". */
export function teksKeputusan(keputusan: KeputusanSop, panah = '→'): string {
	return `${keputusan.tanya} — ${keputusan.cabang.map((c) => `${c.label} ${panah} ${c.ke}`).join('; ')}`
}

/** The rows of the SOP table, numbered in the definition's order. */
export function barisSop(definisi: Pick<Definisi, 'aktor' | 'langkah'>): BarisSop[] {
	const nomor = new Map(definisi.langkah.map((l, i) => [l.kode, i + 1]))
	const tujuan = (ke: string) => {
		if (ke === AKHIR.selesai) return 'selesai'
		if (ke === AKHIR.ditolak) return 'ditolak'
		const no = nomor.get(ke)
		return no ? `langkah ${no}` : ke
	}
	return definisi.langkah.map((l, i) => ({
		no: i + 1,
		kode: l.kode,
		kegiatan: l.kegiatan,
		aktor: definisi.aktor.map((a) => l.aktor.includes(a)),
		kelengkapan: l.kelengkapan,
		waktu: teksWaktu(l.waktu),
		output: l.output,
		keterangan: l.keterangan ?? '',
		keputusan: l.keputusan ? { tanya: l.keputusan, cabang: l.aksi.map((a) => ({ label: a.label, ke: tujuan(a.ke) })) } : null,
	}))
}

/** The KET. cell of the exports: the source's note, then the decision (the page shows it under KEGIATAN). */
export function teksKet(baris: BarisSop, panah = '→'): string {
	return [baris.keterangan, baris.keputusan ? `Keputusan: ${teksKeputusan(baris.keputusan, panah)}` : '']
		.filter(Boolean)
		.join('\n')
}

/** `SOP-P4.1.2.xlsx`, `SOP-WA-KK.pdf`: a file name from the code, with anything odd replaced. */
export function namaBerkasSop(kode: string, ekstensi: 'xlsx' | 'pdf'): string {
	const aman = kode.replace(/[^A-Za-z0-9.-]+/g, '_')
	return `${aman.startsWith('SOP') ? aman : `SOP-${aman}`}.${ekstensi}`
}
