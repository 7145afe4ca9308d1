import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { listJenisLayananAdmin } from '~/modules/layanan/katalog-admin.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Katalog layanan — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	const rows = await listJenisLayananAdmin()
	return { rows }
}

export default function KatalogLayananPage() {
	const { rows } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Katalog layanan</h1>
			<p className="muted">
				Semua layanan pendaftaran penduduk dan pencatatan sipil, termasuk yang nonaktif. Buka layanan untuk mengubah keterangan, SOP dan
				daftar persyaratannya. Tarif denda keterlambatan diatur di <Link to="/admin/tarif-denda">Tarif denda</Link>.
			</p>
			<DataTable
				caption="Daftar layanan"
				rows={rows}
				rowKey={(r) => r.id}
				total={rows.length}
				page={1}
				perPage={Math.max(rows.length, 1)}
				empty="Katalog layanan masih kosong."
				columns={[
					{ header: 'Kode', cell: (r) => <code>{r.kode}</code> },
					{ header: 'Layanan', cell: (r) => <Link to={`/admin/layanan/${encodeURIComponent(r.kode)}`}>{r.nama}</Link> },
					{ header: 'Kelompok', cell: (r) => r.kelompokLabel },
					{ header: 'SOP', cell: (r) => <Link to={`/sop/${encodeURIComponent(r.definisiKode)}`}>{r.definisiKode}</Link> },
					{ header: 'Daring', cell: (r) => (r.daring ? <span className="badge badge-hijau">Ya</span> : <span className="badge badge-abu">Loket saja</span>) },
					{ header: 'Status', cell: (r) => (r.aktif ? <span className="badge badge-hijau">Aktif</span> : <span className="badge badge-merah">Nonaktif</span>) },
					{ header: 'Persyaratan', numeric: true, cell: (r) => formatAngka(r.jumlahPersyaratan) },
				]}
			/>
		</>
	)
}
