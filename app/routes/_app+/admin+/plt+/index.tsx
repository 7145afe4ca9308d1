import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { SelectField } from '~/components/form'
import { listPilihanJabatan } from '~/modules/organisasi/jabatan.server'
import { STATUS_PENUGASAN, parsePenugasanPltFilter } from '~/modules/organisasi/plt.schema'
import { hariIniKantor, listPenugasanPlt } from '~/modules/organisasi/plt.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatTanggal } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Plt / Plh — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const url = new URL(request.url)
	const filter = parsePenugasanPltFilter(url)
	const { page, perPage, offset } = readPage(url)
	const hariIni = await hariIniKantor()
	const [{ rows, total }, pilihanJabatan] = await Promise.all([listPenugasanPlt({ ...filter, hariIni, offset, limit: perPage }), listPilihanJabatan()])
	return { rows, total, page, perPage, filter, pilihanJabatan, bolehUbah: hasPermission(user.authority, 'update:organisasi:any') }
}

const badgeStatus = { aktif: 'badge badge-hijau', 'akan-datang': 'badge', selesai: 'badge badge-abu' } as const
const labelStatus: Record<string, string> = Object.fromEntries(STATUS_PENUGASAN.map((s) => [s.value, s.label]))

export default function PenugasanPltPage() {
	const { rows, total, page, perPage, filter, pilihanJabatan, bolehUbah } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Pelaksana Tugas dan Pelaksana Harian</h1>
			<p className="muted">Selama penugasan berlaku, pegawai memegang peran jabatan yang dilaksanakannya, dan jejak audit mencatat kedua nama.</p>
			<Form method="get" className="toolbar">
				<SelectField label="Status" name="status" options={[...STATUS_PENUGASAN]} placeholder="Semua" defaultValue={filter.status ?? ''} />
				<SelectField label="Jabatan" name="jabatanId" options={pilihanJabatan} placeholder="Semua jabatan" defaultValue={filter.jabatanId ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/plt/ekspor" />
				{bolehUbah ? (
					<Link className="button" to="/admin/plt/baru">
						Tambah penugasan
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar penugasan Plt dan Plh"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada penugasan untuk saringan ini."
				columns={[
					{
						header: 'Jabatan',
						cell: (r) => (
							<Link to={`/admin/plt/${r.id}`}>
								{r.jenis}. {r.namaJabatan}
							</Link>
						),
					},
					{ header: 'Pegawai', cell: (r) => `${r.namaPegawai} (${r.username})` },
					{ header: 'Masa berlaku', cell: (r) => `${formatTanggal(r.mulai)} s.d. ${formatTanggal(r.selesai)}` },
					{ header: 'Nomor surat', cell: (r) => r.nomorSurat ?? <span className="muted">—</span> },
					{ header: 'Status', cell: (r) => <span className={badgeStatus[r.status]}>{labelStatus[r.status]}</span> },
				]}
			/>
		</>
	)
}
