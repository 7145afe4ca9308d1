import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Tabel } from '~/components/data-table'
import { listJenisNaskah } from '~/modules/persuratan/naskah.server'
import { requireUserWithPermission } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Jenis naskah — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:naskah:any')
	const rows = await listJenisNaskah({ termasukNonaktif: true })
	// each jenis naskah counts on its own: two active ones with the same pattern can print the same number
	const kembar = new Map<string, string[]>()
	for (const r of rows.filter((x) => x.aktif)) kembar.set(r.formatNomor, [...(kembar.get(r.formatNomor) ?? []), r.nama])
	return { rows: rows.map((r) => ({ ...r, samaDengan: r.aktif ? (kembar.get(r.formatNomor) ?? []).filter((n) => n !== r.nama) : [] })) }
}

export default function DaftarJenisNaskah() {
	const { rows } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Jenis naskah</h1>
			<p className="muted">
				Templat, rantai verifikasi, penandatangan dan format nomor setiap jenis naskah dinas. Nomor urut berjalan sendiri per jenis naskah per tahun; jenis naskah dengan format nomor
				yang sama dapat menghasilkan nomor kembar untuk klasifikasi dan unit yang sama, sehingga bedakan formatnya (mis. dengan {'{jenis}'}).
			</p>
			<Tabel
				caption="Daftar jenis naskah"
				rows={rows}
				rowKey={(r) => r.id}
				columns={[
					{
						header: 'Jenis naskah',
						cell: (r) => (
							<>
								<Link to={`/admin/jenis-naskah/${r.id}`}>{r.nama}</Link> <span className="muted">{r.kode}</span>
								{r.aktif ? null : <span className="badge badge-abu">Nonaktif</span>}
							</>
						),
					},
					{ header: 'Rantai verifikasi', cell: (r) => r.rantai.map((j) => j.nama).join(' → ') },
					{ header: 'Penandatangan', cell: (r) => r.penandatangan.nama },
					{
						header: 'Format nomor',
						cell: (r) => (
							<>
								<code>{r.formatNomor}</code>
								{r.samaDengan.length ? <div className="badge badge-kuning">Sama dengan {r.samaDengan.join(', ')}</div> : null}
							</>
						),
					},
				]}
			/>
		</>
	)
}
