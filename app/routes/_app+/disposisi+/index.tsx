import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { SelectField } from '~/components/form'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { StatusDisposisiBadge } from '~/workflow/components/disposisi-tree'
import { STATUS_DISPOSISI, parseDisposisiFilter } from '~/workflow/disposisi.schema'
import { listDisposisiSaya, type BarisDisposisiSaya } from '~/workflow/disposisi.server'

export const meta: MetaFunction = () => [{ title: 'Disposisi — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const url = new URL(request.url)
	const filter = parseDisposisiFilter(url)
	const { page, perPage, offset } = readPage(url)
	const { rows, total } = await listDisposisiSaya({ userId: user.id, ...filter, offset, limit: perPage })
	return { rows, total, page, perPage, filter }
}

const ARAH = [
	{ value: 'masuk', label: 'Disposisi masuk' },
	{ value: 'keluar', label: 'Disposisi terkirim' },
]

function Perihal({ r }: { r: BarisDisposisiSaya }) {
	const teks = r.judulSubjek ?? `${r.subjekJenis} #${r.subjekId}`
	return r.tautanSubjek ? <Link to={r.tautanSubjek}>{teks}</Link> : <>{teks}</>
}

export default function DisposisiSaya() {
	const { rows, total, page, perPage, filter } = useLoaderData<typeof loader>()
	const masuk = filter.arah === 'masuk'
	return (
		<>
			<h1>{masuk ? 'Disposisi masuk' : 'Disposisi terkirim'}</h1>
			<Form method="get" className="toolbar">
				<SelectField label="Tampilkan" name="arah" options={ARAH} defaultValue={filter.arah} />
				<SelectField label="Status" name="status" options={[...STATUS_DISPOSISI]} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<button type="submit">Terapkan</button>
			</Form>
			<DataTable
				caption={masuk ? 'Daftar disposisi yang Anda terima' : 'Daftar disposisi yang Anda kirim'}
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty={masuk ? 'Tidak ada disposisi masuk untuk saringan ini.' : 'Tidak ada disposisi terkirim untuk saringan ini.'}
				columns={[
					{ header: masuk ? 'Diterima' : 'Dikirim', cell: (r) => <Link to={`/disposisi/${r.id}`}>{formatWaktu(r.createdAt)}</Link> },
					{
						header: masuk ? 'Dari' : 'Kepada',
						cell: (r) => {
							const o = masuk ? r.dari : r.ke
							return (
								<>
									{o.nama}
									{o.jabatan ? <div className="muted">{o.jabatan}</div> : null}
									{masuk && r.atasNama ? <div className="muted">a.n. {r.atasNama}</div> : null}
								</>
							)
						},
					},
					{ header: 'Perihal', cell: (r) => <Perihal r={r} /> },
					{ header: 'Instruksi', cell: (r) => r.instruksiLabel.join(', ') },
					{
						header: 'Tenggat',
						cell: (r) =>
							r.tenggat ? (
								<>
									{formatTanggal(r.tenggat)}
									{r.terlambat ? <div className="badge badge-merah">Lewat tenggat</div> : null}
								</>
							) : (
								'—'
							),
					},
					{ header: 'Status', cell: (r) => <StatusDisposisiBadge status={r.status} /> },
					{
						header: 'Tindakan',
						cell: (r) => (
							<Link className="button button-kecil button-sekunder" to={`/disposisi/${r.id}`}>
								Buka
							</Link>
						),
					},
				]}
			/>
		</>
	)
}
