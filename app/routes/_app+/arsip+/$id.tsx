import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Tabel } from '~/components/data-table'
import { FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { idWajib } from '~/modules/organisasi/schema-umum'
import { ItemBebasSchema, ItemSuratSchema, UbahBerkasSchema } from '~/modules/arsip/berkas.schema'
import { berkaskanSurat, cariSuratBelumDiberkaskan, getBerkas, hapusIsiBerkas, listIsiBerkas, tambahItemBebas, updateBerkas } from '~/modules/arsip/berkas.server'
import { kurunWaktu, LABEL_JENIS_USULAN, labelDari, SATUAN_ARSIP, teksLokasi, TINGKAT_PERKEMBANGAN } from '~/modules/arsip/label'
import { majukanPengarsipanSurat } from '~/modules/arsip/pengarsipan.server'
import { NASIB_AKHIR, ringkasRetensi } from '~/modules/arsip/retensi'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { formatAngka, formatTanggal } from '~/utils/format'
import { conflict, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { z } from 'zod'
import { BerkasForm } from './__berkas-form'
import { BadgeStatusBerkas } from './__komponen'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.berkas.nomorBerkas ?? 'Berkas arsip'} — SIMADU` }]

const TIDAK_ADA = 'Berkas tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:arsip:any')
	const berkas = await getBerkas(parseId(params.id))
	if (!berkas) throw notFound(TIDAK_ADA)
	const bolehUbah = hasPermission(user.authority, 'update:arsip:any')
	const url = new URL(request.url)
	const cari = url.searchParams.get('cari')?.trim().slice(0, 100) ?? ''
	const jenisSurat = url.searchParams.get('jenis') === 'keluar' ? 'keluar' : 'masuk'
	const bolehIsi = bolehUbah && berkas.status === 'aktif'
	const [isi, unit, calon] = await Promise.all([
		listIsiBerkas(berkas.id),
		bolehUbah ? listPilihanUnitKerja() : Promise.resolve([]),
		bolehIsi && url.searchParams.has('cari') ? cariSuratBelumDiberkaskan({ jenisSurat, q: cari, penggunaId: user.id }) : Promise.resolve(null),
	])
	return { berkas, isi, unit, bolehUbah, bolehIsi, cari: { q: cari, jenis: jenisSurat, hasil: calon } }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	const intent = formData.get('intent')
	const kembali = (pesan: string) => redirectWithFlash(`/arsip/${id}`, { jenis: 'sukses', pesan })
	const gagal = (errors: Record<string, string[]>) => data(formFailure(formData, errors), { status: 400 })
	switch (intent) {
		case 'tambah-surat': {
			const parsed = parseForm(ItemSuratSchema, formData)
			if (!parsed.ok) return data(parsed, { status: 400 })
			const hasil = await berkaskanSurat({ berkasId: id, ...parsed.data, pelaku: user })
			if (!hasil.ok) return gagal(hasil.errors)
			// the letter's P1.2.2 task, if the filer may take it, is done by this filing
			const selesai = parsed.data.jenisSurat === 'masuk' ? await majukanPengarsipanSurat(parsed.data.suratId, user) : false
			return kembali(`Surat diberkaskan sebagai item ${hasil.nomorItem}.${selesai ? ' Tugas pengarsipannya selesai.' : ''}`)
		}
		case 'tambah-item': {
			const parsed = parseForm(ItemBebasSchema, formData)
			if (!parsed.ok) return data(parsed, { status: 400 })
			const hasil = await tambahItemBebas({ berkasId: id, input: parsed.data, pelaku: user })
			if (!hasil.ok) return gagal(hasil.errors)
			return kembali(`Item ${hasil.nomorItem} ditambahkan.`)
		}
		case 'hapus-item': {
			const parsed = parseForm(z.object({ itemId: idWajib('Item tidak dikenal.') }), formData)
			if (!parsed.ok) return data(parsed, { status: 400 })
			const hasil = await hapusIsiBerkas({ berkasId: id, itemId: parsed.data.itemId })
			if (!hasil) throw notFound('Item tidak ditemukan.')
			if (!hasil.ok) return gagal(hasil.errors)
			return kembali('Item dikeluarkan dari berkas; nomor item sesudahnya maju satu.')
		}
		case 'simpan': {
			const parsed = parseForm(UbahBerkasSchema, formData)
			if (!parsed.ok) return data(parsed, { status: 400 })
			const hasil = await updateBerkas(id, parsed.data)
			if (!hasil) throw notFound(TIDAK_ADA)
			if (!hasil.ok && 'konflik' in hasil) throw conflict()
			if (!hasil.ok) return gagal(hasil.errors)
			return kembali('Berkas disimpan; tanggal retensinya dihitung ulang.')
		}
		default:
			return gagal({ _form: ['Tindakan tidak dikenal.'] })
	}
}

function milik(result: unknown, intent: string): ActionFailure | null {
	const r = result as (ActionFailure & { values: Record<string, string> }) | undefined
	return r && 'errors' in r && r.values?.intent === intent ? r : null
}

export default function RincianBerkas() {
	const { berkas: b, isi, unit, bolehUbah, bolehIsi, cari } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const gagalSurat = milik(result, 'tambah-surat')
	const gagalItem = milik(result, 'tambah-item')
	const gagalHapus = milik(result, 'hapus-item')
	return (
		<>
			<p className="muted">
				<Link to="/arsip">‹ Berkas arsip</Link>
			</p>
			<h1>
				{b.nomorBerkas} <BadgeStatusBerkas status={b.status} />
			</h1>
			<section className="card" aria-label="Rincian berkas">
				<dl className="detail">
					<dt>Uraian</dt>
					<dd>{b.uraian}</dd>
					<dt>Klasifikasi</dt>
					<dd>
						<Link to={`/arsip/klasifikasi/${b.klasifikasiKode}`}>{b.klasifikasiKode}</Link> {b.klasifikasiNama}
					</dd>
					<dt>Unit pencipta</dt>
					<dd>{b.unitNama}</dd>
					<dt>Kurun waktu</dt>
					<dd>
						{formatTanggal(b.kurunAwal)} – {b.kurunAkhir ? formatTanggal(b.kurunAkhir) : 'masih terbuka'} ({kurunWaktu(b.kurunAwal, b.kurunAkhir)})
					</dd>
					<dt>Jumlah</dt>
					<dd>
						{formatAngka(b.jumlah)} {labelDari(SATUAN_ARSIP, b.satuan).toLowerCase()}, {labelDari(TINGKAT_PERKEMBANGAN, b.tingkatPerkembangan).toLowerCase()}
					</dd>
					<dt>Lokasi simpan</dt>
					<dd>{teksLokasi(b) || <span className="muted">Belum dicatat</span>}</dd>
					<dt>Retensi</dt>
					<dd>
						{ringkasRetensi(b.retensi)}
						{b.retensi && b.retensi.sumberKode !== b.klasifikasiKode ? <span className="muted"> (mengikuti kode {b.retensi.sumberKode})</span> : null}
						{b.vital ? <span className="badge badge-merah"> Arsip vital</span> : null}
					</dd>
					<dt>Aktif sampai</dt>
					<dd>{b.aktifSampai ? formatTanggal(b.aktifSampai) : <span className="muted">{b.kurunAkhir ? 'Retensi belum ditetapkan' : 'Dihitung setelah berkas ditutup'}</span>}</dd>
					<dt>Inaktif sampai</dt>
					<dd>
						{b.inaktifSampai ? formatTanggal(b.inaktifSampai) : <span className="muted">—</span>}
						{b.nasibAkhir ? <span className="muted"> lalu {labelDari(NASIB_AKHIR, b.nasibAkhir).toLowerCase()}</span> : null}
					</dd>
					{b.peminjaman ? (
						<>
							<dt>Dipinjam</dt>
							<dd>
								{bolehUbah ? <Link to={`/arsip/peminjaman/${b.peminjaman.id}`}>{b.peminjaman.nomor}</Link> : b.peminjaman.nomor}, jatuh tempo {formatTanggal(b.peminjaman.jatuhTempo)}
							</dd>
						</>
					) : bolehUbah && b.status !== 'musnah' && b.status !== 'diserahkan' ? (
						<>
							<dt>Peminjaman</dt>
							<dd>
								<Link to={`/arsip/peminjaman/baru?berkas=${b.id}`}>Catat peminjaman berkas ini</Link>
							</dd>
						</>
					) : null}
					{b.usulan ? (
						<>
							<dt>Penyusutan</dt>
							<dd>
								{LABEL_JENIS_USULAN[b.usulan.jenis]} {bolehUbah ? <Link to={`/arsip/penyusutan/${b.usulan.id}`}>{b.usulan.nomor}</Link> : b.usulan.nomor}
							</dd>
						</>
					) : null}
				</dl>
			</section>

			<section aria-labelledby="judul-isi">
				<h2 id="judul-isi">Isi berkas</h2>
				<div className="actions" style={{ marginBottom: '0.5rem' }}>
					<a className="button button-sekunder" href={`/arsip/${b.id}/isi.pdf`} target="_blank" rel="noreferrer">
						Daftar isi berkas (PDF)
					</a>
					<a className="button button-sekunder" href={`/arsip/${b.id}/isi.xlsx`} download>
						Daftar isi berkas (Excel)
					</a>
				</div>
				<FormError result={gagalHapus} />
				<Tabel
					caption="Isi berkas"
					rows={isi}
					rowKey={(r) => r.id}
					empty="Berkas ini belum berisi apa pun."
					columns={[
						{ header: 'No', cell: (r) => r.nomorItem, numeric: true },
						{
							header: 'Uraian',
							cell: (r) =>
								r.jenis === 'surat-masuk' ? <Link to={`/surat-masuk/${r.suratId}`}>{r.uraian}</Link> : r.jenis === 'surat-keluar' ? <Link to={`/surat-keluar/${r.suratId}`}>{r.uraian}</Link> : r.uraian,
						},
						{ header: 'Tanggal', cell: (r) => formatTanggal(r.tanggal) },
						{ header: 'Jumlah', cell: (r) => formatAngka(r.jumlah), numeric: true },
						{ header: 'Keterangan', cell: (r) => r.keterangan ?? '' },
						...(bolehIsi
							? [
									{
										header: 'Tindakan',
										cell: (r: (typeof isi)[number]) => (
											<Form method="post" onSubmit={(e) => !confirm(`Keluarkan item ${r.nomorItem} dari berkas?`) && e.preventDefault()}>
												<input type="hidden" name="itemId" value={r.id} />
												<button type="submit" name="intent" value="hapus-item" className="button-sekunder button-kecil">
													Keluarkan
												</button>
											</Form>
										),
									},
								]
							: []),
					]}
				/>
			</section>

			{bolehIsi ? (
				<>
					<section className="card" aria-labelledby="judul-berkaskan">
						<h2 id="judul-berkaskan" style={{ marginTop: 0 }}>
							Berkaskan surat
						</h2>
						<p className="muted">Cari surat yang belum diberkaskan menurut nomor agenda, nomor surat atau perihal. Satu surat hanya diberkaskan sekali.</p>
						<Form method="get" className="toolbar">
							<SelectField
								label="Jenis surat"
								name="jenis"
								options={[
									{ value: 'masuk', label: 'Surat masuk' },
									{ value: 'keluar', label: 'Surat keluar' },
								]}
								defaultValue={cari.jenis}
							/>
							<InputField label="Cari" name="cari" type="search" defaultValue={cari.q} />
							<button type="submit">Cari surat</button>
						</Form>
						<FormError result={gagalSurat} />
						{gagalSurat?.errors.suratId ? (
							<div className="alert alert-galat" role="alert">
								{gagalSurat.errors.suratId[0]}
							</div>
						) : null}
						{cari.hasil ? (
							<Tabel
								caption="Surat yang dapat diberkaskan"
								rows={cari.hasil}
								rowKey={(r) => `${r.jenis}-${r.id}`}
								empty="Tidak ada surat yang belum diberkaskan dengan kata kunci ini."
								columns={[
									{ header: 'Surat', cell: (r) => r.label },
									{ header: 'Tanggal', cell: (r) => (r.tanggal ? formatTanggal(r.tanggal) : '') },
									{ header: 'Klasifikasi', cell: (r) => r.klasifikasiKode },
									{
										header: 'Tindakan',
										cell: (r) => (
											<Form method="post">
												<input type="hidden" name="jenisSurat" value={r.jenis} />
												<input type="hidden" name="suratId" value={r.id} />
												<SubmitButton intent="tambah-surat" className="button-kecil">
													Berkaskan
												</SubmitButton>
											</Form>
										),
									},
								]}
							/>
						) : null}
					</section>
					<section className="card" aria-labelledby="judul-item">
						<h2 id="judul-item" style={{ marginTop: 0 }}>
							Tambah item lain
						</h2>
						<Form method="post" noValidate>
							<FormError result={gagalItem} />
							<div className="form-grid">
								<InputField label="Uraian" name="uraian" required maxLength={500} {...fieldProps(gagalItem, 'uraian')} />
								<InputField label="Tanggal" name="tanggal" type="date" required {...fieldProps(gagalItem, 'tanggal')} />
								<InputField label="Jumlah (lembar)" name="jumlah" type="number" min={1} required {...{ ...fieldProps(gagalItem, 'jumlah'), defaultValue: fieldProps(gagalItem, 'jumlah').defaultValue ?? '1' }} />
								<InputField label="Keterangan" name="keterangan" maxLength={300} {...fieldProps(gagalItem, 'keterangan')} />
							</div>
							<div className="actions">
								<SubmitButton intent="tambah-item">Tambahkan</SubmitButton>
							</div>
						</Form>
					</section>
				</>
			) : null}

			{bolehUbah ? (
				<section aria-labelledby="judul-ubah">
					<h2 id="judul-ubah">Ubah berkas</h2>
					<BerkasForm result={milik(result, 'simpan')} unit={unit} initial={b} bolehUbah={b.status !== 'musnah'} />
				</section>
			) : null}
		</>
	)
}
