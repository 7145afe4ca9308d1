import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { JENIS_JABATAN, parseJabatanFilter } from '~/modules/organisasi/jabatan.schema'
import { listJabatan } from '~/modules/organisasi/jabatan.server'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Jabatan — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const url = new URL(request.url)
	const filter = parseJabatanFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, pilihanUnit] = await Promise.all([listJabatan({ ...filter, offset, limit: perPage }), listPilihanUnitKerja()])
	return { rows, total, page, perPage, filter, pilihanUnit, bolehUbah: hasPermission(user.authority, 'update:organisasi:any') }
}

const labelJenis: Record<string, string> = Object.fromEntries(JENIS_JABATAN.map((j) => [j.value, j.label]))

export default function JabatanPage() {
	const { rows, total, page, perPage, filter, pilihanUnit, bolehUbah } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Jabatan</h1>
			<Form method="get" className="toolbar">
				<InputField label="Cari nama atau kode" name="q" type="search" defaultValue={filter.q ?? ''} />
				<SelectField label="Unit kerja" name="unitId" options={pilihanUnit} placeholder="Semua unit" defaultValue={filter.unitId ?? ''} />
				<SelectField label="Jenis" name="jenis" options={[...JENIS_JABATAN]} placeholder="Semua jenis" defaultValue={filter.jenis ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/jabatan/ekspor" />
				{bolehUbah ? (
					<Link className="button" to="/admin/jabatan/baru">
						Tambah jabatan
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar jabatan"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada jabatan untuk saringan ini."
				columns={[
					{
						header: 'Jabatan',
						cell: (r) => (
							<>
								<Link to={`/admin/jabatan/${r.id}`}>{r.nama}</Link> <span className="muted">{r.kode}</span>
								{r.aktif ? null : <span className="badge badge-merah">Nonaktif</span>}
							</>
						),
					},
					{ header: 'Jenis', cell: (r) => labelJenis[r.jenis] ?? r.jenis },
					{ header: 'Unit kerja', cell: (r) => r.namaUnit },
					{ header: 'Atasan', cell: (r) => r.namaAtasan ?? <span className="muted">—</span> },
					{
						header: 'Pemangku',
						numeric: true,
						cell: (r) => (r.jumlahPegawai ? <Link to={`/admin/pegawai?jabatanId=${r.id}`}>{formatAngka(r.jumlahPegawai)}</Link> : '0'),
					},
				]}
			/>
		</>
	)
}
