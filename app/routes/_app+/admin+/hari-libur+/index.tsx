import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { JENIS_HARI_LIBUR, parseHariLiburFilter } from '~/modules/referensi/hari-libur.schema'
import { listHariLibur } from '~/modules/referensi/hari-libur.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatTanggal } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Hari libur — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:referensi:any')
	const url = new URL(request.url)
	const filter = parseHariLiburFilter(url)
	const { page, perPage, offset } = readPage(url)
	const { rows, total } = await listHariLibur({ ...filter, offset, limit: perPage })
	return { rows, total, page, perPage, filter, bolehUbah: hasPermission(user.authority, 'update:referensi:any') }
}

const labelJenis = Object.fromEntries(JENIS_HARI_LIBUR.map((j) => [j.value, j.label]))

export default function HariLiburPage() {
	const { rows, total, page, perPage, filter, bolehUbah } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Hari libur nasional dan cuti bersama</h1>
			<p className="muted">Tenggat dalam hari kerja melewati Sabtu, Minggu dan tanggal-tanggal di bawah ini.</p>
			<Form method="get" className="toolbar">
				<InputField label="Cari nama" name="q" type="search" defaultValue={filter.q ?? ''} />
				<InputField label="Tahun" name="tahun" type="number" min={1900} max={2999} defaultValue={filter.tahun ?? ''} />
				<SelectField label="Jenis" name="jenis" options={[...JENIS_HARI_LIBUR]} placeholder="Semua jenis" defaultValue={filter.jenis ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/hari-libur/ekspor" />
				{bolehUbah ? (
					<Link className="button" to="/admin/hari-libur/baru">
						Tambah hari libur
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar hari libur"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Belum ada hari libur untuk saringan ini."
				columns={[
					{ header: 'Tanggal', cell: (r) => formatTanggal(r.tanggal) },
					{ header: 'Nama', cell: (r) => (bolehUbah ? <Link to={`/admin/hari-libur/${r.id}`}>{r.nama}</Link> : r.nama) },
					{ header: 'Jenis', cell: (r) => labelJenis[r.jenis] ?? r.jenis },
				]}
			/>
		</>
	)
}
