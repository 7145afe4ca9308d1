import { Form, Link, NavLink, useFetcher, useLocation } from '@remix-run/react'
import { useEffect, useState, type ReactNode } from 'react'
import type { MenuGroup } from '~/menu'
import type { Flash } from '~/utils/flash.server'

export type ShellUser = { nama: string; jabatan: string | null; unit: string; username: string }
export type ShellKantor = { namaDinas: string; wilayah: string; logoUrl: string }
/** Null for a user without an inbox (no `read:alur:own`): no bell then. */
export type ShellNotifikasi = { belumDibaca: number } | null

type NotifikasiRingkas = { id: number; judul: string; tautan: string | null; dibacaAt: string | null; createdAt: string }

/**
 * The bell: the unread count from the layout loader; the five latest are fetched when the panel
 * opens, so ordinary page loads cost one count query. Opening one marks it read, then follows it.
 */
function LoncengNotifikasi({ belumDibaca }: { belumDibaca: number }) {
	const [open, setOpen] = useState(false)
	const fetcher = useFetcher<{ rows: NotifikasiRingkas[] }>()
	const location = useLocation()
	useEffect(() => setOpen(false), [location.pathname])
	const { load } = fetcher
	useEffect(() => {
		if (open) load('/notifikasi?index&ringkas=1')
	}, [open, load, belumDibaca])
	const rows = fetcher.data?.rows
	return (
		<details className="notif" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
			<summary aria-label={belumDibaca ? `Notifikasi, ${belumDibaca} belum dibaca` : 'Notifikasi'}>
				<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
					<path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
					<path d="M13.7 21a2 2 0 0 1-3.4 0" />
				</svg>
				{belumDibaca ? (
					<span className="badge badge-merah" data-testid="jumlah-notifikasi" style={{ margin: '0 0 0 0.25rem' }}>
						{belumDibaca > 99 ? '99+' : belumDibaca}
					</span>
				) : null}
			</summary>
			<div className="panel">
				{!rows ? (
					<p className="muted" style={{ margin: 0 }}>
						{belumDibaca ? `${belumDibaca} notifikasi belum dibaca.` : 'Tidak ada notifikasi baru.'}
					</p>
				) : rows.length === 0 ? (
					<p className="muted" style={{ margin: 0 }}>
						Belum ada notifikasi.
					</p>
				) : (
					<ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
						{rows.map((n) => (
							<li key={n.id} style={{ padding: '0.3rem 0', borderBottom: '1px solid var(--garis, #d6dde6)' }}>
								<Form method="post" action="/notifikasi?index">
									<input type="hidden" name="id" value={n.id} />
									<input type="hidden" name="kembali" value={`${location.pathname}${location.search}`} />
									<button type="submit" name="intent" value={n.tautan ? 'buka' : 'baca'} className="linklike" style={{ textAlign: 'left', fontWeight: n.dibacaAt ? 400 : 600 }}>
										{n.judul}
									</button>
								</Form>
							</li>
						))}
					</ul>
				)}
				<p style={{ margin: '0.5rem 0 0' }}>
					<Link to="/notifikasi">Lihat semua</Link>
				</p>
			</div>
		</details>
	)
}

/** The signed-in frame: sidebar menu by module, top bar with the office and the user, the page. */
export function AppShell({
	kantor,
	user,
	menu,
	flash,
	notifikasi = null,
	children,
}: {
	kantor: ShellKantor
	user: ShellUser
	menu: MenuGroup[]
	flash: Flash | null
	notifikasi?: ShellNotifikasi
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
						{notifikasi ? <LoncengNotifikasi belumDibaca={notifikasi.belumDibaca} /> : null}
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
