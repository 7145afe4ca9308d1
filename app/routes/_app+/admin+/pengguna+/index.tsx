import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { STATUS_PENGGUNA, parsePenggunaFilter } from '~/modules/akses/pengguna.schema'
import { PeranBadges } from '~/modules/akses/components/peran-badges'
import { listPengguna, listPilihanPeran, listPilihanUnit } from '~/modules/akses/pengguna.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Pengguna — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:pengguna:any')
	const url = new URL(request.url)
	const filter = parsePenggunaFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, unit, peran, zonaWaktu] = await Promise.all([
		listPengguna({ ...filter, offset, limit: perPage }),
		listPilihanUnit(),
		listPilihanPeran(),
		getZonaWaktuKantor(),
	])
	return {
		rows,
		total,
		page,
		perPage,
		filter,
		pilihan: { unit, peran: peran.map((p) => ({ value: p.kode, label: p.nama })) },
		zonaWaktu,
		bolehBuat: hasPermission(user.authority, 'create:pengguna:any'),
		bolehUbah: hasPermission(user.authority, 'update:pengguna:any'),
	}
}

export default function PenggunaPage() {
	const { rows, total, page, perPage, filter, pilihan, zonaWaktu, bolehBuat, bolehUbah } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Pengguna</h1>
			<p className="muted">Akun pegawai beserta perannya. Peran bertanda “(jabatan)” berasal dari jabatan pegawai.</p>
			<Form method="get" className="toolbar">
				<InputField label="Cari username atau nama" name="q" type="search" defaultValue={filter.q ?? ''} />
				<SelectField label="Unit kerja" name="unit" options={pilihan.unit} placeholder="Semua unit" defaultValue={filter.unitId ?? ''} />
				<SelectField label="Peran langsung" name="peran" options={pilihan.peran} placeholder="Semua peran" defaultValue={filter.peran ?? ''} />
				<SelectField label="Status" name="status" options={[...STATUS_PENGGUNA]} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/pengguna/ekspor" />
				{bolehBuat ? (
					<Link className="button" to="/admin/pengguna/baru">
						Tambah pengguna
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar pengguna"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada pengguna untuk saringan ini."
				columns={[
					{ header: 'Username', cell: (r) => (bolehUbah ? <Link to={`/admin/pengguna/${r.id}`}>{r.username}</Link> : r.username) },
					{ header: 'Nama', cell: (r) => r.nama },
					{ header: 'Jabatan', cell: (r) => r.jabatan ?? '—' },
					{ header: 'Unit kerja', cell: (r) => r.unit },
					{ header: 'Peran', cell: (r) => <PeranBadges peran={r.peran} /> },
					{ header: 'Terakhir masuk', cell: (r) => (r.terakhirMasuk ? formatWaktu(r.terakhirMasuk, zonaWaktu) : <span className="muted">Belum pernah</span>) },
					{
						header: 'Status',
						cell: (r) => (r.aktif ? <span className="badge badge-hijau">Aktif</span> : <span className="badge badge-merah">Nonaktif</span>),
					},
				]}
			/>
		</>
	)
}
