import { Form, NavLink, useLocation } from '@remix-run/react'
import { useEffect, useState, type ReactNode } from 'react'
import type { MenuGroup } from '~/menu'
import type { Flash } from '~/utils/flash.server'

export type ShellUser = { nama: string; jabatan: string | null; unit: string; username: string }
export type ShellKantor = { namaDinas: string; wilayah: string; logoUrl: string }

/** The signed-in frame: sidebar menu by module, top bar with the office and the user, the page. */
export function AppShell({
	kantor,
	user,
	menu,
	flash,
	children,
}: {
	kantor: ShellKantor
	user: ShellUser
	menu: MenuGroup[]
	flash: Flash | null
	children: ReactNode
}) {
	const [menuOpen, setMenuOpen] = useState(false)
	const location = useLocation()
	useEffect(() => setMenuOpen(false), [location.pathname])
	return (
		<div className={`shell${menuOpen ? ' menu-open' : ''}`}>
			<a className="skip-link" href="#konten">
				Langsung ke isi halaman
			</a>
			<nav className="sidebar" aria-label="Menu utama" id="menu-utama">
				<button type="button" className="menu-close button-kecil" onClick={() => setMenuOpen(false)}>
					Tutup menu
				</button>
				<div className="brand">
					<img src={kantor.logoUrl} alt="" />
					<div>
						<strong>SIMADU</strong>
						<small>
							{kantor.namaDinas} {kantor.wilayah}
						</small>
					</div>
				</div>
				{menu.map((group) => (
					<div className="menu-group" key={group.label}>
						<h3>{group.label}</h3>
						{group.items.map((item) => (
							<NavLink key={item.to} to={item.to} end={item.to === '/'}>
								{item.label}
							</NavLink>
						))}
					</div>
				))}
			</nav>
			<div className="main">
				<header className="topbar">
					<button
						type="button"
						className="menu-toggle button-sekunder button-kecil"
						aria-expanded={menuOpen}
						aria-controls="menu-utama"
						onClick={() => setMenuOpen((open) => !open)}
					>
						Menu
					</button>
					<span className="office">
						{kantor.namaDinas} {kantor.wilayah}
					</span>
					<div className="who">
						<details className="notif">
							<summary aria-label="Notifikasi">
								<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
									<path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
									<path d="M13.7 21a2 2 0 0 1-3.4 0" />
								</svg>
							</summary>
							<div className="panel" role="status">
								Tidak ada notifikasi baru.
							</div>
						</details>
						<span>
							<span className="name" data-testid="nama-pengguna">
								{user.nama}
							</span>
							<span className="role">
								{user.jabatan ?? 'Tanpa jabatan'} · {user.unit}
							</span>
						</span>
						<Form method="post" action="/logout">
							<button type="submit" className="button-sekunder button-kecil">
								Keluar
							</button>
						</Form>
					</div>
				</header>
				<main className="content" id="konten">
					{flash ? (
						<div className={`alert alert-${flash.jenis}`} role="status">
							{flash.pesan}
						</div>
					) : null}
					{children}
				</main>
			</div>
		</div>
	)
}
