import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField } from '~/components/form'
import { parsePeranFilter } from '~/modules/akses/peran.schema'
import { listPeran } from '~/modules/akses/peran.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Peran & izin — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:peran:any')
	const url = new URL(request.url)
	const filter = parsePeranFilter(url)
	const { page, perPage, offset } = readPage(url)
	const { rows, total } = await listPeran({ ...filter, offset, limit: perPage })
	return { rows, total, page, perPage, filter, bolehUbah: hasPermission(user.authority, 'update:peran:any') }
}

export default function PeranPage() {
	const { rows, total, page, perPage, filter, bolehUbah } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Peran dan izin</h1>
			<p className="muted">Peran diberikan langsung ke akun pengguna atau melekat pada jabatan.</p>
			<Form method="get" className="toolbar">
				<InputField label="Cari kode atau nama" name="q" type="search" defaultValue={filter.q ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/peran/ekspor" />
				{bolehUbah ? (
					<Link className="button" to="/admin/peran/baru">
						Tambah peran
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar peran"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada peran untuk saringan ini."
				columns={[
					{ header: 'Nama', cell: (r) => <Link to={`/admin/peran/${r.id}`}>{r.nama}</Link> },
					{ header: 'Kode', cell: (r) => <code>{r.kode}</code> },
					{ header: 'Jenis', cell: (r) => (r.sistem ? <span className="badge badge-abu">Bawaan</span> : <span className="badge">Buatan kantor</span>) },
					{ header: 'Pengguna', numeric: true, cell: (r) => formatAngka(r.jumlahPengguna) },
					{ header: 'Jabatan', numeric: true, cell: (r) => formatAngka(r.jumlahJabatan) },
					{ header: 'Izin', numeric: true, cell: (r) => formatAngka(r.jumlahIzin) },
				]}
			/>
		</>
	)
}
