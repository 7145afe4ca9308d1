import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { tarifBerlaku } from '~/modules/layanan/denda'
import { getJenisLayananByKode, listTarifDenda, standarWaktuLayanan } from '~/modules/layanan/katalog.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { tanggalDiZona } from '~/utils/format'
import { notFound } from '~/utils/http.server'
import { getDefinisi } from '~/workflow/definisi'
import { KELOMPOK_LAYANAN, teksAturanDenda, teksStandarWaktu, teksWaktuLangkah } from '../__tampilan'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.nama ?? 'Layanan'} — SIMADU` }]

const TIDAK_ADA = 'Layanan tidak ditemukan.'

/** One service as the office publishes it: requirements, the fine rule, the SOP steps and their standards. */
export async function loader({ params }: LoaderFunctionArgs) {
	const jenis = await getJenisLayananByKode(params.kode ?? '')
	if (!jenis || !jenis.aktif) throw notFound(TIDAK_ADA)
	let denda: { aturan: string; nama: string; dasarHukum: string } | null = null
	if (jenis.peristiwa) {
		const [tarif, zonaWaktu] = await Promise.all([listTarifDenda(), getZonaWaktuKantor()])
		// the rate valid today, as the desk would charge it; tarifBerlaku hands back one of the rows
		const pilihan = tarifBerlaku(tarif, jenis.peristiwa, tanggalDiZona(new Date(), zonaWaktu))
		const berlaku = tarif.find((t) => t === pilihan)
		if (berlaku) denda = { aturan: teksAturanDenda(berlaku), nama: berlaku.nama, dasarHukum: berlaku.dasarHukum }
	}
	const definisi = getDefinisi(jenis.definisiKode)
	return {
		kode: jenis.kode,
		nama: jenis.nama,
		kelompok: KELOMPOK_LAYANAN[jenis.kelompok] ?? jenis.kelompok,
		dokumenHasil: jenis.dokumenHasil,
		keterangan: jenis.keterangan,
		daring: jenis.daring,
		standarWaktu: teksStandarWaktu(standarWaktuLayanan(jenis.definisiKode)),
		persyaratan: jenis.persyaratan.map((p) => ({ id: p.id, nama: p.nama, wajib: p.wajib, keterangan: p.keterangan })),
		denda,
		langkah: (definisi?.langkah ?? []).map((l) => ({ kode: l.kode, kegiatan: l.kegiatan, waktu: teksWaktuLangkah(l.waktu) })),
	}
}

export default function LayananPublik() {
	const layanan = useLoaderData<typeof loader>()
	const wajib = layanan.persyaratan.filter((p) => p.wajib)
	const tidakWajib = layanan.persyaratan.filter((p) => !p.wajib)
	return (
		<>
			<p>
				<Link to="/layanan">← Semua layanan</Link>
			</p>
			<h1>{layanan.nama}</h1>
			<dl className="detail card">
				<dt>Kelompok</dt>
				<dd>{layanan.kelompok}</dd>
				<dt>Dokumen yang diterima</dt>
				<dd>{layanan.dokumenHasil}</dd>
				<dt>Standar waktu</dt>
				<dd>{layanan.standarWaktu ?? '—'}</dd>
				<dt>Pengajuan</dt>
				<dd>{layanan.daring ? 'Dari halaman ini (daring) atau di loket' : 'Langsung di loket pelayanan'}</dd>
				{layanan.keterangan ? (
					<>
						<dt>Keterangan</dt>
						<dd>{layanan.keterangan}</dd>
					</>
				) : null}
			</dl>

			{layanan.daring ? (
				<p>
					<Link to={`/layanan/${layanan.kode}/ajukan`} className="button">
						Ajukan permohonan
					</Link>
				</p>
			) : (
				<div className="alert alert-info">Layanan ini diajukan langsung di loket pelayanan dengan membawa persyaratan di bawah.</div>
			)}

			<section aria-labelledby="judul-persyaratan">
				<h2 id="judul-persyaratan">Persyaratan</h2>
				{layanan.persyaratan.length === 0 ? <p className="muted">Tidak ada persyaratan berkas.</p> : null}
				{wajib.length ? (
					<>
						<h3>Wajib</h3>
						<ol>
							{wajib.map((p) => (
								<li key={p.id}>
									{p.nama}
									{p.keterangan ? <div className="muted">{p.keterangan}</div> : null}
								</li>
							))}
						</ol>
					</>
				) : null}
				{tidakWajib.length ? (
					<>
						<h3>Tidak wajib (bila diperlukan)</h3>
						<ol>
							{tidakWajib.map((p) => (
								<li key={p.id}>
									{p.nama}
									{p.keterangan ? <div className="muted">{p.keterangan}</div> : null}
								</li>
							))}
						</ol>
					</>
				) : null}
			</section>

			{layanan.denda ? (
				<section aria-labelledby="judul-denda">
					<h2 id="judul-denda">Denda keterlambatan pelaporan</h2>
					<div className="alert alert-info">
						<strong>{layanan.denda.aturan}</strong>
						{layanan.denda.dasarHukum ? <div style={{ marginTop: '0.25rem' }}>Dasar hukum: {layanan.denda.dasarHukum}</div> : null}
					</div>
					<p className="muted">Denda dibayar di loket sebelum permohonan diproses; petugas memberikan kuitansi.</p>
				</section>
			) : null}

			<section aria-labelledby="judul-alur">
				<h2 id="judul-alur">Alur pelayanan</h2>
				{layanan.langkah.length === 0 ? (
					<p className="muted">Alur pelayanan belum ditetapkan.</p>
				) : (
					<div className="table-wrap">
						<table>
							<thead>
								<tr>
									<th scope="col" className="num">
										No
									</th>
									<th scope="col">Kegiatan</th>
									<th scope="col">Standar waktu</th>
								</tr>
							</thead>
							<tbody>
								{layanan.langkah.map((l, i) => (
									<tr key={l.kode}>
										<td className="num">{i + 1}</td>
										<td>{l.kegiatan}</td>
										<td style={{ whiteSpace: 'nowrap' }}>{l.waktu ?? '—'}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</section>
		</>
	)
}
