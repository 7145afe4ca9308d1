import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, SelectField, SubmitButton, type ActionFailure } from '~/components/form'
import { IsianFields, PemohonFields } from '~/modules/layanan/components/isian-fields'
import { bacaFormPermohonan, UNGGAH_PERMOHONAN } from '~/modules/layanan/form-permohonan.server'
import { getJenisLayananByKode, listJenisLayanan } from '~/modules/layanan/katalog.server'
import { ajukanPermohonan, buatKunciPengajuan } from '~/modules/layanan/permohonan.server'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission, type CurrentUser } from '~/utils/auth.server'
import { formatRupiah, formatWaktu } from '~/utils/format'
import { formFailure } from '~/utils/forms'
import { notFound } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { parseUpload } from '~/utils/upload.server'
import cetakStyles from './cetak.css?url'

export const meta: MetaFunction = () => [{ title: 'Daftarkan permohonan — SIMADU' }]
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: cetakStyles }]

/** The loket registers for the citizen in front of it; a partner officer submits on their behalf. */
const kanalUntuk = (user: CurrentUser) => (hasPermission(user.authority, 'create:permohonan:any') ? ('loket' as const) : ('integrasi' as const))

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'create:permohonan:own')
	const kode = new URL(request.url).searchParams.get('layanan')?.trim()
	const [layanan, kantor] = await Promise.all([listJenisLayanan(), getProfilKantorSingkat()])
	const kanal = kanalUntuk(user)
	const pilihan = layanan.map((j) => ({ value: j.kode, label: j.nama }))
	const dasar = { kanal, pilihan, kantor: { namaDinas: kantor.namaDinas, namaPemda: kantor.namaPemda, zonaWaktu: kantor.zonaWaktu } }
	if (!kode) return { ...dasar, terpilih: null }
	const jenis = await getJenisLayananByKode(kode.slice(0, 40))
	if (!jenis?.aktif) throw notFound('Layanan tidak ditemukan atau tidak aktif.')
	const skema = SKEMA_ISIAN[jenis.skema]
	if (!skema) throw new Error(`Skema isian ${jenis.skema} untuk layanan ${jenis.kode} tidak ada.`)
	return {
		...dasar,
		terpilih: { kode: jenis.kode, nama: jenis.nama, dokumenHasil: jenis.dokumenHasil, keterangan: jenis.keterangan, peristiwa: jenis.peristiwa, persyaratan: jenis.persyaratan, skema },
		kunciPengajuan: buatKunciPengajuan(),
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'create:permohonan:own')
	const kanal = kanalUntuk(user)
	const unggah = await parseUpload(request, UNGGAH_PERMOHONAN)
	if (!unggah.ok) return data({ ok: false as const, errors: unggah.errors, values: {} }, { status: 400 })
	const formData = unggah.formData
	const jenisKode = String(formData.get('jenisKode') ?? '')
	const { pemohon, isian, ceklis, berkas, kunciPengajuan } = await bacaFormPermohonan(formData)
	const hasil = await ajukanPermohonan({ jenisKode, kanal, pemohon, isian, berkas, ceklis: kanal === 'loket' ? ceklis : undefined, pelaku: user, kunciPengajuan })
	if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
	const jenis = await getJenisLayananByKode(jenisKode)
	// the tracking code exists only here: shown once on this receipt, never in an address
	return {
		ok: true as const,
		tanda: {
			permohonanId: hasil.permohonanId,
			nomorTiket: hasil.nomorTiket,
			kodeLacak: hasil.kodeLacak,
			denda: hasil.denda,
			jenisNama: jenis?.nama ?? jenisKode,
			dokumenHasil: jenis?.dokumenHasil ?? null,
			pemohonNama: String(pemohon.pemohonNama ?? '').trim(),
			waktu: new Date().toISOString(),
			alamatLacak: new URL('/lacak', request.url).toString(),
		},
	}
}

export default function DaftarkanPermohonan() {
	const loaderData = useLoaderData<typeof loader>()
	const { kanal, pilihan, kantor, terpilih } = loaderData
	const kunciPengajuan = 'kunciPengajuan' in loaderData ? loaderData.kunciPengajuan : ''
	const result = useActionData<typeof action>()
	if (result?.ok) return <TandaTerima tanda={result.tanda} kantor={kantor} />
	const failure = result && !result.ok ? result : null
	return (
		<>
			<p className="muted">
				<Link to="/permohonan">‹ Permohonan layanan</Link>
			</p>
			<h1>Daftarkan permohonan{terpilih ? `: ${terpilih.nama}` : ''}</h1>
			{kanal === 'integrasi' ? <p className="muted">Anda mengajukan sebagai mitra integrasi atas nama warga. NIK pemohon dan pindaian berkas wajib.</p> : null}
			{terpilih ? <FormPermohonan terpilih={terpilih} kanal={kanal} failure={failure} kunciPengajuan={kunciPengajuan} /> : <PilihLayanan pilihan={pilihan} />}
		</>
	)
}

function PilihLayanan({ pilihan }: { pilihan: { value: string; label: string }[] }) {
	return (
		<Form method="get" className="form card">
			<SelectField label="Layanan yang dimohon" name="layanan" options={pilihan} placeholder="Pilih layanan …" required />
			<div>
				<button type="submit">Lanjut</button>
			</div>
		</Form>
	)
}

type Terpilih = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['terpilih']>

const TERIMA_BERKAS = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

function FormPermohonan({ terpilih, kanal, failure, kunciPengajuan }: { terpilih: Terpilih; kanal: 'loket' | 'integrasi'; failure: ActionFailure | null; kunciPengajuan: string }) {
	const dicentang = new Set([failure?.values['ceklis[]'] ?? []].flat())
	const galatBerkas = failure?.errors.berkas
	return (
		<>
			<p>
				<Link to="/permohonan/baru">Ganti layanan</Link> · Dokumen yang diterbitkan: {terpilih.dokumenHasil}
			</p>
			{terpilih.peristiwa ? (
				<div className="alert alert-info">Pelaporan yang melewati batas waktu dikenai denda administratif; besarnya dihitung dari tanggal peristiwa saat permohonan didaftarkan.</div>
			) : null}
			{failure ? (
				<div className="alert alert-galat" role="alert">
					Permohonan belum tersimpan. Periksa isian yang ditandai, lalu pilih ulang berkas yang akan diunggah.
				</div>
			) : null}
			<Form method="post" encType="multipart/form-data" className="form">
				<input type="hidden" name="jenisKode" value={terpilih.kode} />
				<input type="hidden" name="kunciPengajuan" value={kunciPengajuan} />
				<FormError result={failure} />
				<PemohonFields result={failure} nikWajib={kanal === 'integrasi'} />
				<IsianFields skema={terpilih.skema} result={failure} />
				<fieldset>
					<legend>Persyaratan</legend>
					<p className="muted">
						{kanal === 'loket'
							? 'Centang persyaratan yang berkasnya sudah diperiksa, lalu unggah pindaiannya (PDF, JPEG atau PNG, paling besar 5 MB).'
							: 'Unggah pindaian setiap persyaratan (PDF, JPEG atau PNG, paling besar 5 MB).'}
					</p>
					{terpilih.persyaratan.length === 0 ? <p className="muted">Layanan ini tidak meminta berkas.</p> : null}
					{terpilih.persyaratan.map((p) => (
						<div key={p.id} className="field" style={{ borderTop: '1px solid var(--garis)', paddingTop: '0.5rem' }}>
							{kanal === 'loket' ? (
								<label style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-start', fontWeight: 400 }}>
									<input type="checkbox" name="ceklis[]" value={p.id} defaultChecked={dicentang.has(String(p.id))} />
									<span>
										{p.nama} {p.wajib ? <strong>(wajib)</strong> : <span className="muted">(bila diperlukan)</span>}
									</span>
								</label>
							) : (
								<span>
									{p.nama} {p.wajib ? <strong>(wajib)</strong> : <span className="muted">(bila diperlukan)</span>}
								</span>
							)}
							{p.keterangan ? <span className="hint">{p.keterangan}</span> : null}
							<input type="file" name={`berkas_${p.id}`} accept={TERIMA_BERKAS} aria-label={`Pindaian ${p.nama}`} />
						</div>
					))}
					<div className="field" style={{ marginTop: '0.75rem' }}>
						<label htmlFor="berkas-lain">Berkas lain (tidak wajib)</label>
						<input
							id="berkas-lain"
							type="file"
							name="berkas"
							multiple
							accept={TERIMA_BERKAS}
							aria-invalid={galatBerkas ? true : undefined}
							aria-describedby={galatBerkas ? 'berkas-galat' : undefined}
						/>
						{galatBerkas ? (
							<span className="error" id="berkas-galat" role="alert">
								{galatBerkas.join(' ')}
							</span>
						) : null}
					</div>
				</fieldset>
				<div>
					<SubmitButton>Daftarkan permohonan</SubmitButton>
				</div>
			</Form>
		</>
	)
}

type Tanda = Extract<NonNullable<ReturnType<typeof useActionData<typeof action>>>, { ok: true }>['tanda']

/** The receipt the citizen takes home: printed alone (see cetak.css), with the code shown once. */
function TandaTerima({ tanda, kantor }: { tanda: Tanda; kantor: { namaDinas: string; namaPemda: string; zonaWaktu: string } }) {
	return (
		<>
			<div className="alert alert-sukses" role="status">
				Permohonan terdaftar dengan nomor tiket <strong>{tanda.nomorTiket}</strong>. Serahkan tanda terima kepada pemohon: kode lacak hanya tampil sekali.
			</div>
			<section className="card tanda-terima" aria-labelledby="judul-tanda-terima" data-testid="tanda-terima">
				<div className="kop">
					{kantor.namaPemda ? <strong>{kantor.namaPemda.toUpperCase()}</strong> : null}
					<strong>{kantor.namaDinas.toUpperCase()}</strong>
				</div>
				<h1 id="judul-tanda-terima" style={{ textAlign: 'center', fontSize: '1.15rem' }}>
					Tanda terima permohonan
				</h1>
				<dl className="detail">
					<dt>Nomor tiket</dt>
					<dd>
						<strong>{tanda.nomorTiket}</strong>
					</dd>
					<dt>Layanan</dt>
					<dd>{tanda.jenisNama}</dd>
					{tanda.dokumenHasil ? (
						<>
							<dt>Dokumen</dt>
							<dd>{tanda.dokumenHasil}</dd>
						</>
					) : null}
					<dt>Pemohon</dt>
					<dd>{tanda.pemohonNama}</dd>
					<dt>Didaftarkan</dt>
					<dd>{formatWaktu(tanda.waktu, kantor.zonaWaktu)}</dd>
					{tanda.denda > 0 ? (
						<>
							<dt>Denda keterlambatan</dt>
							<dd>{formatRupiah(tanda.denda)}, dibayar di loket sebelum permohonan diproses</dd>
						</>
					) : null}
					<dt>Kode lacak</dt>
					<dd>
						<span className="kode-lacak" data-testid="kode-lacak">
							{tanda.kodeLacak}
						</span>
					</dd>
				</dl>
				<p>
					Lacak permohonan di <strong>{tanda.alamatLacak}</strong> dengan nomor tiket dan kode lacak di atas. Simpan kode ini: petugas tidak dapat
					melihatnya lagi.
				</p>
				<div className="actions tanpa-cetak">
					<button type="button" onClick={() => window.print()}>
						Cetak tanda terima permohonan
					</button>
					<Link className="button button-sekunder" to={`/permohonan/${tanda.permohonanId}`}>
						Buka permohonan
					</Link>
					<Link className="button button-sekunder" to="/permohonan/baru">
						Daftarkan permohonan lain
					</Link>
				</div>
			</section>
		</>
	)
}
