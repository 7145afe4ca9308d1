import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from '@remix-run/react'
import { CocokkanBerkas, type HasilCocok } from '~/components/cocokkan-berkas'
import { cocokkanBerkas, getVerifikasi } from '~/modules/layanan/dokumen-elektronik.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { formatWaktu } from '~/utils/format'
import { notFound } from '~/utils/http.server'
import { parseUpload } from '~/utils/upload.server'

/**
 * `/verifikasi/{kode}`, opened from the QR code on an issued document: what was issued (type,
 * number, date, signer, SHA-256) and a check of a file against it. Nothing about the citizen.
 */
export const meta: MetaFunction = () => [{ title: 'Verifikasi dokumen — SIMADU' }]

const TIDAK_DIKENAL = 'Kode verifikasi tidak dikenal. Periksa kembali kode pada dokumen, atau pindai ulang kode QR-nya.'
const UNGGAH = { field: 'berkas', maxFileSize: 5 * 1024 * 1024 }

export async function loader({ params }: LoaderFunctionArgs) {
	const dokumen = await getVerifikasi(params.kode ?? '')
	if (!dokumen) throw notFound(TIDAK_DIKENAL)
	return { dokumen, zonaWaktu: await getZonaWaktuKantor() }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const unggah = await parseUpload(request, UNGGAH)
	if (!unggah.ok) return data<HasilCocok>({ ok: false, errors: unggah.errors }, { status: 400 })
	const berkas = unggah.formData.get('berkas')
	if (!(berkas instanceof File) || berkas.size === 0) return data<HasilCocok>({ ok: false, errors: { berkas: ['Pilih berkas PDF yang akan dicocokkan.'] } }, { status: 400 })
	const hasil = await cocokkanBerkas(params.kode ?? '', new Uint8Array(await berkas.arrayBuffer()))
	if (!hasil) throw notFound(TIDAK_DIKENAL)
	return data<HasilCocok>({ ok: true, ...hasil })
}

const LABEL_CARA = { tte: 'Tanda tangan elektronik (TTE)', manual: 'Tanda tangan basah dan stempel' } as const

export default function VerifikasiDokumen() {
	const { dokumen: d, zonaWaktu } = useLoaderData<typeof loader>()
	const hasil = useActionData<typeof action>()
	return (
		<>
			<h1>Verifikasi dokumen</h1>
			<div className="alert alert-sukses" role="status">
				Dokumen dengan kode <strong>{d.kode}</strong> diterbitkan oleh instansi ini.
			</div>
			<dl className="detail card" data-testid="data-verifikasi">
				<dt>Jenis dokumen</dt>
				<dd>{d.jenisDokumen}</dd>
				<dt>Nomor dokumen</dt>
				<dd>{d.nomorDokumen ?? '—'}</dd>
				<dt>Tanggal ditandatangani</dt>
				<dd>{formatWaktu(d.ditandatanganiAt, zonaWaktu)}</dd>
				<dt>Penandatangan</dt>
				<dd>
					{d.penandatanganNama ?? '—'}
					{d.penandatanganJabatan ? <div className="muted">{d.penandatanganJabatan}</div> : null}
				</dd>
				<dt>Cara tanda tangan</dt>
				<dd>{LABEL_CARA[d.caraTandaTangan]}</dd>
				<dt>SHA-256 berkas</dt>
				<dd>{d.sha256 ? <code style={{ wordBreak: 'break-all' }}>{d.sha256}</code> : <span className="muted">Tidak ada berkas elektronik (dokumen cetak).</span>}</dd>
			</dl>
			<CocokkanBerkas sha256={d.sha256} hasil={hasil} benda="dokumen" />
		</>
	)
}

export function ErrorBoundary() {
	const error = useRouteError()
	const pesan = isRouteErrorResponse(error) && error.status === 404 ? TIDAK_DIKENAL : 'Verifikasi tidak dapat dilakukan saat ini. Coba lagi nanti.'
	return (
		<>
			<h1>Verifikasi dokumen</h1>
			<div className="alert alert-galat" role="alert">
				{pesan}
			</div>
			<p>
				<Link to="/layanan">Kembali ke daftar layanan</Link>
			</p>
		</>
	)
}
