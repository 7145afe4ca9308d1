import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useLocation } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { SubmitButton } from '~/components/form'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission, safeRedirect } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatWaktu } from '~/utils/format'
import { notFound } from '~/utils/http.server'
import { readPage } from '~/utils/pagination.server'
import { AlurError, alurErrorResponse } from '~/workflow/galat'
import { hitungBelumDibaca, listNotifikasi, tandaiDibaca, tandaiSemuaDibaca } from '~/workflow/notifikasi.server'

export const meta: MetaFunction = () => [{ title: 'Notifikasi — SIMADU' }]

/** The header's panel asks for `?ringkas=1`: the five latest only. */
const JUMLAH_RINGKAS = 5

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const url = new URL(request.url)
	const ringkas = url.searchParams.get('ringkas') === '1'
	const { page, perPage, offset } = readPage(url, ringkas ? JUMLAH_RINGKAS : undefined)
	const [{ rows, total }, belumDibaca, zonaWaktu] = await Promise.all([
		listNotifikasi({ userId: user.id, offset: ringkas ? 0 : offset, limit: perPage }),
		hitungBelumDibaca(user.id),
		getZonaWaktuKantor(),
	])
	return { rows, total, belumDibaca, page: ringkas ? 1 : page, perPage, zonaWaktu }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const formData = await request.formData()
	const intent = formData.get('intent')
	if (intent === 'baca-semua') {
		const jumlah = await tandaiSemuaDibaca(user.id)
		return redirectWithFlash('/notifikasi', { jenis: 'sukses', pesan: jumlah ? 'Semua notifikasi ditandai sudah dibaca.' : 'Tidak ada notifikasi yang belum dibaca.' })
	}
	if (intent !== 'buka' && intent !== 'baca') throw alurErrorResponse(new AlurError('Tindakan tidak dikenal.', 400))
	const id = Number(formData.get('id'))
	const row = Number.isSafeInteger(id) && id > 0 ? await tandaiDibaca(user.id, id) : null
	if (!row) throw notFound('Notifikasi tidak ditemukan.')
	if (intent === 'buka' && row.tautan) return redirect(safeRedirect(row.tautan, '/notifikasi'))
	return redirect(safeRedirect(formData.get('kembali'), '/notifikasi'))
}

export default function DaftarNotifikasi() {
	const { rows, total, belumDibaca, page, perPage, zonaWaktu } = useLoaderData<typeof loader>()
	const location = useLocation()
	return (
		<>
			<h1>Notifikasi</h1>
			<div className="toolbar">
				<span className="muted">{belumDibaca ? `${belumDibaca} belum dibaca.` : 'Semua sudah dibaca.'}</span>
				{belumDibaca ? (
					<Form method="post">
						<SubmitButton intent="baca-semua" className="button-sekunder">
							Tandai semua sudah dibaca
						</SubmitButton>
					</Form>
				) : null}
			</div>
			<DataTable
				caption="Daftar notifikasi"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Belum ada notifikasi."
				columns={[
					{ header: 'Waktu', cell: (r) => formatWaktu(r.createdAt, zonaWaktu) },
					{
						header: 'Notifikasi',
						cell: (r) => (
							<>
								{r.dibacaAt ? r.judul : <strong>{r.judul}</strong>}
								{r.dibacaAt ? null : <span className="badge" style={{ marginLeft: '0.5rem' }}>Baru</span>}
								{r.isi ? <div className="muted">{r.isi}</div> : null}
							</>
						),
					},
					{
						header: 'Tindakan',
						cell: (r) => (
							<Form method="post" className="actions">
								<input type="hidden" name="id" value={r.id} />
								<input type="hidden" name="kembali" value={`${location.pathname}${location.search}`} />
								{r.tautan ? (
									<SubmitButton intent="buka" className="button-kecil">
										Buka
									</SubmitButton>
								) : null}
								{r.dibacaAt ? null : (
									<SubmitButton intent="baca" className="button-sekunder button-kecil">
										Tandai dibaca
									</SubmitButton>
								)}
							</Form>
						),
					},
				]}
			/>
		</>
	)
}
