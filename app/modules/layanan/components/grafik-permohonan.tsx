import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js'
import { Bar } from 'react-chartjs-2'

// chart.js is tree-shaken: a bar chart needs these pieces registered once
Chart.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend)

/** Colour-blind-friendly palette (Okabe–Ito), the last one for "Lainnya". */
const WARNA = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999999']

export type SeriPermohonan = { label: string; nilai: number[] }

/**
 * Requests per day stacked by service (the busiest services, the rest as "Lainnya"). The table
 * below it on the page carries the same numbers for screen readers and printing.
 */
export function GrafikPermohonan({ tanggal, seri, judul }: { tanggal: string[]; seri: SeriPermohonan[]; judul: string }) {
	return (
		<div style={{ position: 'relative', height: 280 }}>
			<Bar
				role="img"
				aria-label={judul}
				data={{
					labels: tanggal,
					datasets: seri.map((s, i) => ({ label: s.label, data: s.nilai, backgroundColor: WARNA[Math.min(i, WARNA.length - 1)] })),
				}}
				options={{
					responsive: true,
					maintainAspectRatio: false,
					animation: false,
					locale: 'id-ID',
					scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
					plugins: { legend: { position: 'bottom' } },
				}}
			/>
		</div>
	)
}
