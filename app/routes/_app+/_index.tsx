import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listNamaPeran } from '~/modules/akses/akun.server'
import { getPanelBeranda } from '~/modules/dasbor/beranda.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUser } from '~/utils/auth.server'
import { formatAngka } from '~/utils/format'
import { menuFor } from '~/utils/menu.server'

export const meta: MetaFunction = () => [{ title: 'Beranda — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const [peran, panels] = await Promise.all([listNamaPeran(user.authority.peran), getPanelBeranda(user)])
	const pintasan = menuFor(user.authority)
		.flatMap((g) => g.items.map((item) => ({ ...item, grup: g.label })))
		.filter((item) => item.to !== '/')
	const zonaWaktu = await getZonaWaktuKantor()
	return { nama: user.nama, jabatan: user.jabatan, peran, panels, pintasan, sapaan: sapaan(new Date(), zonaWaktu) }
}

/** The greeting of the office's local hour, not the server's. */
function sapaan(now: Date, zonaWaktu: string) {
	const jam = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zonaWaktu }).format(now))
	if (jam < 11) return 'Selamat pagi'
	if (jam < 15) return 'Selamat siang'
	if (jam < 18) return 'Selamat sore'
	return 'Selamat malam'
}

export default function Beranda() {
	const { nama, jabatan, peran, panels, pintasan, sapaan } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>
				{sapaan}, {nama}
			</h1>
			<p className="muted">
				{jabatan ?? 'Tanpa jabatan'}
				{peran.length ? ` · ${peran.map((p) => p.nama).join(', ')}` : ''}
			</p>
			{panels.map((panel) =>
				panel.jenis === 'tugas' ? (
					<section key="tugas" aria-labelledby="panel-tugas">
						<h2 id="panel-tugas">Tugas saya</h2>
						<div className="cards">
							<div className="card">
								<div className="stat">{formatAngka(panel.terbuka)}</div>
								<Link to="/tugas?status=terbuka">Menunggu diambil</Link>
							</div>
							<div className="card">
								<div className="stat">{formatAngka(panel.diambilSaya)}</div>
								<Link to="/tugas?status=diambil-saya">Sedang saya kerjakan</Link>
							</div>
							<div className="card">
								<div className="stat">{formatAngka(panel.hampir)}</div>
								<Link to="/tugas?waktu=hampir">Hampir lewat standar</Link>
							</div>
							<div className="card">
								<div className="stat">{formatAngka(panel.lewat)}</div>
								<Link to="/tugas?waktu=lewat">Lewat standar waktu</Link>
							</div>
						</div>
					</section>
				) : panel.jenis === 'sistem' ? (
					<section key="sistem" aria-labelledby="panel-sistem">
						<h2 id="panel-sistem">Keadaan sistem</h2>
						<div className="cards">
							<div className="card">
								<div className="stat">{formatAngka(panel.penggunaAktif)}</div>
								<Link to="/admin/pengguna">Pengguna aktif</Link>
							</div>
							<div className="card">
								<div className="stat">{formatAngka(panel.sesiAktif)}</div>
								<Link to="/admin/sesi">Sesi aktif</Link>
							</div>
							<div className="card">
								<div className="stat">{formatAngka(panel.gagalMasuk24Jam)}</div>
								<span>Percobaan masuk gagal (24 jam)</span>
							</div>
							<div className="card">
								<div className="stat">{formatAngka(panel.kejadianAudit24Jam)}</div>
								<Link to="/admin/audit">Catatan audit (24 jam)</Link>
							</div>
						</div>
					</section>
				) : null,
			)}
			<section aria-labelledby="pintasan">
				<h2 id="pintasan">Menu Anda</h2>
				<div className="cards">
					{pintasan.map((item) => (
						<Link key={item.to} to={item.to} className="card">
							<strong>{item.label}</strong>
							<br />
							<span className="muted">{item.grup}</span>
						</Link>
					))}
				</div>
			</section>
		</>
	)
}
