import { Link } from '@remix-run/react'
import { formatAngka } from '~/utils/format'
import type { BarisAgregat, SubwilayahAgregat } from '../agregat.schema'
import { formatPersen, type Kepemilikan } from '../agregat-tampilan'

/**
 * The public page's tables, the exact figures beside each chart: one table of a category list
 * (L, P, Jumlah), the areas below the one shown (with the links that drill down), and the
 * document ownership rates.
 */
const angka = (n: number) => (n ? formatAngka(n) : <span className="muted">0</span>)

export function TabelAgregat({ judul, baris, kolomKategori = 'Kategori', total = false }: { judul: string; baris: BarisAgregat[]; kolomKategori?: string; total?: boolean }) {
	const jumlah = (f: (b: BarisAgregat) => number) => baris.reduce((s, b) => s + f(b), 0)
	return (
		<div className="table-wrap">
			<table>
				<caption className="visually-hidden">{judul}</caption>
				<thead>
					<tr>
						<th scope="col">{kolomKategori}</th>
						<th scope="col" className="num">
							<abbr title="Laki-laki">L</abbr>
						</th>
						<th scope="col" className="num">
							<abbr title="Perempuan">P</abbr>
						</th>
						<th scope="col" className="num">
							Jumlah
						</th>
					</tr>
				</thead>
				<tbody>
					{baris.map((b) => (
						<tr key={b.kategori}>
							<th scope="row" style={{ fontWeight: 400, background: 'none', whiteSpace: 'normal' }}>
								{b.kategori}
							</th>
							<td className="num">{angka(b.l)}</td>
							<td className="num">{angka(b.p)}</td>
							<td className="num">{angka(b.jumlah)}</td>
						</tr>
					))}
					{total ? (
						<tr>
							<th scope="row">Jumlah</th>
							<td className="num">
								<strong>{formatAngka(jumlah((b) => b.l))}</strong>
							</td>
							<td className="num">
								<strong>{formatAngka(jumlah((b) => b.p))}</strong>
							</td>
							<td className="num">
								<strong>{formatAngka(jumlah((b) => b.jumlah))}</strong>
							</td>
						</tr>
					) : null}
				</tbody>
			</table>
		</div>
	)
}

export function TabelSubwilayah({ judul, kolomNama, rows, tautan }: { judul: string; kolomNama: string; rows: SubwilayahAgregat[]; tautan: (kode: string) => string }) {
	return (
		<div className="table-wrap">
			<table>
				<caption className="visually-hidden">{judul}</caption>
				<thead>
					<tr>
						<th scope="col">Kode</th>
						<th scope="col">{kolomNama}</th>
						<th scope="col" className="num">
							<abbr title="Laki-laki">L</abbr>
						</th>
						<th scope="col" className="num">
							<abbr title="Perempuan">P</abbr>
						</th>
						<th scope="col" className="num">
							Jumlah
						</th>
						<th scope="col" className="num">
							<abbr title="Kartu Keluarga">KK</abbr>
						</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((s) => (
						<tr key={s.kode}>
							<td style={{ whiteSpace: 'nowrap' }}>{s.kode}</td>
							<td>
								<Link to={tautan(s.kode)}>{s.nama}</Link>
							</td>
							<td className="num">{angka(s.l)}</td>
							<td className="num">{angka(s.p)}</td>
							<td className="num">{angka(s.jumlah)}</td>
							<td className="num">{angka(s.kk)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}

export function TabelKepemilikan({ judul, rows }: { judul: string; rows: Kepemilikan[] }) {
	return (
		<div className="table-wrap">
			<table>
				<caption className="visually-hidden">{judul}</caption>
				<thead>
					<tr>
						<th scope="col">Dokumen</th>
						<th scope="col">Sasaran</th>
						<th scope="col" className="num">
							Memiliki
						</th>
						<th scope="col" className="num">
							Jumlah sasaran
						</th>
						<th scope="col" className="num">
							Persentase
						</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((d) => (
						<tr key={d.dokumen}>
							<td>{d.dokumen}</td>
							<td>{d.sasaran}</td>
							<td className="num">{formatAngka(d.memiliki)}</td>
							<td className="num">{formatAngka(d.jumlahSasaran)}</td>
							<td className="num">{formatPersen(d.persen)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
