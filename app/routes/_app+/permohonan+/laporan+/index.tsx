import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Tabel, type Column } from '~/components/data-table'
import { InputField } from '~/components/form'
import { GrafikPermohonan } from '~/modules/layanan/components/grafik-permohonan'
import { parseRentangLaporan, susunPerHari, HARI_MAKS } from '~/modules/layanan/laporan.schema'
import { getDasborLayanan, hariIniKantor } from '~/modules/layanan/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka, formatRupiah, formatTanggal } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Dasbor pelayanan — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:laporan-layanan:any')
	const hariIni = await hariIniKantor()
	const rentang = parseRentangLaporan(new URL(request.url), hariIni)
	const dasbor = await getDasborLayanan(rentang)
	return {
		rentang,
		hariIni,
		perHari: susunPerHari(dasbor.perHari, rentang),
		dalamStandar: dasbor.dalamStandar,
		perLangkah: dasbor.perLangkah,
		perPetugas: dasbor.perPetugas,
		denda: dasbor.denda,
	}
}

const persen = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 })

type BarisLangkah = { definisiKode: string; definisiNama: string; kegiatan: string }
const kolomSop: Column<BarisLangkah> = { header: 'SOP', cell: (l) => <abbr title={l.definisiNama}>{l.definisiKode}</abbr> }
const kolomLangkah: Column<BarisLangkah> = { header: 'Langkah', cell: (l) => l.kegiatan }

function JumlahLewat({ jumlah }: { jumlah: number }) {
	return jumlah ? <span className="badge badge-merah">{formatAngka(jumlah)}</span> : <>0</>
}

/** `2026-11-22` → `22/11`: short enough for a column header and an axis label. */
const tanggalPendek = (t: string) => `${t.slice(8, 10)}/${t.slice(5, 7)}`

export default function DasborPelayananPage() {
	const { rentang, hariIni, perHari, dalamStandar, perLangkah, perPetugas, denda } = useLoaderData<typeof loader>()
	const menunggu = perLangkah.reduce((s, l) => s + l.terbuka, 0)
	const dikerjakan = perLangkah.reduce((s, l) => s + l.diambil, 0)
	const lewat = perLangkah.reduce((s, l) => s + l.lewat, 0)
	const periode = `${formatTanggal(rentang.dari)} – ${formatTanggal(rentang.sampai)}`
	return (
		<>
			<h1>Dasbor pelayanan</h1>
			<Form method="get" className="toolbar">
				<InputField label="Dari tanggal" name="dari" type="date" defaultValue={rentang.dari} max={hariIni} />
				<InputField label="Sampai tanggal" name="sampai" type="date" defaultValue={rentang.sampai} />
				<button type="submit">Terapkan</button>
				<Link to="/permohonan/register" className="button button-sekunder">
					Buku register
				</Link>
			</Form>
			{rentang.dipotong ? (
				<p className="alert alert-info">Rentang paling panjang {formatAngka(HARI_MAKS)} hari; tanggal awal disesuaikan.</p>
			) : null}

			<div className="cards">
				<div className="card">
					<div className="stat">{formatAngka(perHari.total)}</div>
					<span>Permohonan masuk</span>
					<br />
					<span className="muted">{periode}</span>
				</div>
				<div className="card">
					<div className="stat">{formatRupiah(denda.total)}</div>
					<span>Denda diterima ({formatAngka(denda.jumlah)} kuitansi)</span>
				</div>
				<div className="card">
					<div className="stat">{formatAngka(menunggu)}</div>
					<span>Tugas menunggu diambil</span>
				</div>
				<div className="card">
					<div className="stat">{formatAngka(dikerjakan)}</div>
					<span>Tugas sedang dikerjakan</span>
					{lewat ? (
						<>
							<br />
							<span className="badge badge-merah">{formatAngka(lewat)} lewat standar waktu</span>
						</>
					) : null}
				</div>
			</div>

			<section className="card" aria-labelledby="judul-harian">
				<h2 id="judul-harian">Laporan harian pelayanan</h2>
				<Form method="get" action="/permohonan/laporan/harian.xlsx" reloadDocument className="toolbar">
					<InputField label="Tanggal" name="tanggal" type="date" defaultValue={hariIni} max={hariIni} required />
					<button type="submit">Unduh Excel</button>
				</Form>
				<p className="muted">Rekap per layanan (masuk, selesai, ditolak, dikembalikan, denda diterima) dan daftar permohonan masuk hari itu.</p>
			</section>

			<h2>Permohonan per layanan per hari</h2>
			{perHari.total === 0 ? (
				<p className="muted">Tidak ada permohonan pada {periode}.</p>
			) : (
				<>
					<div className="card">
						<GrafikPermohonan tanggal={perHari.tanggal.map(tanggalPendek)} seri={perHari.seri} judul={`Grafik permohonan per hari, ${periode}`} />
					</div>
					<div className="table-wrap">
						<table>
							<caption className="visually-hidden">Jumlah permohonan per layanan per hari, {periode}</caption>
							<thead>
								<tr>
									<th scope="col">Layanan</th>
									{perHari.tanggal.map((t) => (
										<th key={t} scope="col" className="num">
											<abbr title={formatTanggal(t)}>{tanggalPendek(t)}</abbr>
										</th>
									))}
									<th scope="col" className="num">
										Jumlah
									</th>
								</tr>
							</thead>
							<tbody>
								{perHari.layanan.map((l) => (
									<tr key={l.kode}>
										<th scope="row">{l.nama}</th>
										{l.perHari.map((n, i) => (
											<td key={perHari.tanggal[i]} className="num">
												{n ? formatAngka(n) : <span className="muted">0</span>}
											</td>
										))}
										<td className="num">
											<strong>{formatAngka(l.jumlah)}</strong>
										</td>
									</tr>
								))}
								<tr>
									<th scope="row">Jumlah</th>
									{perHari.totalPerHari.map((n, i) => (
										<td key={perHari.tanggal[i]} className="num">
											<strong>{formatAngka(n)}</strong>
										</td>
									))}
									<td className="num">
										<strong>{formatAngka(perHari.total)}</strong>
									</td>
								</tr>
							</tbody>
						</table>
					</div>
				</>
			)}

			<h2>Ketepatan waktu per langkah</h2>
			<p className="muted">Langkah permohonan yang diselesaikan pada {periode}, dibandingkan dengan standar waktu SOP.</p>
			<Tabel
				caption={`Ketepatan waktu per langkah, ${periode}`}
				rows={dalamStandar}
				rowKey={(l) => `${l.definisiKode}|${l.langkahKode}`}
				empty="Belum ada langkah yang diselesaikan pada periode ini."
				columns={[
					kolomSop,
					kolomLangkah,
					{ header: 'Selesai', numeric: true, cell: (l) => formatAngka(l.selesai) },
					{
						header: 'Dalam standar',
						numeric: true,
						cell: (l) => (l.dinilai ? `${formatAngka(l.dalamStandar)} dari ${formatAngka(l.dinilai)}` : <span className="muted">tanpa standar</span>),
					},
					{ header: 'Persentase', numeric: true, cell: (l) => (l.rasio === null ? '—' : persen.format(l.rasio)) },
				]}
			/>

			<h2>Beban kerja per langkah</h2>
			<p className="muted">Tugas permohonan yang masih terbuka saat ini.</p>
			<Tabel
				caption="Beban kerja per langkah"
				rows={perLangkah}
				rowKey={(l) => `${l.definisiKode}|${l.langkahKode}`}
				empty="Tidak ada tugas permohonan yang terbuka."
				columns={[
					kolomSop,
					kolomLangkah,
					{ header: 'Menunggu diambil', numeric: true, cell: (l) => formatAngka(l.terbuka) },
					{ header: 'Sedang dikerjakan', numeric: true, cell: (l) => formatAngka(l.diambil) },
					{ header: 'Lewat standar', numeric: true, cell: (l) => <JumlahLewat jumlah={l.lewat} /> },
				]}
			/>

			<h2>Beban kerja per petugas</h2>
			<p className="muted">Tugas permohonan yang sedang dipegang tiap petugas.</p>
			<Tabel
				caption="Beban kerja per petugas"
				rows={perPetugas}
				rowKey={(p) => p.penggunaId}
				empty="Tidak ada tugas yang sedang dipegang petugas."
				columns={[
					{ header: 'Petugas', cell: (p) => p.nama },
					{ header: 'Tugas dipegang', numeric: true, cell: (p) => formatAngka(p.jumlah) },
					{ header: 'Lewat standar', numeric: true, cell: (p) => <JumlahLewat jumlah={p.lewat} /> },
				]}
			/>
		</>
	)
}
