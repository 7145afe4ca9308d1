import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'

/**
 * The citizen's frame: no login, the office's name and logo, the service list, tracking and the
 * published agregat kependudukan.
 * Nothing here reads a session, so a signed-in officer sees the same page as anyone else.
 */
export async function loader(_: LoaderFunctionArgs) {
	const kantor = await getProfilKantorSingkat()
	return { kantor: { namaDinas: kantor.namaDinas, namaPemda: kantor.namaPemda, wilayah: kantor.wilayah, logoUrl: kantor.logoUrl } }
}

const GAYA_KEPALA = { background: 'var(--biru-tua)', color: '#fff' }
const GAYA_BARIS = { maxWidth: 1100, margin: '0 auto', padding: '0.75rem 1rem', display: 'flex', flexWrap: 'wrap', gap: '0.75rem 1.5rem', alignItems: 'center', justifyContent: 'space-between' } as const
const GAYA_TAUTAN = { color: '#fff', textDecoration: 'none', padding: '0.25rem 0.5rem', borderRadius: 'var(--radius)' }

export default function PublikLayout() {
	const { kantor } = useLoaderData<typeof loader>()
	const tautan = ({ isActive }: { isActive: boolean }) => ({ ...GAYA_TAUTAN, background: isActive ? 'rgba(255, 255, 255, 0.16)' : undefined })
	return (
		<>
			<a className="skip-link" href="#konten">
				Langsung ke isi halaman
			</a>
			<header style={GAYA_KEPALA}>
				<div style={GAYA_BARIS}>
					<Link to="/layanan" style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', color: '#fff', textDecoration: 'none' }}>
						<img src={kantor.logoUrl} alt={kantor.namaPemda ? `Logo ${kantor.namaPemda}` : 'Logo'} width={44} height={44} style={{ objectFit: 'contain', background: '#fff', borderRadius: '50%' }} />
						<span>
							<strong style={{ display: 'block' }}>{kantor.namaDinas}</strong>
							<small style={{ opacity: 0.85 }}>{kantor.wilayah}</small>
						</span>
					</Link>
					<nav aria-label="Menu layanan publik" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem' }}>
						<NavLink to="/layanan" style={tautan}>
							Layanan
						</NavLink>
						<NavLink to="/lacak" style={tautan}>
							Lacak permohonan
						</NavLink>
						<NavLink to="/agregat" style={tautan}>
							Agregat Kependudukan
						</NavLink>
						<Link to="/login" style={{ ...GAYA_TAUTAN, border: '1px solid rgba(255, 255, 255, 0.5)' }}>
							Masuk petugas
						</Link>
					</nav>
				</div>
			</header>
			<main className="content" id="konten" style={{ maxWidth: 1100, margin: '0 auto' }}>
				<Outlet />
			</main>
			<footer className="muted" style={{ maxWidth: 1100, margin: '0 auto', padding: '1rem', fontSize: '0.85rem' }}>
				{kantor.namaDinas} {kantor.wilayah} · Pelayanan administrasi kependudukan tidak dipungut biaya, kecuali denda keterlambatan yang ditetapkan peraturan daerah.
			</footer>
		</>
	)
}
