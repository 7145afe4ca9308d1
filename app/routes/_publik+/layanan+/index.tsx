import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listJenisLayanan, listTarifDenda, standarWaktuLayanan } from '~/modules/layanan/katalog.server'
import { KELOMPOK_LAYANAN, teksStandarWaktu, URUTAN_KELOMPOK } from '../__tampilan'

export const meta: MetaFunction = () => [{ title: 'Layanan administrasi kependudukan — SIMADU' }]

/** Every active service, by kelompok, with what a citizen weighs before coming: result, time, fine. */
export async function loader(_: LoaderFunctionArgs) {
	const [jenis, tarif] = await Promise.all([listJenisLayanan(), listTarifDenda()])
	const peristiwaBerdenda = new Set(tarif.map((t) => t.peristiwa))
	const layanan = jenis.map((j) => ({
		kode: j.kode,
		nama: j.nama,
		kelompok: j.kelompok,
		dokumenHasil: j.dokumenHasil,
		standarWaktu: teksStandarWaktu(standarWaktuLayanan(j.definisiKode)),
		adaDenda: j.peristiwa !== null && peristiwaBerdenda.has(j.peristiwa),
		daring: j.daring,
	}))
	const kelompok = [...URUTAN_KELOMPOK, ...new Set(layanan.map((l) => l.kelompok).filter((k) => !URUTAN_KELOMPOK.includes(k)))]
	return {
		kelompok: kelompok
			.map((kode) => ({ kode, nama: KELOMPOK_LAYANAN[kode] ?? kode, layanan: layanan.filter((l) => l.kelompok === kode) }))
			.filter((k) => k.layanan.length > 0),
	}
}

export default function DaftarLayananPublik() {
	const { kelompok } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>Layanan administrasi kependudukan</h1>
			<p>
				Pilih layanan untuk melihat persyaratan, alur dan standar waktunya. Layanan bertanda <span className="badge badge-hijau">Daring</span> dapat
				diajukan dari halaman ini; layanan lain diajukan di loket. Sudah mengajukan? <Link to="/lacak">Lacak permohonan</Link>.
			</p>
			{kelompok.length === 0 ? <p className="muted">Belum ada layanan yang dibuka.</p> : null}
			{kelompok.map((k) => (
				<section key={k.kode} aria-labelledby={`kelompok-${k.kode}`}>
					<h2 id={`kelompok-${k.kode}`}>{k.nama}</h2>
					<div className="table-wrap">
						<table>
							<thead>
								<tr>
									<th scope="col">Layanan</th>
									<th scope="col">Dokumen yang diterima</th>
									<th scope="col">Standar waktu</th>
									<th scope="col">Denda keterlambatan</th>
									<th scope="col">
										<span className="visually-hidden">Tindakan</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{k.layanan.map((l) => (
									<tr key={l.kode}>
										<td>
											<Link to={`/layanan/${l.kode}`}>{l.nama}</Link>
											{l.daring ? <span className="badge badge-hijau" style={{ marginLeft: '0.5rem' }}>Daring</span> : null}
										</td>
										<td>{l.dokumenHasil}</td>
										<td style={{ whiteSpace: 'nowrap' }}>{l.standarWaktu ?? '—'}</td>
										<td>{l.adaDenda ? <span className="badge badge-kuning">Dapat dikenakan</span> : <span className="muted">Tidak ada</span>}</td>
										<td style={{ whiteSpace: 'nowrap' }}>
											<Link to={`/layanan/${l.kode}`} aria-label={`Rincian ${l.nama}`}>
												Rincian
											</Link>
											{l.daring ? (
												<>
													{' · '}
													<Link to={`/layanan/${l.kode}/ajukan`} aria-label={`Ajukan ${l.nama}`}>
														Ajukan
													</Link>
												</>
											) : null}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</section>
			))}
		</>
	)
}
