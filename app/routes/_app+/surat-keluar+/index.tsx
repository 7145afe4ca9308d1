import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink, type Column } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { bacaFilterSuratKeluar, KELAS_STATUS_SURAT, LABEL_STATUS_SURAT, STATUS_SURAT_KELUAR, TAB_SURAT } from '~/modules/persuratan/surat-keluar.schema'
import { listPilihanDraf, listSuratKeluar, type SuratKeluarListRow } from '~/modules/persuratan/surat-keluar.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Surat keluar — SIMADU' }]

/**
 * `/surat-keluar`: the letters that wait for me, my drafts, and all letters (every letter for
 * `read:surat:any`, the ones I drafted or took part in otherwise), filtered and paged on the server.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const url = new URL(request.url)
	const filter = bacaFilterSuratKeluar(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, pilihan, zonaWaktu] = await Promise.all([listSuratKeluar({ user, filter, offset, limit: perPage }), listPilihanDraf(), getZonaWaktuKantor()])
	return {
		rows,
		total,
		page,
		perPage,
		filter,
		zonaWaktu,
		pilihanJenis: pilihan.jenis.map((j) => ({ value: j.value, label: j.label })),
		semuaSurat: hasPermission(user.authority, 'read:surat:any'),
		bolehNomor: hasPermission(user.authority, 'update:surat-keluar:any'),
	}
}

export default function DaftarSuratKeluar() {
	const { rows, total, page, perPage, filter, zonaWaktu, pilihanJenis, semuaSurat, bolehNomor } = useLoaderData<typeof loader>()
	const kolom: Column<SuratKeluarListRow>[] = [
		{
			header: 'Perihal',
			cell: (r) => (
				<>
					<Link to={`/surat-keluar/${r.id}`}>{r.perihal}</Link>
					<div className="muted">{r.jenisNaskah}</div>
				</>
			),
		},
		{ header: 'Tujuan', cell: (r) => r.tujuan },
		{
			header: 'Nomor / tanggal',
			cell: (r) =>
				r.nomor ? (
					<>
						{r.nomor}
						<div className="muted">{r.tanggalSurat ? formatTanggal(r.tanggalSurat) : ''}</div>
					</>
				) : (
					<span className="muted">Dibuat {formatTanggal(r.dibuatAt, zonaWaktu)}</span>
				),
		},
		{
			header: 'Status',
			cell: (r) => (
				<>
					<span className={KELAS_STATUS_SURAT[r.status]}>{LABEL_STATUS_SURAT[r.status]}</span>
					{r.revisiKe > 1 ? <div className="muted">versi {r.revisiKe}</div> : null}
				</>
			),
		},
		{
			header: 'Penyusun',
			cell: (r) => (
				<>
					{r.pembuat}
					<div className="muted">{r.unit}</div>
				</>
			),
		},
		{ header: 'Diubah', cell: (r) => formatWaktu(r.diubahAt, zonaWaktu) },
	]
	const tabTautan = (tab: string) => {
		const params = new URLSearchParams()
		params.set('tab', tab)
		return `/surat-keluar?${params.toString()}`
	}
	return (
		<>
			<h1>Surat keluar</h1>
			<div className="actions" style={{ marginBottom: '1rem' }}>
				<Link className="button" to="/surat-keluar/baru">
					Buat surat keluar
				</Link>
				{bolehNomor ? (
					<Link className="button button-sekunder" to="/surat-keluar/nomor">
						Nomor surat
					</Link>
				) : null}
			</div>
			<nav className="actions" aria-label="Kelompok surat" style={{ marginBottom: '1rem' }}>
				{TAB_SURAT.map((t) => (
					<Link key={t.value} to={tabTautan(t.value)} className={`button button-kecil${filter.tab === t.value ? '' : ' button-sekunder'}`} aria-current={filter.tab === t.value ? 'page' : undefined}>
						{t.value === 'semua' && !semuaSurat ? 'Surat yang melibatkan saya' : t.label}
					</Link>
				))}
			</nav>
			<Form method="get" className="toolbar">
				<input type="hidden" name="tab" value={filter.tab} />
				<InputField label="Cari perihal, nomor atau tujuan" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ''} />
				<SelectField label="Status" name="status" options={STATUS_SURAT_KELUAR.map((s) => ({ value: s.value, label: s.label }))} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<SelectField label="Jenis naskah" name="jenis" options={pilihanJenis} placeholder="Semua jenis" defaultValue={filter.jenisNaskahId ?? ''} />
				<InputField label="Klasifikasi" name="klasifikasi" maxLength={30} placeholder="mis. 000.1" defaultValue={filter.klasifikasi ?? ''} />
				<InputField label="Dari tanggal" name="dari" type="date" defaultValue={filter.dari ?? ''} />
				<InputField label="Sampai tanggal" name="sampai" type="date" defaultValue={filter.sampai ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/surat-keluar/ekspor" />
			</Form>
			<DataTable caption="Daftar surat keluar" rows={rows} rowKey={(r) => r.id} total={total} page={page} perPage={perPage} columns={kolom} empty="Tidak ada surat untuk saringan ini." />
		</>
	)
}
