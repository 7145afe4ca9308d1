import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { ExportLink } from '~/components/data-table'
import { InputField } from '~/components/form'
import { JENIS_UNIT_KERJA, parseUnitKerjaFilter } from '~/modules/organisasi/unit-kerja.schema'
import { getPohonUnitKerja, type UnitKerjaNode } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Unit kerja — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const filter = parseUnitKerjaFilter(new URL(request.url))
	const { pohon, total } = await getPohonUnitKerja(filter)
	return { pohon, total, filter, bolehUbah: hasPermission(user.authority, 'update:organisasi:any') }
}

const labelJenis: Record<string, string> = Object.fromEntries(JENIS_UNIT_KERJA.map((j) => [j.value, j.label]))

function Cabang({ nodes }: { nodes: UnitKerjaNode[] }) {
	return (
		<ul>
			{nodes.map((n) => (
				<li key={n.id}>
					<Link to={`/admin/unit-kerja/${n.id}`}>{n.nama}</Link> <span className="muted">{n.kode}</span>{' '}
					<span className="badge badge-abu">{labelJenis[n.jenis] ?? n.jenis}</span>
					{n.aktif ? null : <span className="badge badge-merah">Nonaktif</span>}
					{n.anak.length ? <Cabang nodes={n.anak} /> : null}
				</li>
			))}
		</ul>
	)
}

export default function UnitKerjaPage() {
	const { pohon, total, filter, bolehUbah } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Unit kerja</h1>
			<Form method="get" className="toolbar">
				<InputField label="Cari nama atau kode" name="q" type="search" defaultValue={filter.q ?? ''} />
				<button type="submit">Cari</button>
				<ExportLink to="/admin/unit-kerja/ekspor" />
				{bolehUbah ? (
					<Link className="button" to="/admin/unit-kerja/baru">
						Tambah unit kerja
					</Link>
				) : null}
			</Form>
			<p className="muted">
				{filter.q ? `${formatAngka(total)} unit cocok dengan pencarian.` : `${formatAngka(total)} unit kerja.`}
			</p>
			<div className="card tree" aria-label="Struktur unit kerja">
				{pohon.length ? <Cabang nodes={pohon} /> : <p className="muted">Tidak ada unit kerja yang cocok.</p>}
			</div>
		</>
	)
}
