import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Tabel } from '~/components/data-table'
import { labelSemester } from '~/modules/kependudukan/kode'
import { LABEL_STATUS_PUBLIKASI } from '~/modules/kependudukan/label'
import { listSemuaPublikasi } from '~/modules/kependudukan/publikasi-baca.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Publikasi agregat — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:agregat:any')
	const [rows, zona] = await Promise.all([listSemuaPublikasi(), getZonaWaktuKantor()])
	return { rows, zona, bolehImpor: hasPermission(user.authority, 'update:dkb:any') }
}

export default function DaftarPublikasi() {
	const { rows, zona, bolehImpor } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Publikasi agregat kependudukan</h1>
			<p className="muted">
				Setiap semester: draft disusun dari DKB, dibahas Bidang PIAK, disetujui Sekretaris dan Kepala Dinas, lalu terbit di halaman publik{' '}
				<Link to="/agregat">Agregat Kependudukan</Link>. Publikasi yang sudah terbit dibekukan; koreksi dibuat sebagai versi baru dengan alasannya.
			</p>
			{bolehImpor ? (
				<p>
					<Link className="button" to="/kependudukan/impor">
						Impor DKB
					</Link>
				</p>
			) : null}
			<Tabel
				caption="Daftar publikasi agregat"
				rows={rows}
				rowKey={(r) => r.id}
				empty="Belum ada semester yang diimpor."
				columns={[
					{ header: 'Semester', cell: (r) => <Link to={`/kependudukan/agregat/${r.id}`}>{labelSemester(r.semester)}</Link> },
					{ header: 'Versi', cell: (r) => r.versi, numeric: true },
					{ header: 'Tanggal acuan', cell: (r) => formatTanggal(r.tanggalAcuan, zona) },
					{ header: 'Status', cell: (r) => LABEL_STATUS_PUBLIKASI[r.status] },
					{ header: 'Terbit', cell: (r) => (r.diterbitkanAt ? formatWaktu(r.diterbitkanAt, zona) : '—') },
					{ header: 'Alasan koreksi', cell: (r) => r.alasanKoreksi ?? '—' },
				]}
			/>
		</>
	)
}
