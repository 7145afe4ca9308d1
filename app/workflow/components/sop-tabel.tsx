import type { CSSProperties } from 'react'
import { formatAngka } from '~/utils/format'

/** What the SOP table draws: the rows from `getSop`, as the loader serialises them. */
export type SopTabelData = {
	aktor: string[]
	hariStatistik: number
	baris: {
		no: number
		kode: string
		kegiatan: string
		aktor: boolean[]
		kelengkapan: string
		waktu: string
		output: string
		keterangan: string
		keputusan: { tanya: string; cabang: { label: string; ke: string }[] } | null
		statistik: { berjalan: number; medianProsesDetik: number | null; dalamStandar: number | null; jumlahDiukur: number }
	}[]
}

/** A duration for people: "kurang dari 1 menit", "12 menit", "3 jam 5 menit", "2 hari 4 jam". */
export function teksDurasi(detik: number | null): string {
	if (detik === null) return '—'
	const menit = Math.round(detik / 60)
	if (menit < 1) return 'kurang dari 1 menit'
	if (menit < 60) return `${menit} menit`
	const jam = Math.floor(menit / 60)
	if (jam < 24) return menit % 60 ? `${jam} jam ${menit % 60} menit` : `${jam} jam`
	const hari = Math.floor(jam / 24)
	return jam % 24 ? `${hari} hari ${jam % 24} jam` : `${hari} hari`
}

// The printed SOP is a grid: every cell ruled, which the app's list tables are not.
const sel: CSSProperties = { border: '1px solid #9aa5b4', verticalAlign: 'top' }
const kepala: CSSProperties = { ...sel, textAlign: 'center', verticalAlign: 'middle', whiteSpace: 'normal' }
const tengah: CSSProperties = { ...sel, textAlign: 'center' }
const angka: CSSProperties = { ...sel, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }
const kinerja: CSSProperties = { background: '#f6f8fb' }

/**
 * The SOP table in the source documents' own form (NO, KEGIATAN, PELAKSANA per actor, MUTU BAKU,
 * KET.), with each decision under its kegiatan and three live columns to the right.
 */
export function SopTabel({ sop }: { sop: SopTabelData }) {
	const n = sop.aktor.length
	return (
		<div className="table-wrap">
			<table style={{ borderCollapse: 'collapse' }}>
				<caption className="visually-hidden">Tabel SOP beserta capaian tiap langkah</caption>
				<thead>
					<tr>
						<th scope="col" rowSpan={2} style={kepala}>
							NO
						</th>
						<th scope="col" rowSpan={2} style={{ ...kepala, minWidth: '18rem' }}>
							KEGIATAN
						</th>
						<th scope="colgroup" colSpan={n} style={kepala}>
							PELAKSANA
						</th>
						<th scope="colgroup" colSpan={3} style={kepala}>
							MUTU BAKU
						</th>
						<th scope="col" rowSpan={2} style={kepala}>
							KET.
						</th>
						<th scope="colgroup" colSpan={3} style={{ ...kepala, ...kinerja }}>
							Capaian
						</th>
					</tr>
					<tr>
						{sop.aktor.map((a, i) => (
							<th key={i} scope="col" style={{ ...kepala, fontSize: '0.8rem' }}>
								{a}
							</th>
						))}
						<th scope="col" style={kepala}>
							KELENGKAPAN
						</th>
						<th scope="col" style={kepala}>
							WAKTU
						</th>
						<th scope="col" style={kepala}>
							OUTPUT
						</th>
						<th scope="col" style={{ ...kepala, ...kinerja }}>
							Sedang di langkah ini
						</th>
						<th scope="col" style={{ ...kepala, ...kinerja }}>
							Median waktu proses ({sop.hariStatistik} hari)
						</th>
						<th scope="col" style={{ ...kepala, ...kinerja }}>
							Dalam standar waktu ({sop.hariStatistik} hari)
						</th>
					</tr>
				</thead>
				<tbody>
					{sop.baris.map((b) => (
						<tr key={b.kode}>
							<td style={tengah}>{b.no}</td>
							<td style={sel}>
								{b.kegiatan}
								{b.keputusan ? (
									<div className="muted" style={{ marginTop: '0.4rem', fontSize: '0.85rem' }}>
										<strong>{b.keputusan.tanya}</strong>
										<ul style={{ margin: '0.2rem 0 0', paddingLeft: '1.1rem' }}>
											{b.keputusan.cabang.map((c, i) => (
												<li key={i}>
													{c.label} → {c.ke}
												</li>
											))}
										</ul>
									</div>
								) : null}
							</td>
							{b.aktor.map((ada, i) => (
								<td key={i} style={tengah} aria-label={ada ? `Pelaksana: ${sop.aktor[i]}` : undefined}>
									{ada ? '■' : ''}
								</td>
							))}
							<td style={sel}>{b.kelengkapan}</td>
							<td style={{ ...tengah, whiteSpace: 'nowrap' }}>{b.waktu}</td>
							<td style={sel}>{b.output}</td>
							<td style={sel}>{b.keterangan}</td>
							<td style={{ ...angka, ...kinerja }}>{formatAngka(b.statistik.berjalan)}</td>
							<td style={{ ...angka, ...kinerja }}>{teksDurasi(b.statistik.medianProsesDetik)}</td>
							<td style={{ ...angka, ...kinerja }}>
								{b.statistik.dalamStandar === null ? (
									'—'
								) : (
									<>
										{formatAngka(Math.round(b.statistik.dalamStandar * 100))}%
										<br />
										<small className="muted">dari {formatAngka(b.statistik.jumlahDiukur)} tugas</small>
									</>
								)}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
