import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { SelectField } from '~/components/form'
import { KANAL_PENGIRIMAN, parseFilterPengiriman, STATUS_PENGIRIMAN } from '~/modules/pengiriman/pengiriman.schema'
import { kirimUlangPengiriman, listPengirimanBermasalah, statusSaluran } from '~/modules/pengiriman/pengiriman.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatAngka, formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'

export const meta: MetaFunction = () => [{ title: 'Pengiriman gagal — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:pengiriman:any')
	const url = new URL(request.url)
	const filter = parseFilterPengiriman(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, zonaWaktu] = await Promise.all([listPengirimanBermasalah({ ...filter, offset, limit: perPage }), getZonaWaktuKantor()])
	return { rows, total, page, perPage, filter, zonaWaktu, saluran: statusSaluran() }
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'read:pengiriman:any')
	const formData = await request.formData()
	const back = `/admin/pengiriman${new URL(request.url).search}`
	const id = Number(formData.get('id'))
	if (formData.get('intent') !== 'kirim-ulang' || !Number.isInteger(id) || id <= 0) {
		return redirectWithFlash(back, { jenis: 'galat', pesan: 'Tindakan tidak dikenal.' })
	}
	const ok = await kirimUlangPengiriman(id)
	return redirectWithFlash(
		back,
		ok ? { jenis: 'sukses', pesan: 'Pesan dijadwalkan untuk dikirim ulang.' } : { jenis: 'galat', pesan: 'Pesan tidak ditemukan atau sudah terkirim.' },
	)
}

const labelKanal = Object.fromEntries(KANAL_PENGIRIMAN.map((k) => [k.value, k.label]))
const labelStatus = Object.fromEntries(STATUS_PENGIRIMAN.map((s) => [s.value, s.label]))

export default function PengirimanPage() {
	const { rows, total, page, perPage, filter, zonaWaktu, saluran } = useLoaderData<typeof loader>()
	const mati = [!saluran.email ? 'e-mail' : null, !saluran.wa ? 'WhatsApp' : null].filter(Boolean)
	return (
		<>
			<h1>Pengiriman gagal</h1>
			<p className="muted">
				Pesan e-mail dan WhatsApp yang gagal terkirim atau masih menunggu dicoba ulang. Kirim ulang menjadwalkan satu percobaan lagi sekarang.
			</p>
			{mati.length ? (
				<div className="alert alert-info" role="status">
					Saluran {mati.join(' dan ')} belum dikonfigurasi; pesan untuk saluran tersebut tidak dapat terkirim.
				</div>
			) : null}
			<Form method="get" className="toolbar">
				<SelectField label="Saluran" name="kanal" options={[...KANAL_PENGIRIMAN]} placeholder="Semua saluran" defaultValue={filter.kanal ?? ''} />
				<SelectField label="Status" name="status" options={[...STATUS_PENGIRIMAN]} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<button type="submit">Terapkan</button>
			</Form>
			<DataTable
				caption="Daftar pengiriman gagal"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada pengiriman gagal untuk saringan ini."
				columns={[
					{ header: 'Saluran', cell: (r) => labelKanal[r.kanal] ?? r.kanal },
					{ header: 'Tujuan', cell: (r) => r.tujuan },
					{ header: 'Judul', cell: (r) => r.judul },
					{ header: 'Status', cell: (r) => <span className={r.status === 'gagal' ? 'badge badge-merah' : 'badge'}>{labelStatus[r.status]}</span> },
					{ header: 'Percobaan', numeric: true, cell: (r) => formatAngka(r.percobaan) },
					{ header: 'Galat terakhir', cell: (r) => <span className="muted">{r.galatTerakhir ?? '—'}</span> },
					{ header: 'Dibuat', cell: (r) => formatWaktu(r.dibuat, zonaWaktu) },
					{ header: 'Coba berikutnya', cell: (r) => (r.berikutnya ? formatWaktu(r.berikutnya, zonaWaktu) : '—') },
					{
						header: 'Tindakan',
						cell: (r) => (
							<Form method="post">
								<input type="hidden" name="id" value={r.id} />
								<button type="submit" name="intent" value="kirim-ulang" className="button-sekunder button-kecil">
									Kirim ulang
								</button>
							</Form>
						),
					},
				]}
			/>
		</>
	)
}
