import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { RingkasPerubahan } from '~/modules/audit/components/perubahan'
import { labelAksi, parseLogAuditFilter } from '~/modules/audit/log-audit.schema'
import { listLogAudit, listPilihanAudit } from '~/modules/audit/log-audit.server'
import { formatWaktuDetik } from '~/modules/audit/waktu-zona'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { readPage } from '~/utils/pagination.server'

export const meta: MetaFunction = () => [{ title: 'Jejak audit — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:audit:any')
	const url = new URL(request.url)
	const filter = parseLogAuditFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, pilihan, zonaWaktu] = await Promise.all([
		listLogAudit({ ...filter, offset, limit: perPage }),
		listPilihanAudit(),
		getZonaWaktuKantor(),
	])
	return { rows, total, page, perPage, filter, pilihan, zonaWaktu }
}

export default function AuditPage() {
	const { rows, total, page, perPage, filter, pilihan, zonaWaktu } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Jejak audit</h1>
			<p className="muted">Setiap perubahan data dan peristiwa keamanan, terbaru di atas. Jejak ini tidak dapat diubah atau dihapus.</p>
			<Form method="get" className="toolbar">
				<InputField label="Dari tanggal" name="dari" type="date" defaultValue={filter.dari ?? ''} />
				<InputField label="Sampai tanggal" name="sampai" type="date" defaultValue={filter.sampai ?? ''} />
				<InputField label="Pengguna (username atau nama)" name="pengguna" type="search" defaultValue={filter.pengguna ?? ''} />
				<SelectField label="Aksi" name="aksi" options={pilihan.aksi} placeholder="Semua aksi" defaultValue={filter.aksi ?? ''} />
				<SelectField
					label="Entitas"
					name="entitas"
					options={pilihan.entitas.map((e) => ({ value: e, label: e }))}
					placeholder="Semua entitas"
					defaultValue={filter.entitas ?? ''}
				/>
				<InputField label="ID entitas" name="entitasId" maxLength={64} defaultValue={filter.entitasId ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/audit/ekspor" />
			</Form>
			<DataTable
				caption="Jejak audit"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada catatan untuk saringan ini."
				columns={[
					{ header: 'Waktu', cell: (r) => <time dateTime={r.waktu}>{formatWaktuDetik(r.waktu, zonaWaktu)}</time> },
					{
						header: 'Pengguna',
						cell: (r) => (
							<>
								{r.namaPengguna ?? <span className="muted">Sistem</span>}
								{r.atasNama ? <div className="muted">atas nama {r.atasNama}</div> : null}
							</>
						),
					},
					{ header: 'Aksi', cell: (r) => labelAksi(r.aksi) },
					{
						header: 'Entitas',
						cell: (r) => (
							<code>
								{r.entitas}
								{r.entitasId ? `#${r.entitasId}` : ''}
							</code>
						),
					},
					{
						header: 'Perubahan',
						cell: (r) => (
							<>
								<RingkasPerubahan perubahan={r.perubahan} />
								{r.keterangan ? <div className="muted">{r.keterangan}</div> : null}
							</>
						),
					},
					{ header: 'Alamat', cell: (r) => r.ip ?? '—' },
				]}
			/>
		</>
	)
}
