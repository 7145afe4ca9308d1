import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { bacaAgregat } from '~/modules/kependudukan/agregat.server'
import { TabelAgregat, TabelSubwilayah } from '~/modules/kependudukan/components/tabel-agregat'
import { TabelBanding, TabelPergerakan } from '~/modules/kependudukan/components/tabel-perbandingan'
import { labelSemester } from '~/modules/kependudukan/kode'
import { LABEL_STATUS_PUBLIKASI } from '~/modules/kependudukan/label'
import { bandingkanAgregat } from '~/modules/kependudukan/perbandingan.server'
import { getPublikasiById, pembandingUntuk } from '~/modules/kependudukan/publikasi-baca.server'
import { buatKoreksi } from '~/modules/kependudukan/publikasi.server'
import { getPengaturanKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure } from '~/utils/forms'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { ActionBar } from '~/workflow/components/action-bar'
import { RingkasanAlur } from '~/workflow/components/ringkasan-alur'
import { Timeline } from '~/workflow/components/timeline'
import { alurErrorResponse } from '~/workflow/galat'
import { siapkanKalender } from '~/workflow/mesin.server'
import { getHalamanAlur, tanganiIntentAlur } from '~/workflow/subjek.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Agregat ${data ? labelSemester(data.publikasi.semester) : ''} — SIMADU` }]

const TIDAK_ADA = 'Publikasi tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:agregat:any')
	const publikasi = await getPublikasiById(parseId(params.id))
	if (!publikasi) throw notFound(TIDAK_ADA)
	const kantor = await getPengaturanKantor()
	const pembanding = await pembandingUntuk(publikasi.semester)
	const [agregat, perbandingan, halaman] = await Promise.all([
		publikasi.imporId ? bacaAgregat(publikasi.imporId, kantor.kodeWilayah) : null,
		publikasi.imporId && pembanding?.imporId ? bandingkanAgregat({ imporBaru: publikasi.imporId, imporLama: pembanding.imporId, tingkat: 'desa', limit: 30 }) : null,
		publikasi.instansAlurId ? getHalamanAlur({ instansId: publikasi.instansAlurId, user }) : null,
	])
	const bolehKoreksi = hasPermission(user.authority, 'update:dkb:any') && publikasi.status === 'terbit' && publikasi.terbaru
	return { publikasi, agregat, pembanding, perbandingan, halaman, zona: kantor.zonaWaktu, bolehKoreksi, bolehImpor: hasPermission(user.authority, 'update:dkb:any') }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:agregat:any')
	const id = parseId(params.id)
	const publikasi = await getPublikasiById(id)
	if (!publikasi) throw notFound(TIDAK_ADA)
	const formData = await request.formData()
	if (formData.get('intent') === 'koreksi') {
		await requireUserWithPermission(request, 'update:dkb:any')
		const hasil = await buatKoreksi({ semester: publikasi.semester, alasan: String(formData.get('alasan') ?? ''), pelaku: user, kalender: await siapkanKalender() }).catch((e: unknown) => {
			throw alurErrorResponse(e)
		})
		if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
		return redirectWithFlash(`/kependudukan/agregat/${hasil.id}`, { jenis: 'sukses', pesan: 'Versi koreksi dibuat. Impor berkas DKB yang sudah diperbaiki untuk semester ini.' })
	}
	if (!publikasi.instansAlurId) return data(formFailure(formData, { _form: ['Publikasi ini belum memiliki alur persetujuan.'] }), { status: 400 })
	const hasil = await tanganiIntentAlur({ formData, instansId: publikasi.instansAlurId, user, kembaliKe: `/kependudukan/agregat/${id}` })
	if (hasil) return hasil
	return data(formFailure(formData, { _form: ['Tindakan tidak dikenal.'] }), { status: 400 })
}

export default function PublikasiAgregatStaf() {
	const { publikasi: p, agregat, pembanding, perbandingan, halaman, zona, bolehKoreksi, bolehImpor } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as (ActionFailure & { values: Record<string, string> }) | undefined
	const gagal = (intent: string) => (result && 'errors' in result && result.values?.intent === intent ? result : null)
	const unduh = p.status === 'terbit' || p.status === 'diganti' ? `?versi=${p.versi}` : '?draft=1'
	const ringkasan = agregat?.tabel.ringkasan ?? []
	return (
		<>
			<p className="muted">
				<Link to="/kependudukan/agregat">‹ Publikasi agregat</Link>
			</p>
			<h1>
				Agregat Kependudukan {labelSemester(p.semester)}
				{p.versi > 1 ? ` — versi ${p.versi}` : ''}
			</h1>
			<section className="card" aria-label="Rincian publikasi">
				<dl className="detail">
					<dt>Status</dt>
					<dd data-status={p.status}>{LABEL_STATUS_PUBLIKASI[p.status]}</dd>
					<dt>Tanggal acuan</dt>
					<dd>{formatTanggal(p.tanggalAcuan, zona)}</dd>
					{p.diterbitkanAt ? (
						<>
							<dt>Terbit</dt>
							<dd>{formatWaktu(p.diterbitkanAt, zona)}</dd>
						</>
					) : null}
					{p.alasanKoreksi ? (
						<>
							<dt>Alasan koreksi</dt>
							<dd>{p.alasanKoreksi}</dd>
						</>
					) : null}
				</dl>
				<div className="actions" style={{ marginTop: '0.75rem' }}>
					{p.imporId ? (
						<>
							<a className="button button-sekunder" href={`/agregat/${p.semester}.xlsx${unduh}`}>
								Unduh buku kerja (Excel)
							</a>
							<a className="button button-sekunder" href={`/agregat/${p.semester}.pdf${unduh}`} target="_blank" rel="noreferrer">
								Unduh buku (PDF)
							</a>
						</>
					) : null}
					{p.status === 'terbit' ? (
						<Link className="button button-sekunder" to={`/agregat?semester=${p.semester}`}>
							Lihat halaman publik
						</Link>
					) : null}
					{bolehImpor && p.status === 'draft' ? (
						<Link className="button" to="/kependudukan/impor">
							Impor ulang DKB semester ini
						</Link>
					) : null}
				</div>
			</section>

			{agregat ? (
				<section aria-labelledby="judul-ringkasan">
					<h2 id="judul-ringkasan">Ringkasan {agregat.wilayah.nama}</h2>
					<TabelAgregat judul="Ringkasan" baris={ringkasan} />
					<h3>Per kecamatan</h3>
					<TabelSubwilayah judul="Penduduk per kecamatan" kolomNama="Kecamatan" rows={agregat.subwilayah} tautan={(kode) => `/agregat?semester=${p.semester}&wilayah=${kode}`} />
				</section>
			) : (
				<p className="muted">Versi ini belum memiliki data; impor berkas DKB semester ini.</p>
			)}

			{perbandingan && pembanding ? (
				<section aria-labelledby="judul-banding">
					<h2 id="judul-banding">Perbandingan dengan {labelSemester(pembanding.semester)}</h2>
					<p className="muted">
						Pergerakan terbesar per desa/kelurahan. Baris yang ditandai berubah sedikitnya 10% dan 50 jiwa; periksa sebelum menyetujui.
					</p>
					<TabelPergerakan rows={perbandingan.pergerakan} lama={labelSemester(pembanding.semester)} baru={labelSemester(p.semester)} />
					<details>
						<summary>Semua tabel tingkat kabupaten</summary>
						{perbandingan.kabupaten.map((t) => (
							<div key={t.kunci}>
								<h3>{t.judul}</h3>
								<TabelBanding judul={t.judul} rows={t.baris} lama={labelSemester(pembanding.semester)} baru={labelSemester(p.semester)} />
							</div>
						))}
					</details>
				</section>
			) : null}

			{halaman ? (
				<>
					<RingkasanAlur halaman={halaman} />
					<ActionBar bar={halaman.actionBar} result={gagal('aksi')} />
					<section aria-labelledby="judul-riwayat">
						<h2 id="judul-riwayat">Riwayat</h2>
						<Timeline riwayat={halaman.riwayat} zonaWaktu={halaman.zonaWaktu} />
					</section>
				</>
			) : null}

			{bolehKoreksi ? (
				<Form method="post" className="form card" noValidate>
					<h2 style={{ marginTop: 0 }}>Buat versi koreksi</h2>
					<p className="muted">Publikasi yang terbit tidak diubah. Versi koreksi melalui persetujuan yang sama; versi ini tetap dapat diunduh.</p>
					<FormError result={gagal('koreksi')} />
					<TextareaField label="Alasan koreksi" name="alasan" required rows={3} maxLength={1000} {...fieldProps(gagal('koreksi'), 'alasan')} />
					<div className="actions">
						<SubmitButton intent="koreksi">Buat versi koreksi</SubmitButton>
					</div>
				</Form>
			) : null}
		</>
	)
}
