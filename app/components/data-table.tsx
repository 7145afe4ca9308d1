import { Link, useLocation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { formatAngka } from '~/utils/format'

export type Column<Row> = {
	header: string
	cell: (row: Row) => ReactNode
	numeric?: boolean
}

type TabelProps<Row> = {
	columns: Column<Row>[]
	rows: Row[]
	rowKey: (row: Row) => string | number
	empty?: string
	caption?: string
}

/** A table of rows with a message when there are none; `DataTable` adds server paging. */
export function Tabel<Row>({ columns, rows, rowKey, empty = 'Tidak ada data.', caption }: TabelProps<Row>) {
	return (
		<div className="table-wrap">
			<table>
				{caption ? <caption className="visually-hidden">{caption}</caption> : null}
				<thead>
					<tr>
						{columns.map((c) => (
							<th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
								{c.header}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.length === 0 ? (
						<tr>
							<td colSpan={columns.length} className="muted">
								{empty}
							</td>
						</tr>
					) : (
						rows.map((row) => (
							<tr key={rowKey(row)}>
								{columns.map((c) => (
									<td key={c.header} className={c.numeric ? 'num' : undefined}>
										{c.cell(row)}
									</td>
								))}
							</tr>
						))
					)}
				</tbody>
			</table>
		</div>
	)
}

/** A server-paged table: the rows of this page, the total, and links that keep the filters. */
export function DataTable<Row>({ total, page, perPage, ...tabel }: TabelProps<Row> & { total: number; page: number; perPage: number }) {
	return (
		<>
			<Tabel {...tabel} />
			<Pagination total={total} page={page} perPage={perPage} />
		</>
	)
}

export function Pagination({ total, page, perPage }: { total: number; page: number; perPage: number }) {
	const location = useLocation()
	const pages = Math.max(1, Math.ceil(total / perPage))
	const hrefFor = (target: number) => {
		const params = new URLSearchParams(location.search)
		params.set('hal', String(target))
		return `${location.pathname}?${params.toString()}`
	}
	const from = total === 0 ? 0 : (page - 1) * perPage + 1
	const to = Math.min(total, page * perPage)
	return (
		<nav className="pagination" aria-label="Halaman">
			<span className="muted">
				{formatAngka(from)}–{formatAngka(to)} dari {formatAngka(total)} data
			</span>
			<span className="actions">
				{page > 1 ? (
					<Link className="button button-sekunder button-kecil" to={hrefFor(page - 1)} rel="prev">
						‹ Sebelumnya
					</Link>
				) : null}
				<span>
					Halaman {formatAngka(page)} dari {formatAngka(pages)}
				</span>
				{page < pages ? (
					<Link className="button button-sekunder button-kecil" to={hrefFor(page + 1)} rel="next">
						Berikutnya ›
					</Link>
				) : null}
			</span>
		</nav>
	)
}

/** A link to the Excel export of the same list with the same filters. */
export function ExportLink({ to }: { to: string }) {
	const location = useLocation()
	const params = new URLSearchParams(location.search)
	params.delete('hal')
	const query = params.toString()
	return (
		<a className="button button-sekunder" href={`${to}${query ? `?${query}` : ''}`} download>
			Ekspor Excel
		</a>
	)
}
