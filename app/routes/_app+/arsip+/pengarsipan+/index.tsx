import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { listPengarsipanBerjalan } from '~/modules/arsip/pengarsipan.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { namaLangkah } from '~/workflow/tampilan'

export const meta: MetaFunction = () => [{ title: 'Pengarsipan surat — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const { page, perPage, offset } = readPage(new URL(request.url))
	const [{ rows, total }, zonaWaktu] = await Promise.all([listPengarsipanBerjalan({ offset, limit: perPage }), getZonaWaktuKantor()])
	return { rows, total, page, perPage, zonaWaktu }
}

export default function DaftarPengarsipan() {
	const { rows, total, page, perPage, zonaWaktu } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Pengarsipan surat</h1>
			<p className="muted">Surat masuk yang selesai ditindaklanjuti dan menunggu diberkaskan (P1.2.2 Kearsipan), yang paling lama di atas.</p>
			<DataTable
				caption="Surat menunggu diarsipkan"
				rows={rows}
				rowKey={(r) => r.instansId}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada surat yang menunggu diarsipkan."
				columns={[
					{ header: 'Surat', cell: (r) => <Link to={`/arsip/pengarsipan/${r.instansId}`}>{r.judul}</Link> },
					{ header: 'Nomor surat', cell: (r) => r.nomorSurat ?? '—' },
					{ header: 'Klasifikasi', cell: (r) => r.klasifikasiKode ?? '—' },
					{ header: 'Langkah', cell: (r) => namaLangkah(r.langkahAktif) ?? '—' },
					{ header: 'Sejak', cell: (r) => formatWaktu(r.mulaiAt, zonaWaktu) },
				]}
			/>
		</>
	)
}
