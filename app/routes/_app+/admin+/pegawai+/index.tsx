import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { listPilihanJabatan } from '~/modules/organisasi/jabatan.server'
import { PILIHAN_STATUS_AKTIF, parsePegawaiFilter } from '~/modules/organisasi/pegawai.schema'
import { listPegawai } from '~/modules/organisasi/pegawai.server'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Pegawai — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const url = new URL(request.url)
	const filter = parsePegawaiFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, unit, jabatan] = await Promise.all([
		listPegawai({ ...filter, offset, limit: perPage }),
		listPilihanUnitKerja(),
		listPilihanJabatan(),
	])
	return { rows, total, page, perPage, filter, pilihan: { unit, jabatan }, bolehUbah: hasPermission(user.authority, 'update:organisasi:any') }
}

export default function PegawaiPage() {
	const { rows, total, page, perPage, filter, pilihan, bolehUbah } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Pegawai</h1>
			<Form method="get" className="toolbar">
				<InputField label="Cari nama atau NIP" name="q" type="search" defaultValue={filter.q ?? ''} />
				<SelectField label="Unit kerja" name="unitId" options={pilihan.unit} placeholder="Semua unit" defaultValue={filter.unitId ?? ''} />
				<SelectField label="Jabatan" name="jabatanId" options={pilihan.jabatan} placeholder="Semua jabatan" defaultValue={filter.jabatanId ?? ''} />
				<SelectField label="Status" name="aktif" options={PILIHAN_STATUS_AKTIF} placeholder="Semua" defaultValue={filter.aktif ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/pegawai/ekspor" />
				{bolehUbah ? (
					<Link className="button" to="/admin/pegawai/baru">
						Tambah pegawai
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar pegawai"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada pegawai untuk saringan ini."
				columns={[
					{
						header: 'Nama',
						cell: (r) => (
							<>
								<Link to={`/admin/pegawai/${r.id}`}>{r.nama}</Link>
								{r.aktif ? null : <span className="badge badge-merah">Nonaktif</span>}
							</>
						),
					},
					{ header: 'NIP', cell: (r) => r.nip },
					{ header: 'Jabatan', cell: (r) => r.namaJabatan ?? <span className="muted">—</span> },
					{ header: 'Unit kerja', cell: (r) => r.namaUnit },
					{ header: 'Akun', cell: (r) => r.username ?? <span className="muted">Belum ada</span> },
				]}
			/>
		</>
	)
}
