import { formatWaktu } from '~/utils/format'
import type { TimelineEntry } from '../subjek.server'
import { formatDurasi } from '../tampilan'

const GAYA_DAFTAR = { listStyle: 'none', margin: 0, padding: 0 }
const GAYA_BUTIR = { borderLeft: '3px solid var(--garis, #d6dde6)', padding: '0.25rem 0 0.75rem 1rem', marginLeft: '0.25rem' }

/** The history of an instance, oldest first: who did what, from which step to which, why, how long. */
export function Timeline({ riwayat, zonaWaktu }: { riwayat: TimelineEntry[]; zonaWaktu: string }) {
	if (riwayat.length === 0) return <p className="muted">Belum ada riwayat.</p>
	return (
		<ol style={GAYA_DAFTAR} aria-label="Riwayat alur" data-testid="riwayat-alur">
			{riwayat.map((r) => {
				const tunggu = formatDurasi(r.tungguDetik)
				const proses = formatDurasi(r.prosesDetik)
				return (
					<li key={r.id} style={GAYA_BUTIR}>
						<div className="muted" style={{ fontSize: '0.85rem' }}>
							<time dateTime={r.waktu}>{formatWaktu(r.waktu, zonaWaktu)}</time>
						</div>
						<div>
							<strong>{r.label}</strong>
							{r.dari || r.ke ? (
								<span className="muted">
									{' '}
									· {r.dari ?? '—'} → {r.ke ?? '—'}
								</span>
							) : null}
						</div>
						{r.nama ? (
							<div>
								{r.nama}
								{r.jabatan ? <span className="muted">, {r.jabatan}</span> : null}
								{r.atasNama ? <span className="muted"> — atas nama {r.atasNama}</span> : null}
							</div>
						) : null}
						{r.alasan ? (
							<div>
								<span className="muted">Alasan:</span> {r.alasan}
							</div>
						) : null}
						{tunggu || proses ? (
							<div className="muted" style={{ fontSize: '0.85rem' }}>
								{[tunggu ? `Menunggu ${tunggu}` : null, proses ? `Dikerjakan ${proses}` : null].filter(Boolean).join(' · ')}
							</div>
						) : null}
					</li>
				)
			})}
		</ol>
	)
}
