import { Link } from '@remix-run/react'
import { formatWaktu } from '~/utils/format'
import type { HalamanAlur } from '../subjek.server'
import { formatDurasi, LABEL_STATUS_INSTANS } from '../tampilan'
import { BadgeWaktu } from './status-waktu'

const KELAS_STATUS = { berjalan: 'badge', selesai: 'badge badge-hijau', ditolak: 'badge badge-merah', dibatalkan: 'badge badge-abu' } as const

/** The head of an instance: process, status, current step and who must act, times. */
export function RingkasanAlur({ halaman }: { halaman: Pick<HalamanAlur, 'instans' | 'langkahAktif' | 'tugasAktif' | 'zonaWaktu'> }) {
	const { instans, langkahAktif, tugasAktif, zonaWaktu } = halaman
	return (
		<section className="card" aria-label="Ringkasan alur">
			<dl className="detail">
				<dt>Proses</dt>
				<dd>
					<Link to={`/sop/${encodeURIComponent(instans.definisiKode)}`}>{instans.definisiNama}</Link>{' '}
					<span className="muted">
						({instans.definisiKode}, versi {instans.definisiVersi})
					</span>
				</dd>
				<dt>Status</dt>
				<dd>
					<span className={KELAS_STATUS[instans.status]} data-testid="status-alur">
						{LABEL_STATUS_INSTANS[instans.status]}
					</span>
				</dd>
				{langkahAktif ? (
					<>
						<dt>Langkah sekarang</dt>
						<dd>
							<strong>{langkahAktif.nama}</strong>
							{langkahAktif.kegiatan ? <div className="muted">{langkahAktif.kegiatan}</div> : null}
						</dd>
						<dt>Pelaksana</dt>
						<dd>
							{langkahAktif.pelaksana}
							{tugasAktif.map((t) =>
								t.diambilOleh || t.tenggatAt ? (
									<div key={t.id}>
										{t.diambilOleh ? <span>Sedang dikerjakan oleh {t.diambilOleh}. </span> : <span className="muted">Belum diambil. </span>}
										{t.tenggatAt ? (
											<>
												<span className="muted">Tenggat {formatWaktu(t.tenggatAt, zonaWaktu)} </span>
												<BadgeWaktu status={t.statusWaktu} />
											</>
										) : null}
									</div>
								) : null,
							)}
						</dd>
					</>
				) : null}
				{instans.pemrakarsa ? (
					<>
						<dt>Pemrakarsa</dt>
						<dd>{instans.pemrakarsa}</dd>
					</>
				) : null}
				<dt>Dimulai</dt>
				<dd>{formatWaktu(instans.mulaiAt, zonaWaktu)}</dd>
				{instans.selesaiAt ? (
					<>
						<dt>Berakhir</dt>
						<dd>{formatWaktu(instans.selesaiAt, zonaWaktu)}</dd>
					</>
				) : null}
				<dt>{instans.selesaiAt ? 'Lama proses' : 'Berjalan selama'}</dt>
				<dd>{formatDurasi(instans.lamaDetik)}</dd>
			</dl>
		</section>
	)
}
