import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { parsePeminjamanFilter, STATUS_DAFTAR_PINJAM } from '~/modules/arsip/peminjaman.schema'
import { hitungPeminjaman, listPeminjaman } from '~/modules/arsip/peminjaman.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka, formatTanggal, formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'

export const meta: MetaFunction = () => [{ title: 'Peminjaman arsip — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const url = new URL(request.url)
	const filter = parsePeminjamanFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [daftar, hitung] = await Promise.all([listPeminjaman({ ...filter, offset, limit: perPage }), hitungPeminjaman()])
	return { ...daftar, hitung, filter, page, perPage }
}

export default function DaftarPeminjaman() {
	const { rows, total, hitung, filter, page, perPage } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Peminjaman arsip</h1>
			<div className="cards">
				<Link to="/arsip/peminjaman?status=terlambat" className="card">
					<div className="stat" style={hitung.terlambat ? { color: 'var(--merah)' } : undefined}>
						{formatAngka(hitung.terlambat)}
					</div>
					<div>Terlambat dikembalikan</div>
				</Link>
				<Link to="/arsip/peminjaman?status=segera" className="card">
					<div className="stat">{formatAngka(hitung.segera)}</div>
					<div>Jatuh tempo dalam 3 hari</div>
				</Link>
			</div>
			<Form method="get" className="toolbar">
				<SelectField label="Tampilkan" name="status" options={[...STATUS_DAFTAR_PINJAM]} defaultValue={filter.status} />
				<InputField label="Cari nomor, berkas atau keperluan" name="q" type="search" defaultValue={filter.q ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/arsip/peminjaman/ekspor" />
				<Link className="button" to="/arsip/peminjaman/baru">
					Catat peminjaman
				</Link>
			</Form>
			<DataTable
				caption="Peminjaman arsip"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada peminjaman untuk saringan ini."
				columns={[
					{ header: 'Nomor', cell: (r) => <Link to={`/arsip/peminjaman/${r.id}`}>{r.nomor}</Link> },
					{
						header: 'Berkas',
						cell: (r) => (
							<>
								<Link to={`/arsip/${r.berkasId}`}>{r.nomorBerkas}</Link> <span className="muted">{r.uraianBerkas}</span>
							</>
						),
					},
					{ header: 'Peminjam', cell: (r) => r.peminjam },
					{ header: 'Keperluan', cell: (r) => r.keperluan },
					{ header: 'Dipinjam', cell: (r) => formatWaktu(r.dipinjamAt) },
					{
						header: 'Jatuh tempo',
						cell: (r) =>
							r.terlambatHari > 0 ? (
								<strong style={{ color: 'var(--merah)' }} data-terlambat="ya">
									{formatTanggal(r.jatuhTempo)} <span className="badge badge-merah">Terlambat {r.terlambatHari} hari</span>
								</strong>
							) : (
								formatTanggal(r.jatuhTempo)
							),
					},
					{ header: 'Status', cell: (r) => (r.status === 'dipinjam' ? <span className="badge badge-kuning">Dipinjam</span> : <span className="badge badge-hijau">Dikembalikan {r.dikembalikanAt ? formatTanggal(r.dikembalikanAt) : ''}</span>) },
				]}
			/>
		</>
	)
}
