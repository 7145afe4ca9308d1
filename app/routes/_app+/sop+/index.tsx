import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { InputField, SelectField } from '~/components/form'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { listSop, parseSopFilter, pilihanArea } from '~/workflow/sop.server'

export const meta: MetaFunction = () => [{ title: 'Katalog SOP — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:sop:any')
	const filter = parseSopFilter(new URL(request.url))
	const { rows, total } = await listSop(filter)
	return { rows, total, filter, area: pilihanArea() }
}

export default function KatalogSopPage() {
	const { rows, total, filter, area } = useLoaderData<typeof loader>()
	// rows come in the catalogue's order, which keeps each area's processes together
	const kelompok = area
		.map((a) => ({ ...a, rows: rows.filter((r) => r.area === a.value) }))
		.filter((k) => k.rows.length > 0)
	return (
		<>
			<h1>Katalog SOP</h1>
			<p className="muted">
				Standar operasional prosedur setiap proses kantor: langkah, pelaksana dan standar waktunya, beserta pekerjaan yang sedang berjalan.
			</p>
			<Form method="get" className="toolbar">
				<InputField label="Cari kode atau nama" name="q" type="search" defaultValue={filter.q ?? ''} />
				<SelectField label="Area proses" name="area" options={area} placeholder="Semua area" defaultValue={filter.area ?? ''} />
				<button type="submit">Terapkan</button>
			</Form>
			<p>{formatAngka(total)} proses</p>
			{kelompok.length === 0 ? <p className="muted">Tidak ada SOP untuk saringan ini.</p> : null}
			{kelompok.map((k) => (
				<section key={k.value} aria-labelledby={`area-${k.value}`}>
					<h2 id={`area-${k.value}`}>
						{k.label} <span className="badge badge-abu">{formatAngka(k.rows.length)} proses</span>
					</h2>
					<div className="table-wrap">
						<table>
							<caption className="visually-hidden">SOP area {k.label}</caption>
							<thead>
								<tr>
									<th scope="col">Kode</th>
									<th scope="col">Nama proses</th>
									<th scope="col" className="num">
										Langkah
									</th>
									<th scope="col">Total standar waktu</th>
									<th scope="col" className="num">
										Sedang berjalan
									</th>
								</tr>
							</thead>
							<tbody>
								{k.rows.map((r) => (
									<tr key={r.kode}>
										<td>
											<Link to={`/sop/${encodeURIComponent(r.kode)}`}>{r.kode}</Link>
										</td>
										<td>{r.nama}</td>
										<td className="num">{formatAngka(r.jumlahLangkah)}</td>
										<td>{r.totalWaktu}</td>
										<td className="num">{formatAngka(r.berjalan)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</section>
			))}
		</>
	)
}
