import type { ReactNode } from 'react'
import { formatAngka } from '~/utils/format'
import type { BarisPerbandingan, PergerakanAgregat } from '../perbandingan.server'

/**
 * The check before approval: a semester's figures beside the previous semester's, as the
 * largest movements per area (those past the office's threshold highlighted) and as whole tables.
 */
export function teksPerubahan(persen: number | null) {
	return persen === null ? 'baru' : `${persen > 0 ? '+' : ''}${persen.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`
}

function Tabel({ judul, lama, baru, kolomAwal, children }: { judul: string; lama: string; baru: string; kolomAwal: string[]; children: ReactNode }) {
	return (
		<div className="table-wrap">
			<table>
				<caption className="visually-hidden">{judul}</caption>
				<thead>
					<tr>
						{kolomAwal.map((k) => (
							<th key={k} scope="col">
								{k}
							</th>
						))}
						{[lama, baru, 'Selisih', 'Perubahan'].map((k) => (
							<th key={k} scope="col" className="num">
								{k}
							</th>
						))}
					</tr>
				</thead>
				<tbody>{children}</tbody>
			</table>
		</div>
	)
}

function Angka({ b, tegas = false }: { b: BarisPerbandingan; tegas?: boolean }) {
	return (
		<>
			<td className="num">{formatAngka(b.lama)}</td>
			<td className="num">{formatAngka(b.baru)}</td>
			<td className="num">{formatAngka(b.selisih)}</td>
			<td className="num">{tegas ? <strong>{teksPerubahan(b.persen)}</strong> : teksPerubahan(b.persen)}</td>
		</>
	)
}

export function TabelPergerakan({ rows, lama, baru }: { rows: PergerakanAgregat[]; lama: string; baru: string }) {
	return (
		<Tabel judul="Pergerakan terbesar" lama={lama} baru={baru} kolomAwal={['Wilayah', 'Tabel', 'Kategori']}>
			{rows.length === 0 ? (
				<tr>
					<td colSpan={7} className="muted">
						Tidak ada perubahan.
					</td>
				</tr>
			) : null}
			{rows.map((g) => (
				<tr key={`${g.wilayahKode}-${g.tabel}-${g.nomorKategori}`} className={g.besar ? 'baris-sorot' : undefined} data-besar={g.besar || undefined}>
					<td>{g.wilayahNama}</td>
					<td>{g.judulTabel}</td>
					<td>{g.kategori}</td>
					<Angka b={g} tegas={g.besar} />
				</tr>
			))}
		</Tabel>
	)
}

export function TabelBanding({ judul, rows, lama, baru }: { judul: string; rows: BarisPerbandingan[]; lama: string; baru: string }) {
	return (
		<Tabel judul={judul} lama={lama} baru={baru} kolomAwal={['Kategori']}>
			{rows.map((b) => (
				<tr key={b.kategori}>
					<td>{b.kategori}</td>
					<Angka b={b} />
				</tr>
			))}
		</Tabel>
	)
}
