import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField } from '~/components/form'
import { parseSesiFilter } from '~/modules/akses/sesi.schema'
import { endSesiByRef, listSesiAktifSemua } from '~/modules/akses/sesi.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Sesi aktif — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:sesi:any')
	const url = new URL(request.url)
	const filter = parseSesiFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, zonaWaktu] = await Promise.all([
		listSesiAktifSemua({ ...filter, offset, limit: perPage, sesiIdSekarang: user.sesiId }),
		getZonaWaktuKantor(),
	])
	return { rows, total, page, perPage, filter, zonaWaktu, bolehAkhiri: hasPermission(user.authority, 'delete:sesi:any') }
}

const PESAN = {
	berhasil: { jenis: 'sukses', pesan: 'Sesi diakhiri.' },
	'tidak-ada': { jenis: 'galat', pesan: 'Sesi tidak ditemukan atau sudah berakhir.' },
	'sesi-ini': { jenis: 'galat', pesan: 'Ini sesi Anda sendiri; gunakan menu Keluar untuk mengakhirinya.' },
} as const

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'delete:sesi:any')
	const formData = await request.formData()
	const back = `/admin/sesi${new URL(request.url).search}`
	if (formData.get('intent') !== 'akhiri') {
		return redirectWithFlash(back, { jenis: 'galat', pesan: 'Tindakan tidak dikenal.' })
	}
	const hasil = await endSesiByRef({ ref: String(formData.get('sesi') ?? ''), sesiIdSekarang: user.sesiId })
	return redirectWithFlash(back, PESAN[hasil])
}

export default function SesiPage() {
	const { rows, total, page, perPage, filter, zonaWaktu, bolehAkhiri } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Sesi aktif</h1>
			<p className="muted">Sesi yang masih berlaku di semua perangkat. Mengakhiri sesi membuat pengguna harus masuk kembali.</p>
			<Form method="get" className="toolbar">
				<InputField label="Cari username atau nama" name="q" type="search" defaultValue={filter.q ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/admin/sesi/ekspor" />
			</Form>
			<DataTable
				caption="Daftar sesi aktif"
				rows={rows}
				rowKey={(r) => r.ref}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada sesi aktif untuk saringan ini."
				columns={[
					{ header: 'Username', cell: (r) => r.username },
					{ header: 'Nama', cell: (r) => r.nama },
					{ header: 'Mulai', cell: (r) => formatWaktu(r.mulai, zonaWaktu) },
					{ header: 'Terakhir aktif', cell: (r) => formatWaktu(r.terakhirAktif, zonaWaktu) },
					{ header: 'Alamat', cell: (r) => r.ip ?? '—' },
					{ header: 'Perangkat', cell: (r) => <span className="muted">{r.userAgent ?? '—'}</span> },
					{
						header: 'Tindakan',
						cell: (r) =>
							r.ini ? (
								<span className="badge badge-hijau">Sesi ini</span>
							) : bolehAkhiri ? (
								<Form method="post" onSubmit={(e) => !confirm(`Akhiri sesi ${r.username}?`) && e.preventDefault()}>
									<input type="hidden" name="sesi" value={r.ref} />
									<button type="submit" name="intent" value="akhiri" className="button-sekunder button-kecil">
										Akhiri
									</button>
								</Form>
							) : null,
					},
				]}
			/>
		</>
	)
}
