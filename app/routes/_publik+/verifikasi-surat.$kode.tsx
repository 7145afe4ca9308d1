import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from '@remix-run/react'
import { CocokkanBerkas, type HasilCocok } from '~/components/cocokkan-berkas'
import { LABEL_CARA_TTD } from '~/modules/persuratan/surat-keluar.schema'
import { cocokkanBerkasSurat, getVerifikasiSurat } from '~/modules/persuratan/surat-keluar-tanda-tangan.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { notFound } from '~/utils/http.server'
import { parseUpload } from '~/utils/upload.server'

/**
 * `/verifikasi-surat/{kode}`, opened from the QR code on a signed outgoing letter: which letter
 * the office issued under this code (jenis, number, date, signer, SHA-256 of the file; the subject
 * unless the letter is secret) and a check of a file against it. Never the letter's content.
 */
export const meta: MetaFunction = () => [{ title: 'Verifikasi surat — SIMADU' }]

const TIDAK_DIKENAL = 'Kode verifikasi tidak dikenal. Periksa kembali kode pada surat, atau pindai ulang kode QR-nya.'
const UNGGAH = { field: 'berkas', maxFileSize: 5 * 1024 * 1024 }

export async function loader({ params }: LoaderFunctionArgs) {
	const surat = await getVerifikasiSurat(params.kode ?? '')
	if (!surat) throw notFound(TIDAK_DIKENAL)
	return { surat, zonaWaktu: await getZonaWaktuKantor() }
}

export async function action({ request, params }: ActionFunctionArgs) {
	// an unknown code is answered before anything is read from the body
	if (!(await getVerifikasiSurat(params.kode ?? ''))) throw notFound(TIDAK_DIKENAL)
	const unggah = await parseUpload(request, UNGGAH)
	if (!unggah.ok) return data<HasilCocok>({ ok: false, errors: unggah.errors }, { status: 400 })
	const berkas = unggah.formData.get('berkas')
	if (!(berkas instanceof File) || berkas.size === 0) return data<HasilCocok>({ ok: false, errors: { berkas: ['Pilih berkas PDF yang akan dicocokkan.'] } }, { status: 400 })
	const hasil = await cocokkanBerkasSurat(params.kode ?? '', new Uint8Array(await berkas.arrayBuffer()))
	if (!hasil) throw notFound(TIDAK_DIKENAL)
	return data<HasilCocok>({ ok: true, ...hasil })
}

export default function VerifikasiSurat() {
	const { surat: s, zonaWaktu } = useLoaderData<typeof loader>()
	const hasil = useActionData<typeof action>()
	return (
		<>
			<h1>Verifikasi surat</h1>
			<div className="alert alert-sukses" role="status">
				Surat dengan kode <strong>{s.kode}</strong> diterbitkan oleh instansi ini.
			</div>
			<dl className="detail card" data-testid="data-verifikasi-surat">
				<dt>Jenis naskah</dt>
				<dd>{s.jenisNaskah}</dd>
				<dt>Nomor surat</dt>
				<dd>{s.nomor}</dd>
				<dt>Tanggal surat</dt>
				<dd>{formatTanggal(s.tanggalSurat)}</dd>
				<dt>Perihal</dt>
				<dd>{s.perihal ?? <span className="muted">Tidak ditampilkan (surat bersifat rahasia)</span>}</dd>
				<dt>Penandatangan</dt>
				<dd>
					{s.penandatanganNama ?? '—'}
					{s.penandatanganJabatan ? <div className="muted">{s.penandatanganJabatan}</div> : null}
				</dd>
				<dt>Ditandatangani</dt>
				<dd>
					{LABEL_CARA_TTD[s.caraTandaTangan]}, {formatWaktu(s.ditandatanganiAt, zonaWaktu)}
				</dd>
				<dt>SHA-256 berkas</dt>
				<dd>{s.sha256 ? <code style={{ wordBreak: 'break-all' }}>{s.sha256}</code> : <span className="muted">Tidak ada berkas elektronik.</span>}</dd>
			</dl>
			<CocokkanBerkas sha256={s.sha256} hasil={hasil} benda="surat" />
		</>
	)
}

export function ErrorBoundary() {
	const error = useRouteError()
	const pesan = isRouteErrorResponse(error) && error.status === 404 ? TIDAK_DIKENAL : 'Verifikasi tidak dapat dilakukan saat ini. Coba lagi nanti.'
	return (
		<>
			<h1>Verifikasi surat</h1>
			<div className="alert alert-galat" role="alert">
				{pesan}
			</div>
			<p>
				<Link to="/layanan">Kembali ke beranda layanan</Link>
			</p>
		</>
	)
}
