import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useRevalidator } from '@remix-run/react'
import { useEffect } from 'react'
import { getImpor } from '~/modules/kependudukan/impor/daftar-impor.server'
import { labelSemester } from '~/modules/kependudukan/kode'
import { LABEL_STATUS_IMPOR, LABEL_TAHAP_IMPOR, teksDurasi } from '~/modules/kependudukan/label'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka, formatUkuran, formatWaktu } from '~/utils/format'
import { notFound, parseId } from '~/utils/http.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Impor DKB ${data ? labelSemester(data.impor.semester) : ''} — SIMADU` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:dkb:any')
	const [impor, zona] = await Promise.all([getImpor(parseId(params.id)), getZonaWaktuKantor()])
	if (!impor) throw notFound('Impor tidak ditemukan.')
	return { impor, zona }
}

/** How often a running job's page asks again: its row is updated about once a second. */
const JEDA_MUAT_ULANG_MS = 1500

export default function KemajuanImpor() {
	const { impor: i, zona } = useLoaderData<typeof loader>()
	const { revalidate, state } = useRevalidator()
	const berjalan = i.status === 'antri' || i.status === 'berjalan'
	useEffect(() => {
		if (!berjalan || state !== 'idle') return
		const jeda = setTimeout(revalidate, JEDA_MUAT_ULANG_MS)
		return () => clearTimeout(jeda)
	}, [berjalan, state, revalidate, i])
	return (
		<>
			<p className="muted">
				<Link to="/kependudukan/impor">‹ Impor DKB</Link>
			</p>
			<h1>Impor DKB {labelSemester(i.semester)}</h1>
			<section className="card" aria-label="Kemajuan impor">
				<dl className="detail">
					<dt>Berkas</dt>
					<dd>
						{i.namaBerkas} ({formatUkuran(i.ukuranByte)})
					</dd>
					<dt>Status</dt>
					<dd data-status={i.status}>{LABEL_STATUS_IMPOR[i.status]}</dd>
					{i.tahap ? (
						<>
							<dt>Tahap</dt>
							<dd>{LABEL_TAHAP_IMPOR[i.tahap]}</dd>
						</>
					) : null}
					<dt>Baris dibaca</dt>
					<dd>{formatAngka(i.barisDibaca)}</dd>
					<dt>Baris diimpor</dt>
					<dd>{formatAngka(i.barisDiimpor)}</dd>
					<dt>Baris ditolak</dt>
					<dd>{formatAngka(i.barisDitolak)}</dd>
					{i.mulaiAt ? (
						<>
							<dt>Mulai</dt>
							<dd>{formatWaktu(i.mulaiAt, zona)}</dd>
						</>
					) : null}
					{i.selesaiAt ? (
						<>
							<dt>Selesai</dt>
							<dd>{formatWaktu(i.selesaiAt, zona)}</dd>
						</>
					) : null}
					{i.pengunggah ? (
						<>
							<dt>Diunggah oleh</dt>
							<dd>{i.pengunggah}</dd>
						</>
					) : null}
				</dl>
				{berjalan ? (
					<div aria-live="polite" style={{ marginTop: '0.75rem' }}>
						<progress max={100} value={i.persen} aria-label="Persentase berkas yang sudah dibaca" style={{ width: '100%' }} />
						<p className="muted">
							{i.persen}% berkas terbaca
							{i.sisaDetik !== null ? ` · perkiraan sisa waktu ${teksDurasi(i.sisaDetik)}` : ''}. Impor tetap berjalan di server walaupun halaman ini ditutup.
						</p>
					</div>
				) : null}
				{i.pesan ? (
					<p className={i.status === 'gagal' ? 'field-error' : 'muted'} role={i.status === 'gagal' ? 'alert' : undefined}>
						{i.pesan}
					</p>
				) : null}
				<div className="actions" style={{ marginTop: '0.75rem' }}>
					{i.adaLaporan ? (
						<a className="button button-sekunder" href={`/kependudukan/impor/${i.id}/penolakan.xlsx`}>
							Unduh laporan baris ditolak (Excel)
						</a>
					) : null}
					{i.status === 'selesai' ? (
						<Link className="button" to={`/kependudukan/agregat?semester=${i.semester}`}>
							Lihat draft agregat
						</Link>
					) : null}
				</div>
			</section>
		</>
	)
}
