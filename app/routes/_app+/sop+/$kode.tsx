import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { notFound } from '~/utils/http.server'
import { SopTabel } from '~/workflow/components/sop-tabel'
import { getSop } from '~/workflow/sop.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.kode ?? 'SOP'} — SIMADU` }]

const TIDAK_ADA = 'SOP tidak ditemukan.'

/**
 * `/sop/P4.1.2.xlsx` and `/sop/P4.1.2.pdf` land here too: a dynamic segment cannot carry a literal
 * suffix, so `kode` arrives as "P4.1.2.xlsx". Returning the file from this loader does not work:
 * for a document request Remix reads a loader's Response as loader data and renders the page
 * (checked with a request through Remix's request handler: the body ended up in loaderData, the
 * Content-Type was text/html). So the suffix redirects to the resource route `sop+/unduh.$berkas.ts`,
 * which serves the file.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:sop:any')
	const kode = params.kode ?? ''
	if (/\.(xlsx|pdf)$/.test(kode)) throw redirect(`/sop/unduh/${encodeURIComponent(kode)}`)
	const sop = await getSop(kode)
	if (!sop) throw notFound(TIDAK_ADA)
	return sop
}

export default function SopPage() {
	const sop = useLoaderData<typeof loader>()
	const kode = encodeURIComponent(sop.kode)
	return (
		<>
			<p>
				<Link to="/sop">← Katalog SOP</Link>
			</p>
			<h1>{sop.nama}</h1>
			<dl className="detail card">
				<dt>Kode</dt>
				<dd>
					{sop.kode} <span className="muted">(versi {sop.versi})</span>
				</dd>
				<dt>Area</dt>
				<dd>
					{sop.area} — {sop.areaLabel}
				</dd>
				<dt>Jumlah langkah</dt>
				<dd>{formatAngka(sop.jumlahLangkah)}</dd>
				<dt>Total standar waktu</dt>
				<dd>{sop.totalWaktu}</dd>
				<dt>Sedang berjalan</dt>
				<dd>{formatAngka(sop.berjalan)}</dd>
				<dt>Sumber</dt>
				<dd>{sop.sumber}</dd>
				{sop.catatan ? (
					<>
						<dt>Catatan</dt>
						<dd>{sop.catatan}</dd>
					</>
				) : null}
			</dl>
			<div className="actions" style={{ marginBottom: '1rem' }}>
				<Link className="button button-sekunder" to={`/sop/${kode}.xlsx`} reloadDocument>
					Unduh Excel
				</Link>
				<Link className="button button-sekunder" to={`/sop/${kode}.pdf`} reloadDocument>
					Unduh PDF
				</Link>
			</div>
			<SopTabel sop={sop} />
			<p className="muted">
				Capaian dihitung dari tugas yang selesai dalam {sop.hariStatistik} hari terakhir; waktu proses dihitung sejak tugas diambil
				sampai diselesaikan. Langkah tanpa standar waktu tidak diukur ketepatannya.
			</p>
		</>
	)
}
