import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { SelectField, SubmitButton } from '~/components/form'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatAngka, formatWaktu } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'
import { BadgeWaktu } from '~/workflow/components/status-waktu'
import { AlurError, KonflikError, alurErrorResponse } from '~/workflow/galat'
import { STATUS_TUGAS_SAYA, WAKTU_TUGAS, parseTugasSayaFilter } from '~/workflow/tugas-saya.schema'
import { ambilTugasSaya, listTugasSaya, pilihanFilterTugas } from '~/workflow/tugas-saya.server'

export const meta: MetaFunction = () => [{ title: 'Tugas saya — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const url = new URL(request.url)
	const filter = parseTugasSayaFilter(url)
	const { page, perPage, offset } = readPage(url)
	const [{ rows, total, hitung }, zonaWaktu] = await Promise.all([
		listTugasSaya({ user, filter, offset, limit: perPage }),
		getZonaWaktuKantor(),
	])
	return { rows, total, hitung, page, perPage, filter, pilihan: pilihanFilterTugas(filter.definisiKode), zonaWaktu }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const formData = await request.formData()
	const url = new URL(request.url)
	url.searchParams.delete('index')
	const kembali = `${url.pathname}${url.search}`
	if (formData.get('intent') !== 'ambil') throw alurErrorResponse(new AlurError('Tindakan tidak dikenal.', 400))
	const tugasId = Number(formData.get('tugasId'))
	try {
		const { instansId } = await ambilTugasSaya({ tugasId: Number.isSafeInteger(tugasId) ? tugasId : 0, pelaku: user })
		return redirectWithFlash(`/alur/${instansId}`, { jenis: 'sukses', pesan: 'Tugas diambil. Silakan kerjakan.' })
	} catch (error) {
		// someone was quicker: say so on the inbox instead of an error page
		if (error instanceof KonflikError) return redirectWithFlash(kembali, { jenis: 'galat', pesan: error.message })
		throw alurErrorResponse(error)
	}
}

function KartuHitung({ jumlah, label, to }: { jumlah: number; label: string; to: string }) {
	return (
		<div className="card">
			<div className="stat">{formatAngka(jumlah)}</div>
			<Link to={to}>{label}</Link>
		</div>
	)
}

export default function TugasSaya() {
	const { rows, total, hitung, page, perPage, filter, pilihan, zonaWaktu } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Tugas saya</h1>
			<p className="muted">Tugas yang menunggu Anda atau peran dan jabatan Anda, serta tugas yang sedang Anda kerjakan.</p>
			<section className="cards" aria-label="Ringkasan tugas">
				<KartuHitung jumlah={hitung.terbuka} label="Terbuka" to="/tugas?status=terbuka" />
				<KartuHitung jumlah={hitung.diambilSaya} label="Diambil saya" to="/tugas?status=diambil-saya" />
				<KartuHitung jumlah={hitung.hampir} label="Hampir lewat standar" to="/tugas?waktu=hampir" />
				<KartuHitung jumlah={hitung.lewat} label="Lewat standar" to="/tugas?waktu=lewat" />
			</section>
			<Form method="get" className="toolbar">
				<SelectField label="Proses" name="proses" options={pilihan.proses} placeholder="Semua proses" defaultValue={filter.definisiKode ?? ''} />
				<SelectField
					label="Langkah"
					name="langkah"
					options={pilihan.langkah}
					placeholder={filter.definisiKode ? 'Semua langkah' : 'Pilih proses dahulu'}
					defaultValue={filter.langkahKode ?? ''}
					disabled={!filter.definisiKode}
				/>
				<SelectField label="Status" name="status" options={[...STATUS_TUGAS_SAYA]} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<SelectField label="Waktu" name="waktu" options={[...WAKTU_TUGAS]} placeholder="Semua" defaultValue={filter.waktu ?? ''} />
				<button type="submit">Terapkan</button>
			</Form>
			<DataTable
				caption="Daftar tugas saya"
				rows={rows}
				rowKey={(r) => r.tugasId}
				total={total}
				page={page}
				perPage={perPage}
				empty="Tidak ada tugas untuk saringan ini."
				columns={[
					{
						header: 'Perihal',
						cell: (r) => (
							<>
								<Link to={`/alur/${r.instansId}`}>{r.judul}</Link>
								<div className="muted" style={{ fontSize: '0.85rem' }}>
									{r.definisiNama} ({r.definisiKode})
								</div>
							</>
						),
					},
					{
						header: 'Langkah',
						cell: (r) => (
							<>
								{r.kegiatan}
								{r.pihakEksternal ? <div className="muted">Mencatat tindakan {r.pihakEksternal}</div> : null}
							</>
						),
					},
					{ header: 'Tiba', cell: (r) => formatWaktu(r.tibaAt, zonaWaktu) },
					{
						header: 'Standar waktu',
						cell: (r) => (
							<>
								<BadgeWaktu status={r.statusWaktu} adaStandar={Boolean(r.tenggatAt)} />
								{r.tenggatAt ? <div className="muted">Tenggat {formatWaktu(r.tenggatAt, zonaWaktu)}</div> : null}
							</>
						),
					},
					{
						header: 'Tindakan',
						cell: (r) =>
							r.diambilSaya ? (
								<>
									<span className="badge">Diambil saya</span>{' '}
									<Link className="button button-kecil" to={`/alur/${r.instansId}`}>
										Kerjakan
									</Link>
								</>
							) : (
								<Form method="post">
									<input type="hidden" name="tugasId" value={r.tugasId} />
									<SubmitButton intent="ambil" className="button-kecil">
										Ambil
									</SubmitButton>
								</Form>
							),
					},
				]}
			/>
		</>
	)
}
