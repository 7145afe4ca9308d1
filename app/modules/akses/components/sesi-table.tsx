import type { ReactNode } from 'react'
import { formatWaktu } from '~/utils/format'

export type BarisSesi = { ref: string; mulai: string; terakhirAktif: string; ip: string | null; userAgent: string | null }

/** A user's active sessions, on /akun and on the admin's user page; `aksi` adds a last column. */
export function SesiTable<S extends BarisSesi>({
	sesi,
	zonaWaktu,
	aksi,
}: {
	sesi: S[]
	zonaWaktu: string
	aksi?: (s: S) => ReactNode
}) {
	return (
		<div className="table-wrap">
			<table>
				<thead>
					<tr>
						<th scope="col">Mulai</th>
						<th scope="col">Terakhir aktif</th>
						<th scope="col">Alamat</th>
						<th scope="col">Perangkat</th>
						{aksi ? <th scope="col">Tindakan</th> : null}
					</tr>
				</thead>
				<tbody>
					{sesi.length === 0 ? (
						<tr>
							<td colSpan={aksi ? 5 : 4} className="muted">
								Tidak ada sesi aktif.
							</td>
						</tr>
					) : (
						sesi.map((s) => (
							<tr key={s.ref}>
								<td>{formatWaktu(s.mulai, zonaWaktu)}</td>
								<td>{formatWaktu(s.terakhirAktif, zonaWaktu)}</td>
								<td>{s.ip ?? '—'}</td>
								<td className="muted">{s.userAgent ?? '—'}</td>
								{aksi ? <td>{aksi(s)}</td> : null}
							</tr>
						))
					)}
				</tbody>
			</table>
		</div>
	)
}
