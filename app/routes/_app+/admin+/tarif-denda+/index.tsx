import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { listTarifDendaAdmin } from '~/modules/layanan/katalog-admin.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka, formatRupiah, formatTanggal } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Tarif denda — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	return { rows: await listTarifDendaAdmin() }
}

export default function TarifDendaPage() {
	const { rows } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Tarif denda keterlambatan pelaporan</h1>
			<p className="muted">
				Denda dihitung saat permohonan diajukan: bila tanggal lapor melewati batas hari sejak peristiwa, berlaku tarif yang masa berlakunya
				mencakup tanggal lapor. Masa berlaku tarif untuk satu peristiwa tidak boleh bertumpang tindih.
			</p>
			<div className="toolbar">
				<Link className="button" to="/admin/tarif-denda/baru">
					Tambah tarif
				</Link>
			</div>
			<DataTable
				caption="Daftar tarif denda"
				rows={rows}
				rowKey={(r) => r.id}
				total={rows.length}
				page={1}
				perPage={Math.max(rows.length, 1)}
				empty="Belum ada tarif denda."
				columns={[
					{ header: 'Peristiwa', cell: (r) => r.peristiwaLabel },
					{ header: 'Nama', cell: (r) => <Link to={`/admin/tarif-denda/${r.id}`}>{r.nama}</Link> },
					{ header: 'Batas', numeric: true, cell: (r) => `${formatAngka(r.batasHari)} hari` },
					{ header: 'Nominal', numeric: true, cell: (r) => formatRupiah(r.nominal) },
					{
						header: 'Masa berlaku',
						cell: (r) => `${formatTanggal(r.berlakuMulai)} – ${r.berlakuSampai ? formatTanggal(r.berlakuSampai) : 'seterusnya'}`,
					},
					{ header: 'Dasar hukum', cell: (r) => r.dasarHukum },
				]}
			/>
		</>
	)
}
