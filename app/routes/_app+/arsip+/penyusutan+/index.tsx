import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { DataTable, Tabel } from '~/components/data-table'
import { FormError, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { kurunWaktu, LABEL_JENIS_USULAN, LABEL_PENYETUJU, LABEL_STATUS_USULAN, teksLokasi } from '~/modules/arsip/label'
import { JENIS_JATUH_TEMPO, parseJenisJatuhTempo, UsulanSchema } from '~/modules/arsip/penyusutan.schema'
import { buatUsulan, hariIniKantor, hitungJatuhTempo, listJatuhTempo, listUsulan } from '~/modules/arsip/penyusutan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { formatAngka, formatTanggal } from '~/utils/format'
import { readPage } from '~/utils/pagination.server'

export const meta: MetaFunction = () => [{ title: 'Penyusutan arsip — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const url = new URL(request.url)
	const jenis = parseJenisJatuhTempo(url.searchParams.get('jenis'))
	const { page, perPage, offset } = readPage(url)
	const hariIni = await hariIniKantor()
	const [daftar, jumlah, usulan] = await Promise.all([listJatuhTempo({ jenis, hariIni, offset, limit: perPage }), hitungJatuhTempo(hariIni), listUsulan({ offset: 0, limit: 20 })])
	return { jenis, daftar, jumlah, usulan: usulan.rows, page, perPage, hariIni }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const formData = await request.formData()
	const parsed = parseForm(UsulanSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const hasil = await buatUsulan({ ...parsed.data, pelaku: user })
	if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
	return redirectWithFlash(`/arsip/penyusutan/${hasil.id}`, { jenis: 'sukses', pesan: `Usulan ${hasil.nomor} dibuat. Periksa daftarnya, lalu ajukan.` })
}

const KELAS_USULAN: Record<string, string> = { draf: 'badge', diajukan: 'badge badge-kuning', disetujui: 'badge badge-kuning', dilaksanakan: 'badge badge-hijau', ditolak: 'badge badge-merah' }

export default function Penyusutan() {
	const { jenis, daftar, jumlah, usulan, page, perPage } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as ActionFailure | undefined
	const bisaDiusulkan = jenis === 'pindah' || jenis === 'musnah'
	const dipilih = new Set(Array.isArray(result?.values['berkasIds[]']) ? result.values['berkasIds[]'] : [result?.values['berkasIds[]']].filter(Boolean))
	const keterangan = JENIS_JATUH_TEMPO.find((j) => j.value === jenis)!.keterangan
	return (
		<>
			<h1>Penyusutan arsip</h1>
			<nav className="actions" aria-label="Daftar jatuh tempo" style={{ marginBottom: '0.75rem' }}>
				{JENIS_JATUH_TEMPO.map((j) => (
					<Link key={j.value} to={`/arsip/penyusutan?jenis=${j.value}`} className={j.value === jenis ? 'button' : 'button button-sekunder'} aria-current={j.value === jenis ? 'page' : undefined}>
						{j.label} ({formatAngka(jumlah[j.value])})
					</Link>
				))}
			</nav>
			<p className="muted">{keterangan}</p>
			{jenis === 'musnah' ? (
				<p className="muted">
					Pemusnahan arsip bermasa retensi di bawah 10 tahun disetujui Kepala Daerah, 10 tahun atau lebih oleh Kepala ANRI; satu usulan hanya untuk satu penyetuju.
				</p>
			) : null}
			{jenis === 'serah' ? <p className="muted">Daftar ini untuk penyerahan ke lembaga kearsipan daerah; catat statusnya “diserahkan” di halaman berkas setelah diserahkan.</p> : null}
			<FormError result={result} />
			{result?.errors.berkasIds ? (
				<div className="alert alert-galat" role="alert">
					{result.errors.berkasIds[0]}
				</div>
			) : null}
			<DataTable
				caption="Berkas jatuh tempo"
				rows={daftar.rows}
				rowKey={(r) => r.id}
				total={daftar.total}
				page={page}
				perPage={perPage}
				empty="Tidak ada berkas yang jatuh tempo untuk daftar ini."
				columns={[
					...(bisaDiusulkan
						? [
								{
									header: 'Pilih',
									cell: (r: (typeof daftar.rows)[number]) => (
										<input type="checkbox" name="berkasIds[]" value={r.id} form="form-usulan" aria-label={`Pilih ${r.nomorBerkas}`} defaultChecked={dipilih.has(String(r.id))} />
									),
								},
							]
						: []),
					{ header: 'Nomor berkas', cell: (r) => <Link to={`/arsip/${r.id}`}>{r.nomorBerkas}</Link> },
					{ header: 'Klasifikasi', cell: (r) => r.klasifikasiKode },
					{ header: 'Uraian', cell: (r) => r.uraian },
					{ header: 'Kurun waktu', cell: (r) => kurunWaktu(r.kurunAwal, r.kurunAkhir) },
					{ header: jenis === 'pindah' ? 'Aktif sampai' : 'Inaktif sampai', cell: (r) => formatTanggal((jenis === 'pindah' ? r.aktifSampai : r.inaktifSampai) ?? r.kurunAwal) },
					{ header: 'Retensi', cell: (r) => (r.retensiTahun === null ? '—' : `${r.retensiTahun} tahun`), numeric: true },
					...(jenis === 'musnah' ? [{ header: 'Penyetuju', cell: (r: (typeof daftar.rows)[number]) => r.penyetuju ?? '—' }] : []),
					{ header: 'Lokasi', cell: (r) => teksLokasi(r) || '—' },
				]}
			/>
			{bisaDiusulkan && daftar.rows.length ? (
				<Form method="post" id="form-usulan" className="form card" noValidate>
					<input type="hidden" name="jenis" value={jenis} />
					<TextareaField label="Catatan usulan (opsional)" name="catatan" maxLength={1000} rows={2} {...fieldProps(result, 'catatan')} />
					<div className="actions">
						<SubmitButton>{jenis === 'pindah' ? 'Buat usul pindah dari berkas terpilih' : 'Buat usul musnah dari berkas terpilih'}</SubmitButton>
					</div>
				</Form>
			) : null}

			<section aria-labelledby="judul-usulan">
				<h2 id="judul-usulan">Usulan penyusutan</h2>
				<Tabel
					caption="Usulan penyusutan terakhir"
					rows={usulan}
					rowKey={(r) => r.id}
					empty="Belum ada usulan."
					columns={[
						{ header: 'Nomor', cell: (r) => <Link to={`/arsip/penyusutan/${r.id}`}>{r.nomor}</Link> },
						{ header: 'Jenis', cell: (r) => LABEL_JENIS_USULAN[r.jenis] },
						{ header: 'Berkas', cell: (r) => formatAngka(r.jumlahBerkas), numeric: true },
						{ header: 'Penyetuju', cell: (r) => LABEL_PENYETUJU[r.penyetuju] ?? r.penyetuju },
						{ header: 'Status', cell: (r) => <span className={KELAS_USULAN[r.status] ?? 'badge'}>{LABEL_STATUS_USULAN[r.status] ?? r.status}</span> },
						{ header: 'Berita acara', cell: (r) => (r.nomorBeritaAcara ? `${r.nomorBeritaAcara}, ${formatTanggal(r.tanggalBeritaAcara!)}` : '—') },
					]}
				/>
			</section>
		</>
	)
}
