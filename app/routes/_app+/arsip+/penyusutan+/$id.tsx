import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Tabel } from '~/components/data-table'
import { FormError, InputField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { idWajib } from '~/modules/organisasi/schema-umum'
import { kurunWaktu, LABEL_JENIS_USULAN, LABEL_PENYETUJU, LABEL_STATUS_USULAN, teksLokasi } from '~/modules/arsip/label'
import { BeritaAcaraSchema } from '~/modules/arsip/penyusutan.schema'
import { batalkanUsulan, getUsulan, keluarkanDariUsulan, selesaikanPenyusutan } from '~/modules/arsip/penyusutan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { formatAngka, formatTanggal } from '~/utils/format'
import { notFound, parseId } from '~/utils/http.server'
import { ActionBar, BatalkanAlur } from '~/workflow/components/action-bar'
import { RingkasanAlur } from '~/workflow/components/ringkasan-alur'
import { Timeline } from '~/workflow/components/timeline'
import { alurErrorResponse } from '~/workflow/galat'
import { getHalamanAlur, tanganiIntentAlur } from '~/workflow/subjek.server'
import { BadgeStatusBerkas } from '../__komponen'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.usulan.nomor ?? 'Usulan penyusutan'} — SIMADU` }]

const TIDAK_ADA = 'Usulan penyusutan tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const usulan = await getUsulan(parseId(params.id))
	if (!usulan) throw notFound(TIDAK_ADA)
	const halaman = usulan.instansId ? await getHalamanAlur({ instansId: usulan.instansId, user }) : null
	const langkah = halaman?.langkahAktif?.kode ?? null
	return {
		usulan,
		halaman,
		bolehKeluarkan: usulan.status === 'draf' && langkah === 'usul',
		bolehBeritaAcara: langkah === 'pelaksanaan' && Boolean(halaman?.actionBar.dipegang || halaman?.actionBar.dapatDiambil),
		bolehBatalkan: halaman?.instans.status === 'berjalan',
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const id = parseId(params.id)
	const usulan = await getUsulan(id)
	if (!usulan?.instansId) throw notFound(TIDAK_ADA)
	const formData = await request.formData()
	const kembaliKe = `/arsip/penyusutan/${id}`
	const intent = formData.get('intent')
	try {
		switch (intent) {
			case 'keluarkan': {
				const parsed = parseForm(z.object({ berkasId: idWajib('Berkas tidak dikenal.') }), formData)
				if (!parsed.ok) return data(parsed, { status: 400 })
				const hasil = await keluarkanDariUsulan({ usulId: id, berkasId: parsed.data.berkasId })
				if (!hasil.ok) return data(formFailure(formData, { _form: [hasil.pesan] }), { status: 400 })
				return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: 'Berkas dikeluarkan dari usulan dan kembali ke daftar jatuh tempo.' })
			}
			case 'berita-acara': {
				const parsed = parseForm(BeritaAcaraSchema, formData)
				if (!parsed.ok) return data(parsed, { status: 400 })
				await selesaikanPenyusutan({ usulId: id, input: parsed.data, pelaku: user })
				const pesan = usulan.jenis === 'musnah' ? 'Pemusnahan dicatat; berkas berstatus musnah.' : 'Pemindahan dicatat; berkas berstatus inaktif.'
				return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan })
			}
			case 'batalkan': {
				const alasan = String(formData.get('alasan') ?? '').trim()
				if (!alasan) return data(formFailure(formData, { alasan: ['Alasan pembatalan wajib diisi.'] }), { status: 400 })
				await batalkanUsulan({ usulId: id, alasan: alasan.slice(0, 2000), pelaku: user })
				return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: 'Usulan dibatalkan; berkasnya kembali ke daftar jatuh tempo.' })
			}
		}
	} catch (error) {
		throw alurErrorResponse(error)
	}
	const hasil = await tanganiIntentAlur({ formData, instansId: usulan.instansId, user, kembaliKe })
	if (hasil) return hasil
	return data(formFailure(formData, { _form: ['Tindakan tidak dikenal.'] }), { status: 400 })
}

export default function RincianUsulan() {
	const { usulan: u, halaman, bolehKeluarkan, bolehBeritaAcara, bolehBatalkan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as (ActionFailure & { values: Record<string, string> }) | undefined
	const gagal = (intent: string) => (result && 'errors' in result && result.values?.intent === intent ? result : null)
	const musnah = u.jenis === 'musnah'
	return (
		<>
			<p className="muted">
				<Link to="/arsip/penyusutan">‹ Penyusutan arsip</Link>
			</p>
			<h1>
				{LABEL_JENIS_USULAN[u.jenis]} {u.nomor}
			</h1>
			<section className="card" aria-label="Rincian usulan">
				<dl className="detail">
					<dt>Status</dt>
					<dd>{LABEL_STATUS_USULAN[u.status] ?? u.status}</dd>
					<dt>Penyetuju</dt>
					<dd>{LABEL_PENYETUJU[u.penyetuju] ?? u.penyetuju}</dd>
					<dt>Disusun oleh</dt>
					<dd>
						{u.pembuat}, {formatTanggal(u.createdAt)}
					</dd>
					{u.catatan ? (
						<>
							<dt>Catatan</dt>
							<dd>{u.catatan}</dd>
						</>
					) : null}
					{u.nomorBeritaAcara && u.tanggalBeritaAcara ? (
						<>
							<dt>Berita acara</dt>
							<dd>
								{u.nomorBeritaAcara}, {formatTanggal(u.tanggalBeritaAcara)}
							</dd>
						</>
					) : null}
				</dl>
				<div className="actions" style={{ marginTop: '0.75rem' }}>
					<a className="button button-sekunder" href={`/arsip/penyusutan/${u.id}/daftar.pdf`} target="_blank" rel="noreferrer">
						{musnah ? 'Daftar arsip usul musnah (PDF)' : 'Daftar arsip usul pindah (PDF)'}
					</a>
					{u.nomorBeritaAcara ? (
						<a className="button button-sekunder" href={`/arsip/penyusutan/${u.id}/berita-acara.pdf`} target="_blank" rel="noreferrer">
							{musnah ? 'Berita acara pemusnahan (PDF)' : 'Berita acara pemindahan (PDF)'}
						</a>
					) : null}
				</div>
			</section>

			<section aria-labelledby="judul-berkas">
				<h2 id="judul-berkas">Berkas dalam usulan ({formatAngka(u.berkas.length)})</h2>
				<FormError result={gagal('keluarkan')} />
				<Tabel
					caption="Berkas dalam usulan"
					rows={u.berkas}
					rowKey={(r) => r.id}
					columns={[
						{ header: 'Nomor berkas', cell: (r) => <Link to={`/arsip/${r.id}`}>{r.nomorBerkas}</Link> },
						{ header: 'Klasifikasi', cell: (r) => r.klasifikasiKode },
						{ header: 'Uraian', cell: (r) => r.uraian },
						{ header: 'Kurun waktu', cell: (r) => kurunWaktu(r.kurunAwal, r.kurunAkhir) },
						{ header: 'Retensi', cell: (r) => (r.retensiTahun === null ? '—' : `${r.retensiTahun} tahun`), numeric: true },
						{ header: 'Lokasi', cell: (r) => teksLokasi(r) || '—' },
						{ header: 'Status', cell: (r) => <BadgeStatusBerkas status={r.status} /> },
						...(bolehKeluarkan
							? [
									{
										header: 'Tindakan',
										cell: (r: (typeof u.berkas)[number]) => (
											<Form method="post">
												<input type="hidden" name="berkasId" value={r.id} />
												<button type="submit" name="intent" value="keluarkan" className="button-sekunder button-kecil">
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

			{halaman ? (
				<>
					<RingkasanAlur halaman={halaman} />
					{bolehBeritaAcara ? (
						<Form method="post" className="form card" noValidate>
							<h2 style={{ marginTop: 0 }}>{musnah ? 'Catat pemusnahan' : 'Catat pemindahan'}</h2>
							<p className="muted">
								{musnah
									? 'Setelah arsip dimusnahkan, catat nomor dan tanggal berita acara. Semua berkas dalam usulan menjadi berstatus musnah.'
									: 'Setelah arsip dipindahkan ke penyimpanan inaktif, catat nomor dan tanggal berita acara. Semua berkas dalam usulan menjadi inaktif.'}
							</p>
							<FormError result={gagal('berita-acara')} />
							<div className="form-grid">
								<InputField label="Nomor berita acara" name="nomorBeritaAcara" required maxLength={80} {...fieldProps(gagal('berita-acara'), 'nomorBeritaAcara')} />
								<InputField label="Tanggal berita acara" name="tanggalBeritaAcara" type="date" required {...fieldProps(gagal('berita-acara'), 'tanggalBeritaAcara')} />
							</div>
							<div className="actions">
								<SubmitButton intent="berita-acara">{musnah ? 'Simpan dan selesaikan pemusnahan' : 'Simpan dan selesaikan pemindahan'}</SubmitButton>
							</div>
						</Form>
					) : null}
					<ActionBar bar={halaman.actionBar} result={gagal('aksi')} />
					<section aria-labelledby="judul-riwayat">
						<h2 id="judul-riwayat">Riwayat</h2>
						<Timeline riwayat={halaman.riwayat} zonaWaktu={halaman.zonaWaktu} />
					</section>
					{bolehBatalkan ? <BatalkanAlur result={gagal('batalkan')} /> : null}
				</>
			) : null}
		</>
	)
}
