/** Any address that matches no page: the root error page shows 404. */
export async function loader() {
	throw new Response(JSON.stringify({ message: 'Halaman yang Anda cari tidak ditemukan.' }), {
		status: 404,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	})
}

export default function NotFound() {
	return null
}
