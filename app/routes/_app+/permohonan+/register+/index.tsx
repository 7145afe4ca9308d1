import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { PILIHAN_DISERAHKAN, parseFilterRegister } from '~/modules/layanan/laporan.schema'
import { listRegister, pilihanLayananLaporan } from '~/modules/layanan/laporan.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'

export const meta: MetaFunction = () => [{ title: 'Buku register — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:laporan-layanan:any')
	const url = new URL(request.url)
	const filter = parseFilterRegister(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, layanan, zonaWaktu] = await Promise.all([listRegister({ ...filter, offset, limit: perPage }), pilihanLayananLaporan(), getZonaWaktuKantor()])
	return { rows, total, page, perPage, filter, layanan, zonaWaktu }
}

const LABEL_CARA: Record<string, string> = { ambil: 'diambil', email: 'e-mail', wa: 'WhatsApp' }

export default function BukuRegisterPage() {
	const { rows, total, page, perPage, filter, layanan, zonaWaktu } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Buku register</h1>
			<p className="muted">Setiap dokumen yang dicetak tercatat di sini, lalu dilengkapi saat diserahkan kepada pemohon.</p>
			<Form method="get" className="toolbar">
				<InputField label="Dicetak dari" name="dari" type="date" defaultValue={filter.dari ?? ''} />
				<InputField label="Sampai" name="sampai" type="date" defaultValue={filter.sampai ?? ''} />
				<SelectField label="Layanan" name="layanan" options={layanan} placeholder="Semua layanan" defaultValue={filter.jenisKode ?? ''} />
				<SelectField label="Penyerahan" name="diserahkan" options={[...PILIHAN_DISERAHKAN]} placeholder="Semua" defaultValue={filter.diserahkan ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/permohonan/register/ekspor.xlsx" />
			</Form>
			<DataTable
				caption="Buku register dokumen"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada dokumen tercatat untuk saringan ini."
				columns={[
					{ header: 'Nomor register', cell: (r) => r.nomorRegister },
					{
						header: 'Permohonan',
						cell: (r) => (
							<>
								<Link to={`/permohonan/${r.permohonanId}`}>{r.nomorTiket}</Link>
								<br />
								<span className="muted">{r.jenisNama}</span>
							</>
						),
					},
					{ header: 'Pemohon', cell: (r) => r.pemohonNama },
					{
						header: 'Dokumen',
						cell: (r) => (
							<>
								{r.dokumen}
								{r.nomorDokumen ? <span className="muted"> · {r.nomorDokumen}</span> : null}
								{r.kondisi === 'rusak' ? <span className="badge badge-merah">Rusak, dicetak ulang</span> : null}
							</>
						),
					},
					{ header: 'Dicetak', cell: (r) => formatWaktu(r.dicetakAt, zonaWaktu) },
					{
						header: 'Diserahkan',
						cell: (r) =>
							r.diserahkanAt ? (
								<>
									{formatWaktu(r.diserahkanAt, zonaWaktu)}
									<br />
									<span className="muted">
										{r.diterimaOleh}
										{r.cara ? ` (${LABEL_CARA[r.cara] ?? r.cara})` : ''}
									</span>
								</>
							) : (
								<span className="badge badge-kuning">Belum</span>
							),
					},
				]}
			/>
		</>
	)
}
