import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink, type Column } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import {
	SIFAT_SURAT,
	STATUS_SURAT_MASUK,
	URGENSI_SURAT,
	bacaFilterSuratMasuk,
	rahasia,
	type KodeStatusSuratMasuk,
} from '~/modules/persuratan/surat-masuk.schema'
import { listSuratMasuk, type SuratMasukListRow } from '~/modules/persuratan/surat-masuk.server'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatTanggal } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Surat masuk — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const url = new URL(request.url)
	const filter = bacaFilterSuratMasuk(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, hariIni] = await Promise.all([listSuratMasuk({ ...filter, pembaca: user, offset, limit: perPage }), hariIniKantor()])
	const tahunIni = Number(hariIni.slice(0, 4))
	return {
		rows,
		total,
		page,
		perPage,
		filter,
		pilihanTahun: Array.from({ length: 6 }, (_, i) => ({ value: tahunIni - i, label: String(tahunIni - i) })),
		semua: hasPermission(user.authority, 'read:surat:any'),
		bolehCatat: hasPermission(user.authority, 'create:surat-masuk:any'),
	}
}

const KELAS_STATUS: Record<KodeStatusSuratMasuk, string> = {
	'menunggu-disposisi': 'badge badge-kuning',
	'tindak-lanjut': 'badge',
	pengantaran: 'badge',
	selesai: 'badge badge-hijau',
	dibatalkan: 'badge badge-abu',
}

const KOLOM: Column<SuratMasukListRow>[] = [
	{ header: 'Nomor agenda', cell: (r) => <Link to={`/surat-masuk/${r.id}`}>{r.nomorAgenda}</Link> },
	{ header: 'Diterima', cell: (r) => formatTanggal(r.tanggalDiterima) },
	{
		header: 'Surat',
		cell: (r) => (
			<>
				{r.nomorSurat}
				<div className="muted">{formatTanggal(r.tanggalSurat)}</div>
			</>
		),
	},
	{ header: 'Asal', cell: (r) => r.asal },
	{
		header: 'Perihal',
		cell: (r) => (
			<>
				{r.perihal}
				<div>
					{rahasia(r.sifat) || r.sifat === 'terbatas' ? <span className={rahasia(r.sifat) ? 'badge badge-merah' : 'badge'}>{r.sifatLabel}</span> : null}
					{r.urgensi !== 'biasa' ? <span className="badge badge-kuning">{r.urgensiLabel}</span> : null}
					<span className="muted"> {r.klasifikasiKode}</span>
				</div>
			</>
		),
	},
	{ header: 'Tujuan', cell: (r) => r.tujuan ?? '—' },
	{ header: 'Status', cell: (r) => <span className={KELAS_STATUS[r.status]}>{r.statusLabel}</span> },
]

export default function DaftarSuratMasuk() {
	const { rows, total, page, perPage, filter, pilihanTahun, semua, bolehCatat } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Surat masuk</h1>
			<p className="muted">
				{semua
					? 'Buku agenda surat masuk, terbaru di atas. Surat rahasia hanya tampil bagi pencatat, pejabat tujuan dan orang pada jalur disposisinya.'
					: 'Surat masuk yang didisposisikan kepada Anda, ditujukan kepada jabatan Anda, atau tugasnya pernah Anda pegang.'}
			</p>
			{bolehCatat ? (
				<p>
					<Link className="button" to="/surat-masuk/baru">
						Catat surat masuk
					</Link>
				</p>
			) : null}
			<Form method="get" className="toolbar">
				<InputField label="Cari nomor, asal, perihal atau agenda" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={100} />
				<SelectField label="Tahun agenda" name="tahun" options={pilihanTahun} placeholder="Semua tahun" defaultValue={filter.tahun ?? ''} />
				<InputField label="Diterima dari" name="dari" type="date" defaultValue={filter.dari ?? ''} />
				<InputField label="Sampai" name="sampai" type="date" defaultValue={filter.sampai ?? ''} />
				<SelectField label="Sifat" name="sifat" options={[...SIFAT_SURAT]} placeholder="Semua sifat" defaultValue={filter.sifat ?? ''} />
				<SelectField label="Urgensi" name="urgensi" options={[...URGENSI_SURAT]} placeholder="Semua urgensi" defaultValue={filter.urgensi ?? ''} />
				<InputField label="Klasifikasi" name="klasifikasi" defaultValue={filter.klasifikasi ?? ''} maxLength={30} placeholder="mis. 400.12" />
				<SelectField label="Status" name="status" options={[...STATUS_SURAT_MASUK]} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/surat-masuk/ekspor" />
			</Form>
			<DataTable
				caption="Daftar surat masuk"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada surat masuk untuk saringan ini."
				columns={KOLOM}
			/>
		</>
	)
}
