import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { LABEL_TINGKAT, TINGKAT_WILAYAH, parseWilayahFilter } from '~/modules/referensi/wilayah.schema'
import { getRantaiWilayah, listWilayah } from '~/modules/referensi/wilayah.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { notFound } from '~/utils/http.server'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Wilayah — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:referensi:any')
	const url = new URL(request.url)
	const filter = parseWilayahFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, rantai] = await Promise.all([
		listWilayah({ ...filter, offset, limit: perPage }),
		filter.induk ? getRantaiWilayah(filter.induk) : null,
	])
	if (filter.induk && !rantai) throw notFound('Wilayah induk tidak ditemukan.')
	return { rows, total, page, perPage, filter, rantai: rantai ?? [], bolehImpor: hasPermission(user.authority, 'update:referensi:any') }
}

export default function WilayahPage() {
	const { rows, total, page, perPage, filter, rantai, bolehImpor } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Wilayah</h1>
			<p className="muted">Kode wilayah administrasi pemerintahan Kemendagri: provinsi, kabupaten/kota, kecamatan, desa/kelurahan.</p>
			{rantai.length ? (
				<nav aria-label="Jalur wilayah" className="muted">
					<Link to="/admin/wilayah">Semua wilayah</Link>
					{rantai.map((w, i) => (
						<span key={w.kode}>
							{' › '}
							{i === rantai.length - 1 ? (
								<strong aria-current="page">{w.nama}</strong>
							) : (
								<Link to={`/admin/wilayah?induk=${w.kode}`}>{w.nama}</Link>
							)}
						</span>
					))}
				</nav>
			) : null}
			<Form method="get" className="toolbar">
				{filter.induk ? <input type="hidden" name="induk" value={filter.induk} /> : null}
				<InputField label="Cari kode atau nama" name="q" type="search" defaultValue={filter.q ?? ''} />
				<SelectField label="Tingkat" name="tingkat" options={TINGKAT_WILAYAH} placeholder="Semua tingkat" defaultValue={filter.tingkat ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/wilayah/ekspor" />
				{bolehImpor ? (
					<Link className="button" to="/admin/wilayah/impor">
						Impor CSV
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar wilayah"
				rows={rows}
				rowKey={(r) => r.kode}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada wilayah untuk saringan ini."
				columns={[
					{ header: 'Kode', cell: (r) => r.kode },
					{ header: 'Nama', cell: (r) => (r.jumlahAnak > 0 ? <Link to={`/admin/wilayah?induk=${r.kode}`}>{r.nama}</Link> : r.nama) },
					{ header: 'Tingkat', cell: (r) => LABEL_TINGKAT[r.tingkat] ?? r.tingkat },
					{ header: 'Jumlah wilayah di bawahnya', numeric: true, cell: (r) => formatAngka(r.jumlahAnak) },
				]}
			/>
		</>
	)
}
