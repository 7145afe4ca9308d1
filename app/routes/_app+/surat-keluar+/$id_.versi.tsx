import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import type { CSSProperties } from 'react'
import { SelectField } from '~/components/form'
import { adaPerubahan, type Potongan } from '~/modules/persuratan/naskah-banding'
import { bandingkanVersi, getSuratKeluar, getVersi } from '~/modules/persuratan/surat-keluar.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { IsiSurat } from './__panel-surat'

export const meta: MetaFunction = () => [{ title: 'Versi surat keluar — SIMADU' }]

const angka = (v: string | null) => {
	const n = Number(v)
	return Number.isSafeInteger(n) && n > 0 ? n : null
}

/** One version as it was reviewed (`?lihat=n`), or what changed between two (`?dari=a&ke=b`). */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const surat = await getSuratKeluar({ id: parseId(params.id), user })
	if (!surat) throw notFound('Surat tidak ditemukan.')
	const url = new URL(request.url)
	const lihat = angka(url.searchParams.get('lihat'))
	const versiTerakhir = surat.versi.at(-1)?.nomorVersi ?? 1
	const dari = angka(url.searchParams.get('dari')) ?? Math.max(1, versiTerakhir - 1)
	const ke = angka(url.searchParams.get('ke')) ?? versiTerakhir
	const satu = lihat ? await getVersi({ id: surat.id, nomorVersi: lihat }) : null
	if (lihat && !satu) throw notFound('Versi tidak ditemukan.')
	const banding = lihat ? null : await bandingkanVersi({ id: surat.id, dari, ke })
	if (!lihat && !banding) throw notFound('Versi tidak ditemukan.')
	return { surat: { id: surat.id, perihal: surat.perihal, jenis: surat.jenisNaskah.nama, versi: surat.versi }, satu, banding, dari, ke }
}

const GAYA: Record<Potongan['jenis'], CSSProperties | undefined> = {
	sama: undefined,
	tambah: { background: '#dcfce7', textDecoration: 'none' },
	hapus: { background: '#fee2e2', textDecoration: 'line-through' },
}

function Perbedaan({ potongan }: { potongan: Potongan[] }) {
	if (!adaPerubahan(potongan)) return <p className="muted">Tidak berubah.</p>
	return (
		<div className="card" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>
			{potongan.map((p, i) =>
				p.jenis === 'tambah' ? (
					<ins key={i} style={GAYA.tambah}>
						{p.teks}
					</ins>
				) : p.jenis === 'hapus' ? (
					<del key={i} style={GAYA.hapus}>
						{p.teks}
					</del>
				) : (
					<span key={i}>{p.teks}</span>
				),
			)}
		</div>
	)
}

export default function VersiSurat() {
	const { surat, satu, banding, dari, ke } = useLoaderData<typeof loader>()
	const pilihan = surat.versi.map((v) => ({ value: v.nomorVersi, label: `Versi ${v.nomorVersi}` }))
	return (
		<>
			<p className="muted">
				<Link to={`/surat-keluar/${surat.id}`}>‹ Kembali ke surat</Link>
			</p>
			<h1>
				{surat.jenis}: {surat.perihal}
			</h1>
			<Form method="get" className="toolbar">
				<SelectField label="Bandingkan versi" name="dari" options={pilihan} defaultValue={dari} />
				<SelectField label="dengan versi" name="ke" options={pilihan} defaultValue={ke} />
				<button type="submit">Bandingkan</button>
			</Form>
			{satu ? (
				<>
					<h2>Versi {satu.nomorVersi}</h2>
					<p className="muted">{satu.catatan ?? 'Tanpa catatan perubahan.'}</p>
					<dl className="detail card">
						<dt>Perihal</dt>
						<dd>{satu.perihal}</dd>
						<dt>Tujuan</dt>
						<dd>{satu.tujuan.join('; ')}</dd>
						<dt>Tembusan</dt>
						<dd>{satu.tembusan.join('; ') || '—'}</dd>
						<dt>Lampiran</dt>
						<dd>{satu.lampiran ?? '—'}</dd>
					</dl>
					<IsiSurat html={satu.isi} />
				</>
			) : banding ? (
				<section aria-labelledby="judul-banding" data-testid="perbandingan-versi">
					<h2 id="judul-banding">
						Perubahan dari versi {banding.dari.nomorVersi} ke versi {banding.ke.nomorVersi}
					</h2>
					{banding.ke.catatan ? <p className="muted">Catatan versi {banding.ke.nomorVersi}: {banding.ke.catatan}</p> : null}
					<p className="muted">
						<ins style={GAYA.tambah}>Teks yang ditambahkan</ins> · <del style={GAYA.hapus}>teks yang dihapus</del>
					</p>
					{banding.bidang.map((b) => (
						<div key={b.label}>
							<h3>{b.label}</h3>
							<Perbedaan potongan={b.potongan} />
						</div>
					))}
				</section>
			) : null}
		</>
	)
}
