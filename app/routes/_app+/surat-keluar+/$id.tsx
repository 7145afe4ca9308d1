import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { emailAktif } from '~/integrations/email/email.server'
import { KirimSchema } from '~/modules/persuratan/ekspedisi.schema'
import { catatPengiriman } from '~/modules/persuratan/ekspedisi.server'
import { KELAS_STATUS_SURAT, KomentarSchema, LABEL_CARA_TTD, LABEL_SIFAT, LABEL_STATUS_SURAT, LABEL_URGENSI } from '~/modules/persuratan/surat-keluar.schema'
import { pilihanNomorDipesan, tandatanganiSuratManual, tandatanganiSuratTte, tteAktif } from '~/modules/persuratan/surat-keluar-tanda-tangan.server'
import { ajukanVerifikasi, batalkanSurat, getSuratKeluar, getSuratRingkas, tambahKomentar } from '~/modules/persuratan/surat-keluar.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { formFailure, parseForm } from '~/utils/forms'
import { forbidden, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { ActionBar } from '~/workflow/components/action-bar'
import { RingkasanAlur } from '~/workflow/components/ringkasan-alur'
import { Timeline } from '~/workflow/components/timeline'
import { alurErrorResponse } from '~/workflow/galat'
import { getHalamanAlur, tanganiIntentAlur } from '~/workflow/subjek.server'
import { DaftarEkspedisiSurat, DaftarVersi, IsiSurat, KomentarNaskah, PanelKirim, PanelTandaTangan } from './__panel-surat'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.surat.nomor ?? data?.surat.jenisNaskah.nama ?? 'Surat keluar'} — SIMADU` }]

const TIDAK_ADA = 'Surat tidak ditemukan.'
const BISA_DIBATALKAN = new Set(['draf', 'verifikasi', 'revisi', 'tanda-tangan'])

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const surat = await getSuratKeluar({ id: parseId(params.id), user })
	if (!surat) throw notFound(TIDAK_ADA)
	const halaman = surat.instansId ? await getHalamanAlur({ instansId: surat.instansId, user }) : null
	const penyusun = surat.pembuat.id === user.id
	const ttdDipegang = halaman?.langkahAktif?.kode === 'tanda-tangan' && Boolean(halaman.actionBar.dipegang)
	return {
		surat,
		halaman,
		zonaWaktu: halaman?.zonaWaktu ?? (await getZonaWaktuKantor()),
		bolehUbah: penyusun && (surat.status === 'draf' || surat.status === 'revisi'),
		bolehAjukan: penyusun && surat.status === 'draf',
		bolehKomentar: ['verifikasi', 'revisi', 'tanda-tangan'].includes(surat.status),
		bolehBatalkan: (penyusun || hasPermission(user.authority, 'update:alur:any')) && BISA_DIBATALKAN.has(surat.status),
		ttdDipegang,
		tteAktif: tteAktif(),
		pilihanNomor: ttdDipegang ? await pilihanNomorDipesan({ suratId: surat.id, jenisNaskahId: surat.jenisNaskah.id }) : [],
		bolehKirim: hasPermission(user.authority, 'update:surat-keluar:any') && (surat.status === 'ditandatangani' || surat.status === 'dikirim'),
		emailAktif: emailAktif(),
		bolehCatatTerima: hasPermission(user.authority, 'update:pengantaran:any'),
	}
}

const gagal = (formData: FormData, errors: Record<string, string[]>, status = 400) => data(formFailure(formData, errors), { status })

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const id = parseId(params.id)
	const ringkas = await getSuratRingkas({ id, user })
	if (!ringkas) throw notFound(TIDAK_ADA)
	const formData = await request.formData()
	const intent = formData.get('intent')
	const kembaliKe = `/surat-keluar/${id}`
	try {
		switch (intent) {
			case 'ajukan-verifikasi': {
				const versi = Number(formData.get('version'))
				const hasil = await ajukanVerifikasi({ id, pelaku: user, version: Number.isSafeInteger(versi) && formData.get('version') !== null ? versi : undefined })
				if (!hasil.ok) return gagal(formData, { _form: [hasil.pesan] }, 409)
				return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: 'Surat diajukan untuk verifikasi.' })
			}
			case 'komentar': {
				const parsed = parseForm(KomentarSchema, formData)
				if (!parsed.ok) return data(parsed, { status: 400 })
				await tambahKomentar({ id, isi: parsed.data.isi, user })
				return redirectWithFlash(`${kembaliKe}#judul-komentar`, { jenis: 'sukses', pesan: 'Komentar dicatat.' })
			}
			case 'tandatangani-manual': {
				const dipesan = Number(formData.get('nomorDipesanId'))
				await tandatanganiSuratManual({ suratId: id, pelaku: user, nomorDipesanId: Number.isSafeInteger(dipesan) && dipesan > 0 ? dipesan : null })
				return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: 'Surat ditandatangani manual dan diberi nomor. Cetak, tandatangani basah dan stempel.' })
			}
			case 'tandatangani-tte': {
				const hasil = await tandatanganiSuratTte({ suratId: id, nik: String(formData.get('nik') ?? ''), passphrase: String(formData.get('passphrase') ?? ''), pelaku: user })
				if (!hasil.ok) return gagal(formData, { _form: [hasil.pesan], ...hasil.errors })
				return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: 'Surat ditandatangani secara elektronik dan diberi nomor.' })
			}
			case 'kirim': {
				if (!hasPermission(user.authority, 'update:surat-keluar:any')) throw forbidden('Anda tidak memiliki izin "update:surat-keluar:any" untuk mencatat pengiriman surat.')
				const parsed = parseForm(KirimSchema, formData)
				if (!parsed.ok) return data(parsed, { status: 400 })
				const hasil = await catatPengiriman({ suratId: id, input: parsed.data, pelakuId: user.id })
				if (!hasil.ok) return gagal(formData, 'errors' in hasil ? hasil.errors : { _form: [hasil.pesan] })
				return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: parsed.data.cara === 'email' ? 'Pengiriman dicatat; e-mail dikirim dengan PDF surat.' : 'Pengiriman dicatat di buku ekspedisi.' })
			}
			case 'batalkan': {
				const alasan = String(formData.get('alasan') ?? '').trim()
				if (!alasan) return gagal(formData, { alasan: ['Alasan pembatalan wajib diisi.'] })
				await batalkanSurat({ id, pelaku: user, alasan })
				return redirectWithFlash(kembaliKe, { jenis: 'info', pesan: 'Surat dibatalkan.' })
			}
		}
	} catch (error) {
		throw alurErrorResponse(error)
	}
	if (!ringkas.instansId) throw notFound('Surat ini belum diajukan.')
	// the end of the workflow needs a dispatch: said next to the button rather than as an error page
	if (intent === 'aksi' && formData.get('aksiKode') === 'selesaikan') {
		const surat = await getSuratKeluar({ id, user })
		if (!surat?.ekspedisi.length) return gagal(formData, { _form: ['Catat pengiriman surat di buku ekspedisi sebelum menyelesaikannya.'] })
	}
	const hasil = await tanganiIntentAlur({ formData, instansId: ringkas.instansId, user, kembaliKe })
	if (!hasil) throw notFound('Tindakan tidak dikenal.')
	return hasil
}

function Rincian({ surat, zonaWaktu }: { surat: ReturnType<typeof useLoaderData<typeof loader>>['surat']; zonaWaktu: string }) {
	return (
		<dl className="detail card" data-testid="rincian-surat">
			<dt>Nomor</dt>
			<dd data-testid="nomor-surat">{surat.nomor ?? <span className="muted">Diterbitkan saat ditandatangani</span>}</dd>
			<dt>Tanggal</dt>
			<dd>{surat.tanggalSurat ? formatTanggal(surat.tanggalSurat) : <span className="muted">—</span>}</dd>
			<dt>Jenis naskah</dt>
			<dd>{surat.jenisNaskah.nama}</dd>
			<dt>Klasifikasi</dt>
			<dd>
				{surat.klasifikasi.kode} <span className="muted">{surat.klasifikasi.nama}</span>
			</dd>
			<dt>Sifat · urgensi</dt>
			<dd>
				{LABEL_SIFAT[surat.sifat]} · {LABEL_URGENSI[surat.urgensi]}
			</dd>
			<dt>Tujuan</dt>
			<dd>
				{surat.tujuan.length > 1 ? (
					<ol style={{ margin: 0, paddingLeft: '1.2rem' }}>
						{surat.tujuan.map((t) => (
							<li key={t}>{t}</li>
						))}
					</ol>
				) : (
					surat.tujuan[0]
				)}
			</dd>
			<dt>Tembusan</dt>
			<dd>{surat.tembusan.length ? surat.tembusan.join('; ') : <span className="muted">—</span>}</dd>
			<dt>Lampiran</dt>
			<dd>{surat.lampiran ?? <span className="muted">—</span>}</dd>
			<dt>Kertas</dt>
			<dd>{surat.ukuranKertas}</dd>
			<dt>Unit pengirim</dt>
			<dd>{surat.unit.nama}</dd>
			<dt>Penyusun</dt>
			<dd>{surat.pembuat.nama}</dd>
			<dt>Penandatangan</dt>
			<dd>
				{surat.caraTandaTangan && surat.ditandatanganiAt ? (
					<>
						{surat.penandatanganNama}, {surat.penandatanganJabatan} — {LABEL_CARA_TTD[surat.caraTandaTangan]}, {formatWaktu(surat.ditandatanganiAt, zonaWaktu)}
					</>
				) : (
					surat.jabatanPenandatangan.nama
				)}
			</dd>
			{surat.kodeVerifikasi && surat.ditandatanganiAt ? (
				<>
					<dt>Verifikasi</dt>
					<dd>
						<a href={`/verifikasi-surat/${surat.kodeVerifikasi}`} target="_blank" rel="noreferrer">
							{surat.kodeVerifikasi}
						</a>
					</dd>
				</>
			) : null}
			<dt>Berkas</dt>
			<dd>
				<a href={`/surat-keluar/${surat.id}/surat.pdf`}>{surat.adaPdf ? 'Unduh surat (PDF)' : 'Pratinjau PDF (draf)'}</a>
			</dd>
		</dl>
	)
}

export default function HalamanSuratKeluar() {
	const d = useLoaderData<typeof loader>()
	const { surat, halaman, zonaWaktu } = d
	const result = useActionData<typeof action>()
	const failure: ActionFailure | null = result && 'errors' in result ? result : null
	const gagalBatal = failure?.values.intent === 'batalkan' ? failure : null
	return (
		<>
			<p className="muted">
				<Link to="/surat-keluar">‹ Surat keluar</Link>
			</p>
			<h1>
				{surat.jenisNaskah.nama}: {surat.perihal}
			</h1>
			<p>
				<span className={KELAS_STATUS_SURAT[surat.status]} data-testid="status-surat">
					{LABEL_STATUS_SURAT[surat.status]}
				</span>{' '}
				<span className="muted">versi {surat.revisiKe}</span>
			</p>
			{surat.status === 'revisi' && d.bolehUbah ? (
				<div className="alert alert-info" role="status">
					Surat dikembalikan untuk revisi; lihat komentar verifikasi. Ubah surat, lalu ambil tugas revisi dan ajukan kembali.
				</div>
			) : null}
			{failure && ['aksi', 'ajukan-verifikasi'].includes(String(failure.values.intent)) ? <FormError result={failure} /> : null}

			<Rincian surat={surat} zonaWaktu={zonaWaktu} />
			{d.bolehUbah || d.bolehAjukan ? (
				<div className="actions" style={{ marginBottom: '1rem' }}>
					{d.bolehUbah ? (
						<Link className="button button-sekunder" to={`/surat-keluar/${surat.id}/ubah`}>
							Ubah surat
						</Link>
					) : null}
					{d.bolehAjukan ? (
						<Form method="post">
							<input type="hidden" name="version" value={surat.version} />
							<SubmitButton intent="ajukan-verifikasi">Ajukan verifikasi</SubmitButton>
						</Form>
					) : null}
				</div>
			) : null}

			<h2>Naskah (versi {surat.revisiKe})</h2>
			<IsiSurat html={surat.isi} />

			{d.ttdDipegang ? <PanelTandaTangan suratId={surat.id} tteAktif={d.tteAktif} pilihanNomor={d.pilihanNomor} result={failure} /> : null}
			{d.bolehKirim ? <PanelKirim emailAktif={d.emailAktif} result={failure} /> : null}
			<DaftarEkspedisiSurat ekspedisi={surat.ekspedisi} zonaWaktu={zonaWaktu} bolehCatatTerima={d.bolehCatatTerima} />

			{halaman ? (
				<section aria-labelledby="judul-alur">
					<h2 id="judul-alur">Alur surat</h2>
					<RingkasanAlur halaman={halaman} />
					<ActionBar bar={halaman.actionBar} result={failure} />
				</section>
			) : null}

			<DaftarVersi suratId={surat.id} versi={surat.versi} revisiKe={surat.revisiKe} zonaWaktu={zonaWaktu} />
			<KomentarNaskah komentar={surat.komentar} bolehKomentar={d.bolehKomentar} revisiKe={surat.revisiKe} zonaWaktu={zonaWaktu} result={failure} />

			{halaman ? (
				<section aria-labelledby="judul-riwayat">
					<h2 id="judul-riwayat">Riwayat</h2>
					<Timeline riwayat={halaman.riwayat} zonaWaktu={halaman.zonaWaktu} />
				</section>
			) : null}
			{d.bolehBatalkan ? (
				<details className="card" open={Boolean(gagalBatal)}>
					<summary>Batalkan surat</summary>
					<Form method="post" className="form" style={{ marginTop: '0.75rem' }}>
						<TextareaField label="Alasan pembatalan" name="alasan" rows={3} maxLength={2000} required {...fieldProps(gagalBatal, 'alasan')} />
						<div>
							<SubmitButton intent="batalkan" className="button-bahaya">
								Batalkan surat
							</SubmitButton>
						</div>
					</Form>
				</details>
			) : null}
		</>
	)
}
