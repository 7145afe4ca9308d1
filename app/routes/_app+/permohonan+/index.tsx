import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { DataTable, ExportLink, type Column } from '~/components/data-table'
import { InputField, SelectField, SubmitButton } from '~/components/form'
import { listPermohonan, type PermohonanListRow } from '~/modules/layanan/baca.server'
import { listJenisLayanan } from '~/modules/layanan/katalog.server'
import type { KodeStatusPermohonan } from '~/modules/layanan/status-permohonan'
import { audit } from '~/utils/audit.server'
import { formatRupiah, formatTanggal } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'
import { requirePembacaPermohonan } from './__cakupan.server'
import { bacaFilterPermohonan, kriteria, LABEL_KANAL, PILIHAN_KANAL, PILIHAN_STATUS, POLA_NIK } from './__filter'

export const meta: MetaFunction = () => [{ title: 'Permohonan layanan — SIMADU' }]

/** The NIK search shows at most this many requests; one NIK rarely has more. */
const BATAS_HASIL_NIK = 50

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, cakupan } = await requirePembacaPermohonan(request)
	const url = new URL(request.url)
	const { filter, qNik } = bacaFilterPermohonan(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total }, layanan] = await Promise.all([
		listPermohonan({ ...kriteria(filter), cakupan, offset, limit: perPage }),
		listJenisLayanan({ termasukNonaktif: true }),
	])
	return {
		rows,
		total,
		page,
		perPage,
		filter,
		qNik,
		pilihanJenis: layanan.map((j) => ({ value: j.kode, label: j.nama })),
		milikSendiri: cakupan.jenis === 'milik',
		bolehDaftar: hasPermission(user.authority, 'create:permohonan:own'),
	}
}

/**
 * "Cari berdasarkan NIK": posted, so the number stays out of the address bar, the history and the
 * access logs. One match opens the request; otherwise the matches are listed on this page.
 */
export async function action({ request }: ActionFunctionArgs) {
	const { cakupan } = await requirePembacaPermohonan(request)
	const formData = await request.formData()
	const nik = String(formData.get('nik') ?? '').replace(/\s/g, '')
	if (!POLA_NIK.test(nik)) return data({ ok: false as const, errors: { nik: ['Tulis NIK lengkap, 16 angka.'] }, values: {} }, { status: 400 })
	const { rows, total } = await listPermohonan({ cakupan, q: nik, offset: 0, limit: BATAS_HASIL_NIK })
	await audit({ aksi: 'baca-data-pribadi', entitas: 'permohonan_layanan', keterangan: `Pencarian permohonan berdasarkan NIK: ${total} hasil` })
	if (total === 1) return redirect(`/permohonan/${rows[0]!.id}`)
	return { ok: true as const, hasilNik: { rows, total } }
}

const KELAS_STATUS: Record<KodeStatusPermohonan, string> = {
	'menunggu-pemohon': 'badge badge-kuning',
	'menunggu-denda': 'badge badge-kuning',
	diproses: 'badge',
	'siap-diserahkan': 'badge badge-hijau',
	selesai: 'badge badge-hijau',
	ditolak: 'badge badge-merah',
	dibatalkan: 'badge badge-abu',
}

const KOLOM: Column<PermohonanListRow>[] = [
	{ header: 'Nomor tiket', cell: (r) => <Link to={`/permohonan/${r.id}`}>{r.nomorTiket}</Link> },
	{ header: 'Tanggal lapor', cell: (r) => formatTanggal(r.tanggalLapor) },
	{ header: 'Layanan', cell: (r) => r.jenisNama },
	{
		header: 'Pemohon',
		cell: (r) => (
			<>
				{r.pemohonNama}
				<div className="muted" data-testid="nik-samar">
					{r.pemohonNikSamar ? `NIK ${r.pemohonNikSamar}` : 'Tanpa NIK'}
				</div>
			</>
		),
	},
	{ header: 'Kanal', cell: (r) => LABEL_KANAL[r.kanal] },
	{
		header: 'Status',
		cell: (r) => (
			<>
				<span className={KELAS_STATUS[r.status]}>{r.statusLabel}</span>
				{r.langkah && r.status === 'diproses' ? <div className="muted">{r.langkah}</div> : null}
			</>
		),
	},
	{ header: 'Denda', numeric: true, cell: (r) => (r.denda > 0 ? `${formatRupiah(r.denda)}${r.dendaLunas ? ' (lunas)' : ''}` : '—') },
]

export default function DaftarPermohonan() {
	const { rows, total, page, perPage, filter, qNik, pilihanJenis, milikSendiri, bolehDaftar } = useLoaderData<typeof loader>()
	const hasil = useActionData<typeof action>()
	return (
		<>
			<h1>Permohonan layanan</h1>
			<p className="muted">
				{milikSendiri ? 'Permohonan yang Anda ajukan atas nama warga, terbaru di atas.' : 'Semua permohonan layanan, terbaru di atas.'} NIK ditampilkan
				tersamar; NIK lengkap hanya tampil di halaman rincian dan setiap pembukaannya tercatat.
			</p>
			{bolehDaftar ? (
				<p>
					<Link className="button" to="/permohonan/baru">
						Daftarkan permohonan
					</Link>
				</p>
			) : null}

			<Form method="get" className="toolbar">
				<InputField
					label="Nomor tiket atau nama pemohon"
					name="q"
					type="search"
					defaultValue={filter.q ?? ''}
					maxLength={100}
					pattern="(?!\d{16}$).*"
					title="Untuk mencari NIK, gunakan formulir Cari berdasarkan NIK."
					hint="Untuk NIK, gunakan “Cari berdasarkan NIK” di bawah."
				/>
				<SelectField label="Layanan" name="jenis" options={pilihanJenis} placeholder="Semua layanan" defaultValue={filter.jenis ?? ''} />
				<SelectField label="Kanal" name="kanal" options={PILIHAN_KANAL} placeholder="Semua kanal" defaultValue={filter.kanal ?? ''} />
				<SelectField label="Status" name="status" options={PILIHAN_STATUS} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<InputField label="Lapor dari tanggal" name="dari" type="date" defaultValue={filter.dari ?? ''} />
				<InputField label="Sampai tanggal" name="sampai" type="date" defaultValue={filter.sampai ?? ''} />
				<button type="submit">Terapkan</button>
				<ExportLink to="/permohonan/ekspor" />
			</Form>
			{qNik ? (
				<div className="alert alert-info" role="status">
					Kotak pencarian ini untuk nomor tiket atau nama. Cari NIK dengan formulir “Cari berdasarkan NIK” agar NIK tidak tersimpan di alamat halaman.
				</div>
			) : null}

			<details className="card" open={Boolean(hasil)}>
				<summary>Cari berdasarkan NIK</summary>
				<Form method="post" className="toolbar" style={{ marginTop: '0.75rem' }}>
					<InputField
						label="NIK pemohon (16 angka)"
						name="nik"
						inputMode="numeric"
						pattern="\d{16}"
						maxLength={16}
						autoComplete="off"
						required
						error={hasil && !hasil.ok ? hasil.errors.nik?.[0] : undefined}
						hint="Dikirim tanpa dicantumkan di alamat halaman; pencarian tercatat di jejak audit."
					/>
					<SubmitButton>Cari NIK</SubmitButton>
				</Form>
				{hasil?.ok ? (
					<section aria-labelledby="judul-hasil-nik">
						<h2 id="judul-hasil-nik">Hasil pencarian NIK</h2>
						{hasil.hasilNik.total === 0 ? (
							<p>Tidak ada permohonan dengan NIK itu{milikSendiri ? ' di antara ajuan Anda' : ''}.</p>
						) : (
							<>
								{hasil.hasilNik.total > hasil.hasilNik.rows.length ? (
									<p className="muted">
										Menampilkan {hasil.hasilNik.rows.length} dari {hasil.hasilNik.total} permohonan terbaru.
									</p>
								) : null}
								<DataTable
									caption="Hasil pencarian NIK"
									rows={hasil.hasilNik.rows}
									rowKey={(r) => r.id}
									total={hasil.hasilNik.rows.length}
									page={1}
									perPage={Math.max(hasil.hasilNik.rows.length, 1)}
									columns={KOLOM}
								/>
							</>
						)}
					</section>
				) : null}
			</details>

			<DataTable
				caption="Daftar permohonan"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada permohonan untuk saringan ini."
				columns={KOLOM}
			/>
		</>
	)
}
