import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { DataTable, ExportLink } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { parseBerkasFilter } from '~/modules/arsip/berkas.schema'
import { listBerkas } from '~/modules/arsip/berkas.server'
import { kurunWaktu, labelDari, SATUAN_ARSIP, STATUS_BERKAS, teksLokasi } from '~/modules/arsip/label'
import { BadgeStatusBerkas } from './__komponen'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka, formatTanggal } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Berkas arsip — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:arsip:any')
	const url = new URL(request.url)
	const filter = parseBerkasFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, unit] = await Promise.all([listBerkas({ ...filter, offset, limit: perPage }), listPilihanUnitKerja()])
	return { rows, total, page, perPage, filter, unit, bolehUbah: hasPermission(user.authority, 'update:arsip:any') }
}

export default function DaftarBerkas() {
	const { rows, total, page, perPage, filter, unit, bolehUbah } = useLoaderData<typeof loader>()
	const location = useLocation()
	const query = new URLSearchParams(location.search)
	query.delete('hal')
	const qs = query.toString()
	return (
		<>
			<h1>Berkas arsip</h1>
			<p className="muted">Daftar berkas menurut kode klasifikasi, dengan lokasi simpan dan status retensinya.</p>
			<Form method="get" className="toolbar">
				<InputField label="Cari uraian atau nomor berkas" name="q" type="search" defaultValue={filter.q ?? ''} />
				<InputField label="Kode klasifikasi" name="klasifikasi" defaultValue={filter.klasifikasi ?? ''} placeholder="mis. 400.12" />
				<SelectField label="Unit pencipta" name="unit" options={unit} placeholder="Semua unit" defaultValue={filter.unitKerjaId ?? ''} />
				<SelectField label="Status" name="status" options={[...STATUS_BERKAS]} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<InputField label="Kurun dari tahun" name="dari" type="number" min={1900} max={2999} defaultValue={filter.tahunDari ?? ''} />
				<InputField label="sampai tahun" name="sampai" type="number" min={1900} max={2999} defaultValue={filter.tahunSampai ?? ''} />
				<InputField label="Lokasi" name="lokasi" defaultValue={filter.lokasi ?? ''} placeholder="gedung, ruang, boks…" />
				<button type="submit">Terapkan</button>
				<ExportLink to="/arsip/ekspor" />
				<a className="button button-sekunder" href={`/arsip/daftar.pdf${qs ? `?${qs}` : ''}`} target="_blank" rel="noreferrer">
					Cetak PDF
				</a>
				{bolehUbah ? (
					<Link className="button" to="/arsip/baru">
						Tambah berkas
					</Link>
				) : null}
			</Form>
			<DataTable
				caption="Daftar berkas"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Belum ada berkas untuk saringan ini."
				columns={[
					{ header: 'Nomor berkas', cell: (r) => <Link to={`/arsip/${r.id}`}>{r.nomorBerkas}</Link> },
					{ header: 'Klasifikasi', cell: (r) => <span title={r.klasifikasiNama}>{r.klasifikasiKode}</span> },
					{ header: 'Uraian', cell: (r) => r.uraian },
					{ header: 'Unit', cell: (r) => r.unitNama },
					{ header: 'Kurun waktu', cell: (r) => kurunWaktu(r.kurunAwal, r.kurunAkhir) },
					{ header: 'Jumlah', cell: (r) => `${formatAngka(r.jumlah)} ${labelDari(SATUAN_ARSIP, r.satuan).toLowerCase()}`, numeric: true },
					{ header: 'Lokasi', cell: (r) => teksLokasi(r) || <span className="muted">—</span> },
					{ header: 'Aktif sampai', cell: (r) => (r.aktifSampai ? formatTanggal(r.aktifSampai) : <span className="muted">—</span>) },
					{ header: 'Status', cell: (r) => <BadgeStatusBerkas status={r.status} /> },
				]}
			/>
		</>
	)
}
