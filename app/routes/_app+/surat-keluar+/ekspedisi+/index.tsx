import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink, type Column } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { bacaFilterEkspedisi, CARA_EKSPEDISI, KELAS_STATUS_EKSPEDISI, LABEL_CARA_EKSPEDISI, LABEL_STATUS_EKSPEDISI, STATUS_EKSPEDISI } from '~/modules/persuratan/ekspedisi.schema'
import { listEkspedisi, type EkspedisiRow } from '~/modules/persuratan/ekspedisi.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Buku ekspedisi — SIMADU' }]

/** The buku ekspedisi: every dispatch of a signed letter and its receipt, newest first. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:pengantaran:any')
	const url = new URL(request.url)
	const filter = bacaFilterEkspedisi(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, zonaWaktu] = await Promise.all([listEkspedisi({ filter, offset, limit: perPage }), getZonaWaktuKantor()])
	// the caraka carries letters without reading them: the letter's page is for those who may
	return { rows, total, page, perPage, filter, zonaWaktu, bolehBukaSurat: hasPermission(user.authority, 'read:surat:any') }
}

export default function BukuEkspedisi() {
	const { rows, total, page, perPage, filter, zonaWaktu, bolehBukaSurat } = useLoaderData<typeof loader>()
	const kolom: Column<EkspedisiRow>[] = [
		{ header: 'Dikirim', cell: (r) => <>{formatWaktu(r.dikirimAt, zonaWaktu)}<div className="muted">{r.dikirimOleh}</div></> },
		{
			header: 'Surat',
			cell: (r) => (
				<>
					{bolehBukaSurat ? <Link to={`/surat-keluar/${r.suratId}`}>{r.nomorSurat ?? `Surat ${r.suratId}`}</Link> : <strong>{r.nomorSurat ?? `Surat ${r.suratId}`}</strong>}
					<div className="muted">{r.perihal}</div>
				</>
			),
		},
		{ header: 'Tujuan', cell: (r) => <>{r.tujuan}{r.alamat ? <div className="muted">{r.alamat}</div> : null}</> },
		{ header: 'Cara', cell: (r) => <>{LABEL_CARA_EKSPEDISI[r.cara] ?? r.cara}{r.nomorResi ? <div className="muted">Resi {r.nomorResi}</div> : null}</> },
		{ header: 'Status', cell: (r) => <span className={KELAS_STATUS_EKSPEDISI[r.status]}>{LABEL_STATUS_EKSPEDISI[r.status] ?? r.status}</span> },
		{
			header: 'Penerimaan',
			cell: (r) =>
				r.diterimaAt ? (
					<>
						{r.diterimaOleh}
						<div className="muted">
							{formatWaktu(r.diterimaAt, zonaWaktu)}
							{r.adaBukti ? (
								<>
									{' · '}
									<a href={`/surat-keluar/ekspedisi/${r.id}/bukti`}>bukti</a>
								</>
							) : null}
						</div>
					</>
				) : r.status === 'dikirim' && r.cara !== 'email' ? (
					<Link to={`/surat-keluar/ekspedisi/${r.id}`}>Catat penerimaan</Link>
				) : (
					<span className="muted">—</span>
				),
		},
	]
	return (
		<>
			<h1>Buku ekspedisi</h1>
			<Form method="get" className="toolbar">
				<InputField label="Cari nomor, perihal, tujuan atau resi" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ''} />
				<SelectField label="Cara" name="cara" options={[...CARA_EKSPEDISI]} placeholder="Semua cara" defaultValue={filter.cara ?? ''} />
				<SelectField label="Status" name="status" options={STATUS_EKSPEDISI.map((s) => ({ value: s.value, label: s.label }))} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<InputField label="Dikirim dari" name="dari" type="date" defaultValue={filter.dari ?? ''} />
				<InputField label="Sampai" name="sampai" type="date" defaultValue={filter.sampai ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/surat-keluar/ekspedisi/ekspor" />
			</Form>
			<DataTable caption="Buku ekspedisi surat keluar" rows={rows} rowKey={(r) => r.id} total={total} page={page} perPage={perPage} columns={kolom} empty="Belum ada pengiriman untuk saringan ini." />
		</>
	)
}
