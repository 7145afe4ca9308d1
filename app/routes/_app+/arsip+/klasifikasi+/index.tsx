import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { parseKlasifikasiFilter } from '~/modules/arsip/klasifikasi.schema'
import { getJejakKlasifikasi, listKlasifikasi } from '~/modules/arsip/klasifikasi.server'
import { ringkasRetensi } from '~/modules/arsip/retensi'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'

export const meta: MetaFunction = () => [{ title: 'Klasifikasi & retensi arsip — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:arsip:any')
	const url = new URL(request.url)
	const filter = parseKlasifikasiFilter(url)
	const { page, perPage, offset } = readPage(url, 50)
	const [{ rows, total }, jejak] = await Promise.all([listKlasifikasi({ ...filter, offset, limit: perPage }), filter.induk && !filter.q ? getJejakKlasifikasi(filter.induk) : Promise.resolve([])])
	return { rows, total, page, perPage, filter, jejak }
}

export default function DaftarKlasifikasi() {
	const { rows, total, page, perPage, filter, jejak } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Klasifikasi & retensi arsip</h1>
			<p className="muted">
				Kode klasifikasi arsip dengan jadwal retensinya. Kode tanpa retensi sendiri mengikuti retensi kode induk terdekat yang sudah ditetapkan.
			</p>
			<Form method="get" className="toolbar">
				<InputField label="Cari kode atau nama" name="q" type="search" defaultValue={filter.q ?? ''} placeholder="mis. 400.12 atau kependudukan" />
				<SelectField
					label="Retensi sendiri"
					name="retensi"
					options={[
						{ value: 'ada', label: 'Sudah ditetapkan' },
						{ value: 'belum', label: 'Belum ditetapkan' },
					]}
					placeholder="Semua"
					defaultValue={filter.retensi ?? ''}
				/>
				{filter.induk && !filter.q ? <input type="hidden" name="induk" value={filter.induk} /> : null}
				<button type="submit">Terapkan</button>
				<ExportLink to="/arsip/klasifikasi/ekspor" />
			</Form>
			{jejak.length ? (
				<nav aria-label="Jejak klasifikasi" className="muted" style={{ marginBottom: '0.75rem' }}>
					<Link to="/arsip/klasifikasi">Semua kode</Link>
					{jejak.map((j) => (
						<span key={j.kode}>
							{' › '}
							<Link to={`/arsip/klasifikasi?induk=${j.kode}`}>
								{j.kode} {j.nama}
							</Link>
						</span>
					))}
				</nav>
			) : null}
			<DataTable
				caption="Kode klasifikasi"
				rows={rows}
				rowKey={(r) => r.kode}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada kode klasifikasi untuk pencarian ini."
				columns={[
					{ header: 'Kode', cell: (r) => <Link to={`/arsip/klasifikasi/${r.kode}`}>{r.kode}</Link> },
					{ header: 'Nama', cell: (r) => <span style={{ paddingLeft: filter.q ? `${(r.tingkat - 1) * 0.75}rem` : 0, display: 'inline-block' }}>{r.nama}</span> },
					{
						header: 'Retensi berlaku',
						cell: (r) => (
							<>
								{ringkasRetensi(r.berlaku)}
								{r.berlaku && r.berlaku.sumberKode !== r.kode ? <span className="muted"> (ikut {r.berlaku.sumberKode})</span> : null}
								{r.berlaku?.vital ? <span className="badge badge-merah"> vital</span> : null}
							</>
						),
					},
					{
						header: 'Sub kode',
						cell: (r) => (r.jumlahAnak > 0 ? <Link to={`/arsip/klasifikasi?induk=${r.kode}`}>{formatAngka(r.jumlahAnak)} sub kode ›</Link> : <span className="muted">—</span>),
					},
				]}
			/>
		</>
	)
}
