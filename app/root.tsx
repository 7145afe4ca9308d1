import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
	isRouteErrorResponse,
	Links,
	Meta,
	Outlet,
	Scripts,
	ScrollRestoration,
	useRouteError,
} from '@remix-run/react'
import type { ReactNode } from 'react'
import { getProfilKantorSingkat } from './modules/referensi/pengaturan-kantor.server'
import appStyles from './styles/app.css?url'
import { useErrorId, useRequestId } from './utils/request-id'

export const links: LinksFunction = () => [
	{ rel: 'stylesheet', href: appStyles },
	{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
	{ title: data ? `SIMADU — ${data.kantor.namaDinas} ${data.kantor.wilayah}` : 'SIMADU' },
]

export async function loader(_: LoaderFunctionArgs) {
	return { kantor: await getProfilKantorSingkat() }
}

export function Layout({ children }: { children: ReactNode }) {
	const requestId = useRequestId()
	return (
		<html lang="id">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<meta name="simadu-request-id" content={requestId ?? undefined} suppressHydrationWarning />
				<Meta />
				<Links />
			</head>
			<body>
				{children}
				<ScrollRestoration />
				<Scripts />
			</body>
		</html>
	)
}

export default function App() {
	return <Outlet />
}

const PESAN: Record<number, { judul: string; isi: string }> = {
	400: { judul: 'Permintaan tidak valid', isi: 'Data yang dikirim tidak dapat diproses.' },
	403: { judul: 'Akses ditolak', isi: 'Anda tidak memiliki izin untuk membuka halaman ini.' },
	404: { judul: 'Halaman tidak ditemukan', isi: 'Alamat yang Anda buka tidak ada atau sudah dipindahkan.' },
	409: { judul: 'Data sudah berubah', isi: 'Data ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi.' },
}

function messageOf(data: unknown) {
	if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') return data.message
	if (typeof data === 'string' && data.length < 300) {
		try {
			const parsed: unknown = JSON.parse(data)
			if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') return parsed.message
		} catch {
			return data
		}
	}
	return null
}

export function ErrorBoundary() {
	const error = useRouteError()
	const errorId = useErrorId()
	if (isRouteErrorResponse(error)) {
		const known = PESAN[error.status] ?? { judul: `Galat ${error.status}`, isi: 'Permintaan tidak dapat dipenuhi.' }
		return (
			<main className="center-page">
				<div className="error-page card">
					<p className="code">{error.status}</p>
					<h1>{known.judul}</h1>
					<p>{messageOf(error.data) ?? known.isi}</p>
					<p>
						<a href="/">Kembali ke beranda</a>
					</p>
				</div>
			</main>
		)
	}
	return (
		<main className="center-page">
			<div className="error-page card">
				<p className="code">500</p>
				<h1>Terjadi kesalahan pada sistem</h1>
				<p>Maaf, permintaan Anda tidak dapat diselesaikan. Kesalahan ini sudah dicatat.</p>
				{errorId ? (
					<p>
						Kode galat: <strong data-testid="kode-galat">{errorId}</strong>
						<br />
						<span className="muted">Sebutkan kode ini saat menghubungi administrator.</span>
					</p>
				) : null}
				<p>
					<a href="/">Kembali ke beranda</a>
				</p>
			</div>
		</main>
	)
}
