import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type TooltipItem } from 'chart.js'
import { Bar } from 'react-chartjs-2'
import { formatAngka } from '~/utils/format'
import { formatPersen } from '../agregat-tampilan'

// chart.js is tree-shaken: the bar charts need these pieces registered once
Chart.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend)

/**
 * The public page's charts, drawn in the browser (the canvas stays empty on the server). Each
 * sits beside a table with the same numbers, for screen readers, printing and exact figures.
 * Okabe–Ito colours, readable with colour blindness; males and females keep one colour each.
 */
const WARNA_L = '#0072B2'
const WARNA_P = '#E69F00'
const WARNA_TUNGGAL = '#009E73'

const angkaMutlak = (v: number | string) => formatAngka(Math.abs(Number(v)))

/** Males to the left (drawn as negative values), females to the right, the oldest group on top. */
export function GrafikPiramida({ kelompok, l, p, judul }: { kelompok: string[]; l: number[]; p: number[]; judul: string }) {
	const urut = <T,>(a: T[]) => [...a].reverse()
	return (
		<div style={{ position: 'relative', height: 420 }}>
			<Bar
				role="img"
				aria-label={judul}
				data={{
					labels: urut(kelompok),
					datasets: [
						{ label: 'Laki-laki', data: urut(l).map((n) => -n), backgroundColor: WARNA_L },
						{ label: 'Perempuan', data: urut(p), backgroundColor: WARNA_P },
					],
				}}
				options={{
					indexAxis: 'y',
					responsive: true,
					maintainAspectRatio: false,
					animation: false,
					locale: 'id-ID',
					scales: { x: { stacked: true, ticks: { callback: angkaMutlak } }, y: { stacked: true } },
					plugins: {
						legend: { position: 'bottom' },
						tooltip: { callbacks: { label: (c: TooltipItem<'bar'>) => `${c.dataset.label}: ${angkaMutlak(c.parsed.x ?? 0)}` } },
					},
				}}
			/>
		</div>
	)
}

export type SeriGrafik = { label: string; nilai: number[] }

/**
 * Bars for a list of categories: one series (a single colour) or males and females stacked.
 * Horizontal when the labels are long (occupations, schooling) so they stay readable.
 */
export function GrafikBatang({
	label,
	seri,
	judul,
	horizontal = false,
	persen = false,
	tinggi,
}: {
	label: string[]
	seri: SeriGrafik[]
	judul: string
	horizontal?: boolean
	/** values are percentages (0–100) */
	persen?: boolean
	tinggi?: number
}) {
	const warna = seri.length === 1 ? [WARNA_TUNGGAL] : [WARNA_L, WARNA_P]
	const tampil = (v: number | string) => (persen ? formatPersen(Number(v)) : formatAngka(Number(v)))
	const sumbuNilai = { stacked: seri.length > 1, beginAtZero: true, ...(persen ? { max: 100 } : {}), ticks: { callback: tampil, precision: 0 } }
	const sumbuLabel = { stacked: seri.length > 1, ticks: { autoSkip: false } }
	return (
		<div style={{ position: 'relative', height: tinggi ?? (horizontal ? Math.max(220, label.length * 28 + 60) : 300) }}>
			<Bar
				role="img"
				aria-label={judul}
				data={{ labels: label, datasets: seri.map((s, i) => ({ label: s.label, data: s.nilai, backgroundColor: warna[i % warna.length] })) }}
				options={{
					indexAxis: horizontal ? 'y' : 'x',
					responsive: true,
					maintainAspectRatio: false,
					animation: false,
					locale: 'id-ID',
					scales: horizontal ? { x: sumbuNilai, y: sumbuLabel } : { x: sumbuLabel, y: sumbuNilai },
					plugins: {
						legend: { display: seri.length > 1, position: 'bottom' },
						tooltip: { callbacks: { label: (c: TooltipItem<'bar'>) => `${c.dataset.label}: ${tampil((horizontal ? c.parsed.x : c.parsed.y) ?? 0)}` } },
					},
				}}
			/>
		</div>
	)
}
