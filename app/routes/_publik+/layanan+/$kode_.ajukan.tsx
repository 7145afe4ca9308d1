import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, InputField, SubmitButton } from '~/components/form'
import { IsianFields, PemohonFields } from '~/modules/layanan/components/isian-fields'
import { bacaFormPermohonan, UNGGAH_PERMOHONAN } from '~/modules/layanan/form-permohonan.server'
import { getJenisLayananByKode } from '~/modules/layanan/katalog.server'
import { ajukanPermohonan, buatKunciPengajuan } from '~/modules/layanan/permohonan.server'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import { formatRupiah } from '~/utils/format'
import { formValues, type FieldErrors } from '~/utils/forms'
import { notFound } from '~/utils/http.server'
import { formatUkuran, parseUpload } from '~/utils/upload.server'
import { TERIMA_BERKAS } from '../__tampilan'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Ajukan ${data?.jenis.nama ?? 'permohonan'} — SIMADU` }]

/** The result page carries the tracking code: no browser or proxy may keep a copy. */
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

/** A service a citizen may apply for from the web: active, offered online, with a known form. */
async function jenisDaring(kode: string | undefined) {
	const jenis = await getJenisLayananByKode(kode ?? '')
	if (!jenis || !jenis.aktif || !SKEMA_ISIAN[jenis.skema]) throw notFound('Layanan tidak ditemukan.')
	if (!jenis.daring) throw notFound('Layanan ini hanya dapat diajukan langsung di loket.')
	return jenis
}

export async function loader({ params }: LoaderFunctionArgs) {
	const jenis = await jenisDaring(params.kode)
	return {
		jenis: {
			kode: jenis.kode,
			nama: jenis.nama,
			skema: jenis.skema,
			dokumenHasil: jenis.dokumenHasil,
			persyaratan: jenis.persyaratan.map((p) => ({ id: p.id, nama: p.nama, wajib: p.wajib, keterangan: p.keterangan })),
		},
		batas: { ukuran: formatUkuran(UNGGAH_PERMOHONAN.maxFileSize), jumlah: UNGGAH_PERMOHONAN.maxFiles },
		kunciPengajuan: buatKunciPengajuan(),
	}
}

type Gagal = { ok: false; errors: FieldErrors; values: Record<string, string | string[]> }

/**
 * A citizen's request: checked and saved by `ajukanPermohonan` (nothing is kept on any error).
 * The result is rendered from this action's data, never redirected to, so the tracking code
 * never appears in an address, a history entry or a log.
 */
export async function action({ request, params }: ActionFunctionArgs) {
	const jenis = await jenisDaring(params.kode)
	const unggah = await parseUpload(request, UNGGAH_PERMOHONAN)
	// an oversized file stops the reading of the form: what was typed cannot be given back
	if (!unggah.ok) return data<Gagal>({ ok: false, errors: unggah.errors, values: {} }, { status: 400 })
	const { pemohon, isian, berkas, kunciPengajuan } = await bacaFormPermohonan(unggah.formData)
	const hasil = await ajukanPermohonan({ jenisKode: jenis.kode, kanal: 'web', pemohon, isian, berkas, pelaku: null, kunciPengajuan })
	if (!hasil.ok) return data<Gagal>({ ok: false, errors: hasil.errors, values: formValues(unggah.formData) }, { status: 400 })
	return {
		ok: true as const,
		layanan: jenis.nama,
		dokumenHasil: jenis.dokumenHasil,
		nomorTiket: hasil.nomorTiket,
		kodeLacak: hasil.kodeLacak,
		denda: hasil.denda,
	}
}

const GAYA_KODE = { fontSize: '2rem', fontWeight: 700, letterSpacing: '0.08em', fontFamily: 'ui-monospace, Consolas, monospace', color: 'var(--biru-tua)' }

function HasilPengajuan({ hasil }: { hasil: { layanan: string; dokumenHasil: string; nomorTiket: string; kodeLacak: string; denda: number } }) {
	return (
		<>
			<h1>Permohonan terkirim</h1>
			<div className="alert alert-sukses" role="status">
				Permohonan {hasil.layanan} sudah diterima dan akan diperiksa petugas.
			</div>
			<div className="card" data-testid="hasil-pengajuan">
				<dl className="detail" style={{ alignItems: 'baseline' }}>
					<dt>Nomor tiket</dt>
					<dd style={GAYA_KODE} data-testid="nomor-tiket">
						{hasil.nomorTiket}
					</dd>
					<dt>Kode lacak</dt>
					<dd style={GAYA_KODE} data-testid="kode-lacak">
						{hasil.kodeLacak}
					</dd>
				</dl>
				<p style={{ marginBottom: 0 }}>
					<strong>Simpan atau cetak halaman ini.</strong> Kode lacak hanya ditampilkan sekali dan tidak dapat dilihat lagi, juga oleh petugas.
					Nomor tiket dan kode lacak diperlukan untuk melihat perkembangan permohonan dan untuk melengkapi berkas bila diminta.
				</p>
			</div>
			{hasil.denda > 0 ? (
				<div className="alert alert-info">
					Permohonan ini dikenakan denda keterlambatan pelaporan sebesar <strong>{formatRupiah(hasil.denda)}</strong>, dibayar di loket. Permohonan
					diproses setelah denda dibayar.
				</div>
			) : null}
			<div className="actions">
				<button type="button" onClick={() => window.print()}>
					Cetak halaman ini
				</button>
				<Link to="/lacak" className="button button-sekunder">
					Lacak permohonan
				</Link>
				<Link to="/layanan">Kembali ke daftar layanan</Link>
			</div>
		</>
	)
}

export default function AjukanPermohonan() {
	const { jenis, batas, kunciPengajuan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	if (result?.ok) return <HasilPengajuan hasil={result} />
	const failure = result && !result.ok ? result : null
	const skema = SKEMA_ISIAN[jenis.skema]!
	// the checker names each refused file; an input's own size error shows at that input
	const berkasSalah = failure?.errors.berkas ?? []
	return (
		<>
			<p>
				<Link to={`/layanan/${jenis.kode}`}>← {jenis.nama}</Link>
			</p>
			<h1>Ajukan permohonan: {jenis.nama}</h1>
			<p className="muted">Dokumen yang diterima: {jenis.dokumenHasil}. Isian bertanda wajib harus diisi; data diperiksa kembali oleh petugas.</p>
			<Form method="post" encType="multipart/form-data" className="form" style={{ maxWidth: 760 }}>
				<input type="hidden" name="kunciPengajuan" value={kunciPengajuan} />
				{failure ? (
					<div className="alert alert-galat" role="alert">
						Permohonan belum terkirim. Periksa isian yang ditandai. Berkas tidak disimpan: bila kolom berkas kosong, pilih ulang berkasnya sebelum
						mengirim lagi.
					</div>
				) : null}
				<FormError result={failure} />
				<PemohonFields result={failure} nikWajib />
				<IsianFields skema={skema} result={failure} />
				<fieldset>
					<legend>Berkas persyaratan</legend>
					<p className="muted" style={{ marginTop: 0 }}>
						Pindaian atau foto dokumen asli dalam bentuk PDF, JPEG atau PNG; paling besar {batas.ukuran} per berkas dan paling banyak {batas.jumlah}{' '}
						berkas untuk satu permohonan.
					</p>
					{berkasSalah.length ? (
						<ul className="error" role="alert" style={{ color: 'var(--merah)' }}>
							{berkasSalah.map((pesan) => (
								<li key={pesan}>{pesan}</li>
							))}
						</ul>
					) : null}
					{jenis.persyaratan.map((p) => (
						<InputField
							key={p.id}
							label={p.wajib ? `${p.nama} (wajib)` : `${p.nama} (bila ada)`}
							name={`berkas_${p.id}`}
							type="file"
							accept={TERIMA_BERKAS}
							multiple
							hint={p.keterangan ?? undefined}
							error={failure?.errors[`berkas_${p.id}`]?.[0]}
						/>
					))}
				</fieldset>
				<div className="actions">
					<SubmitButton>Kirim permohonan</SubmitButton>
				</div>
			</Form>
		</>
	)
}
